#include "TurnoutPage.h"

#include "Database.h"
#include "MessageLine.h"
#include "Permissions.h"
#include "TurnoutHourChart.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcTurnoutPage, "ballotdesk.ui.turnout")

namespace bd {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kCodeRole = Qt::UserRole + 2;

QString hourText(QTime hour)
{
    return hour.toString(QStringLiteral("HH:mm"));
}

enum class Mark { None, Warning, Error };

// Okabe–Ito vermillion (error) and orange (warning), blended into the field's background so
// that the text stays readable in light and dark palettes. The code beside the field says the
// same, so colour is never the only mark.
QColor markColour(Mark mark)
{
    return mark == Mark::Error ? QColor(0xD5, 0x5E, 0x00) : QColor(0xE6, 0x9F, 0x00);
}

QColor blended(const QColor &base, const QColor &tint, double share)
{
    return QColor::fromRgbF(float(base.redF() * (1 - share) + tint.redF() * share),
                            float(base.greenF() * (1 - share) + tint.greenF() * share),
                            float(base.blueF() * (1 - share) + tint.blueF() * share));
}

QString percentText(double value)
{
    return TurnoutPage::tr("%1 %").arg(QLocale().toString(value, 'f', 1));
}

} // namespace

TurnoutPage::TurnoutPage(QWidget *parent)
    : QWidget(parent), m_station(new QLineEdit(this)), m_completer(new QCompleter(this)),
      m_completions(new QStandardItemModel(this)), m_stationInfo(new QLabel(this)),
      m_hoursLayout(new QGridLayout), m_findingText(new QLabel(this)),
      m_readOnlyNote(new QLabel(this)), m_message(new MessageLine(this)),
      m_save(new QPushButton(tr("&Save"), this)), m_saveAction(new QAction(tr("Save"), this)),
      m_status(new QLabel(this)), m_busy(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_refresh(new QPushButton(tr("&Refresh"), this)), m_table(new QTableWidget(this)),
      m_chart(new TurnoutHourChart(this))
{
    auto *title = new QLabel(tr("Hourly turnout"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    // Entry: the station, then one field per report hour.
    m_station->setObjectName(QStringLiteral("turnoutStation"));
    m_station->setPlaceholderText(tr("Number or code, e.g. 12 or PS-KZ-AKM-0003"));
    m_station->setClearButtonEnabled(true);
    m_station->setToolTip(tr("Type the station's number or code; pick it from the list or "
                             "press Enter"));
    m_completer->setModel(m_completions);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(kCodeRole);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(m_station);
    connect(m_station, &QLineEdit::textEdited, this, &TurnoutPage::updateCompletions);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { chooseFromList(index); });
    connect(m_station, &QLineEdit::returnPressed, this, [this] {
        // Enter takes the row chosen in the list, else what is typed.
        QAbstractItemView *popup = m_completer->popup();
        const QModelIndex current = popup->isVisible() ? popup->currentIndex() : QModelIndex();
        popup->hide();
        if (current.isValid())
            chooseFromList(current);
        else
            chooseStation(m_station->text());
    });
    auto *stationLabel = new QLabel(tr("Polling &station:"), this);
    stationLabel->setBuddy(m_station);
    m_stationInfo->setObjectName(QStringLiteral("turnoutStationInfo"));
    m_stationInfo->setWordWrap(true);
    m_stationInfo->setForegroundRole(QPalette::PlaceholderText);

    m_findingText->setObjectName(QStringLiteral("turnoutFindings"));
    m_findingText->setWordWrap(true);
    m_findingText->setTextFormat(Qt::PlainText);
    m_readOnlyNote->setObjectName(QStringLiteral("turnoutReadOnly"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setText(tr("Your role may not enter turnout reports; they are shown "
                               "read-only. Operators enter them."));
    m_readOnlyNote->hide();
    m_message->setObjectName(QStringLiteral("turnoutMessage"));

    m_save->setObjectName(QStringLiteral("saveTurnout"));
    m_save->setAutoDefault(true); // Enter on the focused button saves, as in a dialog
    m_save->setToolTip(tr("Save the station's reports (Ctrl+S)"));
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    addAction(m_saveAction);

    auto *entryBox = new QGroupBox(tr("Enter a station's reports"), this);
    auto *entryLayout = new QVBoxLayout(entryBox);
    auto *stationRow = new QHBoxLayout;
    stationRow->addWidget(stationLabel);
    stationRow->addWidget(m_station, 1);
    entryLayout->addLayout(stationRow);
    entryLayout->addWidget(m_stationInfo);
    m_hoursLayout->setColumnStretch(1, 1);
    m_hoursLayout->setColumnStretch(2, 1);
    entryLayout->addLayout(m_hoursLayout);
    entryLayout->addWidget(m_findingText);
    entryLayout->addWidget(m_readOnlyNote);
    entryLayout->addWidget(m_message);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    entryLayout->addLayout(saveRow);
    entryLayout->addStretch(1);

    // Figures: regions × hours, and the national line.
    m_status->setObjectName(QStringLiteral("turnoutStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_cancel->setObjectName(QStringLiteral("cancelTurnout"));
    m_cancel->setToolTip(tr("Stop computing the turnout figures"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        ++m_generation;
        if (m_cancelFlag)
            m_cancelFlag->store(true);
        m_loading = false;
        m_busy->hide();
        m_cancel->hide();
        m_status->setText(tr("Cancelled: the figures shown may be out of date."));
    });
    m_refresh->setObjectName(QStringLiteral("refreshTurnout"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Compute the turnout figures again (F5)"));
    connect(m_refresh, &QPushButton::clicked, this, &TurnoutPage::refresh);

    m_table->setObjectName(QStringLiteral("turnoutTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_chart->setMinimumHeight(260);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(title);
    bar->addSpacing(16);
    bar->addWidget(m_busy);
    bar->addWidget(m_cancel);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_refresh);

    auto *top = new QWidget(this);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(12);
    entryBox->setMinimumWidth(380);
    topLayout->addWidget(entryBox, 2);
    topLayout->addWidget(m_chart, 3);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    applyReadOnly();
}

TurnoutPage::~TurnoutPage()
{
    stopWorkers();
}

Session TurnoutPage::session() const
{
    // Reading needs no session; a page without one reads as an analyst would.
    if (m_context != nullptr && m_context->session)
        return *m_context->session;
    return Session{};
}

void TurnoutPage::stopWorkers()
{
    ++m_generation;
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_workers.waitForDone();
    m_loading = false;
}

void TurnoutPage::setElection(const ElectionContext *context)
{
    const QString path =
        context != nullptr && context->database != nullptr ? context->path : QString();
    m_context = context;
    if (path == m_path && !path.isEmpty()) {
        applyReadOnly(); // only the signed-in user changed
        return;
    }
    stopWorkers();
    m_path = path;
    m_electionId = 0;
    clearStation();
    m_station->clear();
    m_completions->clear();
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_chart->clear();
    m_status->clear();
    m_busy->hide();
    m_cancel->hide();
    rebuildHours({});
    if (m_path.isEmpty()) {
        applyReadOnly();
        return;
    }
    TurnoutService service(*m_context->database, session());
    auto election = service.electionId();
    if (!election) {
        m_status->setText(election.error().userMessage);
        applyReadOnly();
        return;
    }
    m_electionId = *election;
    auto hours = service.hours(m_electionId);
    if (!hours)
        m_status->setText(hours.error().userMessage);
    else
        rebuildHours(*hours);
    applyReadOnly();
    refresh();
}

void TurnoutPage::prepareForScreenshot()
{
    if (m_context == nullptr || m_context->database == nullptr)
        return;
    stopWorkers();
    if (!m_current) {
        TurnoutService service(*m_context->database, session());
        auto found = service.find(m_electionId, QStringLiteral("1"), 1);
        if (found && !found->isEmpty()) {
            m_station->setText(found->constFirst().stationCode);
            showStation(found->constFirst());
        }
    }
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    showLoaded(compute(*m_context->database, cancel));
}

void TurnoutPage::applyReadOnly()
{
    const bool hasFile = m_context != nullptr && m_context->database != nullptr;
    m_readOnly = !hasFile || !m_context->session ||
                 !Permissions::allows(m_context->session->role, Operation::EnterTurnout);
    m_readOnlyNote->setVisible(hasFile && m_readOnly);
    for (const HourRow &row : std::as_const(m_rows))
        row.field->setReadOnly(m_readOnly);
    m_station->setEnabled(hasFile);
    m_refresh->setEnabled(hasFile);
    updateSaveState();
}

void TurnoutPage::rebuildHours(const QList<QTime> &hours)
{
    for (const HourRow &row : std::as_const(m_rows)) {
        delete row.label;
        delete row.field;
        delete row.finding;
    }
    m_rows.clear();
    auto *validator =
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,9}")), this);
    QWidget *previous = m_station;
    for (qsizetype i = 0; i < hours.size(); ++i) {
        HourRow row;
        row.hour = hours.at(i);
        const QString key = row.hour.toString(QStringLiteral("HHmm"));
        row.field = new QLineEdit(this);
        row.field->setObjectName(QStringLiteral("turnoutHour_") + key);
        row.field->setValidator(validator);
        row.field->setAlignment(Qt::AlignRight);
        row.field->setToolTip(tr("Voters who had received a ballot by %1; Enter moves to the "
                                 "next hour")
                                  .arg(hourText(row.hour)));
        row.label = new QLabel(tr("%1:").arg(hourText(row.hour)), this);
        row.label->setBuddy(row.field);
        row.finding = new QLabel(this);
        row.finding->setObjectName(QStringLiteral("turnoutFinding_") + key);
        const int index = int(i);
        connect(row.field, &QLineEdit::textEdited, this, &TurnoutPage::recheck);
        connect(row.field, &QLineEdit::returnPressed, this,
                [this, index] { focusNextHour(index); });
        m_hoursLayout->addWidget(row.label, index, 0);
        m_hoursLayout->addWidget(row.field, index, 1);
        m_hoursLayout->addWidget(row.finding, index, 2);
        setTabOrder(previous, row.field);
        previous = row.field;
        m_rows.append(row);
    }
    setTabOrder(previous, m_save);
    applyReadOnly();
}

QLineEdit *TurnoutPage::hourField(QTime hour) const
{
    for (const HourRow &row : m_rows) {
        if (row.hour == hour)
            return row.field;
    }
    return nullptr;
}

QLabel *TurnoutPage::findingLabel(QTime hour) const
{
    for (const HourRow &row : m_rows) {
        if (row.hour == hour)
            return row.finding;
    }
    return nullptr;
}

QString TurnoutPage::message() const
{
    return m_message->text();
}

void TurnoutPage::chooseFromList(const QModelIndex &index)
{
    const qint64 id = index.data(kIdRole).toLongLong();
    if (id <= 0 || m_context == nullptr || m_context->database == nullptr)
        return;
    m_station->setText(index.data(kCodeRole).toString());
    if (m_current && m_current->stationId == id && !hasChanges())
        return; // Enter and the list's own activation both ask for it
    TurnoutService service(*m_context->database, session());
    auto station = service.station(id);
    if (!station) {
        m_message->showMessage(station.error().userMessage);
        return;
    }
    showStation(*station);
}

qint64 TurnoutPage::stationId() const
{
    return m_current ? m_current->stationId : 0;
}

void TurnoutPage::updateCompletions(const QString &text)
{
    m_completions->clear();
    if (m_context == nullptr || m_context->database == nullptr || text.trimmed().isEmpty())
        return;
    TurnoutService service(*m_context->database, session());
    auto found = service.find(m_electionId, text, 12);
    if (!found) {
        m_message->showMessage(found.error().userMessage);
        return;
    }
    for (const StationTurnout &s : std::as_const(*found)) {
        auto *item = new QStandardItem(
            tr("No. %1 · %2 · %3").arg(s.stationNumber, s.stationCode, s.territoryName));
        item->setData(s.stationId, kIdRole);
        item->setData(s.stationCode, kCodeRole);
        m_completions->appendRow(item);
    }
    if (!found->isEmpty())
        m_completer->complete();
}

bool TurnoutPage::chooseStation(const QString &codeOrNumber)
{
    const QString text = codeOrNumber.trimmed();
    if (m_context == nullptr || m_context->database == nullptr || text.isEmpty())
        return false;
    TurnoutService service(*m_context->database, session());
    auto found = service.find(m_electionId, text, 50);
    if (!found) {
        m_message->showMessage(found.error().userMessage);
        return false;
    }
    QList<StationTurnout> exact;
    for (const StationTurnout &s : std::as_const(*found)) {
        if (s.stationCode == text)
            exact = {s};
    }
    if (exact.isEmpty()) {
        for (const StationTurnout &s : std::as_const(*found)) {
            if (s.stationNumber == text)
                exact << s;
        }
    }
    if (exact.isEmpty() && found->size() == 1)
        exact = *found;
    if (exact.size() != 1) {
        m_message->showMessage(
            exact.isEmpty()
                ? tr("No polling station has the number or code %1.").arg(text)
                : tr("%Ln polling station(s) have the number %1; type the code or pick one "
                     "from the list.",
                     nullptr, int(exact.size()))
                      .arg(text));
        return false;
    }
    m_station->setText(exact.constFirst().stationCode);
    showStation(exact.constFirst());
    return true;
}

void TurnoutPage::showStation(const StationTurnout &station)
{
    m_current = station;
    m_message->clearMessage();
    const QLocale locale;
    const QString list =
        station.protocolVotersOnList
            ? tr("%1 voters on the list (accepted protocol)")
                  .arg(locale.toString(*station.protocolVotersOnList))
            : tr("%1 registered voters").arg(locale.toString(station.registeredVoters));
    m_stationInfo->setText(tr("%1, %2 · %3")
                               .arg(station.stationName.isEmpty()
                                        ? tr("Polling station No. %1").arg(station.stationNumber)
                                        : station.stationName,
                                    station.territoryName, list));
    QLineEdit *first = nullptr;
    for (const HourRow &row : std::as_const(m_rows)) {
        const std::optional<qint64> stored = station.readingAt(row.hour);
        row.field->setText(stored ? QString::number(*stored) : QString());
        row.field->setPlaceholderText(stored ? QString() : tr("not reported"));
        if (first == nullptr && !stored)
            first = row.field;
    }
    if (first == nullptr && !m_rows.isEmpty())
        first = m_rows.constFirst().field;
    recheck();
    if (first != nullptr && !m_readOnly) {
        first->setFocus();
        first->selectAll();
    }
}

void TurnoutPage::clearStation()
{
    m_current.reset();
    m_findings.clear();
    m_stationInfo->clear();
    m_findingText->clear();
    m_message->clearMessage();
    for (const HourRow &row : std::as_const(m_rows)) {
        row.field->clear();
        row.field->setPalette(palette());
        row.finding->clear();
    }
    updateSaveState();
}

QList<TurnoutReading> TurnoutPage::typedReadings() const
{
    QList<TurnoutReading> readings;
    for (const HourRow &row : m_rows) {
        const QString text = row.field->text().trimmed();
        if (!text.isEmpty())
            readings.append(TurnoutReading{row.hour, text.toLongLong()});
    }
    return readings;
}

bool TurnoutPage::hasChanges() const
{
    if (!m_current)
        return false;
    for (const TurnoutReading &r : typedReadings()) {
        if (m_current->readingAt(r.hour) != r.votersReceivedBallots)
            return true;
    }
    return false;
}

void TurnoutPage::recheck()
{
    m_findings.clear();
    if (m_current && m_context != nullptr && m_context->database != nullptr) {
        TurnoutService service(*m_context->database, session());
        auto findings = service.check(m_current->stationId, typedReadings());
        if (findings)
            m_findings = *findings;
        else
            m_message->showMessage(findings.error().userMessage);
    }
    QStringList lines;
    for (const HourRow &row : std::as_const(m_rows)) {
        Mark mark = Mark::None;
        QStringList codes;
        QStringList tips;
        for (const Finding &f : std::as_const(m_findings)) {
            if (f.hour != row.hour)
                continue;
            codes << f.code;
            tips << f.message;
            if (f.isError())
                mark = Mark::Error;
            else if (mark == Mark::None)
                mark = Mark::Warning;
        }
        QPalette palette = this->palette();
        if (mark != Mark::None) {
            palette.setColor(QPalette::Base,
                             blended(palette.color(QPalette::Base), markColour(mark), 0.3));
            QPalette codePalette = row.finding->palette();
            codePalette.setColor(QPalette::WindowText, markColour(mark));
            row.finding->setPalette(codePalette);
            QFont bold = row.finding->font();
            bold.setBold(true);
            row.finding->setFont(bold);
        }
        row.field->setPalette(palette);
        row.finding->setText(codes.join(QLatin1Char(' ')));
        row.finding->setToolTip(tips.join(QLatin1Char('\n')));
    }
    for (const Finding &f : std::as_const(m_findings))
        lines << tr("%1 at %2: %3 %4").arg(f.code, hourText(f.hour), f.message, f.advice);
    m_findingText->setText(lines.join(QLatin1Char('\n')));
    updateSaveState();
}

void TurnoutPage::updateSaveState()
{
    const bool errors = std::any_of(m_findings.cbegin(), m_findings.cend(),
                                    [](const Finding &f) { return f.isError(); });
    const bool enabled = !m_readOnly && m_current && !errors && hasChanges();
    m_save->setEnabled(enabled);
    m_saveAction->setEnabled(!m_readOnly);
}

void TurnoutPage::focusNextHour(int row)
{
    if (row + 1 < m_rows.size()) {
        m_rows.at(row + 1).field->setFocus();
        m_rows.at(row + 1).field->selectAll();
    } else if (m_save->isEnabled()) {
        m_save->setFocus();
    }
}

bool TurnoutPage::save()
{
    if (m_context == nullptr || m_context->database == nullptr || !m_current)
        return false;
    if (m_readOnly) {
        m_message->showMessage(
            Permissions::refusal(session().role, Operation::EnterTurnout).userMessage);
        return false;
    }
    if (!hasChanges()) {
        m_message->showMessage(tr("Nothing to save: the reports are as stored."),
                               MessageLine::Kind::Information);
        return false;
    }
    TurnoutService service(*m_context->database, session());
    if (Status st = service.save(m_current->stationId, typedReadings()); !st) {
        m_message->showMessage(st.error().userMessage);
        return false;
    }
    auto station = service.station(m_current->stationId);
    if (!station) {
        m_message->showMessage(station.error().userMessage);
        return false;
    }
    const QString code = station->stationCode;
    showStation(*station);
    m_message->showMessage(tr("Saved the reports of polling station %1.").arg(code),
                           MessageLine::Kind::Information);
    m_station->setFocus();
    m_station->selectAll();
    emit saved();
    refresh();
    return true;
}

TurnoutPage::Loaded TurnoutPage::compute(const Database &db,
                                         const std::shared_ptr<std::atomic<bool>> &cancel)
{
    Loaded result;
    TurnoutService service(db, Session{});
    auto election = service.electionId();
    if (!election) {
        result.error = election.error();
        return result;
    }
    if (cancel->load())
        return result;
    auto regions = service.regions(*election);
    if (!regions) {
        result.error = regions.error();
        return result;
    }
    result.regions = *regions;
    // Every station lies in one region, so the nation is the regions' sum (one query less).
    result.national = TurnoutService::total(result.regions);
    result.ok = true;
    return result;
}

TurnoutPage::Loaded TurnoutPage::computeFile(const QString &path,
                                             const std::shared_ptr<std::atomic<bool>> &cancel)
{
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db) {
        Loaded result;
        result.error = db.error();
        return result;
    }
    return compute(*db, cancel);
}

void TurnoutPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_figuresStale)
        refresh();
}

void TurnoutPage::electionDataChanged()
{
    if (isVisible())
        refresh();
    else
        m_figuresStale = true;
}

void TurnoutPage::refresh()
{
    m_figuresStale = false;
    if (m_path.isEmpty())
        return;
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_status->setText(tr("Computing turnout by region…"));
    m_busy->show();
    m_cancel->show();
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // cancelled, or a newer request took over
        showLoaded(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run(&m_workers, &TurnoutPage::computeFile, m_path, m_cancelFlag));
}

void TurnoutPage::showLoaded(const Loaded &result)
{
    m_loading = false;
    m_busy->hide();
    m_cancel->hide();
    if (!result.ok) {
        qCWarning(lcTurnoutPage) << "turnout failed:" << result.error.code << result.error.detail;
        m_status->setText(
            tr("The turnout figures could not be computed: %1").arg(result.error.userMessage));
        emit loaded();
        return;
    }
    m_status->clear();
    const QLocale locale;
    const QList<TurnoutAtHour> &national = result.national;
    const int hours = int(national.size());
    m_table->clear();
    m_table->setColumnCount(hours + 2);
    m_table->setRowCount(int(result.regions.size()) + 1);
    QStringList headers{tr("Region")};
    for (const TurnoutAtHour &at : national)
        headers << hourText(at.hour);
    headers << tr("Stations reported");
    m_table->setHorizontalHeaderLabels(headers);

    const auto fillRow = [&](int row, const QString &name, const QList<TurnoutAtHour> &figures,
                             bool bold) {
        auto *nameItem = new QTableWidgetItem(name);
        QFont font = nameItem->font();
        font.setBold(bold);
        nameItem->setFont(font);
        m_table->setItem(row, 0, nameItem);
        const TurnoutAtHour *latest = nullptr;
        for (int h = 0; h < hours && h < figures.size(); ++h) {
            const TurnoutAtHour &at = figures.at(h);
            auto *item =
                new QTableWidgetItem(at.stationsReported > 0 ? percentText(at.percent()) : tr("–"));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setFont(font);
            item->setData(Qt::UserRole, at.percent());
            item->setToolTip(
                tr("%1 at %2: %3 of %4 voters received ballots; %5 of %6 stations "
                   "reported")
                    .arg(name, hourText(at.hour), locale.toString(at.votersReceivedBallots),
                         locale.toString(at.votersOnList), locale.toString(at.stationsReported),
                         locale.toString(at.stationsTotal)));
            m_table->setItem(row, h + 1, item);
            if (at.stationsReported > 0)
                latest = &at;
        }
        const qint64 total = figures.isEmpty() ? 0 : figures.constFirst().stationsTotal;
        auto *reported = new QTableWidgetItem(
            latest != nullptr ? tr("%1 of %2 at %3")
                                    .arg(locale.toString(latest->stationsReported),
                                         locale.toString(total), hourText(latest->hour))
                              : tr("none of %1").arg(locale.toString(total)));
        reported->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        reported->setFont(font);
        m_table->setItem(row, hours + 1, reported);
    };
    fillRow(0, tr("All regions"), national, true);
    for (qsizetype i = 0; i < result.regions.size(); ++i)
        fillRow(int(i) + 1, result.regions.at(i).name, result.regions.at(i).hours, false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < hours + 2; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_chart->showTurnout(national);
    emit loaded();
}

} // namespace bd
