#include "hostiletext.h"

#include <QStringEncoder>
#include <QUrl>

#include <utility>

namespace HostileText {

namespace {

// xorshift32: the same bytes on every machine and run.
class Random
{
public:
    explicit Random(quint32 seed) : m_state(seed ? seed : 0x9E3779B9u) {}
    quint32 next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return m_state;
    }
    int below(int n) { return int(next() % quint32(n)); }

private:
    quint32 m_state;
};

const char *const storyParagraphs[] = {
    "Harbour wall breached as storm surge floods Port Ellis",
    "By Mara Lindqvist",
    "PORT ELLIS, Nov 17 (Wire) - A storm surge broke through the harbour wall of Port Ellis early on Monday, "
    "flooding the old town and forcing about 1,200 residents from their homes.",
    "The sea reached the market square within twenty minutes of the breach, the fire service said, and "
    "water stood a metre deep in the streets behind the fish quay by dawn.",
    "Mayor Ines Okafor said the town had prepared for high water but not for a failure of the wall itself, "
    "which was last repaired in 1987.",
    "\"We lost the wall in one place and the sea did the rest,\" she told reporters at the town hall.",
    "Emergency shelters opened at two schools and the sports centre. No deaths or serious injuries were "
    "reported.",
    "The regional government said engineers would inspect the rest of the wall on Tuesday and promised "
    "emergency funds for the repair.",
};

// A word built from syllables: pronounceable, and with a large vocabulary.
QByteArray word(Random &random)
{
    static const char *const syllables[] = { "ka", "lo", "mi", "ten", "ru", "sa", "vor", "del", "pi", "nu",
                                             "gra", "fe", "zo", "bel", "tur", "xi", "om", "ha", "quen", "dy" };
    QByteArray out;
    const int count = 2 + random.below(3);
    for (int i = 0; i < count; ++i)
        out += syllables[random.below(20)];
    return out;
}

} // namespace

int storyParagraphCount()
{
    return int(std::size(storyParagraphs));
}

QByteArray joinParagraphs(const QList<QByteArray> &paragraphs, const QByteArray &lineEnd)
{
    QByteArray out;
    for (const QByteArray &paragraph : paragraphs)
        out += paragraph + lineEnd + lineEnd;
    return out;
}

QList<QByteArray> storyList(int version)
{
    QList<QByteArray> paragraphs;
    for (int i = 0; i < storyParagraphCount(); ++i)
        paragraphs.append(storyParagraphs[i]);
    if (version == 1) {
        paragraphs[3].replace("twenty minutes", "a quarter of an hour");
        paragraphs[6] += " Two fishermen were treated for hypothermia.";
    } else if (version == 2) {
        paragraphs.removeAt(1);
        std::swap(paragraphs[3], paragraphs[4]);
        paragraphs.append("Residents said the wall had been cracked for years.");
    }
    return paragraphs;
}

QByteArray encode(const QString &text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

QByteArray pseudoRandomBytes(qsizetype size, quint32 seed)
{
    Random random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(random.next() & 0xFF);
    return bytes;
}

QByteArray nitfDocument(const QList<QByteArray> &paragraphs, const QByteArray &doctype)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype
        + "<nitf><head><title>" + paragraphs.first() + "</title></head><body><body.head><hedline><hl1>"
        + paragraphs.first() + "</hl1></hedline></body.head><body.content>\n";
    for (qsizetype i = 1; i < paragraphs.size(); ++i)
        xml += "<p>" + paragraphs.at(i) + "</p>\n";
    return xml + "</body.content></body></nitf>\n";
}

QByteArray htmlDocument(const QList<QByteArray> &paragraphs)
{
    QByteArray html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + paragraphs.first() + "</title></head><body><article><h1>" + paragraphs.first() + "</h1>\n";
    for (qsizetype i = 1; i < paragraphs.size(); ++i)
        html += "<p>" + paragraphs.at(i) + "</p>\n";
    return html + "</article></body></html>\n";
}

QByteArray story(int version)
{
    return joinParagraphs(storyList(version));
}

QByteArray hugeWord(qsizetype bytes)
{
    QByteArray out;
    out.reserve(bytes + 1);
    static const char letters[] = "floodwaterharbour";
    for (qsizetype i = 0; i < bytes; ++i)
        out += letters[i % 17];
    return out + '\n';
}

QByteArray hugeParagraph(qsizetype bytes, quint32 seed)
{
    Random random(seed);
    QByteArray out;
    out.reserve(bytes + 64);
    int wordsInSentence = 0;
    while (out.size() < bytes) {
        QByteArray w = word(random);
        if (wordsInSentence == 0)
            w[0] = char(std::toupper(uchar(w[0])));
        out += w;
        if (++wordsInSentence >= 8 + random.below(12)) {
            out += ". ";
            wordsInSentence = 0;
        } else {
            out += ' ';
        }
    }
    return out + ".\n";
}

QByteArray tinyParagraphs(int count)
{
    QByteArray out;
    out.reserve(qsizetype(count) * 16);
    for (int i = 0; i < count; ++i)
        out += "Item " + QByteArray::number(i) + ".\n\n";
    return out;
}

QByteArray deepHtml(int depth)
{
    QByteArray out = "<!DOCTYPE html><html><body><h1>Deeply nested page</h1>";
    out.reserve(qsizetype(depth) * 26 + 1024);
    for (int i = 0; i < depth; ++i)
        out += i % 3 == 0 ? "<div>" : i % 3 == 1 ? "<section>" : "<span>";
    out += "<p>The storm surge reached the market square at the bottom of the nesting.</p>";
    for (int i = depth - 1; i >= 0; --i)
        out += i % 3 == 0 ? "</div>" : i % 3 == 1 ? "</section>" : "</span>";
    return out + "<p>Text after the nesting is read too.</p></body></html>\n";
}

QByteArray hostileHtml()
{
    return QByteArrayLiteral(
        "<!DOCTYPE html><html><head><title>Harbour wall breached</title>"
        "<meta http-equiv=\"refresh\" content=\"0;url=http://127.0.0.1:9/refresh\">"
        "<base href=\"http://127.0.0.1:9/\">"
        "<script>alert('SCRIPT-MARKER'); document.write('<p>WRITTEN-MARKER</p>');</script>"
        "<style>p { background: url(http://127.0.0.1:9/style) } /* STYLE-MARKER */</style>"
        "<link rel=\"stylesheet\" href=\"http://127.0.0.1:9/link.css\">"
        "</head><body onload=\"alert('ONLOAD-MARKER')\">"
        "<iframe src=\"http://127.0.0.1:9/frame\">IFRAME-MARKER</iframe>"
        "<h1 onclick=\"steal()\">Harbour wall breached as storm surge floods Port Ellis</h1>"
        "<p>A storm surge broke through the <b><i>harbour wall</b></i> of Port Ellis early on Monday."
        "<p>The sea reached the market square <a href=\"javascript:alert('HREF-MARKER')\">within twenty "
        "minutes</a> of the breach.<div>Broken nesting: a div inside a paragraph</p></div></span></b>"
        "<img src=\"x\" onerror=\"alert('ONERROR-MARKER')\" alt=\"a flooded street\">"
        "<svg><script>alert('SVG-MARKER')</script><text>SVGTEXT-MARKER</text></svg>"
        "<object data=\"http://127.0.0.1:9/object\">OBJECT-MARKER</object>"
        "<embed src=\"http://127.0.0.1:9/embed\">"
        "<noscript>NOSCRIPT-MARKER</noscript><template><p>TEMPLATE-MARKER</p></template>"
        "<form action=\"http://127.0.0.1:9/form\"><input value=\"FORM-MARKER\"><textarea>TEXTAREA-MARKER</textarea></form>"
        "<!-- COMMENT-MARKER --><!--> <p>Mayor Ines Okafor said the town had prepared for high water.</p>"
        "<p style=\"display:none\">HIDDEN-MARKER</p>"
        "<scr<script>ipt>alert('NESTED-MARKER')</script>"
        "<p>Emergency shelters &amp; schools opened &mdash; no deaths were reported &#x1F30A; &#0; &#xD800; "
        "&#99999999999; &bogus; &amp</p>"
        "<table><tr><td>Cell text one<td>Cell text two</table>"
        "<p>Unclosed paragraph at the end of the page with <b>unclosed bold");
}

QByteArray externalEntityXml(const QString &secretFile, quint16 port)
{
    const QByteArray fileUrl = QUrl::fromLocalFile(secretFile).toEncoded();
    const QByteArray httpUrl = "http://127.0.0.1:" + QByteArray::number(port ? port : 9) + "/entity";
    const QByteArray doctype = "<!DOCTYPE nitf [\n"
                               "  <!ENTITY secret SYSTEM \"" + fileUrl + "\">\n"
                               "  <!ENTITY plainpath SYSTEM \"" + secretFile.toUtf8() + "\">\n"
                               "  <!ENTITY remote SYSTEM \"" + httpUrl + "\">\n"
                               "  <!ENTITY public PUBLIC \"-//WireDiff//Test//EN\" \"" + httpUrl + "\">\n"
                               "  <!ENTITY % parameter SYSTEM \"" + fileUrl + "\">\n"
                               "  %parameter;\n"
                               "]>\n";
    QList<QByteArray> paragraphs = storyList(0);
    paragraphs[2] += " &secret; &plainpath; &remote; &public;";
    return nitfDocument(paragraphs, doctype);
}

QByteArray billionLaughsXml()
{
    QByteArray doctype = "<!DOCTYPE nitf [\n  <!ENTITY lol0 \"lol\">\n";
    for (int level = 1; level <= 9; ++level) {
        doctype += "  <!ENTITY lol" + QByteArray::number(level) + " \"";
        for (int k = 0; k < 10; ++k)
            doctype += "&lol" + QByteArray::number(level - 1) + ";";
        doctype += "\">\n";
    }
    doctype += "]>\n";
    QList<QByteArray> paragraphs = storyList(0);
    paragraphs[2] = "&lol9;";
    return nitfDocument(paragraphs, doctype);
}

QByteArray quadraticBlowupXml()
{
    // One 50 kB entity referenced 20,000 times: a gigabyte of text from a
    // file of a few hundred kilobytes, with no nesting for a depth limit to see.
    const QByteArray doctype = "<!DOCTYPE nitf [<!ENTITY big \"" + QByteArray(50000, 'x') + "\">]>\n";
    QByteArray references;
    for (int i = 0; i < 20000; ++i)
        references += "&big;";
    QList<QByteArray> paragraphs = storyList(0);
    paragraphs[2] = references;
    return nitfDocument(paragraphs, doctype);
}

QByteArray truncatedNitf()
{
    const QByteArray full = nitfDocument(storyList(1));
    const qsizetype cut = full.indexOf("Emergency shelters");
    return full.left(cut + 20); // inside a paragraph, with no closing tags
}

QByteArray repetitiveParagraphs(int count, quint32 seed)
{
    Random random(seed);
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        out += "The council recorded " + QByteArray::number(random.below(7))
            + " complaints about the harbour wall that week.\n\n";
    }
    return out;
}

QByteArray unrelatedWords(int words, quint32 seed, bool cyrillic)
{
    Random random(seed);
    QByteArray out;
    for (int i = 0; i < words; ++i) {
        const QByteArray w = word(random);
        if (cyrillic) {
            // a..z onto U+0430..U+0449, two bytes each in UTF-8.
            for (const char c : w)
                out += QString(QChar(0x0430 + (c - 'a'))).toUtf8();
        } else {
            out += w;
        }
        out += i % 15 == 14 ? ". " : " ";
    }
    return out + "\n";
}

} // namespace HostileText
