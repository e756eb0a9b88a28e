#pragma once

#include <QByteArray>
#include <QHash>
#include <QStringList>

namespace WireDiff {

// Makes CJK text in Qt's PDFs searchable. CJK fonts draw many ideographs
// with the glyph of a look-alike radical (文 and ⽂, 长 and ⻓, 水 and ⽔), and
// Qt's PDF writer maps each glyph back to the lowest code point using it,
// so a reader's search and copy get radicals instead of the ideographs that
// were written. This rewrites those entries of the PDF's ToUnicode maps to
// the unified ideograph. The maps are plain text (Qt does not compress
// them) and every entry keeps its length, so no offset in the file moves.
class PdfToUnicodeFix
{
public:
    // Radical -> unified ideograph drawn with the same glyph, for the CJK
    // fonts among `families` (Kangxi radicals also by their compatibility
    // decomposition).
    static QHash<char16_t, char16_t> radicalMap(const QStringList &families);
    // Rewrites the ToUnicode entries of `pdf`; returns how many changed.
    static int apply(QByteArray *pdf, const QHash<char16_t, char16_t> &map);
};

} // namespace WireDiff
