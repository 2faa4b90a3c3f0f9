#include "RegisterImporter.h"

#include "AuditLog.h"
#include "CsvReader.h"
#include "MemoryRegisterLookup.h"
#include "RegisterCsvFormat.h"
#include "RegisterRules.h"
#include "RegisterTable.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace bd {

namespace {

constexpr int kProgressEveryRows = 2000;

// Collects at most ImportReport::kMaxProblems problems of one file.
class ProblemList
{
public:
    ProblemList(ImportReport &report, QString file) : m_report(report), m_file(std::move(file)) {}

    void add(int line, const QString &column, const QString &reason)
    {
        if (!full())
            m_report.problems.append(ImportProblem{m_file, line, column, reason});
    }
    void add(const ImportProblem &problem)
    {
        if (!full())
            m_report.problems.append(problem);
    }
    bool full() const { return m_report.problems.size() >= ImportReport::kMaxProblems; }
    bool empty() const { return m_report.problems.isEmpty(); }

private:
    ImportReport &m_report;
    QString m_file;
};

} // namespace

Outcome<ImportReport> RegisterImporter::importFile(const Database &db, const Session &session,
                                                   RegisterKind kind, const QString &path,
                                                   const ImportOptions &options)
{
    if (Status allowed = session.require(Operation::ImportRegisters); !allowed)
        return allowed.error();
    auto facts = RegisterTable::loadFacts(db);
    if (!facts)
        return facts.error();

    ImportReport report;
    ProblemList problems(report, path);
    // Two passes over the file: the first checks every row, the second writes. Only codes are
    // kept in memory between them, so memory does not grow with the size of the rows.
    CsvReader reader(path, path);
    if (Status s = reader.open(); !s)
        return s.error();
    const qint64 total = qMax<qint64>(1, reader.size()) * 2;
    const auto reportProgress = [&options, &report](qint64 done, qint64 all) {
        if (options.progress && !options.progress(done, all))
            report.cancelled = true;
        return !report.cancelled;
    };
    if (!reportProgress(0, total))
        return report;

    if (!reader.next()) {
        if (reader.problem())
            problems.add(*reader.problem());
        else
            problems.add(1, {},
                         tr("the file is empty; the first line must be the header: %1")
                             .arg(RegisterCsvFormat::columns(kind).join(QLatin1Char(','))));
        return report;
    }
    QList<CsvHeaderProblem> headerProblems;
    const CsvColumnMap map = RegisterCsvFormat::mapHeader(kind, reader.fields(), &headerProblems);
    for (const CsvHeaderProblem &p : std::as_const(headerProblems))
        problems.add(1, p.column, p.reason);
    if (!problems.empty())
        return report; // rows cannot be read against a wrong header

    auto checked = MemoryRegisterLookup::load(db, facts->electionId, kind);
    if (!checked)
        return checked.error();
    qint64 standIn = -1; // ids for rows of the file while checking; real ids are positive
    int rows = 0;
    while (!problems.full() && reader.next()) {
        ++rows;
        const QStringList &fields = reader.fields();
        const int line = reader.line();
        if (fields.size() != map.fieldCount) {
            problems.add(line, {},
                         fields.size() > map.fieldCount
                             ? tr("the row has %1 fields but the header has %2; quote fields "
                                  "that contain a comma")
                                   .arg(fields.size())
                                   .arg(map.fieldCount)
                             : tr("the row has %1 fields but the header has %2; add the "
                                  "missing fields")
                                   .arg(fields.size())
                                   .arg(map.fieldCount));
            continue;
        }
        QList<FieldProblem> found;
        const RegisterRecord record = RegisterCsvFormat::parse(map, fields, &found);
        const QList<FieldProblem> ruled = RegisterRules::check(record, *checked, *facts);
        for (const FieldProblem &p : ruled) {
            const bool known = std::any_of(found.cbegin(), found.cend(),
                                           [&p](const auto &f) { return f.field == p.field; });
            if (!known)
                found.append(p);
        }
        for (const FieldProblem &p : std::as_const(found))
            problems.add(line, p.field, p.message);
        // A row with a problem still defines its code, so that a later duplicate is found and
        // later rows referring to it are not also reported.
        const QString code = std::visit([](const auto &r) { return r.code; }, record);
        if (!code.isEmpty() && !checked->idOfCode(kind, code))
            checked->add(record, standIn--);
        if (rows % kProgressEveryRows == 0 && !reportProgress(reader.position(), total))
            return report;
    }
    if (reader.problem())
        problems.add(*reader.problem());
    if (rows == 0 && problems.empty())
        problems.add(1, {}, tr("the file has a header but no rows; there is nothing to import"));
    if (!problems.empty())
        return report;

    auto written = MemoryRegisterLookup::load(db, facts->electionId, kind);
    if (!written)
        return written.error();
    CsvReader again(path, path);
    if (Status s = again.open(); !s)
        return s.error();
    if (!again.next())
        return Error{QStringLiteral("import.changed"),
                     tr("%1 changed while it was imported; nothing was imported.").arg(path),
                     {}};
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    RegisterTable table(db, facts->electionId, session);
    int imported = 0;
    while (again.next()) {
        const RegisterRecord record = RegisterCsvFormat::parse(map, again.fields(), nullptr);
        auto id = table.insert(record, *written);
        if (!id)
            return Error{id.error().code,
                         tr("%1:%2: the row could not be written; nothing was imported. %3")
                             .arg(path)
                             .arg(again.line())
                             .arg(id.error().userMessage),
                         id.error().detail};
        written->add(record, *id);
        ++imported;
        if (imported % kProgressEveryRows == 0 &&
            !reportProgress(reader.size() + again.position(), total))
            return report; // the transaction rolls back
    }
    if (again.problem() || imported != rows)
        return Error{QStringLiteral("import.changed"),
                     tr("%1 changed while it was imported; nothing was imported.").arg(path),
                     {}};
    // Every new station gets its open protocol, set-based after the rows (in this transaction).
    if (kind == RegisterKind::PollingStations) {
        if (Status s = table.openProtocols(); !s)
            return s.error();
    }

    AuditRecord audit;
    audit.electionId = facts->electionId;
    audit.userId = session.userId;
    audit.userLogin = session.login;
    audit.userRole = role::key(session.role);
    audit.action = QStringLiteral("register.import");
    audit.objectType = RegisterKinds::key(kind);
    audit.newValues = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("file"), QFileInfo(path).fileName()},
                                  {QStringLiteral("rows"), imported}})
            .toJson(QJsonDocument::Compact));
    if (Status s = AuditLog::append(db, audit); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    report.rowsImported = imported;
    if (options.progress)
        options.progress(total, total);
    return report;
}

} // namespace bd
