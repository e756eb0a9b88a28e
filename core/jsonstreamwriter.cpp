#include "jsonstreamwriter.h"

#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace WireDiff {

namespace {

constexpr qsizetype indentWidth = 4;      // spaces per level, as QJsonDocument::Indented
constexpr qsizetype maxBytesPerUnit = 6;  // "\u001f" or an unpaired surrogate's "\udc00"
constexpr qsizetype minimumCapacity = 256;

char hexDigit(uint nibble)
{
    return char(nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
}

// QJsonDocument's escaping of one UTF-16 string (QJsonPrivate's escapedString):
// ASCII as is except '"', '\\' and the control characters; everything else
// UTF-8, except a surrogate without its other half, which UTF-8 cannot hold.
// `out` has room for maxBytesPerUnit bytes per unit.
char *writeEscaped(char *out, QStringView text)
{
    const char16_t *unit = text.utf16();
    const char16_t *const end = unit + text.size();
    while (unit != end) {
        const char16_t u = *unit++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *out++ = char(u);
                continue;
            }
            *out++ = '\\';
            switch (u) {
            case u'"': *out++ = '"'; break;
            case u'\\': *out++ = '\\'; break;
            case u'\b': *out++ = 'b'; break;
            case u'\f': *out++ = 'f'; break;
            case u'\n': *out++ = 'n'; break;
            case u'\r': *out++ = 'r'; break;
            case u'\t': *out++ = 't'; break;
            default:
                *out++ = 'u';
                *out++ = '0';
                *out++ = '0';
                *out++ = hexDigit(u >> 4);
                *out++ = hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            *out++ = char(0xc0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *out++ = char(0xe0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && unit != end && QChar::isLowSurrogate(*unit)) {
            const char32_t c = QChar::surrogateToUcs4(u, *unit++);
            *out++ = char(0xf0 | (c >> 18));
            *out++ = char(0x80 | ((c >> 12) & 0x3f));
            *out++ = char(0x80 | ((c >> 6) & 0x3f));
            *out++ = char(0x80 | (c & 0x3f));
        } else {
            *out++ = '\\';
            *out++ = 'u';
            *out++ = hexDigit((u >> 12) & 0xf);
            *out++ = hexDigit((u >> 8) & 0xf);
            *out++ = hexDigit((u >> 4) & 0xf);
            *out++ = hexDigit(u & 0xf);
        }
    }
    return out;
}

} // namespace

JsonStreamWriter::JsonStreamWriter(Format format, qsizetype expectedBytes)
    : m_format(format)
{
    m_buffer.resize(std::max(expectedBytes, minimumCapacity));
    m_data = m_buffer.data();
    m_open.reserve(16);
}

JsonStreamWriter &JsonStreamWriter::beginObject()
{
    open(Container::Object, '{');
    return *this;
}

JsonStreamWriter &JsonStreamWriter::endObject()
{
    close(Container::Object, '}');
    return *this;
}

JsonStreamWriter &JsonStreamWriter::beginArray()
{
    open(Container::Array, '[');
    return *this;
}

JsonStreamWriter &JsonStreamWriter::endArray()
{
    close(Container::Array, ']');
    return *this;
}

JsonStreamWriter &JsonStreamWriter::key(QStringView name)
{
    Q_ASSERT(!m_open.empty() && m_open.back() == Container::Object && !m_afterKey);
    const bool indented = m_format == Format::Indented;
    char *out = room(2 + indentWidth * qsizetype(m_open.size()) + maxBytesPerUnit * name.size() + 4);
    if (!m_empty)
        *out++ = ',';
    if (indented && !m_empty)
        *out++ = '\n';
    out = writeIndent(out);
    *out++ = '"';
    out = writeEscaped(out, name);
    *out++ = '"';
    *out++ = ':';
    if (indented)
        *out++ = ' ';
    m_size = out - m_data;
    m_empty = false;
    m_afterKey = true;
    return *this;
}

JsonStreamWriter &JsonStreamWriter::string(QStringView text)
{
    beforeValue();
    appendQuoted(text);
    return *this;
}

JsonStreamWriter &JsonStreamWriter::number(double value)
{
    // QJsonValue(double) stores a whole number as an integer when the double
    // holds it exactly and no more digits than a double carries would appear
    // (within +-2^53); -0.0 becomes 0. NaN fails every comparison here.
    constexpr double exactLimit = 9007199254740992.0; // 2^53
    if (value >= -exactLimit && value <= exactLimit && double(qint64(value)) == value)
        return number(qint64(value));
    beforeValue();
    if (!std::isfinite(value)) {
        append("null", 4); // as QJsonDocument: JSON has no NaN or infinity
        return *this;
    }
    const QByteArray text = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    append(text.constData(), text.size());
    return *this;
}

JsonStreamWriter &JsonStreamWriter::number(qint64 value)
{
    beforeValue();
    constexpr qsizetype maxDigits = 20; // "-9223372036854775808"
    char *out = room(maxDigits);
    out = std::to_chars(out, out + maxDigits, value).ptr;
    m_size = out - m_data;
    return *this;
}

JsonStreamWriter &JsonStreamWriter::boolean(bool value)
{
    beforeValue();
    if (value)
        append("true", 4);
    else
        append("false", 5);
    return *this;
}

JsonStreamWriter &JsonStreamWriter::null()
{
    beforeValue();
    append("null", 4);
    return *this;
}

QByteArray JsonStreamWriter::take()
{
    Q_ASSERT(m_open.empty() && !m_afterKey);
    m_buffer.resize(m_size);
    // A buffer that grew by doubling may be up to twice the document; the
    // caller holds it while writing it out, so give the rest back.
    if (m_buffer.capacity() - m_size > m_size / 4)
        m_buffer.squeeze();
    QByteArray document = std::move(m_buffer);
    m_buffer = QByteArray();
    m_buffer.resize(minimumCapacity);
    m_data = m_buffer.data();
    m_size = 0;
    m_empty = true;
    return document;
}

void JsonStreamWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_open.empty())
        return;
    Q_ASSERT(m_open.back() == Container::Array);
    char *out = room(2 + indentWidth * qsizetype(m_open.size()));
    if (!m_empty) {
        *out++ = ',';
        if (m_format == Format::Indented)
            *out++ = '\n';
    }
    m_size = writeIndent(out) - m_data;
    m_empty = false;
}

void JsonStreamWriter::open(Container container, char bracket)
{
    beforeValue();
    char *out = room(2);
    *out++ = bracket;
    if (m_format == Format::Indented)
        *out++ = '\n';
    m_size = out - m_data;
    m_open.push_back(container);
    m_empty = true;
}

void JsonStreamWriter::close([[maybe_unused]] Container container, char bracket)
{
    Q_ASSERT(!m_open.empty() && m_open.back() == container && !m_afterKey);
    const bool indented = m_format == Format::Indented;
    m_open.pop_back();
    // QJsonDocument ends the last element's line, but an empty container's
    // opening line is already ended; the bracket goes at the enclosing level.
    char *out = room(indentWidth * qsizetype(m_open.size()) + 3);
    if (indented && !m_empty)
        *out++ = '\n';
    out = writeIndent(out);
    *out++ = bracket;
    if (indented && m_open.empty())
        *out++ = '\n';
    m_size = out - m_data;
    m_empty = false;
}

char *JsonStreamWriter::room(qsizetype bytes)
{
    if (m_size + bytes > m_buffer.size()) {
        m_buffer.resize(std::max(2 * m_buffer.size(), m_size + bytes));
        m_data = m_buffer.data();
    }
    return m_data + m_size;
}

char *JsonStreamWriter::writeIndent(char *out) const
{
    if (m_format == Format::Compact)
        return out;
    const qsizetype width = indentWidth * qsizetype(m_open.size());
    std::memset(out, ' ', size_t(width));
    return out + width;
}

void JsonStreamWriter::append(const char *bytes, qsizetype length)
{
    std::memcpy(room(length), bytes, size_t(length));
    m_size += length;
}

void JsonStreamWriter::appendQuoted(QStringView text)
{
    char *out = room(maxBytesPerUnit * text.size() + 2);
    *out++ = '"';
    out = writeEscaped(out, text);
    *out++ = '"';
    m_size = out - m_data;
}

} // namespace WireDiff
