#include "pdfsyntax.h"

namespace WireDiff {

namespace {

// Deeper nesting than this is not what QPdfWriter writes; refusing it keeps
// the recursion bounded on hostile input.
constexpr int maximumDepth = 64;

bool isSpace(char c)
{
    return c == '\0' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
}

bool isDelimiter(char c)
{
    switch (c) {
    case '(': case ')': case '<': case '>': case '[': case ']': case '{': case '}': case '/': case '%':
        return true;
    default:
        return false;
    }
}

bool isRegular(char c)
{
    return !isSpace(c) && !isDelimiter(c);
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// A number as PDF writes one: an optional sign, digits, at most one point.
bool isNumber(const QByteArray &token)
{
    qsizetype i = (token.startsWith('+') || token.startsWith('-')) ? 1 : 0;
    bool digits = false;
    bool point = false;
    for (; i < token.size(); ++i) {
        if (token[i] == '.' && !point)
            point = true;
        else if (token[i] >= '0' && token[i] <= '9')
            digits = true;
        else
            return false;
    }
    return digits;
}

// A non-negative integer of at most 18 digits (no overflow), or -1.
qint64 unsignedInteger(const QByteArray &token)
{
    if (token.isEmpty() || token.size() > 18)
        return -1;
    qint64 value = 0;
    for (const char c : token) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

const PdfSyntax::Value *PdfSyntax::Value::find(const QByteArray &key) const
{
    for (const auto &[name, value] : entries) {
        if (name == key)
            return &value;
    }
    return nullptr;
}

void PdfSyntax::skipSpace(qsizetype *position) const
{
    qsizetype p = *position;
    while (p < m_bytes.size()) {
        if (isSpace(m_bytes[p])) {
            ++p;
        } else if (m_bytes[p] == '%') {
            while (p < m_bytes.size() && m_bytes[p] != '\n' && m_bytes[p] != '\r')
                ++p;
        } else {
            break;
        }
    }
    *position = p;
}

QByteArray PdfSyntax::token(qsizetype *position) const
{
    skipSpace(position);
    const qsizetype start = *position;
    qsizetype p = start;
    while (p < m_bytes.size() && isRegular(m_bytes[p]))
        ++p;
    *position = p;
    return m_bytes.mid(start, p - start);
}

qint64 PdfSyntax::integer(qsizetype *position) const
{
    return unsignedInteger(token(position));
}

bool PdfSyntax::skipLiteralString(qsizetype *position) const
{
    qsizetype p = *position + 1; // past '('
    int open = 1;                // balanced parentheses need no escape
    while (p < m_bytes.size()) {
        const char c = m_bytes[p++];
        if (c == '\\')
            ++p;
        else if (c == '(')
            ++open;
        else if (c == ')' && --open == 0)
            break;
    }
    if (open != 0 || p > m_bytes.size())
        return false;
    *position = p;
    return true;
}

bool PdfSyntax::skipHexString(qsizetype *position) const
{
    qsizetype p = *position + 1; // past '<'
    while (p < m_bytes.size() && m_bytes[p] != '>') {
        if (!isHexDigit(m_bytes[p]) && !isSpace(m_bytes[p]))
            return false;
        ++p;
    }
    if (p >= m_bytes.size())
        return false;
    *position = p + 1;
    return true;
}

std::optional<PdfSyntax::Value> PdfSyntax::value(qsizetype *position) const
{
    return value(position, 0);
}

std::optional<PdfSyntax::Value> PdfSyntax::value(qsizetype *position, int depth) const
{
    if (depth > maximumDepth)
        return std::nullopt;
    skipSpace(position);
    qsizetype p = *position;
    if (p >= m_bytes.size())
        return std::nullopt;
    Value result;
    result.begin = p;
    const char c = m_bytes[p];
    if (c == '/') {
        ++p;
        const qsizetype start = p;
        while (p < m_bytes.size() && isRegular(m_bytes[p]))
            ++p;
        result.kind = Value::Kind::Name;
        result.name = m_bytes.mid(start, p - start);
    } else if (c == '(') {
        if (!skipLiteralString(&p))
            return std::nullopt;
        result.kind = Value::Kind::String;
    } else if (c == '<' && p + 1 < m_bytes.size() && m_bytes[p + 1] == '<') {
        p += 2;
        result.kind = Value::Kind::Dictionary;
        for (;;) {
            skipSpace(&p);
            if (p + 1 < m_bytes.size() && m_bytes[p] == '>' && m_bytes[p + 1] == '>') {
                p += 2;
                break;
            }
            std::optional<Value> key = value(&p, depth + 1);
            if (!key || key->kind != Value::Kind::Name)
                return std::nullopt;
            std::optional<Value> entry = value(&p, depth + 1);
            if (!entry)
                return std::nullopt;
            result.entries.emplace_back(std::move(key->name), std::move(*entry));
        }
    } else if (c == '<') {
        if (!skipHexString(&p))
            return std::nullopt;
        result.kind = Value::Kind::String;
    } else if (c == '[') {
        ++p;
        result.kind = Value::Kind::Array;
        for (;;) {
            skipSpace(&p);
            if (p < m_bytes.size() && m_bytes[p] == ']') {
                ++p;
                break;
            }
            std::optional<Value> item = value(&p, depth + 1);
            if (!item)
                return std::nullopt;
            result.items.push_back(std::move(*item));
        }
    } else if (isRegular(c)) {
        const QByteArray word = token(&p);
        if (isNumber(word)) {
            result.kind = Value::Kind::Number;
            result.number = word.toDouble();
            result.integer = unsignedInteger(word);
            result.isInteger = result.integer >= 0;
            // "12 0 R" is one value, a reference, not two numbers.
            qsizetype ahead = p;
            const qint64 generation = result.isInteger ? integer(&ahead) : -1;
            if (generation >= 0 && token(&ahead) == "R") {
                result.kind = Value::Kind::Reference;
                result.generation = generation;
                p = ahead;
            }
        } else if (word == "true" || word == "false") {
            result.kind = Value::Kind::Boolean;
            result.name = word;
        } else if (word == "null") {
            result.kind = Value::Kind::Null;
        } else {
            result.kind = Value::Kind::Keyword;
            result.name = word;
        }
    } else {
        return std::nullopt; // a closing delimiter or a brace where a value belongs
    }
    result.end = p;
    *position = p;
    return result;
}

} // namespace WireDiff
