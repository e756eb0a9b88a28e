#include "pdftounicodefix.h"

#include <QFont>
#include <QRawFont>

namespace WireDiff {

namespace {

constexpr char16_t radicalsFirst = 0x2E80; // CJK Radicals Supplement, then Kangxi Radicals
constexpr char16_t radicalsLast = 0x2FDF;

bool isRadical(char16_t c)
{
    return c >= radicalsFirst && c <= radicalsLast;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Rewrites the destination code points between `from` and `to` that are
// radicals with an entry in `map`. Lines are "<glyph> <code>" (bfchar),
// "<first> <last> <code>" or "<first> <last> [<code> …]" (bfrange); the
// glyph ids are never touched, nor the start of a multi-glyph range
// (<a> <b> <code> maps b - a + 1 glyphs to consecutive code points, and
// changing its start would change them all).
int rewriteSection(QByteArray *pdf, qsizetype from, qsizetype to, bool ranges, const QHash<char16_t, char16_t> &map)
{
    int changed = 0;
    char *data = pdf->data();
    qsizetype lineStart = from;
    int tokensBefore = 0; // <…> tokens earlier on this line
    for (qsizetype i = from; i + 5 < to; ++i) {
        if (data[i] == '\n') {
            lineStart = i + 1;
            tokensBefore = 0;
            continue;
        }
        if (data[i] != '<')
            continue;
        const int token = tokensBefore++;
        if (data[i + 5] != '>')
            continue;
        int value = 0;
        bool hex = true;
        for (int k = 1; k <= 4 && hex; ++k) {
            const int digit = hexValue(data[i + k]);
            hex = digit >= 0;
            value = value * 16 + digit;
        }
        if (!hex || !isRadical(char16_t(value)) || token < (ranges ? 2 : 1))
            continue;
        const auto it = map.constFind(char16_t(value));
        if (it == map.constEnd())
            continue;
        if (ranges) {
            const QByteArray line = QByteArray(data + lineStart, i - lineStart);
            const QList<QByteArray> glyphs = line.simplified().split(' ');
            if (!line.contains('[') && (glyphs.size() < 2 || glyphs[0] != glyphs[1]))
                continue;
        }
        const QByteArray replacement = QByteArray::number(uint(it.value()), 16).toUpper().rightJustified(4, '0');
        std::copy(replacement.begin(), replacement.end(), data + i + 1);
        ++changed;
    }
    return changed;
}

} // namespace

QHash<char16_t, char16_t> PdfToUnicodeFix::radicalMap(const QStringList &families)
{
    QHash<char16_t, char16_t> map;
    for (char16_t c = radicalsFirst; c <= radicalsLast; ++c) {
        const QString decomposed = QString(QChar(c)).normalized(QString::NormalizationForm_KC);
        if (decomposed.size() == 1 && decomposed.at(0).unicode() != c)
            map.insert(c, decomposed.at(0).unicode());
    }
    QString radicals;
    for (char16_t c = radicalsFirst; c <= radicalsLast; ++c)
        radicals.append(QChar(c));
    QString ideographs;
    for (char16_t c = 0x4E00; c <= 0x9FFF; ++c)
        ideographs.append(QChar(c));
    for (const QString &family : families) {
        if (!family.contains(QLatin1String("CJK")))
            continue;
        const QRawFont font = QRawFont::fromFont(QFont(family));
        if (!font.isValid())
            continue;
        const QList<quint32> radicalGlyphs = font.glyphIndexesForString(radicals);
        const QList<quint32> ideographGlyphs = font.glyphIndexesForString(ideographs);
        QHash<quint32, char16_t> ideographOfGlyph;
        for (qsizetype i = ideographGlyphs.size() - 1; i >= 0; --i) {
            if (ideographGlyphs[i] != 0)
                ideographOfGlyph.insert(ideographGlyphs[i], char16_t(0x4E00 + i));
        }
        for (qsizetype i = 0; i < radicalGlyphs.size(); ++i) {
            const char16_t radical = char16_t(radicalsFirst + i);
            const auto it = ideographOfGlyph.constFind(radicalGlyphs[i]);
            if (radicalGlyphs[i] != 0 && it != ideographOfGlyph.constEnd() && !map.contains(radical))
                map.insert(radical, it.value());
        }
    }
    return map;
}

int PdfToUnicodeFix::apply(QByteArray *pdf, const QHash<char16_t, char16_t> &map)
{
    int changed = 0;
    for (const bool ranges : { true, false }) {
        const char *begin = ranges ? "beginbfrange" : "beginbfchar";
        const char *end = ranges ? "endbfrange" : "endbfchar";
        for (qsizetype at = pdf->indexOf(begin); at >= 0; at = pdf->indexOf(begin, at + 1)) {
            const qsizetype stop = pdf->indexOf(end, at);
            if (stop < 0)
                break;
            changed += rewriteSection(pdf, at + qsizetype(qstrlen(begin)), stop, ranges, map);
            at = stop;
        }
    }
    return changed;
}

} // namespace WireDiff
