#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <vector>

namespace WireDiff {

// Writes JSON straight into one QByteArray, value by value, with exactly the
// bytes QJsonDocument::toJson() writes for the same tree: its indentation
// (4 spaces a level; an empty container still opens a line, "[\n    ]"), its
// string escaping (\" \\ \b \f \n \r \t, \u00XX for other control
// characters, UTF-8 for the rest, \uXXXX for an unpaired surrogate; "/" and
// U+2028 as they are) and its numbers (a double that is a whole number within
// +-2^53 as an integer, as QJsonValue(double) stores it; other finite doubles
// in the shortest form that reads back the same; NaN and infinities as null).
//
// The caller writes object members in the order QJsonObject keeps them,
// which is not insertion order but sorted by keyLess(), and gives each key
// once. Misuse (a key outside an object, a value where a key is due,
// unbalanced begin/end) is caught by assertions in debug builds only.
class JsonStreamWriter
{
public:
    enum class Format { Indented, Compact }; // QJsonDocument::Indented, ::Compact

    // `expectedBytes` is allocated at once; the buffer grows by doubling past it.
    explicit JsonStreamWriter(Format format = Format::Indented, qsizetype expectedBytes = 0);

    JsonStreamWriter &beginObject();
    JsonStreamWriter &endObject();
    JsonStreamWriter &beginArray();
    JsonStreamWriter &endArray();
    // The next call writes this member's value.
    JsonStreamWriter &key(QStringView name);
    JsonStreamWriter &string(QStringView text);
    JsonStreamWriter &number(double value);
    JsonStreamWriter &number(qint64 value);
    JsonStreamWriter &number(qint32 value) { return number(qint64(value)); }
    JsonStreamWriter &boolean(bool value);
    JsonStreamWriter &null();

    // Bytes written so far.
    qsizetype size() const { return m_size; }
    // The finished document (every container closed); the writer is empty
    // afterwards and may write another one.
    QByteArray take();

    // The order of QJsonObject's keys: UTF-16 code units compared one by one,
    // a prefix first (so U+1F600, a surrogate pair, sorts before U+FF01).
    static bool keyLess(QStringView a, QStringView b) { return a.compare(b, Qt::CaseSensitive) < 0; }

private:
    enum class Container : char { Object, Array };

    // The separator and indentation before a value in an array; nothing
    // after a key or at the top level.
    void beforeValue();
    void open(Container container, char bracket);
    void close(Container container, char bracket);
    // Room for `bytes` more bytes at m_data + m_size.
    char *room(qsizetype bytes);
    char *writeIndent(char *out) const;
    void append(const char *bytes, qsizetype length);
    void appendQuoted(QStringView text);

    QByteArray m_buffer;           // sized to its capacity; the first m_size bytes are written
    char *m_data = nullptr;        // m_buffer.data(), kept to skip its detach check per byte
    qsizetype m_size = 0;
    std::vector<Container> m_open; // innermost last
    bool m_empty = true;           // the innermost container has no member or element yet
    bool m_afterKey = false;       // a key was written and its value is due
    Format m_format;
};

} // namespace WireDiff
