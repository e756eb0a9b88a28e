#include "articleloader.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>


using namespace WireDiff;

namespace {

const QByteArray storyText = "Ferry crosses lake\n\nThe solar ferry made its first crossing on Monday.\n";

QString fixturePath(const QString &name)
{
    return QStringLiteral(WIREDIFF_TEST_DATA_DIR "/loader/") + name;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList ids(const LoadResult &result)
{
    QStringList list;
    for (const Article &article : result.articles)
        list.append(article.id);
    return list;
}

QStringList skippedReasons(const LoadResult &result)
{
    QStringList list;
    for (const SkippedFile &skipped : result.skipped)
        list.append(QFileInfo(skipped.filePath).fileName() + QLatin1String(": ") + skipped.reason);
    return list;
}

QStringList roleNames(const Article &article)
{
    QStringList list;
    for (const Paragraph &paragraph : article.paragraphs)
        list.append(paragraphRoleName(paragraph.role));
    return list;
}

// The files loadsInListOrderOnThreads() reads, in list order: "path=kind".
// The first is large, so that on several threads the files after it finish
// first; failures sit between articles, and three files share the id "c".
QStringList mixedFileList()
{
    QStringList files { "a.txt=large", "b.txt=empty", "c.txt=story", "c.html=html", "d.txt=binary",
                        "sub/c.txt=story", "e.txt=missing", "f.txt=story", "sub2/c.txt=story", "g.txt=blank" };
    for (int i = 1; i <= 10; ++i)
        files.append(QStringLiteral("h%1.txt=story").arg(i));
    return files;
}

QByteArray mixedFileBytes(const QString &kind, int index)
{
    const QByteArray story = "Ferry crosses lake " + QByteArray::number(index)
        + "\n\nThe solar ferry made its first crossing on Monday.\n";
    if (kind == QLatin1String("large")) {
        QByteArray large = story;
        for (int i = 0; i < 3000; ++i)
            large += "\nParagraph " + QByteArray::number(i) + " of the long report on the crossing, with more words.\n";
        return large;
    }
    if (kind == QLatin1String("story"))
        return story;
    if (kind == QLatin1String("html"))
        return "<html><body><h1>Ferry crosses lake</h1><p>The ferry crossed on Monday.</p></body></html>";
    if (kind == QLatin1String("binary"))
        return QByteArray::fromHex("0001020304050607f0f1f2f3f4f5f6f7000000ff1b1b");
    if (kind == QLatin1String("blank"))
        return " \n\t\n";
    return {}; // empty
}

// Loads one file of the given name and content from a fresh folder.
LoadResult loadSingle(const QString &fileName, const QByteArray &bytes)
{
    QTemporaryDir folder;
    if (!folder.isValid() || !writeFile(folder.filePath(fileName), bytes))
        return {};
    return ArticleLoader().loadFolder(folder.path());
}

} // namespace

class TestArticleLoader : public QObject
{
    Q_OBJECT

private slots:
    void listsFolder_data();
    void listsFolder();
    void readsMixedFormats();
    void sniffsMisleadingExtensions_data();
    void sniffsMisleadingExtensions();
    void skipsWhatIsNotAnArticle_data();
    void skipsWhatIsNotAnArticle();
    void skipsUnreadableFile();
    void skipsBrokenLinks_data();
    void skipsBrokenLinks();
    void unifiesLineEndings_data();
    void unifiesLineEndings();
    void enforcesArticleLimit();
    void loadsInListOrderOnThreads_data();
    void loadsInListOrderOnThreads();
    void readsNewsXmlWhateverItsBytes_data();
    void readsNewsXmlWhateverItsBytes();
    void loadsSeedFolder_data();
    void loadsSeedFolder();
};

void TestArticleLoader::listsFolder_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<bool>("includeHidden");
    QTest::addColumn<bool>("recurse");
    QTest::addColumn<QStringList>("expectedIds");

    QTest::newRow("sorted by name, numbers by value")
        << QStringList { "10-story.txt", "2-story.txt", "1-story.txt", "b.txt", "A.txt" } << false << false
        << QStringList { "1-story", "2-story", "10-story", "A", "b" };
    QTest::newRow("id drops only the last extension")
        << QStringList { "story.v2.txt", "notes" } << false << false << QStringList { "notes", "story.v2" };
    QTest::newRow("same name, two extensions")
        << QStringList { "story.txt", "story.md" } << false << false << QStringList { "story", "story.txt" };
    QTest::newRow("hidden files skipped") << QStringList { ".draft.txt", "story.txt" } << false << false
                                          << QStringList { "story" };
    QTest::newRow("hidden files read when asked") << QStringList { ".draft.txt", "story.txt" } << true << false
                                                  << QStringList { ".draft", "story" };
    QTest::newRow("subfolders skipped") << QStringList { "sub/inner.txt", "story.txt" } << false << false
                                        << QStringList { "story" };
    QTest::newRow("subfolders read when asked") << QStringList { "sub/inner.txt", "story.txt", "a.txt" } << false << true
                                                << QStringList { "a", "story", "inner" };
    QTest::newRow("one name in three subfolders") << QStringList { "x/story.txt", "y/story.txt", "z/story.txt" } << false << true
                                                  << QStringList { "story", "story.txt", "story.txt~2" };
    // A "%1" in a name is text, not a place for the counter.
    QTest::newRow("one name with a percent sign in three subfolders")
        << QStringList { "x/a%1b.txt", "y/a%1b.txt", "z/a%1b.txt" } << false << true
        << QStringList { "a%1b", "a%1b.txt", "a%1b.txt~2" };
}

void TestArticleLoader::listsFolder()
{
    QFETCH(QStringList, files);
    QFETCH(bool, includeHidden);
    QFETCH(bool, recurse);
    QFETCH(QStringList, expectedIds);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    for (const QString &file : files)
        QVERIFY(writeFile(folder.filePath(file), storyText));
    LoadOptions options;
    options.includeHidden = includeHidden;
    options.recurse = recurse;
    const LoadResult result = ArticleLoader(options).loadFolder(folder.path());
    QCOMPARE(result.error, QString());
    QCOMPARE(skippedReasons(result), QStringList());
    QCOMPARE(ids(result), expectedIds);
}

void TestArticleLoader::readsMixedFormats()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    for (const QString &name : QDir(fixturePath({})).entryList(QDir::Files))
        QVERIFY(QFile::copy(fixturePath(name), folder.filePath(name)));
    const LoadResult result = ArticleLoader().loadFolder(folder.path());
    QCOMPARE(skippedReasons(result), QStringList());
    QStringList formats;
    for (const Article &article : result.articles)
        formats.append(article.id + QLatin1String(": ") + articleFormatName(article.format));
    QCOMPARE(formats, (QStringList { "newsml-story: newsml-g2", "nitf-story: nitf", "notes: markdown", "page: html",
                                     "wire-pa: pa-wire" }));
    for (const Article &article : result.articles) {
        QVERIFY2(!article.title.isEmpty(), qPrintable(article.id));
        QCOMPARE(article.paragraphs.front().role, ParagraphRole::Headline);
        QCOMPARE(article.language.left(2), QStringLiteral("en"));
        QVERIFY(article.published.isValid());
    }
}

void TestArticleLoader::sniffsMisleadingExtensions_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");

    QFile nitf(fixturePath(QStringLiteral("nitf-story.xml")));
    QVERIFY(nitf.open(QIODevice::ReadOnly));
    const QByteArray nitfBytes = nitf.readAll();
    QTest::newRow("NITF named .txt") << "story.txt" << nitfBytes << "nitf";
    QTest::newRow("HTML named .txt") << "story.txt" << QByteArray("<p>Ferry.</p><p>Text.</p>") << "html";
    QTest::newRow("XHTML named .xml") << "story.xml"
                                      << QByteArray("<?xml version=\"1.0\"?><html><body><p>Text.</p></body></html>") << "html";
    QTest::newRow("plain text named .html") << "story.html" << storyText << "text";
    QTest::newRow("plain text named .xml") << "story.xml" << storyText << "text";
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QTest::newRow("HTML in UTF-16") << "story.txt" << QByteArray(utf16.encode(QStringLiteral("<p>Text.</p>"))) << "html";
}

void TestArticleLoader::sniffsMisleadingExtensions()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    const LoadResult result = loadSingle(fileName, bytes);
    QCOMPARE(skippedReasons(result), QStringList());
    QCOMPARE(result.articles.size(), size_t(1));
    QCOMPARE(articleFormatName(result.articles.front().format), format);
}

void TestArticleLoader::skipsWhatIsNotAnArticle_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << "empty.txt" << QByteArray() << "empty file";
    QTest::newRow("white space") << "blank.txt" << QByteArray(" \r\n\t\n  ") << "contains only white space";
    QTest::newRow("PNG named .txt") << "image.txt" << QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000010")
                                    << "a PNG image, not article text";
    QTest::newRow("binary") << "data.txt" << QByteArray::fromHex("0001020304050607f0f1f2f3f4f5f6f7000000ff1b1b")
                            << "binary file, not text";
    QTest::newRow("other XML") << "feed.xml" << QByteArray("<?xml version=\"1.0\"?><rss><channel/></rss>")
                               << "XML, but neither NITF nor NewsML-G2";
    QTest::newRow("markup without text") << "page.html" << QByteArray("<html><script>x()</script></html>")
                                         << "no article text found";
    QTest::newRow("entity bomb")
        << "bomb.xml"
        << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE nitf [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;"
                      "&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;"
                      "&c;&c;&c;\">]><nitf><body><body.content><p>&d;</p></body.content></body></nitf>")
        << "no article text found (XML error at line 1: ";
    // A server log dropped into the folder: judged from its first lines,
    // before it is parsed into paragraphs (tst_articleplausibility holds
    // the judgement to more formats).
    QByteArray log;
    for (int i = 0; i < 50; ++i)
        log += "2026-11-24T10:00:" + QByteArray::number(10 + i) + "Z INFO request " + QByteArray::number(i) + " served\n";
    QTest::newRow("server log") << "server.log.txt" << log << "a log or data file, not an article (50 of its first 50";
    // A comparison exported as HTML beside the articles (tst_contentsniffer
    // holds the exporter's real pages to the test).
    QTest::newRow("WireDiff's own HTML export")
        << "story-comparison.html"
        << QByteArray("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<meta name=\"generator\" "
                      "content=\"WireDiff\">\n<title>Ferry</title></head><body><p>The ferry crossed.</p></body></html>")
        << "a comparison WireDiff exported, not an article";
}

void TestArticleLoader::skipsWhatIsNotAnArticle()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const LoadResult result = loadSingle(fileName, bytes);
    QCOMPARE(result.articles.size(), size_t(0));
    QCOMPARE(result.skipped.size(), size_t(1));
    QVERIFY2(result.skipped.front().reason.startsWith(reason), qPrintable(result.skipped.front().reason));
}

void TestArticleLoader::skipsUnreadableFile()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("locked.txt"));
    QVERIFY(writeFile(path, storyText));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("Running with privileges that read any file (root): a mode of 000 does not block reading.");
    const LoadResult result = ArticleLoader().loadFolder(folder.path());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(result.articles.size(), size_t(0));
    QCOMPARE(result.skipped.size(), size_t(1));
    QVERIFY2(result.skipped.front().reason.startsWith(QLatin1String("cannot be read")),
             qPrintable(result.skipped.front().reason));
}

void TestArticleLoader::skipsBrokenLinks_data()
{
    QTest::addColumn<QString>("linkTarget"); // relative to the folder
    QTest::addColumn<QString>("reason");

    QTest::newRow("dangling") << "missing.txt" << "dangling symbolic link";
    QTest::newRow("loop") << "link.txt" << "symbolic link loop";
}

void TestArticleLoader::skipsBrokenLinks()
{
    QFETCH(QString, linkTarget);
    QFETCH(QString, reason);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QVERIFY(writeFile(folder.filePath(QStringLiteral("story.txt")), storyText));
    QVERIFY(QFile::link(folder.filePath(linkTarget), folder.filePath(QStringLiteral("link.txt"))));
    const LoadResult result = ArticleLoader().loadFolder(folder.path());
    QCOMPARE(ids(result), QStringList { "story" });
    QCOMPARE(skippedReasons(result), QStringList { "link.txt: " + reason });
}

void TestArticleLoader::unifiesLineEndings_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QByteArray lf = "Ferry crosses lake\n\nThe ferry crossed on Monday.\n\nIt was quiet.\n";
    QTest::newRow("LF") << lf;
    QTest::newRow("CRLF") << QByteArray(lf).replace("\n", "\r\n");
    QTest::newRow("CR") << QByteArray(lf).replace('\n', '\r');
    QTest::newRow("mixed") << QByteArray("Ferry crosses lake\r\n\nThe ferry crossed on Monday.\r\rIt was quiet.\n");
}

void TestArticleLoader::unifiesLineEndings()
{
    QFETCH(QByteArray, bytes);
    const LoadResult result = loadSingle(QStringLiteral("story.txt"), bytes);
    QCOMPARE(result.articles.size(), size_t(1));
    QStringList texts;
    for (const Paragraph &paragraph : result.articles.front().paragraphs)
        texts.append(paragraph.text);
    QCOMPARE(texts, (QStringList { "Ferry crosses lake", "The ferry crossed on Monday.", "It was quiet." }));
}

void TestArticleLoader::enforcesArticleLimit()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    for (const char *name : { "a.txt", "b.txt", "c.txt" })
        QVERIFY(writeFile(folder.filePath(QLatin1String(name)), storyText));
    LoadOptions options;
    options.maxArticles = 2;
    const LoadResult result = ArticleLoader(options).loadFolder(folder.path());
    QCOMPARE(ids(result), (QStringList { "a", "b" }));
    QCOMPARE(skippedReasons(result), QStringList { "c.txt: over the limit of 2 articles in one comparison" });
}

void TestArticleLoader::loadsInListOrderOnThreads_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("maxArticles");
    QTest::addColumn<QString>("cancelAt"); // the file whose reading cancels the load, or none
    QTest::addColumn<QStringList>("expectedIds");
    QTest::addColumn<QStringList>("expectedSkipped"); // "file name: reason" (its start)

    QStringList all { "a", "c", "c.html", "c.txt", "f", "c.txt~2" };
    for (int i = 1; i <= 10; ++i)
        all.append(QStringLiteral("h%1").arg(i));
    const QStringList allSkipped { "b.txt: empty file", "d.txt: binary file, not text",
                                   "e.txt: file not found", "g.txt: contains only white space" };
    for (const int threads : { 1, 2, 3, 8 }) {
        QTest::addRow("%d threads", threads) << threads << 1000 << QString() << all << allSkipped;
        // The limit is reached inside the first batch of reads: the files
        // past it are skipped for the limit, even the one that is missing.
        QStringList overLimit { "b.txt: empty file", "d.txt: binary file, not text" };
        for (const char *name : { "e.txt", "f.txt", "c.txt", "g.txt" })
            overLimit.append(QLatin1String(name) + QLatin1String(": over the limit of 4 articles"));
        for (int i = 1; i <= 10; ++i)
            overLimit.append(QStringLiteral("h%1.txt: over the limit of 4 articles").arg(i));
        QTest::addRow("%d threads, limit of 4 articles", threads)
            << threads << 4 << QString() << all.mid(0, 4) << overLimit;
        // What a cancelled load returns is a start of the list, and with
        // one thread everything up to the file being read when it came.
        QTest::addRow("%d threads, cancelled", threads)
            << threads << 1000 << "f.txt" << (threads == 1 ? all.mid(0, 5) : all)
            << (threads == 1 ? allSkipped.mid(0, 3) : allSkipped);
    }
}

void TestArticleLoader::loadsInListOrderOnThreads()
{
    QFETCH(int, threads);
    QFETCH(int, maxArticles);
    QFETCH(QString, cancelAt);
    QFETCH(QStringList, expectedIds);
    QFETCH(QStringList, expectedSkipped);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QStringList paths;
    int index = 0;
    for (const QString &entry : mixedFileList()) {
        const QString path = folder.filePath(entry.section(QLatin1Char('='), 0, 0));
        const QString kind = entry.section(QLatin1Char('='), 1);
        if (kind != QLatin1String("missing"))
            QVERIFY(writeFile(path, mixedFileBytes(kind, index++)));
        paths.append(path);
    }
    LoadOptions options;
    options.threads = threads;
    options.maxArticles = maxArticles;
    ArticleLoader loader(options);
    Cancellation cancel = Cancellation::create();
    if (!cancelAt.isEmpty()) {
        loader.setReadHook([&](const QString &file, int) {
            if (QFileInfo(file).fileName() == cancelAt)
                cancel.cancel();
        });
    }
    QList<int> progress;
    bool progressOnCallingThread = true;
    QThread *const caller = QThread::currentThread();
    cancel.setProgressFunction([&](int done, int total) {
        QCOMPARE(total, int(paths.size()));
        progressOnCallingThread = progressOnCallingThread && QThread::currentThread() == caller;
        progress.append(done);
    });
    const LoadResult result = loader.loadFiles(paths, cancel);

    QVERIFY(progressOnCallingThread);
    QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
    QCOMPARE(progress.constFirst(), 0);
    QCOMPARE(progress.constLast(), int(paths.size()));
    const QStringList gotIds = ids(result);
    const QStringList gotSkipped = skippedReasons(result);
    if (!cancelAt.isEmpty() && threads > 1) {
        // Cancelled on several threads: which files were still read is
        // timing, but what is returned is a start of the full result.
        QVERIFY2(gotIds == expectedIds.mid(0, gotIds.size()), qPrintable(gotIds.join(QLatin1String(", "))));
        QVERIFY(gotSkipped.size() <= expectedSkipped.size());
        for (qsizetype i = 0; i < gotSkipped.size(); ++i)
            QVERIFY2(gotSkipped.at(i).startsWith(expectedSkipped.at(i)), qPrintable(gotSkipped.at(i)));
        return;
    }
    QCOMPARE(gotIds, expectedIds);
    QCOMPARE(gotSkipped.size(), expectedSkipped.size());
    for (qsizetype i = 0; i < gotSkipped.size(); ++i)
        QVERIFY2(gotSkipped.at(i).startsWith(expectedSkipped.at(i)), qPrintable(gotSkipped.at(i)));
    for (const Article &article : result.articles)
        QVERIFY2(paths.contains(article.filePath), qPrintable(article.filePath));
}

void TestArticleLoader::readsNewsXmlWhateverItsBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // in the body paragraph
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("flagged"); // hadDecodingErrors
    QTest::addColumn<QString>("warning"); // in the article's warnings; empty: none
    const auto nitf = [](const QByteArray &declaration, const QByteArray &body) {
        return declaration + "<nitf><head><title>Ferry</title></head><body><body.head><hedline><hl1>Ferry crosses the lake</hl1>"
                             "</hedline></body.head><body.content><p>" + body + "</p><p>The crossing took forty minutes.</p>"
                             "</body.content></body></nitf>\n";
    };
    QTest::newRow("UTF-8 with one bad byte")
        << nitf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "The caf\xc3\xa9 owner waved \xff from the pier.")
        << QStringLiteral("The café owner waved \uFFFD from the pier.") << "UTF-8" << true << "invalid UTF-8 byte";
    QTest::newRow("windows-1252 without a declaration")
        << nitf("", "The caf\xe9 owner said \x93welcome\x94 on board.")
        << QStringLiteral("The café owner said \u201Cwelcome\u201D on board.") << "windows-1252" << false << "";
    QTest::newRow("windows-1252 declared")
        << nitf("<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n", "The caf\xe9 owner said \x93welcome\x94 on board.")
        << QStringLiteral("The café owner said \u201Cwelcome\u201D on board.") << "windows-1252" << false << "";
    QTest::newRow("plain UTF-8")
        << nitf("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n", "The caf\xc3\xa9 owner waved from the pier.")
        << QStringLiteral("The café owner waved from the pier.") << "UTF-8" << false << "";
    QTest::newRow("stray NULs")
        << nitf("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n", "The caf\xc3\xa9 owner" + QByteArray(1, '\0') + " waved from" + QByteArray(1, '\0') + " the pier.")
        << QStringLiteral("The café owner waved from the pier.") << "UTF-8" << false << "NUL character";
    QTest::newRow("windows-1252 with bytes it leaves undefined")
        << nitf("<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n", "The caf\xe9 owner\x81 said \x93welcome\x9d\x94 on board.")
        << QStringLiteral("The café owner said \u201Cwelcome\u201D on board.") << "windows-1252" << false
        << "2 control character";
    QTest::newRow("NUL padding after the document")
        << nitf("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n", "The caf\xc3\xa9 owner waved from the pier.") + QByteArray(64, '\0')
        << QStringLiteral("The café owner waved from the pier.") << "UTF-8" << false << "NUL character";
}

// NITF and NewsML-G2 are read whatever their bytes: one the XML reader
// cannot decode costs a replacement character, not the story.
void TestArticleLoader::readsNewsXmlWhateverItsBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(QString, encoding);
    QFETCH(bool, flagged);
    QFETCH(QString, warning);
    const LoadResult result = loadSingle(QStringLiteral("story.xml"), bytes);
    QCOMPARE(result.skipped.size(), size_t(0));
    QCOMPARE(result.articles.size(), size_t(1));
    const Article &article = result.articles.front();
    QCOMPARE(article.format, ArticleFormat::Nitf);
    QCOMPARE(article.encoding, encoding);
    QCOMPARE(article.hadDecodingErrors, flagged);
    // Each repair of the bytes is told, as it is for a text file.
    const QString warnings = article.warnings.join(QLatin1String(" | "));
    QVERIFY2(warning.isEmpty() ? warnings.isEmpty() : warnings.contains(warning), qPrintable(warnings));
    QStringList texts;
    for (const Paragraph &paragraph : article.paragraphs)
        texts.append(paragraph.text);
    QVERIFY2(texts.contains(expected), qPrintable(texts.join(QLatin1String(" | "))));
}

void TestArticleLoader::loadsSeedFolder_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QStringList>("leadingRoles");
    QTest::addColumn<QStringList>("trailingRoles");

    QTest::newRow("000: dateline, headline, timestamp, standfirst, photo credit, caption")
        << 0 << QStringList { "dateline", "headline", "dateline", "body", "boilerplate", "caption", "body" }
        << QStringList { "body", "boilerplate" };
    QTest::newRow("001: headline, standfirst, alt text and caption")
        << 1 << QStringList { "headline", "body", "caption", "caption", "body" } << QStringList { "body", "boilerplate" };
    QTest::newRow("002: section label, headline, site footer")
        << 2 << QStringList { "boilerplate", "headline", "body" }
        << QStringList { "body", "boilerplate", "boilerplate", "boilerplate", "boilerplate", "boilerplate", "boilerplate" };
    QTest::newRow("003: one paragraph per line") << 3 << QStringList { "headline", "body", "body" } << QStringList { "body" };
    QTest::newRow("004: headline, place, channel, rule")
        << 4 << QStringList { "headline", "dateline", "boilerplate", "boilerplate", "body" }
        << QStringList { "body", "boilerplate" };
}

void TestArticleLoader::loadsSeedFolder()
{
    QFETCH(int, index);
    QFETCH(QStringList, leadingRoles);
    QFETCH(QStringList, trailingRoles);
    const QString seeds = QStringLiteral(WIREDIFF_SEEDS_DIR);
    if (!QFileInfo(seeds).isDir())
        QSKIP(qPrintable(QStringLiteral("The seed folder %1 is absent.").arg(seeds)));
    const LoadResult result = ArticleLoader().loadFolder(seeds);
    QCOMPARE(skippedReasons(result), QStringList());
    QCOMPARE(result.articles.size(), size_t(5));

    const Article &article = result.articles.at(size_t(index));
    QVERIFY(article.id.startsWith(QStringLiteral("00%1_").arg(index)));
    QCOMPARE(article.language, QStringLiteral("en"));
    QVERIFY(!article.title.isEmpty());
    const QStringList roles = roleNames(article);
    QCOMPARE(roles.mid(0, leadingRoles.size()), leadingRoles);
    QCOMPARE(roles.mid(roles.size() - trailingRoles.size()), trailingRoles);
    // What an editor checks at a glance: credits and labels are boilerplate,
    // and every long sentence that is not a photo caption is body text.
    static const QStringList labels { "Reuters", "CNN", "News", QStringLiteral("\u2014") };
    for (const Paragraph &paragraph : article.paragraphs) {
        if (labels.contains(paragraph.text.trimmed()))
            QCOMPARE(paragraphRoleName(paragraph.role), QStringLiteral("boilerplate"));
        const bool longSentence = paragraph.text.split(QLatin1Char(' ')).size() >= 25
            && paragraph.text.endsWith(QLatin1Char('.'));
        if (longSentence && paragraph.role != ParagraphRole::Caption)
            QVERIFY2(paragraph.role == ParagraphRole::Body, qPrintable(paragraph.text));
    }
}

QTEST_GUILESS_MAIN(TestArticleLoader)

#include "tst_articleloader.moc"
