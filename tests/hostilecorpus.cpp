#include "hostilecorpus.h"
#include "hostiletext.h"

#include "article.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <tuple>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/types.h>
#endif

namespace HostileCorpus {

using namespace HostileText;

namespace {

Case loaded(const QString &file, const QString &what, const QString &text = {})
{
    Case c;
    c.file = file;
    c.what = what;
    c.outcome = Outcome::Loaded;
    c.text = text;
    return c;
}

Case skipped(const QString &file, const QString &what, const QString &reason)
{
    Case c;
    c.file = file;
    c.what = what;
    c.outcome = Outcome::Skipped;
    c.reason = reason;
    return c;
}

} // namespace

const Case *Corpus::find(const QString &file) const
{
    const auto it = std::find_if(cases.cbegin(), cases.cend(), [&file](const Case &c) { return c.file == file; });
    return it == cases.cend() ? nullptr : &*it;
}

int Corpus::count(Outcome outcome) const
{
    return int(std::count_if(cases.cbegin(), cases.cend(), [outcome](const Case &c) { return c.outcome == outcome; }));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

bool writeManyFiles(const QString &folder, int count)
{
    for (int i = 0; i < count; ++i) {
        QByteArray text = story(i % 3);
        text.replace("1,200", QByteArray::number(1000 + i)); // every file a little different
        if (!writeFile(QDir(folder).filePath(QStringLiteral("version-%1.txt").arg(i, 4, 10, QLatin1Char('0'))), text))
            return false;
    }
    return true;
}

Corpus build(const QString &folder, const QString &secretFolder, Options options)
{
    Corpus corpus;
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral(".")) || !QDir().mkpath(secretFolder))
        return corpus;
    corpus.secretMarker = "WIREDIFF-SECRET-" + QCryptographicHash::hash(folder.toUtf8(), QCryptographicHash::Sha1).toHex();
    corpus.secretFile = QDir(secretFolder).filePath(QStringLiteral("secret-passwd.txt"));
    bool ok = writeFile(corpus.secretFile, corpus.secretMarker + "\n");

    std::vector<Case> &cases = corpus.cases;
    const auto add = [&](Case c, const QByteArray &bytes) {
        ok = ok && writeFile(dir.filePath(c.file), bytes);
        cases.push_back(std::move(c));
    };

    // The honest versions, in three formats.
    {
        Case c = loaded(QStringLiteral("story-agency.txt"), QStringLiteral("the agency copy"), QStringLiteral("storm surge broke"));
        c.format = QStringLiteral("text");
        c.encoding = QStringLiteral("UTF-8");
        add(c, story(0));
        c = loaded(QStringLiteral("story-edit.xml"), QStringLiteral("a light edit in NITF"), QStringLiteral("a quarter of an hour"));
        c.format = QStringLiteral("nitf");
        add(c, nitfDocument(storyList(1)));
        c = loaded(QStringLiteral("story-reordered.html"), QStringLiteral("reordered, in HTML"),
                   QStringLiteral("cracked for years"));
        c.format = QStringLiteral("html");
        add(c, htmlDocument(storyList(2)));
    }

    // Nothing, or nothing but white space.
    add(skipped(QStringLiteral("empty.txt"), QStringLiteral("empty file"), QStringLiteral("empty file")), {});
    add(skipped(QStringLiteral("whitespace.txt"), QStringLiteral("white space only"), QStringLiteral("contains only white space")),
        " \t\r\n\n   \r\n\t \f\n");
    add(skipped(QStringLiteral("whitespace-unicode.txt"), QStringLiteral("Unicode white space only"),
                QStringLiteral("contains only white space")),
        QStringLiteral("\u00A0\u2003\u3000\n\u2028\n").toUtf8());

    // Binary, and text with NUL bytes.
    add(skipped(QStringLiteral("random.bin"), QStringLiteral("random bytes"), QStringLiteral("binary file")),
        pseudoRandomBytes(8192, 7));
    add(skipped(QStringLiteral("photo.txt"), QStringLiteral("PNG named .txt"), QStringLiteral("a PNG image")),
        QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + pseudoRandomBytes(4096, 11));
    add(skipped(QStringLiteral("scan.pdf"), QStringLiteral("PDF document"), QStringLiteral("a PDF document")),
        "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" + story(0) + "%%EOF\n");
    add(skipped(QStringLiteral("archive.txt"), QStringLiteral("ZIP named .txt"), QStringLiteral("a ZIP archive")),
        QByteArray("PK\x03\x04\x14\0\0\0", 8) + pseudoRandomBytes(2048, 13));
    add(skipped(QStringLiteral("nul-scattered.txt"), QStringLiteral("NUL bytes throughout"), QStringLiteral("binary file")),
        [] {
            QByteArray bytes = story(0);
            for (qsizetype i = 5; i < bytes.size(); i += 7)
                bytes[i] = '\0';
            return bytes;
        }());
    {
        Case c = loaded(QStringLiteral("nul-padding.txt"), QStringLiteral("text padded with NULs (as after a crash)"),
                        QStringLiteral("storm surge broke"));
        c.warning = QStringLiteral("NUL");
        add(c, story(0) + QByteArray(4096, '\0'));
        c = loaded(QStringLiteral("nul-stray.txt"), QStringLiteral("two stray NUL bytes in text"),
                   QStringLiteral("storm surge broke"));
        c.warning = QStringLiteral("NUL");
        QByteArray bytes = story(1);
        bytes.insert(40, '\0');
        bytes.insert(400, '\0');
        add(c, bytes);
    }

    // Extensions that lie.
    {
        Case c = loaded(QStringLiteral("looks-like-text.txt"), QStringLiteral("HTML named .txt"), QStringLiteral("storm surge broke"));
        c.format = QStringLiteral("html");
        add(c, htmlDocument(storyList(0)));
        c = loaded(QStringLiteral("looks-like-page.html"), QStringLiteral("plain text named .html"), QStringLiteral("storm surge broke"));
        c.format = QStringLiteral("text");
        add(c, story(2));
        c = loaded(QStringLiteral("wire.txt"), QStringLiteral("NITF named .txt"), QStringLiteral("a quarter of an hour"));
        c.format = QStringLiteral("nitf");
        add(c, nitfDocument(storyList(1)));
        c = loaded(QStringLiteral("README"), QStringLiteral("text without extension"), QStringLiteral("storm surge broke"));
        add(c, story(0));
        add(skipped(QStringLiteral("feed.xml"), QStringLiteral("RSS, not a wire format"), QStringLiteral("XML, but neither")),
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed</title></channel></rss>\n");
        add(skipped(QStringLiteral("picture.html"), QStringLiteral("GIF named .html"), QStringLiteral("a GIF image")),
            "GIF89a" + pseudoRandomBytes(1024, 17));
    }

    // Encodings.
    {
        const QString text = QString::fromUtf8(story(0)) + QStringLiteral("Caf\u00E9 owners in Z\u00FCrich said \u201Cenough\u201D.\n");
        Case c = loaded(QStringLiteral("invalid-utf8.txt"), QStringLiteral("invalid UTF-8 sequences"),
                        QStringLiteral("\uFFFD"));
        c.encoding = QStringLiteral("UTF-8");
        c.decodingErrors = true;
        c.warning = QStringLiteral("invalid");
        // Damage in a text that is UTF-8 throughout (names, quotes, a
        // currency sign): a text with more broken sequences than good ones
        // is read as windows-1252 instead, by design.
        QByteArray broken = (text + QStringLiteral("Residents of Gen\u00E8ve, Malm\u00F6, S\u00E3o Paulo and "
                                                   "\u0141\u00F3d\u017A sent \u20AC40,000 \u2013 \u201Cfor the wall\u201D.\n"))
                                .toUtf8();
        broken.insert(60, "\xC3\x28");    // a lead byte without its continuation
        broken.insert(200, "\xFF\xFE");   // bytes UTF-8 never uses
        broken.insert(300, "\xE2\x82");   // a sequence cut short
        broken.insert(500, "\xED\xA0\x80"); // an encoded surrogate
        add(c, broken);
        for (const auto &[name, what, encoding, bom, label] :
             { std::tuple { "utf16le-bom.txt", "UTF-16LE with BOM", QStringConverter::Utf16LE, true, "UTF-16LE" },
               std::tuple { "utf16be-bom.txt", "UTF-16BE with BOM", QStringConverter::Utf16BE, true, "UTF-16BE" },
               std::tuple { "utf16le.txt", "UTF-16LE without BOM", QStringConverter::Utf16LE, false, "UTF-16LE" },
               std::tuple { "utf16be.txt", "UTF-16BE without BOM", QStringConverter::Utf16BE, false, "UTF-16BE" } }) {
            c = loaded(QString::fromLatin1(name), QString::fromLatin1(what), QStringLiteral("Z\u00FCrich"));
            c.encoding = QString::fromLatin1(label);
            add(c, encode(text, encoding, bom));
        }
        c = loaded(QStringLiteral("utf8-bom.txt"), QStringLiteral("UTF-8 with BOM"), QStringLiteral("Z\u00FCrich"));
        c.encoding = QStringLiteral("UTF-8");
        add(c, "\xEF\xBB\xBF" + text.toUtf8());
        c = loaded(QStringLiteral("windows-1252.txt"), QStringLiteral("Windows-1252"), QStringLiteral("\u201Cenough\u201D"));
        c.encoding = QStringLiteral("windows-1252");
        add(c, story(1) + "Caf\xE9 owners in Z\xFCrich said \x93" "enough\x94 and asked for \x80" "2 million.\n");
        // The five bytes windows-1252 leaves undefined decode to C1 controls,
        // which must not reach the text.
        c = loaded(QStringLiteral("windows-1252-undefined.txt"), QStringLiteral("Windows-1252 with its undefined bytes"),
                   QStringLiteral("\u201Cenough\u201D"));
        c.encoding = QStringLiteral("windows-1252");
        c.absent = QStringList { QStringLiteral("\u0081"), QStringLiteral("\u008D"), QStringLiteral("\u008F"),
                                 QStringLiteral("\u0090"), QStringLiteral("\u009D") };
        c.warning = QStringLiteral("control character");
        add(c, story(0) + "Caf\xE9 owners in Z\xFCrich\x81 said \x93" "enough\x94\x8D\x8F and\x90 left\x9D.\n");
        c = loaded(QStringLiteral("latin1.txt"), QStringLiteral("Latin-1"), QStringLiteral("Stra\u00DFe"));
        add(c, story(2) + "Caf\xE9 owners in Z\xFCrich and the Stra\xDF" "e des Hafens said \xAB" "enough\xBB; "
                          "the \xE9lus of the r\xE9gion agreed.\n");
    }

    // Line endings.
    for (const auto &[name, what, lineEnd] : { std::tuple { "line-endings-lf.txt", "LF", "\n" },
                                               std::tuple { "line-endings-crlf.txt", "CRLF", "\r\n" },
                                               std::tuple { "line-endings-cr.txt", "CR", "\r" } }) {
        Case c = loaded(QString::fromLatin1(name), QString::fromLatin1(what), QStringLiteral("storm surge broke"));
        c.minParagraphs = storyParagraphCount();
        c.maxParagraphs = storyParagraphCount();
        c.absent = QStringList { QStringLiteral("\r") };
        add(c, joinParagraphs(storyList(0), lineEnd));
    }

    // Size.
    if (options.huge) {
        Case c = loaded(QStringLiteral("huge-word.txt"), QStringLiteral("a single 3 MB word"), QStringLiteral("floodwaterharbour"));
        c.warning = QStringLiteral("cut into pieces");
        c.minParagraphs = 3 * 1024 * 1024 / 20000;
        add(c, hugeWord(3 * 1024 * 1024));
        c = loaded(QStringLiteral("huge-paragraph.txt"), QStringLiteral("a 3 MB paragraph without line break"));
        c.warning = QStringLiteral("cut into pieces");
        c.minParagraphs = 3 * 1024 * 1024 / 20000;
        add(c, hugeParagraph(3 * 1024 * 1024, 3));
        c = loaded(QStringLiteral("tiny-paragraphs.txt"), QStringLiteral("50,000 tiny paragraphs"), QStringLiteral("Item 49999."));
        c.minParagraphs = 50000;
        add(c, tinyParagraphs(50000));
    }
    {
        // Over the size limit: a sparse file costs no disk.
        Case c = skipped(QStringLiteral("dumped-log.txt"), QStringLiteral("a 50 MB file"), QStringLiteral("too large"));
        QFile file(dir.filePath(c.file));
        ok = ok && file.open(QIODevice::WriteOnly) && file.write("log line\n") > 0 && file.resize(50LL * 1024 * 1024);
        cases.push_back(c);
    }

    // Scripts and Unicode oddities.
    {
        Case c = loaded(QStringLiteral("rtl.txt"), QStringLiteral("Arabic and Hebrew"), QStringLiteral("\u0627\u0644\u0645\u064A\u0646\u0627\u0621"));
        add(c, QStringLiteral("\u0641\u064A\u0636\u0627\u0646 \u0641\u064A \u0627\u0644\u0645\u064A\u0646\u0627\u0621\n\n"
                              "\u0642\u0627\u0644\u062A \u0627\u0644\u0633\u0644\u0637\u0627\u062A \u0625\u0646 \u0627\u0644\u0645\u064A\u0627\u0647 "
                              "\u063A\u0645\u0631\u062A \u0627\u0644\u0633\u0648\u0642 1,200 \u0634\u062E\u0635.\n\n"
                              "\u05D4\u05D9\u05DD \u05E4\u05E8\u05E5 \u05D0\u05EA \u05D7\u05D5\u05DE\u05EA \u05D4\u05E0\u05DE\u05DC.\n")
                   .toUtf8());
        c = loaded(QStringLiteral("cjk.txt"), QStringLiteral("Chinese and Japanese"), QStringLiteral("\u6D2A\u6C34"));
        add(c, QStringLiteral("\u6E2F\u53E3\u6D2A\u6C34\n\n\u661F\u671F\u4E00\u6E05\u6668\uFF0C\u98CE\u66B4\u6F6E\u51B2\u7834\u4E86"
                              "\u6E2F\u53E3\u7684\u5824\u575D\u3002\u6D2A\u6C34\u6DF9\u6CA1\u4E86\u8001\u57CE\u533A\u3002\n\n"
                              "\u9AD8\u6F6E\u304C\u6E2F\u306E\u5824\u9632\u3092\u7834\u3063\u305F\u3002\u4F4F\u6C11\u306F\u907F\u96E3\u3057\u305F\u3002\n")
                   .toUtf8());
        c = loaded(QStringLiteral("combining.txt"), QStringLiteral("combining marks (NFD and stacked)"), QStringLiteral("Caf\u00E9"));
        c.absent = QStringList { QStringLiteral("e\u0301") }; // NFC composes it
        QString zalgo = QStringLiteral("H");
        for (int i = 0; i < 200; ++i)
            zalgo += QChar(0x0300 + i % 0x70);
        add(c, (QStringLiteral("Cafe\u0301 owners in Zu\u0308rich counted the damage.\n\n") + zalgo
                + QStringLiteral("arbour wall breached.\n"))
                   .toUtf8());
        c = loaded(QStringLiteral("emoji.txt"), QStringLiteral("emoji ZWJ sequences, flags, skin tones"),
                   QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466"));
        add(c, QStringLiteral("Families \U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 left the old town "
                              "\U0001F30A\U0001F3E0.\n\nRescuers \U0001F9D1\U0001F3FD\u200D\U0001F692 from \U0001F1F3\U0001F1F4 "
                              "helped \U0001F3F3\uFE0F\u200D\U0001F308.\n")
                   .toUtf8());
        c = loaded(QStringLiteral("bidi-override.txt"), QStringLiteral("bidi override and isolate characters"),
                   QStringLiteral("harbour"));
        c.warning = QStringLiteral("bidirectional");
        add(c, QStringLiteral("The harbour \u202Ellaw\u202C was breached.\n\nUnterminated \u202Eoverride and \u2067isolate "
                              "and \u200Fmarks.\n")
                   .toUtf8());
        c = loaded(QStringLiteral("markup-in-text.txt"), QStringLiteral("markup written as plain text"),
                   QStringLiteral("<script>alert('TEXT-SCRIPT')</script>"));
        c.format = QStringLiteral("text");
        add(c, "Readers wrote <script>alert('TEXT-SCRIPT')</script> and <img src=x onerror=alert(1)> "
               "in the comments under the storm story.\n\nThe harbour wall was breached on Monday.\n");
        c = loaded(QStringLiteral("control-characters.txt"), QStringLiteral("terminal escapes and C0 controls in text"),
                   QStringLiteral("storm surge broke"));
        c.absent = QStringList { QStringLiteral("\x1B"), QStringLiteral("\x07") };
        add(c, "\x1B[31mRed alert\x1B[0m\x07\n\n" + story(0));
    }

    // HTML.
    {
        Case c = loaded(QStringLiteral("hostile.html"), QStringLiteral("scripts, iframes, event handlers, broken nesting"),
                        QStringLiteral("harbour wall"));
        c.format = QStringLiteral("html");
        // What a browser would run, fetch or never show. "<scr<script>ipt>" is
        // an element named "scr<script" followed by the text "ipt>alert(…)":
        // a browser shows that text and so may we (escaped on export).
        c.absent = QStringList { QStringLiteral("SCRIPT-MARKER"), QStringLiteral("WRITTEN-MARKER"),
                                 QStringLiteral("STYLE-MARKER"), QStringLiteral("ONLOAD-MARKER"),
                                 QStringLiteral("IFRAME-MARKER"), QStringLiteral("HREF-MARKER"),
                                 QStringLiteral("ONERROR-MARKER"), QStringLiteral("SVG-MARKER"),
                                 QStringLiteral("TEMPLATE-MARKER"), QStringLiteral("COMMENT-MARKER"),
                                 QStringLiteral("steal"), QStringLiteral("127.0.0.1"), QStringLiteral("javascript:") };
        add(c, hostileHtml());
        c = loaded(QStringLiteral("deep-nesting.html"), QStringLiteral("20,000-deep nesting"),
                   QStringLiteral("bottom of the nesting"));
        c.format = QStringLiteral("html");
        add(c, deepHtml(20000));
        c = loaded(QStringLiteral("deep-unclosed.html"), QStringLiteral("20,000 unclosed elements"),
                   QStringLiteral("never closed"));
        QByteArray unclosed = "<html><body><p>The elements below are never closed.</p>";
        for (int i = 0; i < 20000; ++i)
            unclosed += i % 2 ? "<div>" : "<b>";
        add(c, unclosed + "<p>Still read.");
    }

    // XML.
    {
        Case c = loaded(QStringLiteral("external-entities.xml"), QStringLiteral("XML external entities (file, http, parameter)"),
                        QStringLiteral("storm surge broke"));
        c.absent = QStringList { QString::fromLatin1(corpus.secretMarker) };
        add(c, externalEntityXml(corpus.secretFile, 0));
        // The reader stops at the bomb: what came before it loads, with the error as a warning.
        c = loaded(QStringLiteral("billion-laughs.xml"), QStringLiteral("entity expansion bomb (nested)"),
                   QStringLiteral("Harbour wall breached"));
        c.warning = QStringLiteral("entity expansion limit");
        c.absent = QStringList { QStringLiteral("lollol") };
        add(c, billionLaughsXml());
        add(skipped(QStringLiteral("quadratic-blowup.xml"), QStringLiteral("entity expansion bomb (one big entity, many references)"),
                    QStringLiteral("no article text found")),
            quadraticBlowupXml());
        c = loaded(QStringLiteral("truncated.xml"), QStringLiteral("truncated NITF"), QStringLiteral("a quarter of an hour"));
        c.warning = QStringLiteral("truncated XML");
        c.format = QStringLiteral("nitf");
        add(c, truncatedNitf());
        add(skipped(QStringLiteral("truncated-head.xml"), QStringLiteral("NITF cut before any text"), QStringLiteral("no article text found")),
            "<?xml version=\"1.0\"?>\n<nitf><head><tit");
    }

    // Names.
    {
        add(loaded(QStringLiteral("name with spaces.txt"), QStringLiteral("spaces in the name"), QStringLiteral("storm surge broke")), story(1));
        add(loaded(QStringLiteral("n\u00F6n-ASCII \u5317\u4EAC \u0645\u0631\u062D\u0628\u0627 \u2713.txt"), QStringLiteral("non-ASCII name"),
                   QStringLiteral("storm surge broke")),
            story(2));
        add(loaded(QString(200, QLatin1Char('n')) + QStringLiteral(".txt"), QStringLiteral("a 204-byte name"),
                   QStringLiteral("storm surge broke")),
            story(0));
        add(skipped(QStringLiteral("line\nbreak \x1B[2Jname.txt"), QStringLiteral("control characters in the name"),
                    QStringLiteral("binary file")),
            pseudoRandomBytes(512, 19));
        Case c = loaded(QStringLiteral(".hidden-draft.txt"), QStringLiteral("a hidden file"), QStringLiteral("storm surge broke"));
        c.outcome = Outcome::NotListed;
        add(c, story(1));
        c = loaded(QStringLiteral(".wirediff.json"), QStringLiteral("WireDiff's own notes file"));
        c.outcome = Outcome::NotListed;
        add(c, "{\"schema\": \"wirediff-notes/1\", \"notes\": []}\n");
        c = loaded(QStringLiteral("folder.txt/inside.txt"), QStringLiteral("a folder named like a file"));
        c.outcome = Outcome::NotListed;
        add(c, story(0));
    }

#ifdef Q_OS_UNIX
    if (options.filesystemOddities) {
        const auto link = [&](const QString &target, const QString &name) {
            ok = ok && QFile::link(target, dir.filePath(name));
        };
        link(QStringLiteral("loop-b.txt"), QStringLiteral("loop-a.txt"));
        link(QStringLiteral("loop-a.txt"), QStringLiteral("loop-b.txt"));
        cases.push_back(skipped(QStringLiteral("loop-a.txt"), QStringLiteral("symbolic link loop (two links)"), QStringLiteral("symbolic link loop")));
        cases.push_back(skipped(QStringLiteral("loop-b.txt"), QStringLiteral("symbolic link loop (the other link)"), QStringLiteral("symbolic link loop")));
        link(QStringLiteral("self.txt"), QStringLiteral("self.txt"));
        cases.push_back(skipped(QStringLiteral("self.txt"), QStringLiteral("symbolic link to itself"), QStringLiteral("symbolic link loop")));
        link(QStringLiteral("does-not-exist.txt"), QStringLiteral("dangling.txt"));
        cases.push_back(skipped(QStringLiteral("dangling.txt"), QStringLiteral("dangling symbolic link"), QStringLiteral("dangling symbolic link")));
        link(QStringLiteral("story-agency.txt"), QStringLiteral("link-to-story.txt"));
        cases.push_back(loaded(QStringLiteral("link-to-story.txt"), QStringLiteral("a good symbolic link"), QStringLiteral("storm surge broke")));
        link(QStringLiteral("."), QStringLiteral("subfolder-loop"));
        // Not a subfolder the editor could add (reading subfolders would
        // read this folder again): named with its reason.
        cases.push_back(skipped(QStringLiteral("subfolder-loop"), QStringLiteral("a link to its own folder"), QStringLiteral("symbolic link loop")));
        link(QStringLiteral("/dev/zero"), QStringLiteral("device.txt"));
        cases.push_back(skipped(QStringLiteral("device.txt"), QStringLiteral("a link to a device"), QStringLiteral("not a regular file")));

        const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("pipe.txt")));
        ok = ok && ::mkfifo(fifo.constData(), 0644) == 0;
        cases.push_back(skipped(QStringLiteral("pipe.txt"), QStringLiteral("a named pipe (reading would block)"), QStringLiteral("not a regular file")));

        const QString unreadable = dir.filePath(QStringLiteral("unreadable.txt"));
        ok = ok && writeFile(unreadable, story(1)) && QFile::setPermissions(unreadable, QFileDevice::Permissions());
        corpus.unreadable.append(unreadable);
        cases.push_back(skipped(QStringLiteral("unreadable.txt"), QStringLiteral("no read permission"), QStringLiteral("cannot be read")));
    }
#endif
    if (ok)
        corpus.folder = folder;
    return corpus;
}

QHash<QString, QByteArray> digests(const QString &folder)
{
    QHash<QString, QByteArray> result;
    const QDir root(folder);
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories); // does not follow links into folders
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        QByteArray digest;
        if (info.isSymLink()) {
            digest = "link:" + info.symLinkTarget().toUtf8();
        } else if (info.isDir()) {
            digest = "folder";
        } else if (!info.isFile()) {
            digest = "special";
        } else {
            QFile file(path);
            QCryptographicHash hash(QCryptographicHash::Sha256);
            if (file.open(QIODevice::ReadOnly) && hash.addData(&file))
                digest = hash.result().toHex();
            else
                digest = "unreadable:" + QByteArray::number(info.size()) + ':'
                    + QByteArray::number(info.lastModified().toMSecsSinceEpoch());
        }
        digest += ":mode" + QByteArray::number(int(info.permissions()), 16);
        result.insert(root.relativeFilePath(path), digest);
    }
    return result;
}

QStringList changedFiles(const QHash<QString, QByteArray> &before, const QHash<QString, QByteArray> &after)
{
    QStringList changed;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (after.value(it.key()) != it.value())
            changed.append(it.key());
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            changed.append(it.key() + QStringLiteral(" (new)"));
    }
    changed.sort();
    return changed;
}

QString textContaining(const WireDiff::Article &article, const QString &needle)
{
    QStringList texts { article.title, article.outlet };
    texts += article.warnings;
    for (const WireDiff::Paragraph &paragraph : article.paragraphs)
        texts.append(paragraph.text);
    for (const QString &text : std::as_const(texts)) {
        if (text.contains(needle))
            return text.left(200);
    }
    return {};
}

} // namespace HostileCorpus
