#include "encodingdetector.h"

#include <QStringDecoder>
#include <QStringList>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace WireDiff {

namespace {

struct Bom
{
    QByteArray bytes;
    const char *encoding;
};

QString bomEncoding(const QByteArray &bytes, int *bomLength)
{
    // UTF-32 before UTF-16: FF FE 00 00 also starts with the UTF-16LE mark.
    static const Bom boms[] = {
        { QByteArray("\xFF\xFE\x00\x00", 4), "UTF-32LE" },
        { QByteArray("\x00\x00\xFE\xFF", 4), "UTF-32BE" },
        { QByteArray("\xEF\xBB\xBF", 3), "UTF-8" },
        { QByteArray("\xFF\xFE", 2), "UTF-16LE" },
        { QByteArray("\xFE\xFF", 2), "UTF-16BE" },
    };
    for (const Bom &bom : boms) {
        if (bytes.startsWith(bom.bytes)) {
            *bomLength = int(bom.bytes.size());
            return QString::fromLatin1(bom.encoding);
        }
    }
    *bomLength = 0;
    return {};
}

struct Utf8Census
{
    qsizetype validMultiByte = 0;
    qsizetype invalid = 0;
};

// Counts well-formed multi-byte sequences and invalid bytes, following the
// UTF-8 definition (no overlongs, no surrogates, nothing above U+10FFFF).
Utf8Census utf8Census(const QByteArray &bytes)
{
    Utf8Census census;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char lowest = 0x80, highest = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0) lowest = 0xA0;
            if (lead == 0xED) highest = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0) lowest = 0x90;
            if (lead == 0xF4) highest = 0x8F;
        }
        bool ok = length > 0 && i + length <= size;
        for (int k = 1; ok && k < length; ++k) {
            const unsigned char c = data[i + k];
            const unsigned char lo = k == 1 ? lowest : 0x80;
            const unsigned char hi = k == 1 ? highest : 0xBF;
            ok = c >= lo && c <= hi;
        }
        if (ok) {
            ++census.validMultiByte;
            i += length;
        } else {
            ++census.invalid;
            ++i;
        }
    }
    return census;
}

// Whether `bytes` read in UTF-16 of `encoding` as clean text: well formed
// (a pair cut by the sample's end aside), no control characters but line
// ends and tabs, nothing unassigned or private. Arbitrary bytes read as
// UTF-16 hit one of these within a few characters.
bool readsAsUtf16Text(const QByteArray &bytes, QStringConverter::Encoding encoding)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes.left(qMin<qsizetype>(bytes.size(), 16384) & ~qsizetype(1)));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u < 0x20) {
            if (u != '\n' && u != '\r' && u != '\t')
                return false;
            continue;
        }
        char32_t c = u;
        if (QChar::isHighSurrogate(u)) {
            if (i + 1 == text.size())
                break;
            if (!text.at(i + 1).isLowSurrogate())
                return false;
            c = QChar::surrogateToUcs4(u, text.at(++i).unicode());
        }
        const QChar::Category category = QChar::category(c);
        if (c == QChar::ReplacementCharacter || category == QChar::Other_Surrogate
            || category == QChar::Other_PrivateUse || category == QChar::Other_NotAssigned) {
            return false;
        }
    }
    return !text.isEmpty();
}

// UTF-16 without a BOM. Text in Latin script has a zero in most high
// bytes, so one byte column is mostly zero and the other is not. Other
// scripts (Cyrillic, Greek, Arabic, CJK) have few zero high bytes, but
// their spaces, line ends, digits and ASCII punctuation still put zeros in
// one column far more than in the other; that is believed when the bytes
// then read as clean text.
QString guessBomlessUtf16(const QByteArray &bytes)
{
    const qsizetype pairs = qMin<qsizetype>(bytes.size() / 2, 4096);
    if (pairs < 2)
        return {};
    qsizetype zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        zeroEven += bytes.at(2 * i) == 0;
        zeroOdd += bytes.at(2 * i + 1) == 0;
    }
    if (zeroOdd * 10 >= pairs * 4 && zeroEven * 20 < pairs)
        return QStringLiteral("UTF-16LE");
    if (zeroEven * 10 >= pairs * 4 && zeroOdd * 20 < pairs)
        return QStringLiteral("UTF-16BE");
    if (zeroOdd > 0 && zeroEven * 4 <= zeroOdd && readsAsUtf16Text(bytes, QStringConverter::Utf16LE))
        return QStringLiteral("UTF-16LE");
    if (zeroEven > 0 && zeroOdd * 4 <= zeroEven && readsAsUtf16Text(bytes, QStringConverter::Utf16BE))
        return QStringLiteral("UTF-16BE");
    return {};
}

bool hasByteInRange(const QByteArray &bytes, unsigned char low, unsigned char high)
{
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= low && u <= high)
            return true;
    }
    return false;
}

// ICU's candidates for `bytes`, most likely first, each at least 10 % sure.
QStringList icuCandidates(const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status),
                                                                        &ucsdet_close);
    if (U_FAILURE(status))
        return {};
    // The detector only needs a sample; a large one costs time for nothing.
    const int32_t sample = int32_t(qMin<qsizetype>(bytes.size(), 64 * 1024));
    ucsdet_setText(detector.get(), bytes.constData(), sample, &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    QStringList names;
    for (int32_t i = 0; U_SUCCESS(status) && matches && i < count; ++i) {
        const int32_t confidence = ucsdet_getConfidence(matches[i], &status);
        const char *name = ucsdet_getName(matches[i], &status);
        if (U_SUCCESS(status) && name && confidence >= 10)
            names.append(QString::fromLatin1(name));
    }
    return names;
}

bool isEastAsianMultiByte(const QString &name)
{
    static const QStringList names { QStringLiteral("Big5"), QStringLiteral("GB18030"), QStringLiteral("EUC-JP"),
                                     QStringLiteral("EUC-KR"), QStringLiteral("Shift_JIS") };
    return names.contains(name) || name.startsWith(QLatin1String("ISO-2022"));
}

bool icuDecode(const QByteArray &bytes, const QString &encoding, QString *text, bool *hadErrors);

// Latin text in an 8-bit encoding can pass for Big5 or GB18030: each
// accented letter and the letter after it make one ideograph, alone in a
// Latin word ("wybrze\u77A0m", "pr\u8E7Fd."). Real East Asian text has its
// ideographs and kana in runs. True when most of the decoded non-ASCII
// characters stand alone with an ASCII letter beside them.
bool isLatinMisreadAsEastAsian(const QByteArray &bytes, const QString &encoding)
{
    QString text;
    bool errors = false;
    if (!icuDecode(bytes.left(64 * 1024), encoding, &text, &errors))
        return false;
    const auto at = [&text](qsizetype i) { return i >= 0 && i < text.size() ? text.at(i).unicode() : char16_t(' '); };
    const auto asciiLetter = [](char16_t c) { return c < 0x80 && QChar::isLetter(c); };
    qsizetype wide = 0;
    qsizetype inLatinWords = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (at(i) < 0x80)
            continue;
        ++wide;
        const char16_t before = at(i - 1);
        const char16_t after = at(i + 1);
        inLatinWords += before < 0x80 && after < 0x80 && (asciiLetter(before) || asciiLetter(after));
    }
    return wide > 0 && inLatinWords * 2 > wide;
}

// ICU's best guess, unless it is an East Asian multi-byte encoding that
// reads Latin text: then its best 8-bit guess.
QString icuDetect(const QByteArray &bytes)
{
    const QStringList candidates = icuCandidates(bytes);
    if (candidates.isEmpty())
        return {};
    if (!isEastAsianMultiByte(candidates.constFirst()) || !isLatinMisreadAsEastAsian(bytes, candidates.constFirst()))
        return candidates.constFirst();
    for (const QString &name : candidates) {
        if (!isEastAsianMultiByte(name) && !name.startsWith(QLatin1String("UTF")))
            return name;
    }
    return {};
}

// Decodes with an ICU converter, substituting U+FFFD for what cannot be
// converted. Returns false when ICU does not know the encoding.
bool icuDecode(const QByteArray &bytes, const QString &encoding, QString *text, bool *hadErrors)
{
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray name = encoding.toLatin1();
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(name.constData(), &status),
                                                                 &ucnv_close);
    if (U_FAILURE(status))
        return false;
    text->resize(bytes.size() + 16);
    status = U_ZERO_ERROR;
    int32_t length = ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(text->data()),
                                   int32_t(text->size()), bytes.constData(), int32_t(bytes.size()),
                                   &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        text->resize(length);
        status = U_ZERO_ERROR;
        ucnv_resetToUnicode(converter.get());
        length = ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(text->data()),
                               int32_t(text->size()), bytes.constData(), int32_t(bytes.size()),
                               &status);
    }
    if (U_FAILURE(status))
        return false;
    text->resize(length);
    *hadErrors = text->contains(QChar::ReplacementCharacter);
    return true;
}

// Text files carry few C0 controls. 0x19 is kept: Press Association wire
// copy starts paragraphs with it. Nor do they hold many characters no text
// uses: replacement characters, lone surrogates, private-use and
// unassigned code points are what arbitrary bytes decode to in any
// encoding that maps most byte values (UTF-16 above all).
bool looksBinary(const QString &text)
{
    qsizetype controls = 0;
    qsizetype meaningless = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u < 0x20) {
            if (u != '\n' && u != '\r' && u != '\t' && u != '\f' && u != 0x19 && u != 0x1B)
                ++controls;
            continue;
        }
        if (u < 0x80)
            continue;
        char32_t c = u;
        if (QChar::isHighSurrogate(u) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            c = QChar::surrogateToUcs4(u, text.at(++i).unicode());
        const QChar::Category category = QChar::category(c);
        if (c == QChar::ReplacementCharacter || category == QChar::Other_Surrogate
            || category == QChar::Other_PrivateUse || category == QChar::Other_NotAssigned) {
            ++meaningless;
        }
    }
    return controls * 50 > text.size() + 50 || meaningless * 10 > text.size() + 10;
}

// NUL characters: a run of them at the end is padding (a file preallocated,
// or cut short by a crash), a few stray ones are damage; both are removed
// from text that is otherwise clean. Returns how many were removed, or -1
// when there are too many for text: more than eight and more than one in
// two hundred characters besides the padding.
qsizetype removeStrayNuls(QString *text)
{
    qsizetype end = text->size();
    while (end > 0 && text->at(end - 1).unicode() == 0)
        --end;
    const qsizetype padding = text->size() - end;
    const qsizetype stray = QStringView(*text).first(end).count(QChar(0));
    if (stray > 8 && stray * 200 > end)
        return -1;
    if (padding + stray == 0)
        return 0;
    text->truncate(end);
    text->remove(QChar(0));
    return padding + stray;
}

// C1 control characters are no text's: windows-1252 leaves five bytes
// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) and ICU decodes them to the C1
// controls of the same number; elsewhere they come from damage or from text
// decoded twice. They are removed, all but NEL (U+0085), which
// normalizeLineEndings() reads as a line break. Returns how many were.
qsizetype removeC1Controls(QString *text)
{
    const qsizetype before = text->size();
    text->removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x80 && u <= 0x9F && u != 0x85;
    });
    return before - text->size();
}

QString canonicalName(const QString &name)
{
    if (name.compare(QLatin1String("ISO-8859-1"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("ISO-8859-1");
    return name;
}

// UTF-8, UTF-16 or UTF-32 by any of their names.
bool namesUnicode(const QString &name)
{
    const QString n = name.toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    return n.startsWith(QLatin1String("utf")) || n == QLatin1String("unicode") || n.startsWith(QLatin1String("ucs"));
}

// Latin-1 and ASCII as declared in pages mean windows-1252, as browsers
// read them (WHATWG Encoding): read as ISO-8859-1, the curly quotes and
// dashes in 0x80..0x9F would become control characters and vanish.
QString asBrowsersRead(const QString &name)
{
    static const QStringList latin1 { QStringLiteral("iso-8859-1"), QStringLiteral("iso8859-1"), QStringLiteral("iso_8859-1"),
                                      QStringLiteral("latin1"), QStringLiteral("latin-1"), QStringLiteral("l1"),
                                      QStringLiteral("us-ascii"), QStringLiteral("ascii"), QStringLiteral("cp819"),
                                      QStringLiteral("ibm819"), QStringLiteral("iso-ir-100") };
    return latin1.contains(name.trimmed().toLower()) ? QStringLiteral("windows-1252") : name;
}

} // namespace

QString EncodingDetector::detect(const QByteArray &bytes)
{
    int bomLength = 0;
    const QString bom = bomEncoding(bytes, &bomLength);
    if (!bom.isEmpty())
        return bom;
    const Utf8Census census = utf8Census(bytes);
    // UTF-16 of ASCII text is valid UTF-8 byte for byte (every other byte
    // NUL): the zeros' pattern is asked first.
    const QString utf16 = bytes.contains('\0') ? guessBomlessUtf16(bytes) : QString();
    if (!utf16.isEmpty())
        return utf16;
    if (census.invalid == 0)
        return QStringLiteral("UTF-8");
    // Mostly UTF-8 with a few broken sequences: keep UTF-8 and flag it, a
    // legacy 8-bit reading would garble every correct character instead.
    if (census.validMultiByte > 0 && census.invalid <= census.validMultiByte)
        return QStringLiteral("UTF-8");
    QString detected = icuDetect(bytes);
    // We know it is not valid UTF-8; and UTF-16 or UTF-32 without a BOM
    // is believed only on guessBomlessUtf16's evidence (ICU says UTF-16
    // of arbitrary binary data).
    if (detected.startsWith(QLatin1String("UTF-8")) || detected.startsWith(QLatin1String("UTF-16"))
        || detected.startsWith(QLatin1String("UTF-32"))) {
        detected.clear();
    }
    if (detected.isEmpty() || detected == QLatin1String("ISO-8859-1")) {
        // windows-1252 is the superset actually used by Western newsrooms;
        // the two differ only in 0x80..0x9F, where Latin-1 has controls.
        return hasByteInRange(bytes, 0x80, 0x9F) || detected.isEmpty()
            ? QStringLiteral("windows-1252")
            : QStringLiteral("ISO-8859-1");
    }
    return detected;
}

DecodedText EncodingDetector::decode(const QByteArray &bytes, const QString &declaredEncoding)
{
    DecodedText result;
    int bomLength = 0;
    const QString bom = bomEncoding(bytes, &bomLength);
    QString encoding = bom;
    QString detected;
    if (encoding.isEmpty()) {
        detected = detect(bytes);
        encoding = detected;
        // A declaration in the markup is believed only when the bytes are not
        // plainly UTF-8 or UTF-16, and only when it names an 8-bit encoding:
        // declarations are often wrong, and a page declared UTF-8 whose bytes
        // are not would lose every accented letter.
        if (!declaredEncoding.isEmpty() && encoding != QLatin1String("UTF-8")
            && !encoding.startsWith(QLatin1String("UTF-16")) && !namesUnicode(declaredEncoding)) {
            encoding = asBrowsersRead(declaredEncoding);
        }
    }
    const QByteArray payload = bytes.mid(bomLength);

    QString text;
    bool errors = false;
    if (encoding == QLatin1String("UTF-8")) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = decoder.decode(payload);
        errors = decoder.hasError() || text.contains(QChar::ReplacementCharacter);
    } else if (!icuDecode(payload, encoding, &text, &errors)) {
        // A name no converter knows ("none", "ansi" in a page's <meta>):
        // what the bytes say instead, as if nothing had been declared.
        encoding = !detected.isEmpty() && detected != encoding && detected != QLatin1String("UTF-8")
            ? detected
            : QStringLiteral("windows-1252");
        if (!icuDecode(payload, encoding, &text, &errors)) {
            encoding = QStringLiteral("windows-1252");
            icuDecode(payload, encoding, &text, &errors);
        }
    }

    result.encoding = canonicalName(encoding);
    result.hadErrors = errors;
    const qsizetype nuls = removeStrayNuls(&text);
    result.removedNuls = std::max<qsizetype>(nuls, 0);
    result.looksBinary = nuls < 0 || looksBinary(text);
    result.removedControls = removeC1Controls(&text);
    result.text = toNfc(normalizeLineEndings(text));
    return result;
}

QString EncodingDetector::normalizeLineEndings(const QString &text)
{
    if (!text.contains(QLatin1Char('\r')) && !text.contains(QChar(0x2028))
        && !text.contains(QChar(0x2029)) && !text.contains(QChar(0x85))) {
        return text;
    }
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r')) {
            out.append(QLatin1Char('\n'));
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c.unicode() == 0x2028 || c.unicode() == 0x85) {
            out.append(QLatin1Char('\n'));
        } else if (c.unicode() == 0x2029) {
            out.append(QLatin1String("\n\n"));
        } else {
            out.append(c);
        }
    }
    return out;
}

QString EncodingDetector::toNfc(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status))
        return text;
    const auto *source = reinterpret_cast<const UChar *>(text.constData());
    const int32_t length = int32_t(text.size());
    const int32_t normalPrefix = unorm2_spanQuickCheckYes(nfc, source, length, &status);
    if (U_FAILURE(status) || normalPrefix == length)
        return text;
    // The prefix is already normal, but its last character may still combine
    // with what follows, so ICU appends the rest to it rather than us
    // concatenating two separately normalised pieces.
    std::vector<UChar> buffer(size_t(length) * 3 + 16);
    std::copy(source, source + normalPrefix, buffer.begin());
    status = U_ZERO_ERROR;
    const int32_t written = unorm2_normalizeSecondAndAppend(
        nfc, buffer.data(), normalPrefix, int32_t(buffer.size()), source + normalPrefix,
        length - normalPrefix, &status);
    if (U_FAILURE(status))
        return text;
    return QString(reinterpret_cast<const QChar *>(buffer.data()), written);
}

} // namespace WireDiff
