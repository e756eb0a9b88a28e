#include "htmlentities.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <array>

namespace WireDiff {

namespace {

const QHash<QString, char32_t> &namedEntities()
{
    // The complete HTML 4 set plus the HTML 5 names news pages commonly use,
    // as name=hexadecimal code point.
    static const QHash<QString, char32_t> table = [] {
        static const char packed[] =
            "Aacute=C1 aacute=E1 Abreve=102 abreve=103 Acirc=C2 acirc=E2 acute=B4 AElig=C6 aelig=E6 "
            "Agrave=C0 agrave=E0 alefsym=2135 Alpha=391 alpha=3B1 Amacr=100 amacr=101 AMP=26 amp=26 "
            "and=2227 ang=2220 Aogon=104 aogon=105 apos=27 Aring=C5 aring=E5 ast=2A asymp=2248 "
            "Atilde=C3 atilde=E3 Auml=C4 auml=E4 bdquo=201E Beta=392 beta=3B2 breve=2D8 brvbar=A6 "
            "bsol=5C bull=2022 bullet=2022 Cacute=106 cacute=107 cap=2229 caron=2C7 Ccaron=10C "
            "ccaron=10D Ccedil=C7 ccedil=E7 cedil=B8 cent=A2 centerdot=B7 check=2713 Chi=3A7 chi=3C7 "
            "circ=2C6 clubs=2663 colon=3A comma=2C commat=40 cong=2245 COPY=A9 copy=A9 crarr=21B5 "
            "cross=2717 cup=222A curren=A4 Dagger=2021 dagger=2020 dArr=21D3 darr=2193 dash=2010 "
            "deg=B0 Delta=394 delta=3B4 diams=2666 divide=F7 dollar=24 dot=2D9 Eacute=C9 eacute=E9 "
            "Ecaron=11A ecaron=11B Ecirc=CA ecirc=EA Egrave=C8 egrave=E8 Emacr=112 emacr=113 "
            "empty=2205 emsp=2003 ensp=2002 Eogon=118 eogon=119 Epsilon=395 epsilon=3B5 equals=3D "
            "equiv=2261 Eta=397 eta=3B7 ETH=D0 eth=F0 Euml=CB euml=EB euro=20AC excl=21 exist=2203 "
            "female=2640 fnof=192 forall=2200 frac12=BD frac13=2153 frac14=BC frac15=2155 "
            "frac18=215B frac23=2154 frac34=BE frac38=215C frac58=215D frac78=215E frasl=2044 "
            "Gamma=393 gamma=3B3 Gbreve=11E gbreve=11F ge=2265 grave=60 GT=3E gt=3E hairsp=200A "
            "half=BD hArr=21D4 harr=2194 hearts=2665 hellip=2026 horbar=2015 hyphen=2010 Iacute=CD "
            "iacute=ED Icirc=CE icirc=EE Idot=130 iexcl=A1 Igrave=CC igrave=EC Imacr=12A imacr=12B "
            "image=2111 imath=131 infin=221E int=222B Iota=399 iota=3B9 iquest=BF isin=2208 Iuml=CF "
            "iuml=EF Kappa=39A kappa=3BA Lambda=39B lambda=3BB lang=2329 laquo=AB lArr=21D0 "
            "larr=2190 lceil=2308 lcub=7B ldquo=201C ldquor=201E le=2264 lfloor=230A lowast=2217 "
            "lowbar=5F lozenge=25CA loz=25CA lpar=28 lrm=200E lsaquo=2039 lsqb=5B lsquo=2018 "
            "lsquor=201A Lstrok=141 lstrok=142 LT=3C lt=3C macr=AF male=2642 mdash=2014 micro=B5 "
            "middot=B7 minus=2212 mldr=2026 Mu=39C mu=3BC nabla=2207 Nacute=143 nacute=144 nbsp=A0 "
            "Ncaron=147 ncaron=148 ndash=2013 ne=2260 ni=220B nldr=2025 NoBreak=2060 notin=2209 "
            "not=AC nsub=2284 Ntilde=D1 ntilde=F1 Nu=39D numero=2116 num=23 numsp=2007 nu=3BD "
            "Oacute=D3 oacute=F3 Ocirc=D4 ocirc=F4 Odblac=150 odblac=151 OElig=152 oelig=153 "
            "ogon=2DB Ograve=D2 ograve=F2 oline=203E Omacr=14C omacr=14D Omega=3A9 omega=3C9 "
            "Omicron=39F omicron=3BF oplus=2295 ordf=AA ordm=BA or=2228 Oslash=D8 oslash=F8 "
            "Otilde=D5 otilde=F5 otimes=2297 Ouml=D6 ouml=F6 para=B6 part=2202 percnt=25 period=2E "
            "permil=2030 perp=22A5 Phi=3A6 phi=3C6 phone=260E Pi=3A0 pi=3C0 piv=3D6 plusmn=B1 "
            "plus=2B pm=B1 pound=A3 Prime=2033 prime=2032 prod=220F prop=221D Psi=3A8 psi=3C8 "
            "puncsp=2008 quest=3F QUOT=22 quot=22 radic=221A rang=232A raquo=BB rArr=21D2 rarr=2192 "
            "Rcaron=158 rcaron=159 rceil=2309 rcub=7D rdquo=201D rdquor=201D real=211C REG=AE reg=AE "
            "rfloor=230B Rho=3A1 rho=3C1 rlm=200F rpar=29 rsaquo=203A rsqb=5D rsquor=2019 rsquo=2019 "
            "Sacute=15A sacute=15B sbquo=201A Scaron=160 scaron=161 Scedil=15E scedil=15F sdot=22C5 "
            "sect=A7 semi=3B shy=AD Sigma=3A3 sigmaf=3C2 sigma=3C3 sim=223C sol=2F spades=2660 "
            "starf=2605 star=2606 sube=2286 sub=2282 sum=2211 sup1=B9 sup2=B2 sup3=B3 supe=2287 "
            "sup=2283 szlig=DF Tau=3A4 tau=3C4 Tcedil=162 tcedil=163 there4=2234 Theta=398 "
            "thetasym=3D1 theta=3B8 thinsp=2009 THORN=DE thorn=FE tilde=2DC times=D7 TRADE=2122 "
            "trade=2122 Uacute=DA uacute=FA uArr=21D1 uarr=2191 Ucirc=DB ucirc=FB Udblac=170 "
            "udblac=171 Ugrave=D9 ugrave=F9 Umacr=16A umacr=16B uml=A8 upsih=3D2 Upsilon=3A5 "
            "upsilon=3C5 Uring=16E uring=16F Uuml=DC uuml=FC verbar=7C weierp=2118 Xi=39E xi=3BE "
            "Yacute=DD yacute=FD yen=A5 Yuml=178 yuml=FF Zacute=179 zacute=17A Zcaron=17D zcaron=17E "
            "Zdot=17B zdot=17C ZeroWidthSpace=200B Zeta=396 zeta=3B6 zwj=200D zwnj=200C ";
        QHash<QString, char32_t> map;
        const QStringList pairs = QString::fromLatin1(packed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &pair : pairs) {
            const qsizetype equals = pair.indexOf(QLatin1Char('='));
            map.insert(pair.left(equals), pair.mid(equals + 1).toUInt(nullptr, 16));
        }
        return map;
    }();
    return table;
}

// Old pages write these few without the closing semicolon; all others need it.
QString legacyEntityPrefix(QStringView name)
{
    static const std::array<const char *, 7> legacy { "nbsp", "quot", "copy", "amp", "reg", "lt", "gt" };
    for (const char *entity : legacy) {
        if (name.startsWith(QLatin1String(entity)))
            return QString::fromLatin1(entity);
    }
    return {};
}

void appendCodePoint(QString &out, char32_t codePoint)
{
    // HTML 5 reads the C1 range as the windows-1252 characters authors meant.
    static constexpr std::array<char16_t, 32> windows1252 {
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178 };
    if (codePoint >= 0x80 && codePoint <= 0x9F)
        codePoint = windows1252[codePoint - 0x80];
    if (codePoint == 0 || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        codePoint = QChar::ReplacementCharacter;
    if (QChar::requiresSurrogates(codePoint)) {
        out.append(QChar(QChar::highSurrogate(codePoint)));
        out.append(QChar(QChar::lowSurrogate(codePoint)));
    } else {
        out.append(QChar(char16_t(codePoint)));
    }
}

int digitValue(QChar c, int base)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (base == 16 && u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (base == 16 && u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Reads "&#8212;" or "&#x2014;" at `pos` (the '&'). Returns the position after
// it, or -1 when no digits follow.
qsizetype appendNumericReference(QStringView text, qsizetype pos, QString &out)
{
    qsizetype i = pos + 2;
    const bool hex = i < text.size() && (text[i] == QLatin1Char('x') || text[i] == QLatin1Char('X'));
    const int base = hex ? 16 : 10;
    if (hex)
        ++i;
    const qsizetype digitsStart = i;
    char32_t value = 0;
    for (int digit = 0; i < text.size() && (digit = digitValue(text[i], base)) >= 0; ++i)
        value = std::min<char32_t>(value * base + char32_t(digit), 0x110000); // saturates, never wraps
    if (i == digitsStart)
        return -1;
    if (i < text.size() && text[i] == QLatin1Char(';'))
        ++i;
    appendCodePoint(out, value);
    return i;
}

// Reads "&mdash;" at `pos` (the '&'). Returns the position after it, or -1.
qsizetype appendNamedReference(QStringView text, qsizetype pos, QString &out, HtmlEntities::Context context)
{
    constexpr qsizetype longestName = 32;
    qsizetype end = pos + 1;
    while (end < text.size() && end - pos <= longestName && text[end].unicode() < 0x80
           && text[end].isLetterOrNumber()) {
        ++end;
    }
    const QStringView name = text.sliced(pos + 1, end - pos - 1);
    if (end < text.size() && text[end] == QLatin1Char(';')) {
        const auto it = namedEntities().constFind(name.toString());
        if (it != namedEntities().cend()) {
            appendCodePoint(out, it.value());
            return end + 1;
        }
    }
    const QString legacy = legacyEntityPrefix(name);
    if (legacy.isEmpty())
        return -1;
    const qsizetype after = pos + 1 + legacy.size();
    // In an attribute "?a=1&copy=2" is part of a URL, not a copyright sign.
    if (context == HtmlEntities::Context::Attribute && after < text.size()
        && (text[after].isLetterOrNumber() || text[after] == QLatin1Char('='))) {
        return -1;
    }
    appendCodePoint(out, namedEntities().value(legacy));
    return after;
}

} // namespace

QString HtmlEntities::decode(QStringView text, Context context)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype amp = text.indexOf(QLatin1Char('&'), i);
        if (amp < 0) {
            out.append(text.sliced(i));
            break;
        }
        out.append(text.sliced(i, amp - i));
        const bool numeric = amp + 1 < text.size() && text[amp + 1] == QLatin1Char('#');
        const qsizetype next = numeric ? appendNumericReference(text, amp, out)
                                       : appendNamedReference(text, amp, out, context);
        if (next < 0)
            out.append(QLatin1Char('&'));
        i = next < 0 ? amp + 1 : next;
    }
    return out;
}

} // namespace WireDiff
