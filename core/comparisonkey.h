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

    static QChar unifyPunctuation(QChar c);

private:
    bool m_foldCase;
    bool m_unifyQuotes;
};

} // namespace WireDiff
