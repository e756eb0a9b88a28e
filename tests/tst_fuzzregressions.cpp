#include "fuzz/fuzztargets.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

// Replays every input kept for the libFuzzer targets through the same
// target bodies in the ordinary build: the seed corpora
// (tests/fuzz/corpus/<target>/) and each crash or hang the fuzzers found
// (tests/fuzz/regressions/<target>/, named after what it broke). A failed
// invariant aborts the test, as it aborted the fuzzer.
class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
};

namespace {

using Target = int (*)(const uint8_t *, size_t);

struct NamedTarget
{
    const char *name;
    Target function;
};

const NamedTarget targets[] = {
    { "fuzz_loader_text", FuzzTargets::loaderText },
    { "fuzz_loader_html", FuzzTargets::loaderHtml },
    { "fuzz_loader_nitf", FuzzTargets::loaderNitf },
    { "fuzz_loader_newsml", FuzzTargets::loaderNewsml },
    { "fuzz_tokenizer", FuzzTargets::tokenizer },
    { "fuzz_sequencediff", FuzzTargets::sequenceDiff },
    { "fuzz_comparator", FuzzTargets::comparator },
};

} // namespace

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("path");
    const QDir root(QStringLiteral(WIREDIFF_SOURCE_DIR "/tests/fuzz"));
    int rows = 0;
    for (int t = 0; t < int(std::size(targets)); ++t) {
        for (const char *kind : { "corpus", "regressions" }) {
            QDirIterator it(root.filePath(QStringLiteral("%1/%2").arg(QLatin1String(kind), QLatin1String(targets[t].name))),
                            QDir::Files);
            QStringList files;
            while (it.hasNext())
                files.append(it.next());
            files.sort();
            for (const QString &file : std::as_const(files)) {
                QTest::addRow("%s %s/%s", targets[t].name, kind, qPrintable(QFileInfo(file).fileName())) << t << file;
                ++rows;
            }
        }
    }
    QVERIFY2(rows > 0, "no seed corpus found");
}

void TestFuzzRegressions::replay()
{
    QFETCH(int, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(targets[target].function(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())), 0);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
