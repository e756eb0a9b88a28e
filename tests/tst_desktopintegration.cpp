#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The files that make WireDiff a desktop application: they validate with
// the freedesktop tools, and `cmake --install` puts them where desktops look.
class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private slots:
    void validates_data();
    void validates();
    void desktopEntryOpensFoldersAndFiles();
    void installsIntoStandardPlaces_data();
    void installsIntoStandardPlaces();

private:
    QString installPrefix();
    QTemporaryDir m_prefix;
    bool m_installed = false;
};

namespace {

const QString appId = QStringLiteral("org.wirediff.WireDiff");

QString resource(const QString &relative)
{
    return QStringLiteral(WIREDIFF_SOURCE_DIR "/resources/") + relative;
}

} // namespace

void TestDesktopIntegration::validates_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("desktop entry") << "desktop-file-validate"
                                   << QStringList { resource(QStringLiteral("desktop/%1.desktop").arg(appId)) };
    QTest::newRow("appstream metainfo")
        << "appstreamcli"
        << QStringList { QStringLiteral("validate"), QStringLiteral("--no-net"),
                         resource(QStringLiteral("desktop/%1.metainfo.xml").arg(appId)) };
}

void TestDesktopIntegration::validates()
{
    QFETCH(QString, tool);
    QFETCH(QStringList, arguments);
    if (QStandardPaths::findExecutable(tool).isEmpty())
        QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(tool)));
    QProcess process;
    process.start(tool, arguments);
    QVERIFY(process.waitForFinished(60000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0, qPrintable(output));
}

void TestDesktopIntegration::desktopEntryOpensFoldersAndFiles()
{
    QFile entry(resource(QStringLiteral("desktop/%1.desktop").arg(appId)));
    QVERIFY(entry.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(entry.readAll());
    QVERIFY(text.contains(QLatin1String("Exec=wirediff %F")));
    QVERIFY(text.contains(QLatin1String("inode/directory")));
    QVERIFY(text.contains(QLatin1String("text/html")));
    QVERIFY(text.contains(QStringLiteral("Icon=%1").arg(appId)));
}

QString TestDesktopIntegration::installPrefix()
{
    if (!m_installed) {
        QProcess install;
        install.start(QStringLiteral("cmake"), { QStringLiteral("--install"), QStringLiteral(WIREDIFF_BINARY_DIR),
                                                 QStringLiteral("--prefix"), m_prefix.path() });
        if (!install.waitForFinished(120000) || install.exitCode() != 0)
            qWarning("cmake --install failed: %s", install.readAllStandardError().constData());
        m_installed = true;
    }
    return m_prefix.path();
}

void TestDesktopIntegration::installsIntoStandardPlaces_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("binary") << QStringLiteral("bin/wirediff");
    QTest::newRow("desktop entry") << QStringLiteral("share/applications/%1.desktop").arg(appId);
    QTest::newRow("metainfo") << QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId);
    QTest::newRow("scalable icon") << QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(appId);
    QTest::newRow("48 px icon") << QStringLiteral("share/icons/hicolor/48x48/apps/%1.png").arg(appId);
    QTest::newRow("256 px icon") << QStringLiteral("share/icons/hicolor/256x256/apps/%1.png").arg(appId);
}

void TestDesktopIntegration::installsIntoStandardPlaces()
{
    QFETCH(QString, path);
    QVERIFY(m_prefix.isValid());
    const QString file = QDir(installPrefix()).filePath(path);
    QVERIFY2(QFile::exists(file), qPrintable(file));
}

QTEST_GUILESS_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
