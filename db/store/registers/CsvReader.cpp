#include "CsvReader.h"

#include <QFileInfo>

namespace bd {

namespace {

constexpr qint64 kChunkBytes = 256 * 1024;

// The offset of the first byte that breaks strict UTF-8 (overlong forms, surrogates and code
// points above U+10FFFF included), or -1 when @p bytes are valid UTF-8.
qsizetype invalidUtf8At(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int min = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
            cp = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= size || (data[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (data[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

} // namespace

CsvReader::CsvReader(const QString &path, const QString &displayName)
    : m_file(path), m_displayName(displayName.isEmpty() ? QFileInfo(path).fileName() : displayName)
{}

CsvReader::~CsvReader() = default;

Status CsvReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("csv.open"),
                     tr("Cannot read %1: %2.").arg(m_file.fileName(), m_file.errorString()),
                     {}};
    return {};
}

qint64 CsvReader::size() const
{
    return m_file.size();
}

bool CsvReader::fillBuffer()
{
    if (m_atEnd)
        return false;
    m_buffer = m_file.read(kChunkBytes);
    m_pos = 0;
    if (m_buffer.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    if (!m_started) {
        m_started = true;
        if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
            m_consumed = 3;
        } else if (m_buffer.startsWith("\xFF\xFE") || m_buffer.startsWith("\xFE\xFF")) {
            setProblem(1, tr("the file is UTF-16 text; save it as UTF-8 (in a spreadsheet: "
                             "\"CSV UTF-8\") and import it again"));
            return false;
        }
    }
    return true;
}

void CsvReader::setProblem(int line, const QString &reason)
{
    m_problem = ImportProblem{m_displayName, line, {}, reason};
}

bool CsvReader::next()
{
    if (m_problem || !m_file.isOpen())
        return false;
    m_fields.clear();
    QByteArray field;
    bool inQuotes = false;
    bool wasQuoted = false;    // the current field started with a quote
    bool afterClosing = false; // the closing quote of the current field was read
    bool anyContent = false;   // the record has a field separator, a quote or a character
    m_recordLine = m_physicalLine;

    const auto peek = [this]() -> int {
        if (m_pos >= m_buffer.size() && !fillBuffer())
            return -1;
        return static_cast<unsigned char>(m_buffer.at(m_pos));
    };
    const auto take = [this]() {
        ++m_pos;
        ++m_consumed;
    };
    const auto finishField = [&]() -> bool {
        if (const qsizetype bad = invalidUtf8At(field); bad >= 0) {
            // Count the line breaks inside a quoted field up to the bad byte.
            const int line = m_physicalLine - static_cast<int>(field.mid(bad).count('\n'));
            setProblem(line,
                       tr("the text is not UTF-8 (byte 0x%1 in field %2); save the file "
                          "as UTF-8 (in a spreadsheet: \"CSV UTF-8\") and import it again")
                           .arg(static_cast<unsigned char>(field.at(bad)), 2, 16, QLatin1Char('0'))
                           .arg(m_fields.size() + 1));
            return false;
        }
        if (field.contains('\0')) {
            setProblem(m_physicalLine,
                       tr("the text contains NUL bytes, as UTF-16 files do; save the file as "
                          "UTF-8 and import it again"));
            return false;
        }
        m_fields.append(QString::fromUtf8(field));
        field.clear();
        wasQuoted = false;
        afterClosing = false;
        return true;
    };

    for (;;) {
        const int c = peek();
        if (c < 0) {
            if (m_problem)
                return false;
            if (inQuotes) {
                setProblem(m_recordLine,
                           tr("a quoted field opened on this line is not closed before the end "
                              "of the file; add the closing quote (\")"));
                return false;
            }
            if (!anyContent && field.isEmpty())
                return false;
            return finishField();
        }
        take();
        if (inQuotes) {
            if (c == '"') {
                if (peek() == '"') {
                    take();
                    field.append('"');
                } else {
                    inQuotes = false;
                    afterClosing = true;
                }
            } else {
                if (c == '\n')
                    ++m_physicalLine;
                field.append(static_cast<char>(c));
            }
            continue;
        }
        if (c == ',') {
            anyContent = true;
            if (!finishField())
                return false;
            continue;
        }
        if (c == '\r' || c == '\n') {
            if (c == '\r' && peek() == '\n')
                take();
            if (!anyContent && field.isEmpty()) {
                // An empty line between records (or at the end) holds no record.
                ++m_physicalLine;
                m_recordLine = m_physicalLine;
                continue;
            }
            const bool finished = finishField(); // problems name the line the record ends on
            ++m_physicalLine;
            return finished;
        }
        if (afterClosing) {
            setProblem(m_physicalLine,
                       tr("text follows the closing quote of field %1; quote the whole field "
                          "and double any quote inside it (\"\")")
                           .arg(m_fields.size() + 1));
            return false;
        }
        if (c == '"') {
            anyContent = true;
            if (!field.isEmpty() || wasQuoted) {
                setProblem(m_physicalLine,
                           tr("a quote inside unquoted field %1; quote the whole field and "
                              "double the quote (\"\")")
                               .arg(m_fields.size() + 1));
                return false;
            }
            inQuotes = true;
            wasQuoted = true;
            continue;
        }
        anyContent = true;
        field.append(static_cast<char>(c));
    }
}

Outcome<CsvPreview> CsvReader::preview(const QString &path, int maxRows)
{
    CsvReader reader(path);
    if (Status s = reader.open(); !s)
        return s.error();
    CsvPreview preview;
    if (reader.next())
        preview.header = reader.fields();
    while (preview.rows.size() < maxRows && reader.next())
        preview.rows.append(reader.fields());
    if (reader.problem())
        preview.problems.append(*reader.problem());
    else if (preview.header.isEmpty())
        preview.problems.append(ImportProblem{reader.displayName(),
                                              1,
                                              {},
                                              tr("the file is empty; the first line must "
                                                 "be the header")});
    return preview;
}

} // namespace bd
