#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

// The real program started as a file manager or a terminal starts it:
// `wirediff FOLDER`, `wirediff FILE...`, with --lang, and twice at once.
// Offscreen, each run paints its first comparison (or, for a folder with
// nothing to compare, its notice), saves the window (WIREDIFF_SCREENSHOT,
// the project's screenshot hook) and exits 0; a run that did neither
// never saves a picture and times out.
class TestLaunch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensWhatItIsGiven_data();
    void opensWhatItIsGiven();
    void twoLaunchesOpenTwoWindows();

private:
    QProcess *start(const QStringList &arguments, const QString &screenshot);

    QTemporaryDir m_dir;
    QString m_folder;
};

void TestLaunch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_folder = m_dir.filePath(QStringLiteral("wire"));
    QVERIFY(QDir().mkpath(m_folder));
    const QByteArray texts[] = {
        "Ferry services to the islands resumed on Sunday after two days of gales.\n\n"
        "The operator said crossings would run to the winter timetable until March.\n",
        "Ferry services to the islands resumed on Sunday after two days of storms.\n\n"
        "The operator said crossings would run to the winter timetable until March.\n\n"
        "Passengers queued from dawn at the harbour.\n",
    };
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("empty"))));
    for (int i = 0; i < 2; ++i) {
        QFile file(QDir(m_folder).filePath(QStringLiteral("version-%1.txt").arg(i)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(texts[i]);
    }
}

QProcess *TestLaunch::start(const QStringList &arguments, const QString &screenshot)
{
    auto *process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("WIREDIFF_SCREENSHOT"), screenshot);
    // Fresh settings and data, so nothing from a developer's session leaks in.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(WIREDIFF_BINARY), arguments);
    return process;
}

void TestLaunch::opensWhatItIsGiven_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("a folder") << QStringList { QStringLiteral("wire") };
    QTest::newRow("files") << QStringList { QStringLiteral("wire/version-0.txt"), QStringLiteral("wire/version-1.txt") };
    QTest::newRow("a folder in Korean") << QStringList { QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("wire") };
    // Nothing to compare: the window with its notice is what is saved.
    QTest::newRow("an empty folder") << QStringList { QStringLiteral("empty") };
}

void TestLaunch::opensWhatItIsGiven()
{
    QFETCH(QStringList, arguments);
    for (QString &argument : arguments) {
        if (argument.startsWith(QLatin1String("wire")) || argument == QLatin1String("empty"))
            argument = m_dir.filePath(argument);
    }
    const QString screenshot = m_dir.filePath(QStringLiteral("%1.png").arg(QTest::currentDataTag()));
    QProcess *process = start(arguments, screenshot);
    QVERIFY(process->waitForFinished(60000));
    QCOMPARE(process->exitCode(), 0);
    const QImage image(screenshot);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 400);
}

void TestLaunch::twoLaunchesOpenTwoWindows()
{
    // No single-instance hand-over: a second launch is a window of its own,
    // and both show their comparison.
    QProcess *first = start({ m_folder }, m_dir.filePath(QStringLiteral("first.png")));
    QProcess *second = start({ QDir(m_folder).filePath(QStringLiteral("version-1.txt")),
                               QDir(m_folder).filePath(QStringLiteral("version-0.txt")) },
                             m_dir.filePath(QStringLiteral("second.png")));
    QVERIFY(first->waitForFinished(60000));
    QVERIFY(second->waitForFinished(60000));
    QCOMPARE(first->exitCode(), 0);
    QCOMPARE(second->exitCode(), 0);
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("first.png"))));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("second.png"))));
}

QTEST_GUILESS_MAIN(TestLaunch)
#include "tst_launch.moc"
