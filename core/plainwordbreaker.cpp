#include "plainwordbreaker.h"

#include <array>

namespace WireDiff {

namespace {

// The word break classes (UAX #29) of the characters handled; Unknown for
// all others.
enum class Class : quint8 {
    Unknown,
    Other,
    CarriageReturn,
    LineBreak,    // LF, VT, FF: a segment of their own
    Space,        // WSegSpace: runs stay together
    Letter,       // ALetter
    Digit,        // Numeric
    MidNumber,    // MidNum: joins digits only
    MidNumLetter, // MidNumLet and Single_Quote: joins letters or digits
};

constexpr Class latinClassOf(char16_t c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return Class::Letter;
    if (c >= '0' && c <= '9')
        return Class::Digit;
    if (c >= 0xc0)
        return c == 0xd7 || c == 0xf7 ? Class::Other : Class::Letter; // × and ÷ are signs
    switch (c) {
    case ' ': return Class::Space;
    case '\r': return Class::CarriageReturn;
    case '\n': case '\v': case '\f': return Class::LineBreak;
    case '.': case '\'': return Class::MidNumLetter;
    case ',': case ';': return Class::MidNumber;
    case '_': case '@':
        // ExtendNumLet for ICU ('@' too), whose rule status for them
        // follows no simple pattern ("_" none, "1_" a number, "__" a
        // word): left to ICU.
        return Class::Unknown;
    case '\t': return Class::Other;
    default: return c >= 0x20 && c < 0x7f ? Class::Other : Class::Unknown;
    }
}

// The classes of U+0000 to U+00FF, looked up once per character.
constexpr std::array<Class, 256> latinClasses = [] {
    std::array<Class, 256> classes {};
    for (char16_t c = 0; c < 256; ++c)
        classes[c] = latinClassOf(c);
    return classes;
}();

Class classOf(char16_t c)
{
    if (c < 256)
        return latinClasses[c];
    switch (c) {
    case 0x2018: case 0x2019: return Class::MidNumLetter;
    case 0x2013: case 0x2014: case 0x201c: case 0x201d: return Class::Other;
    default: return Class::Unknown;
    }
}

bool isWordPart(Class c)
{
    return c == Class::Letter || c == Class::Digit;
}

} // namespace

bool PlainWordBreaker::handles(QStringView text)
{
    for (const QChar c : text) {
        if (classOf(c.unicode()) == Class::Unknown)
            return false;
    }
    return true;
}

PlainWordBreaker::PlainWordBreaker(QStringView text)
    : m_text(text)
{
}

// One past the last character of the word segment starting at `from` (a
// letter or digit): WB5 to WB12.
qint32 PlainWordBreaker::wordEnd(qint32 from) const
{
    const auto size = qint32(m_text.size());
    const char16_t *text = m_text.utf16();
    const auto at = [text, size](qint32 i) { return i < size ? classOf(text[i]) : Class::Unknown; };
    qint32 end = from + 1;
    Class last = classOf(text[from]); // of the segment's last character, a letter or a digit
    for (;;) {
        const Class next = at(end);
        if (isWordPart(next)) {
            last = next;
            ++end;
            continue;
        }
        const bool joins = next == Class::MidNumLetter || (next == Class::MidNumber && last == Class::Digit);
        if (joins && at(end + 1) == last) {
            end += 2;
            continue;
        }
        return end;
    }
}

bool PlainWordBreaker::next(Segment *segment)
{
    const auto size = qint32(m_text.size());
    if (m_position >= size)
        return false;
    const qint32 from = m_position;
    const Class first = classOf(m_text[from].unicode());
    qint32 end = from + 1;
    Kind kind = Kind::Other;
    if (isWordPart(first)) {
        end = wordEnd(from);
        kind = classOf(m_text[end - 1].unicode()) == Class::Digit ? Kind::Number : Kind::Word;
    } else if (first == Class::Space) {
        while (end < size && m_text[end] == u' ')
            ++end;
    } else if (first == Class::CarriageReturn && end < size && m_text[end] == u'\n') {
        ++end;
    }
    m_position = end;
    *segment = Segment { end, kind };
    return true;
}

} // namespace WireDiff
