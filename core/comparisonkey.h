#pragma once

#include "comparisonoptions.h"

#include <QString>
#include <QStringView>

namespace WireDiff {

// The form in which two words are compared: NFKC, case-folded (unless case
// matters), with typographic quotes, apostrophes, dashes and spaces unified
// (unless quote style matters). "Korea’s" and "KOREA'S" share a key.
class ComparisonKey
{
public:
    explicit ComparisonKey(const ComparisonOptions &options);

    // Writes the key of `token` into `out` (reused to avoid allocations).
    void make(QStringView token, QString *out) const;
    QString make(QStringView token) const;

    // The common case without allocation: when the key of `token` is plain
    // ASCII (no normalisation needed), writes it to `out` (room for
    // token.size() units), sets `hash` to Vocabulary::hashOf() of it and
    // returns true. Otherwise returns false and make() must be used.
    bool makeAscii(QStringView token, char16_t *out, quint32 *hash) const;

    static QChar unifyPunctuation(QChar c);

private:
    // One UTF-16 unit of the key before normalisation.
    char16_t fold(char16_t unit) const
    {
        if (unit < 0x80) {
            if (m_foldCase && unsigned(unit - u'A') < 26u) // A..Z: below 26 only for those
                return char16_t(unit + (u'a' - u'A'));
            if (m_unifyQuotes && unit == 0x60)
                return u'\'';
            return unit;
        }
        return m_unifyQuotes ? unifyPunctuation(QChar(unit)).unicode() : unit;
    }

    bool m_foldCase;
    bool m_unifyQuotes;
};

} // namespace WireDiff
