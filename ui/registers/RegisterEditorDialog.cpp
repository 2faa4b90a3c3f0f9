#include "RegisterEditorDialog.h"

#include "LocalizedName.h"

#include "RecordAccess.h"
#include "ReferenceField.h"
#include "RegisterService.h"
#include "RegisterTableModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcEditor, "ballotdesk.ui.registers.editor", QtWarningMsg)

namespace bd {

namespace {

QString titleFor(RegisterKind kind, bool isNew)
{
    switch (kind) {
    case RegisterKind::Territories:
        return isNew ? RegisterEditorDialog::tr("New Territory")
                     : RegisterEditorDialog::tr("Edit Territory");
    case RegisterKind::Parties:
        return isNew ? RegisterEditorDialog::tr("New Party")
                     : RegisterEditorDialog::tr("Edit Party");
    case RegisterKind::Contests:
        return isNew ? RegisterEditorDialog::tr("New Contest")
                     : RegisterEditorDialog::tr("Edit Contest");
    case RegisterKind::PollingStations:
        return isNew ? RegisterEditorDialog::tr("New Polling Station")
                     : RegisterEditorDialog::tr("Edit Polling Station");
    case RegisterKind::Candidates:
        return isNew ? RegisterEditorDialog::tr("New Candidate")
                     : RegisterEditorDialog::tr("Edit Candidate");
    case RegisterKind::Observers:
        return isNew ? RegisterEditorDialog::tr("New Observer")
                     : RegisterEditorDialog::tr("Edit Observer");
    }
    return {};
}

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString coordinate(const std::optional<double> &value)
{
    // Coordinates are typed with the locale's decimal separator, without grouping.
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return value ? locale.toString(*value, 'f', 6) : QString();
}

QList<QPair<QString, QString>> codeChoices(const QString &column, const QStringList &codes)
{
    QList<QPair<QString, QString>> choices;
    for (const QString &code : codes)
        choices.append({code, RegisterTableModel::codeLabel(column, code)});
    return choices;
}

} // namespace

RegisterEditorDialog::RegisterEditorDialog(const Database *db, const Session &session,
                                           const RegisterRecord &record, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_kind(bd::kindOf(record)),
      m_id(RecordAccess::id(record)), m_form(new QFormLayout), m_heading(new QLabel(this)),
      m_general(new QLabel(this)), m_buttons(new QDialogButtonBox(this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("registerEditor"));
    setWindowTitle(titleFor(m_kind, isNew()));
    m_heading->setObjectName(QStringLiteral("heading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    m_heading->setFont(headingFont);
    m_heading->setText(isNew() ? windowTitle()
                               : tr("%1 · %2").arg(windowTitle(), RecordAccess::code(record)));
    m_general->setObjectName(QStringLiteral("generalProblem"));
    m_general->setWordWrap(true);
    m_general->hide();

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    buildForm(record);

    m_saveButton = m_buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setToolTip(tr("Save (Ctrl+Enter)"));
    m_saveButton->setDefault(true);
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setToolTip(tr("Close without saving (Esc)"));
    connect(m_saveButton, &QPushButton::clicked, this, &RegisterEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *hint = new QLabel(
        tr("Enter moves to the next field · Ctrl+Enter saves · Esc closes without saving"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addSpacing(4);
    layout->addWidget(m_general);
    layout->addLayout(m_form);
    if (m_kind == RegisterKind::Candidates && !isNew())
        addHistory();
    layout->addWidget(hint);
    layout->addWidget(m_buttons);
    if (m_history != nullptr)
        layout->insertWidget(layout->count() - 2, m_history, 1);

    m_timer->setSingleShot(true);
    m_timer->setInterval(ValidateDelayMs);
    connect(m_timer, &QTimer::timeout, this, &RegisterEditorDialog::validateNow);

    // An existing record is shown with every problem it has; a new one only as it is typed.
    if (!isNew()) {
        for (Field &field : m_fields)
            field.touched = true;
    }
    updateProblemColours();
    validateNow();
    setMinimumWidth(520);
}

void RegisterEditorDialog::buildForm(const RegisterRecord &record)
{
    std::visit(
        [this](const auto &r) {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, TerritoryRecord>) {
                addText(QStringLiteral("code"), tr("&Code"), r.code, tr("e.g. KZ-AKM-01-004"));
                addReference(QStringLiteral("parent_code"), tr("&Parent territory"),
                             RegisterKind::Territories, r.parentCode, tr("Empty for a region"));
                addChoice(QStringLiteral("level"), tr("&Level"),
                          {{QStringLiteral("region"), tr("Region")},
                           {QStringLiteral("district"), tr("District")},
                           {QStringLiteral("okrug"),
                            tr("Rural district, village, settlement or small town")}},
                          r.level);
                addText(QStringLiteral("name_kk"), tr("Name (&Kazakh)"), r.nameKk);
                addText(QStringLiteral("name_ru"), tr("Name (&Russian)"), r.nameRu);
                addText(QStringLiteral("name_en"), tr("Name (&English)"), r.nameEn);
                addText(QStringLiteral("kato"), tr("K&ATO"), r.kato);
            } else if constexpr (std::is_same_v<T, PartyRecord>) {
                addText(QStringLiteral("code"), tr("&Code"), r.code, tr("e.g. NUR-OTAN"));
                addText(QStringLiteral("name_kk"), tr("Name (&Kazakh)"), r.nameKk);
                addText(QStringLiteral("name_ru"), tr("Name (&Russian)"), r.nameRu);
                addText(QStringLiteral("name_en"), tr("Name (&English)"), r.nameEn);
                addText(QStringLiteral("short_name"), tr("&Short name"), r.shortName);
                addText(QStringLiteral("color"), tr("C&olour"), r.color, tr("#RRGGBB"));
            } else if constexpr (std::is_same_v<T, ContestRecord>) {
                addText(QStringLiteral("code"), tr("&Code"), r.code);
                addReference(QStringLiteral("territory_code"), tr("&Territory"),
                             RegisterKind::Territories, r.territoryCode,
                             tr("Type a code or a name"));
                addText(QStringLiteral("name"), tr("&Name"), r.name,
                        tr("e.g. Akim of Zhanaturmys rural district"));
                addCount(QStringLiteral("seats"), tr("&Seats"), r.seats, 1, 999);
            } else if constexpr (std::is_same_v<T, PollingStationRecord>) {
                addText(QStringLiteral("code"), tr("&Code"), r.code);
                addText(QStringLiteral("number"), tr("N&umber"), r.number,
                        tr("As printed on the protocol"));
                addText(QStringLiteral("name"), tr("&Name"), r.name);
                addText(QStringLiteral("address"), tr("&Address"), r.address);
                addReference(QStringLiteral("territory_code"), tr("&Territory"),
                             RegisterKind::Territories, r.territoryCode,
                             tr("The lowest territory the station serves"));
                addReference(QStringLiteral("contest_code"), tr("C&ontest"), RegisterKind::Contests,
                             r.contestCode, tr("Type a code or a name"));
                addCount(QStringLiteral("registered_voters"), tr("&Registered voters"),
                         r.registeredVoters, 0, 999999999);
                addText(QStringLiteral("latitude"), tr("&Latitude"), coordinate(r.latitude),
                        tr("Decimal degrees, −90 to 90"));
                addText(QStringLiteral("longitude"), tr("Lon&gitude"), coordinate(r.longitude),
                        tr("Decimal degrees, −180 to 180"));
            } else if constexpr (std::is_same_v<T, CandidateRecord>) {
                addText(QStringLiteral("code"), tr("&Code"), r.code);
                addReference(QStringLiteral("contest_code"), tr("C&ontest"), RegisterKind::Contests,
                             r.contestCode, tr("Type a code or a name"));
                addText(QStringLiteral("full_name"), tr("&Full name"), r.fullName);
                addChoice(QStringLiteral("gender"), tr("&Gender"),
                          QList<QPair<QString, QString>>{{QString(), tr("Not given")}} +
                              codeChoices(QStringLiteral("gender"),
                                          {QStringLiteral("female"), QStringLiteral("male")}),
                          r.gender);
                addText(QStringLiteral("birth_date"), tr("Date of &birth"), isoDate(r.birthDate),
                        tr("YYYY-MM-DD"));
                addReference(QStringLiteral("party_code"), tr("&Party"), RegisterKind::Parties,
                             r.partyCode, tr("Empty for a self-nominated candidate"));
                addChoice(QStringLiteral("status"), tr("&Status"),
                          codeChoices(QStringLiteral("status"),
                                      {QStringLiteral("nominated"), QStringLiteral("registered"),
                                       QStringLiteral("refused"), QStringLiteral("withdrawn"),
                                       QStringLiteral("deregistered")}),
                          r.status);
                addText(QStringLiteral("status_date"), tr("Status &date"), isoDate(r.statusDate),
                        tr("YYYY-MM-DD"));
                addText(QStringLiteral("status_reason"), tr("&Reason"), r.statusReason,
                        tr("Required when refused, withdrawn or deregistered"));
                addText(QStringLiteral("ballot_order"), tr("Ballot &order"),
                        r.ballotOrder ? QString::number(*r.ballotOrder) : QString(),
                        tr("Position on the ballot"));
            } else if constexpr (std::is_same_v<T, ObserverRecord>) {
                addText(QStringLiteral("code"), tr("&Code"), r.code);
                addText(QStringLiteral("full_name"), tr("&Full name"), r.fullName);
                addText(QStringLiteral("organization"), tr("&Organization"), r.organization);
                addChoice(QStringLiteral("kind"), tr("&Kind"),
                          codeChoices(QStringLiteral("kind"),
                                      {QStringLiteral("party"), QStringLiteral("ngo"),
                                       QStringLiteral("media"), QStringLiteral("international")}),
                          r.kind);
                addReference(QStringLiteral("polling_station_code"), tr("Polling &station"),
                             RegisterKind::PollingStations, r.pollingStationCode,
                             tr("Empty for the whole election"));
            }
        },
        record);
}

void RegisterEditorDialog::addField(const QString &key, const QString &label, QWidget *editor)
{
    editor->setObjectName(key);
    editor->installEventFilter(this);
    auto *problem = new QLabel(this);
    problem->setObjectName(key + QLatin1String("Problem"));
    problem->setWordWrap(true);
    problem->hide();
    QLabel *note = nullptr;
    if (qobject_cast<ReferenceField *>(editor) != nullptr) {
        note = new QLabel(this);
        note->setObjectName(key + QLatin1String("Note"));
        note->setForegroundRole(QPalette::PlaceholderText);
        note->setWordWrap(true);
        note->hide();
    }
    auto *cell = new QVBoxLayout;
    cell->setSpacing(2);
    cell->addWidget(editor);
    if (note != nullptr)
        cell->addWidget(note);
    cell->addWidget(problem);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(editor);
    m_form->addRow(caption, cell);
    m_fields.append({key, editor, problem, note, false});
}

void RegisterEditorDialog::addText(const QString &key, const QString &label, const QString &value,
                                   const QString &placeholder)
{
    auto *edit = new QLineEdit(value, this);
    edit->setPlaceholderText(placeholder);
    connect(edit, &QLineEdit::textChanged, this, [this, key] { fieldEdited(key); });
    addField(key, label, edit);
}

void RegisterEditorDialog::addReference(const QString &key, const QString &label, RegisterKind kind,
                                        const QString &value, const QString &placeholder)
{
    auto *edit = new ReferenceField(m_db, kind, this);
    edit->setText(value);
    edit->setPlaceholderText(placeholder);
    connect(edit, &QLineEdit::textChanged, this, [this, key] { fieldEdited(key); });
    addField(key, label, edit);
}

void RegisterEditorDialog::addChoice(const QString &key, const QString &label,
                                     const QList<QPair<QString, QString>> &choices,
                                     const QString &value)
{
    auto *combo = new QComboBox(this);
    for (const auto &choice : choices)
        combo->addItem(choice.second, choice.first);
    const int index = combo->findData(value);
    combo->setCurrentIndex(qMax(0, index));
    connect(combo, &QComboBox::currentIndexChanged, this, [this, key] { fieldEdited(key); });
    addField(key, label, combo);
}

void RegisterEditorDialog::addCount(const QString &key, const QString &label, qint64 value,
                                    qint64 minimum, qint64 maximum)
{
    auto *spin = new QSpinBox(this);
    spin->setRange(int(minimum), int(maximum));
    spin->setGroupSeparatorShown(true);
    spin->setValue(int(qBound(minimum, value, maximum)));
    spin->setAlignment(Qt::AlignRight);
    connect(spin, &QSpinBox::valueChanged, this, [this, key] { fieldEdited(key); });
    addField(key, label, spin);
}

void RegisterEditorDialog::addHistory()
{
    m_history = new QTableWidget(this);
    m_history->setObjectName(QStringLiteral("statusHistory"));
    m_history->setAccessibleName(tr("Status history"));
    m_history->setColumnCount(5);
    m_history->setHorizontalHeaderLabels(
        {tr("Date"), tr("Status"), tr("Reason"), tr("Changed by"), tr("Recorded at")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setMinimumHeight(fontMetrics().height() * 6);
    if (m_db == nullptr)
        return;
    RegisterService service(*m_db, m_session);
    auto history = service.candidateHistory(m_id);
    if (!history) {
        qCWarning(lcEditor) << history.error().code << history.error().detail;
        m_history->setRowCount(1);
        m_history->setItem(
            0, 2,
            new QTableWidgetItem(
                tr("The history could not be read: %1").arg(history.error().userMessage)));
        return;
    }
    const QLocale locale;
    m_history->setRowCount(int(history->size()));
    for (int row = 0; row < history->size(); ++row) {
        const CandidateStatusChange &change = history->at(row);
        const QDateTime at = QDateTime::fromString(change.changedAt, Qt::ISODate);
        m_history->setItem(
            row, 0, new QTableWidgetItem(locale.toString(change.date, QLocale::ShortFormat)));
        m_history->setItem(row, 1,
                           new QTableWidgetItem(RegisterTableModel::codeLabel(
                               QStringLiteral("status"), change.status)));
        m_history->setItem(row, 2, new QTableWidgetItem(change.reason));
        m_history->setItem(
            row, 3,
            new QTableWidgetItem(change.changedBy.isEmpty() ? tr("system") : change.changedBy));
        m_history->setItem(row, 4,
                           new QTableWidgetItem(at.isValid() ? locale.toString(at.toLocalTime(),
                                                                               QLocale::ShortFormat)
                                                             : change.changedAt));
    }
    m_history->resizeColumnsToContents();
}

QWidget *RegisterEditorDialog::field(const QString &key) const
{
    for (const Field &f : m_fields) {
        if (f.key == key)
            return f.editor;
    }
    return nullptr;
}

QString RegisterEditorDialog::problem(const QString &key) const
{
    return m_problems.value(key);
}

QString RegisterEditorDialog::text(const QString &key) const
{
    QWidget *editor = field(key);
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        return edit->text().trimmed();
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentData().toString();
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        return QString::number(spin->value());
    return {};
}

RegisterRecord RegisterEditorDialog::record() const
{
    // Parsing problems of the form itself (a date or a number that cannot be read) are kept
    // apart from the rules, which the service checks.
    auto &local = m_localProblems;
    local.clear();
    auto date = [&](const QString &key) {
        const QString value = text(key);
        if (value.isEmpty())
            return QDate();
        const QDate parsed = QDate::fromString(value, Qt::ISODate);
        if (!parsed.isValid())
            local.insert(key, tr("Type a real date as YYYY-MM-DD, e.g. 1975-03-21."));
        return parsed;
    };
    auto real = [&](const QString &key) -> std::optional<double> {
        const QString value = text(key);
        if (value.isEmpty())
            return std::nullopt;
        bool ok = false;
        double parsed = QLocale().toDouble(value, &ok);
        if (!ok)
            parsed = value.toDouble(&ok);
        if (!ok) {
            local.insert(key, tr("Type a number of decimal degrees, e.g. %1.")
                                  .arg(QLocale().toString(51.1694, 'f', 4)));
            return std::nullopt;
        }
        return parsed;
    };
    const qint64 id = m_id;
    switch (m_kind) {
    case RegisterKind::Territories:
        return TerritoryRecord{id,
                               text(QStringLiteral("code")),
                               text(QStringLiteral("parent_code")),
                               text(QStringLiteral("level")),
                               text(QStringLiteral("name_kk")),
                               text(QStringLiteral("name_ru")),
                               text(QStringLiteral("name_en")),
                               text(QStringLiteral("kato"))};
    case RegisterKind::Parties:
        return PartyRecord{id,
                           text(QStringLiteral("code")),
                           text(QStringLiteral("name_kk")),
                           text(QStringLiteral("name_ru")),
                           text(QStringLiteral("name_en")),
                           text(QStringLiteral("short_name")),
                           text(QStringLiteral("color"))};
    case RegisterKind::Contests:
        return ContestRecord{id, text(QStringLiteral("code")),
                             text(QStringLiteral("territory_code")), text(QStringLiteral("name")),
                             text(QStringLiteral("seats")).toInt()};
    case RegisterKind::PollingStations: {
        PollingStationRecord r;
        r.id = id;
        r.code = text(QStringLiteral("code"));
        r.number = text(QStringLiteral("number"));
        r.name = text(QStringLiteral("name"));
        r.address = text(QStringLiteral("address"));
        r.territoryCode = text(QStringLiteral("territory_code"));
        r.contestCode = text(QStringLiteral("contest_code"));
        r.registeredVoters = text(QStringLiteral("registered_voters")).toLongLong();
        r.latitude = real(QStringLiteral("latitude"));
        r.longitude = real(QStringLiteral("longitude"));
        return r;
    }
    case RegisterKind::Candidates: {
        CandidateRecord r;
        r.id = id;
        r.code = text(QStringLiteral("code"));
        r.contestCode = text(QStringLiteral("contest_code"));
        r.fullName = text(QStringLiteral("full_name"));
        r.gender = text(QStringLiteral("gender"));
        r.birthDate = date(QStringLiteral("birth_date"));
        r.partyCode = text(QStringLiteral("party_code"));
        r.status = text(QStringLiteral("status"));
        r.statusDate = date(QStringLiteral("status_date"));
        r.statusReason = text(QStringLiteral("status_reason"));
        const QString order = text(QStringLiteral("ballot_order"));
        if (!order.isEmpty()) {
            bool ok = false;
            const int value = order.toInt(&ok);
            if (ok && value > 0)
                r.ballotOrder = value;
            else
                local.insert(QStringLiteral("ballot_order"),
                             tr("Type a whole number from 1, or leave it empty."));
        }
        return r;
    }
    case RegisterKind::Observers:
        return ObserverRecord{id,
                              text(QStringLiteral("code")),
                              text(QStringLiteral("full_name")),
                              text(QStringLiteral("organization")),
                              text(QStringLiteral("kind")),
                              text(QStringLiteral("polling_station_code"))};
    }
    return TerritoryRecord{};
}

void RegisterEditorDialog::fieldEdited(const QString &key)
{
    for (Field &f : m_fields) {
        if (f.key == key)
            f.touched = true;
    }
    m_timer->start();
}

void RegisterEditorDialog::validateNow()
{
    m_timer->stop();
    const RegisterRecord current = record();
    m_problems.clear();
    if (m_db != nullptr) {
        const RegisterService service(*m_db, m_session);
        for (const FieldProblem &problem : service.validate(current)) {
            QString &message = m_problems[problem.field];
            message =
                message.isEmpty() ? problem.message : tr("%1\n%2").arg(message, problem.message);
        }
    }
    // A value the form could not read explains the problem better than the rule it breaks.
    for (auto it = m_localProblems.cbegin(); it != m_localProblems.cend(); ++it)
        m_problems.insert(it.key(), it.value());
    showProblems();
    showReferences();
}

void RegisterEditorDialog::showReferences()
{
    // Says in words what a typed code refers to, so a wrong but existing code stands out.
    if (m_db == nullptr)
        return;
    const RegisterService service(*m_db, m_session);
    const QLocale locale;
    for (const Field &f : std::as_const(m_fields)) {
        auto *reference = qobject_cast<ReferenceField *>(f.editor);
        if (reference == nullptr || f.note == nullptr)
            continue;
        QString name;
        if (!reference->code().isEmpty() && !m_problems.contains(f.key)) {
            auto found = service.loadByCode(reference->referencedKind(), reference->code());
            if (found) {
                name = std::visit(
                    [&locale](const auto &r) -> QString {
                        using T = std::decay_t<decltype(r)>;
                        if constexpr (std::is_same_v<T, TerritoryRecord>)
                            return LocalizedName::pick(locale, r.nameKk, r.nameRu, r.nameEn);
                        else if constexpr (std::is_same_v<T, PartyRecord>)
                            return LocalizedName::pick(locale, r.nameKk, r.nameRu, r.nameEn);
                        else if constexpr (std::is_same_v<T, ContestRecord>)
                            return r.name;
                        else if constexpr (std::is_same_v<T, PollingStationRecord>)
                            return RegisterEditorDialog::tr("No. %1, %2").arg(r.number, r.address);
                        else
                            return QString();
                    },
                    *found);
            }
        }
        f.note->setText(name);
        f.note->setVisible(!name.isEmpty());
    }
}

void RegisterEditorDialog::showAllProblems()
{
    for (Field &f : m_fields)
        f.touched = true;
    validateNow();
}

void RegisterEditorDialog::showProblems()
{
    QStringList general;
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        if (field(it.key()) == nullptr)
            general << it.value();
    }
    for (Field &f : m_fields) {
        const QString message = m_problems.value(f.key);
        const bool shown = !message.isEmpty() && (f.touched || m_saveTried);
        f.problem->setText(shown ? tr("⚠ %1").arg(message) : QString());
        f.problem->setVisible(shown);
        f.editor->setToolTip(shown ? message : QString());
    }
    m_general->setText(general.join(QLatin1Char('\n')));
    m_general->setVisible(!general.isEmpty());
    m_saveButton->setEnabled(m_problems.isEmpty());
    m_saveButton->setToolTip(m_problems.isEmpty()
                                 ? tr("Save (Ctrl+Enter)")
                                 : tr("Correct the problems shown under the fields to save"));
}

void RegisterEditorDialog::save()
{
    m_saveTried = true;
    validateNow();
    if (!m_problems.isEmpty()) {
        for (const Field &f : std::as_const(m_fields)) {
            if (m_problems.contains(f.key)) {
                f.editor->setFocus();
                break;
            }
        }
        return;
    }
    if (!m_save) {
        accept();
        return;
    }
    const Status saved = m_save(record());
    if (!saved) {
        m_general->setText(saved.error().userMessage);
        m_general->show();
        return;
    }
    accept();
}

bool RegisterEditorDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const bool last = !m_fields.isEmpty() && m_fields.constLast().editor == watched;
            if (key->modifiers().testFlag(Qt::ControlModifier) || last) {
                save();
            } else {
                // Enter moves on like Tab: keyboard-first data entry.
                auto *widget = qobject_cast<QWidget *>(watched);
                for (int i = 0; i < m_fields.size() - 1; ++i) {
                    if (m_fields.at(i).editor == widget) {
                        m_fields.at(i + 1).editor->setFocus(Qt::TabFocusReason);
                        break;
                    }
                }
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void RegisterEditorDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateProblemColours();
}

void RegisterEditorDialog::updateProblemColours()
{
    // Problems read as warnings in light and dark palettes alike.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor colour = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    auto paint = [&](QLabel *label) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, colour);
        label->setPalette(p);
    };
    for (const Field &f : std::as_const(m_fields))
        paint(f.problem);
    paint(m_general);
}

} // namespace bd
