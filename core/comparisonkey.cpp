#include "comparisonkey.h"

#include "vocabulary.h"

#include <unicode/unorm2.h>

#include <vector>

namespace WireDiff {

ComparisonKey::ComparisonKey(const ComparisonOptions &options)
    : m_foldCase(options.ignoreCase)
    , m_unifyQuotes(options.ignoreQuoteStyle)
{
}

QChar ComparisonKey::unifyPunctuation(QChar c)
{
    switch (c.unicode()) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: case 0x0060:
    case 0x00B4: case 0x2035:
        return QLatin1Char('\'');
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
    case 0x2039: case 0x203A: case 0x300C: case 0x300D: case 0x300E: case 0x300F: case 0xFF02:
        return QLatin1Char('"');
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
    case 0xFE58: case 0xFE63: case 0xFF0D:
        return QLatin1Char('-');
    case 0x00A0: case 0x2002: case 0x2003: case 0x2009: case 0x200A: case 0x202F: case 0x3000:
        return QLatin1Char(' ');
    default:
        return c;
    }
}

void ComparisonKey::make(QStringView token, QString *out) const
{
    out->resize(token.size());
    char16_t *data = reinterpret_cast<char16_t *>(out->data());
    char16_t high = 0;
    for (qsizetype i = 0; i < token.size(); ++i) {
        data[i] = fold(token.at(i).unicode());
        high |= data[i];
    }
    if (high < 0x80)
        return; // the common case: no normalisation or full case folding needed

    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = m_foldCase ? unorm2_getNFKCCasefoldInstance(&status)
                                                : unorm2_getNFKCInstance(&status);
    if (U_FAILURE(status))
        return;
    std::vector<UChar> buffer(size_t(out->size()) * 4 + 8);
    const int32_t length = unorm2_normalize(normalizer, reinterpret_cast<const UChar *>(out->constData()),
                                            int32_t(out->size()), buffer.data(),
                                            int32_t(buffer.size()), &status);
    if (U_FAILURE(status))
        return;
    *out = QString(reinterpret_cast<const QChar *>(buffer.data()), length);
    // NFKC may turn a compatibility character back into a curly form.
    if (m_unifyQuotes) {
        for (QChar &c : *out)
            c = unifyPunctuation(c);
    }
}

bool ComparisonKey::makeAscii(QStringView token, char16_t *out, quint32 *hash) const
{
    char16_t high = 0;
    quint32 h = Vocabulary::hashSeed;
    for (qsizetype i = 0; i < token.size(); ++i) {
        const char16_t unit = fold(token.at(i).unicode());
        out[i] = unit;
        high |= unit;
        h = Vocabulary::hashStep(h, unit);
    }
    *hash = h;
    return high < 0x80;
}

QString ComparisonKey::make(QStringView token) const
{
    QString out;
    make(token, &out);
    return out;
}

} // namespace WireDiff
