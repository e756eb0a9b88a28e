#include "droppolicy.h"

#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace WireDiff;

Q_DECLARE_METATYPE(DropRequest::Kind)

// What a drop asks for, from the drag's data alone.
class TestDropPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void classify_data();
    void classify();

private:
    QTemporaryDir m_dir;
};

void TestDropPolicy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QDir(m_dir.path()).mkpath(QStringLiteral("folder"));
    QDir(m_dir.path()).mkpath(QStringLiteral("other"));
    for (const char *name : { "a.txt", "b.html", "photo.png", "scan.pdf" }) {
        QFile file(m_dir.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Some text.\n");
    }
}

void TestDropPolicy::classify_data()
{
    QTest::addColumn<QStringList>("urls"); // relative to the temporary folder unless they have a scheme
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ontoPane");
    QTest::addColumn<DropRequest::Kind>("kind");
    QTest::addColumn<int>("paths");
    QTest::addColumn<bool>("message");

    using K = DropRequest::Kind;
    QTest::newRow("one folder on the window") << QStringList { "folder" } << QString() << false << K::OpenFolder << 1 << false;
    QTest::newRow("one folder on a pane header replaces too") << QStringList { "folder" } << QString() << true << K::OpenFolder << 1 << false;
    QTest::newRow("files on the window open them") << QStringList { "a.txt", "b.html" } << QString() << false << K::OpenFiles << 2 << false;
    QTest::newRow("files on a pane header add them") << QStringList { "a.txt" } << QString() << true << K::AddFiles << 1 << false;
    QTest::newRow("an image among articles is left out")
        << QStringList { "a.txt", "photo.png" } << QString() << false << K::OpenFiles << 1 << true;
    QTest::newRow("only an image is refused") << QStringList { "photo.png" } << QString() << false << K::Refuse << 0 << true;
    QTest::newRow("a PDF is refused") << QStringList { "scan.pdf" } << QString() << true << K::Refuse << 0 << true;
    QTest::newRow("two folders are refused") << QStringList { "folder", "other" } << QString() << false << K::Refuse << 0 << true;
    QTest::newRow("a folder with files is refused") << QStringList { "folder", "a.txt" } << QString() << false << K::Refuse << 0 << true;
    QTest::newRow("a web address is refused") << QStringList { "https://example.org/story.html" } << QString() << false << K::Refuse << 0 << true;
    QTest::newRow("a missing file is refused") << QStringList { "gone.txt" } << QString() << false << K::Refuse << 0 << true;
    QTest::newRow("plain text is refused") << QStringList() << QStringLiteral("some dragged words") << false << K::Refuse << 0 << true;
}

void TestDropPolicy::classify()
{
    QFETCH(QStringList, urls);
    QFETCH(QString, text);
    QFETCH(bool, ontoPane);
    QFETCH(DropRequest::Kind, kind);
    QFETCH(int, paths);
    QFETCH(bool, message);

    QMimeData mime;
    QList<QUrl> list;
    for (const QString &url : urls)
        list.append(url.contains(QLatin1String("://")) ? QUrl(url) : QUrl::fromLocalFile(m_dir.filePath(url)));
    if (!list.isEmpty())
        mime.setUrls(list);
    if (!text.isEmpty())
        mime.setText(text);
    QVERIFY(DropPolicy::isCandidate(&mime));
    const DropRequest request = DropPolicy::classify(&mime, ontoPane);
    QCOMPARE(request.kind, kind);
    QCOMPARE(request.paths.size(), paths);
    QCOMPARE(!request.message.isEmpty(), message);
}

QTEST_GUILESS_MAIN(TestDropPolicy)
#include "tst_droppolicy.moc"
