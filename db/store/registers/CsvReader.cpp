#include "CsvReader.h"

#include <QFileInfo>

namespace bd {

CsvReader::CsvReader(const QString &path, const QString &displayName)
    : m_file(path), m_displayName(displayName.isEmpty() ? QFileInfo(path).fileName() : displayName)
{}

CsvReader::~CsvReader() = default;

Status CsvReader::open()
{
    return Error{
        QStringLiteral("register.not-implemented"), QStringLiteral("Not yet implemented."), {}};
}

bool CsvReader::next()
{
    return false;
}

qint64 CsvReader::size() const
{
    return m_file.size();
}

Outcome<CsvPreview> CsvReader::preview(const QString &, int)
{
    return Error{
        QStringLiteral("register.not-implemented"), QStringLiteral("Not yet implemented."), {}};
}

bool CsvReader::fillBuffer()
{
    return false;
}

void CsvReader::setProblem(int line, const QString &reason)
{
    m_problem = ImportProblem{m_displayName, line, {}, reason};
}

} // namespace bd
