#include "RegisterExporter.h"

#include "RegisterCsvFormat.h"
#include "RegisterTable.h"

#include <QSaveFile>
#include <QSqlError>

namespace bd {

namespace {

void appendField(QByteArray &out, const QString &field)
{
    const QByteArray bytes = field.toUtf8();
    const bool quote =
        bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r');
    if (!quote) {
        out += bytes;
        return;
    }
    out += '"';
    for (char c : bytes) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void appendRow(QByteArray &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        appendField(out, fields.at(i));
    }
    out += '\n';
}

} // namespace

QStringList RegisterExporter::columns(RegisterKind kind)
{
    return RegisterCsvFormat::columns(kind);
}

Status RegisterExporter::exportFile(const Database &db, RegisterKind kind, const QString &path)
{
    auto facts = RegisterTable::loadFacts(db);
    if (!facts)
        return facts.error();
    // Parents before children, so that the file imports in one pass.
    const QString order = kind == RegisterKind::Territories
                              ? QStringLiteral(" ORDER BY x.depth, x.id")
                              : QStringLiteral(" ORDER BY x.id");
    auto query = db.exec(RegisterTable::selectSql(kind) + order, {facts->electionId});
    if (!query)
        return query.error();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("export.open"),
                     tr("Cannot write %1: %2.").arg(path, file.errorString()),
                     {}};
    const auto failed = [&file, &path]() {
        return Error{QStringLiteral("export.write"),
                     tr("Cannot write %1: %2.").arg(path, file.errorString()),
                     {}};
    };
    QByteArray chunk;
    appendRow(chunk, columns(kind));
    while (query->next()) {
        appendRow(chunk, RegisterCsvFormat::format(RegisterTable::fromQuery(kind, *query)));
        if (chunk.size() > 1 << 20) {
            if (file.write(chunk) != chunk.size())
                return failed();
            chunk.clear();
        }
    }
    if (query->lastError().isValid())
        return Database::queryError(*query, tr("reading the register"));
    if (file.write(chunk) != chunk.size())
        return failed();
    if (!file.commit())
        return failed();
    return {};
}

} // namespace bd
