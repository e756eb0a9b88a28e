#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>
#include <utility>
#include <vector>

namespace WireDiff {

// The little of PDF's object syntax (ISO 32000-1, 7.2 and 7.3) that
// PdfOutline needs to read what QPdfWriter wrote: white space and comments,
// numbers, names, strings, arrays, dictionaries, indirect references and
// keywords such as "obj", "xref" and "trailer". Streams are never entered;
// a value's bytes are kept as a range so a dictionary can be written out
// again with its entries exactly as they were. Never trusts the input:
// every read is bounded by the array, nesting is limited, and bad syntax is
// an empty optional, not an exception or a crash.
class PdfSyntax
{
public:
    struct Value
    {
        enum class Kind { Null, Boolean, Number, String, Name, Array, Dictionary, Reference, Keyword };

        Kind kind = Kind::Null;
        qsizetype begin = 0; // the value's bytes in the file: [begin, end)
        qsizetype end = 0;
        QByteArray name;     // Name (without the slash, #xx escapes as written), Keyword, Boolean
        double number = 0;   // Number
        qint64 integer = 0;  // Number when `isInteger` (non-negative); Reference: the object number
        bool isInteger = false;
        qint64 generation = 0;                             // Reference
        std::vector<Value> items;                          // Array
        std::vector<std::pair<QByteArray, Value>> entries; // Dictionary, in file order

        // The dictionary's value for `key` (a name without its slash), or null.
        const Value *find(const QByteArray &key) const;
        bool isName(const QByteArray &wanted) const { return kind == Kind::Name && name == wanted; }
    };

    // Keeps a reference to `bytes`, which must outlive this reader.
    explicit PdfSyntax(const QByteArray &bytes) : m_bytes(bytes) {}
    PdfSyntax(QByteArray &&) = delete;

    // The value starting at `*position` (after white space and comments);
    // moves `*position` past it. Empty at the end or on bad syntax.
    std::optional<Value> value(qsizetype *position) const;
    // The regular characters at `*position` (a keyword or a number, as
    // written; after white space and comments); empty at a delimiter.
    QByteArray token(qsizetype *position) const;
    // `token` as a non-negative integer, or -1.
    qint64 integer(qsizetype *position) const;

private:
    std::optional<Value> value(qsizetype *position, int depth) const;
    void skipSpace(qsizetype *position) const;
    bool skipLiteralString(qsizetype *position) const;
    bool skipHexString(qsizetype *position) const;

    const QByteArray &m_bytes;
};

} // namespace WireDiff
