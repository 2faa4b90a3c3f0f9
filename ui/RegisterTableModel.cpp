#include "RegisterTableModel.h"

#include "Database.h"

#include <QColor>
#include <QDate>
#include <QLocale>
#include <QLoggingCategory>
#include <QScopedValueRollback>

Q_LOGGING_CATEGORY(lcRegisterModel, "ballotdesk.ui.registers", QtInfoMsg)

namespace bd {

RegisterTableModel::RegisterTableModel(Register reg, QObject *parent)
    : QAbstractTableModel(parent), m_register(reg), m_columns(RegisterQuery::columns(reg))
{}

void RegisterTableModel::setDatabase(const Database *db)
{
    m_db = db;
    reload();
}

void RegisterTableModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void RegisterTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size() || !m_columns.at(column).sortable)
        return;
    if (column == m_sortColumn && order == m_order)
        return;
    m_sortColumn = column;
    m_order = order;
    reload();
}

void RegisterTableModel::reload()
{
    // The first page is read inside the reset: a view or an item model tester reacting to
    // modelReset must not start a nested insertion (fetchMore() ignores calls meanwhile).
    beginResetModel();
    m_rows.clear();
    m_ids.clear();
    m_last.reset();
    m_atEnd = m_db == nullptr;
    m_lastError.clear();
    const bool ok = m_db == nullptr || readPage();
    if (ok)
        takePending();
    {
        const QScopedValueRollback<bool> resetting(m_fetching, true);
        endResetModel();
    }
    if (!ok)
        emit errorOccurred(m_lastError);
}

bool RegisterTableModel::readPage()
{
    PageRequest request;
    request.reg = m_register;
    request.filter = m_filter;
    request.sortColumn = m_sortColumn;
    request.order = m_order;
    request.after = m_last;
    request.limit = PageSize;
    auto page = RegisterQuery::fetch(*m_db, request);
    if (!page) {
        // Stop asking: a view would otherwise retry on every scroll.
        m_atEnd = true;
        m_lastError = page.error().userMessage;
        qCWarning(lcRegisterModel)
            << RegisterQuery::key(m_register) << page.error().code << page.error().detail;
        return false;
    }
    m_atEnd = page->atEnd;
    m_pending = std::move(page).value();
    return true;
}

QString RegisterTableModel::columnKey(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).key : QString();
}

int RegisterTableModel::columnOf(const QString &key) const
{
    return RegisterQuery::columnIndex(m_register, key);
}

qint64 RegisterTableModel::rowId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int RegisterTableModel::rowOfId(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

void RegisterTableModel::refresh()
{
    reload();
}

int RegisterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegisterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

bool RegisterTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void RegisterTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_db == nullptr || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    if (!readPage()) {
        emit errorOccurred(m_lastError);
        return;
    }
    if (m_pending.rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(m_pending.rows.size()) - 1);
    takePending();
    endInsertRows();
}

void RegisterTableModel::takePending()
{
    m_rows.append(m_pending.rows);
    m_ids.append(m_pending.ids);
    if (m_pending.last)
        m_last = m_pending.last;
    m_pending = RegisterPage();
}

QVariant RegisterTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RegisterColumn &column = m_columns.at(index.column());
    const QVariant &value = m_rows.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(column, value);
    case Qt::EditRole:
        return value;
    case Qt::ToolTipRole:
        if (column.type == ColumnType::Text && value.toString().size() > 40)
            return value.toString();
        return {};
    case Qt::TextAlignmentRole:
        if (column.type == ColumnType::Integer || column.type == ColumnType::Real)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (column.type == ColumnType::Colour) {
            const QColor colour(value.toString());
            if (colour.isValid())
                return colour;
        }
        return {};
    default:
        return {};
    }
}

QVariant RegisterTableModel::displayValue(const RegisterColumn &column, const QVariant &value) const
{
    const QLocale locale;
    if (value.isNull()) {
        if (column.key == QLatin1String("party") && m_register == Register::Candidates)
            return tr("Self-nominated");
        return QString();
    }
    switch (column.type) {
    case ColumnType::Integer:
        return locale.toString(value.toLongLong());
    case ColumnType::Real:
        return locale.toString(value.toDouble(), 'f', 5);
    case ColumnType::Date: {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : value.toString();
    }
    case ColumnType::Code:
        return codeLabel(column.key, value.toString());
    case ColumnType::Colour:
    case ColumnType::Text:
        return value.toString();
    }
    return value.toString();
}

QVariant RegisterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const RegisterColumn &column = m_columns.at(section);
    if (role == Qt::DisplayRole)
        return columnTitle(column.key);
    if (role == Qt::TextAlignmentRole &&
        (column.type == ColumnType::Integer || column.type == ColumnType::Real))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QString RegisterTableModel::columnTitle(const QString &key)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("name_en"), QT_TR_NOOP("Name (English)")},
        {QStringLiteral("name_kk"), QT_TR_NOOP("Name (Kazakh)")},
        {QStringLiteral("name_ru"), QT_TR_NOOP("Name (Russian)")},
        {QStringLiteral("short_name"), QT_TR_NOOP("Short name")},
        {QStringLiteral("kato"), QT_TR_NOOP("KATO")},
        {QStringLiteral("contests"), QT_TR_NOOP("Contests")},
        {QStringLiteral("seats"), QT_TR_NOOP("Seats")},
        {QStringLiteral("candidates_nominated"), QT_TR_NOOP("Candidates nominated")},
        {QStringLiteral("candidates_registered"), QT_TR_NOOP("Candidates registered")},
        {QStringLiteral("polling_stations"), QT_TR_NOOP("Polling stations")},
        {QStringLiteral("polling_station"), QT_TR_NOOP("Polling station")},
        {QStringLiteral("registered_voters"), QT_TR_NOOP("Registered voters")},
        {QStringLiteral("region"), QT_TR_NOOP("Region")},
        {QStringLiteral("district"), QT_TR_NOOP("District")},
        {QStringLiteral("contest"), QT_TR_NOOP("Contest")},
        {QStringLiteral("number"), QT_TR_NOOP("Number")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("latitude"), QT_TR_NOOP("Latitude")},
        {QStringLiteral("longitude"), QT_TR_NOOP("Longitude")},
        {QStringLiteral("colour"), QT_TR_NOOP("Colour")},
        {QStringLiteral("full_name"), QT_TR_NOOP("Full name")},
        {QStringLiteral("gender"), QT_TR_NOOP("Gender")},
        {QStringLiteral("birth_date"), QT_TR_NOOP("Date of birth")},
        {QStringLiteral("party"), QT_TR_NOOP("Party")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("status_reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("ballot_order"), QT_TR_NOOP("Ballot order")},
        {QStringLiteral("organization"), QT_TR_NOOP("Organization")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
    };
    const auto it = titles.constFind(key);
    return it == titles.constEnd() ? key : tr(it.value());
}

QString RegisterTableModel::codeLabel(const QString &columnKey, const QString &code)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("gender/female"), QT_TR_NOOP("Female")},
        {QStringLiteral("gender/male"), QT_TR_NOOP("Male")},
        {QStringLiteral("status/nominated"), QT_TR_NOOP("Nominated")},
        {QStringLiteral("status/registered"), QT_TR_NOOP("Registered")},
        {QStringLiteral("status/refused"), QT_TR_NOOP("Refused registration")},
        {QStringLiteral("status/withdrawn"), QT_TR_NOOP("Withdrawn")},
        {QStringLiteral("status/deregistered"), QT_TR_NOOP("Deregistered")},
        {QStringLiteral("kind/party"), QT_TR_NOOP("Party")},
        {QStringLiteral("kind/ngo"), QT_TR_NOOP("Non-governmental organization")},
        {QStringLiteral("kind/media"), QT_TR_NOOP("Media")},
        {QStringLiteral("kind/international"), QT_TR_NOOP("International")},
    };
    const auto it = labels.constFind(columnKey + QLatin1Char('/') + code);
    return it == labels.constEnd() ? code : tr(it.value());
}

} // namespace bd
