#pragma once

#include "RegisterQuery.h"
#include "RegisterRecords.h"

#include <QCoreApplication>

#include <optional>

namespace bd {

/** Reads and names register records generically: code, id, kind, and the page showing them. */
class RecordAccess
{
    Q_DECLARE_TR_FUNCTIONS(RecordAccess)

public:
    RecordAccess() = delete;

    static QString code(const RegisterRecord &record);
    static qint64 id(const RegisterRecord &record);
    static void setId(RegisterRecord &record, qint64 id);
    /** An empty record of a kind (a new candidate starts nominated). */
    static RegisterRecord empty(RegisterKind kind);

    /** The kind a register page edits (the regions page edits territories). */
    static RegisterKind kindOf(Register reg);
    /** The page that lists a kind. */
    static Register registerOf(RegisterKind kind);

    /** "polling station 123", for undo texts and messages. */
    static QString describe(RegisterKind kind, const QString &code);
    /** "Add polling station 123" (the undo command's text). */
    static QString addText(RegisterKind kind, const QString &code);
    static QString editText(RegisterKind kind, const QString &code);
    static QString deleteText(RegisterKind kind, const QString &code);
};

} // namespace bd
