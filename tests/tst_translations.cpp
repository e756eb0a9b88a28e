#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

// The translations are complete and current: no .ts file has unfinished,
// vanished or obsolete entries, plural forms have as many forms as the
// language has, placeholders and accelerators survive translation, and
// running lupdate over today's sources (into a copy) adds nothing and
// drops nothing. A string added to the code without its five translations
// fails here.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
    void currentWithSources_data();
    void currentWithSources();
    void detectsUnfinishedAndVanished();

private:
    struct Message
    {
        QString context;
        QString source;
        bool numerus = false;
        QString type; // empty when finished
        QStringList forms;
    };
    struct TsFile
    {
        QString language;
        QList<Message> messages;
        QString error;
    };
    static TsFile read(const QString &path);
    static QStringList problems(const TsFile &file);
    static QString key(const Message &message) { return message.context + QLatin1String(" | ") + message.source; }
    static void addFiles();
};

namespace {

QString translationsDir()
{
    return QStringLiteral(WIREDIFF_SOURCE_DIR "/translations");
}

// Plural forms per language as Qt's numerus rules define them.
int pluralForms(const QString &language)
{
    const QString code = language.section(QLatin1Char('_'), 0, 0);
    if (code == QLatin1String("ko") || code == QLatin1String("ja") || code == QLatin1String("zh"))
        return 1;
    if (code == QLatin1String("uk") || code == QLatin1String("ru") || code == QLatin1String("pl"))
        return 3;
    return 2;
}

QStringList placeholders(const QString &text, bool dropCount)
{
    static const QRegularExpression marker(QStringLiteral("%L?(\\d|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();) {
        const QString m = it.next().captured(0);
        if (dropCount && m.endsWith(QLatin1Char('n')))
            continue;
        if (!found.contains(m))
            found.append(m);
    }
    found.sort();
    return found;
}

bool hasAccelerator(QString text)
{
    text.remove(QLatin1String("&&"));
    const qsizetype at = text.indexOf(QLatin1Char('&'));
    return at >= 0 && at + 1 < text.size() && !text.at(at + 1).isSpace();
}

} // namespace

TestTranslations::TsFile TestTranslations::read(const QString &path)
{
    TsFile result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return result;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            result.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms.append(xml.readElementText());
            } else {
                message.forms.append(xml.readElementText());
            }
            result.messages.append(message);
        }
    }
    if (xml.hasError())
        result.error = xml.errorString();
    return result;
}

QStringList TestTranslations::problems(const TsFile &file)
{
    QStringList found;
    const int forms = pluralForms(file.language);
    for (const Message &m : file.messages) {
        const QString where = key(m);
        if (!m.type.isEmpty()) {
            found.append(QStringLiteral("%1: %2").arg(m.type, where));
            continue;
        }
        if (m.numerus && m.forms.size() != forms)
            found.append(QStringLiteral("%1 plural forms instead of %2: %3").arg(m.forms.size()).arg(forms).arg(where));
        for (const QString &form : m.forms) {
            if (form.isEmpty()) {
                found.append(QStringLiteral("empty translation: %1").arg(where));
                continue;
            }
            // A plural form may leave the count out ("one file" in a language
            // whose singular form only ever means 1); every other marker stays.
            const QStringList expected = placeholders(m.source, false);
            const QStringList got = placeholders(form, false);
            if (got != expected && got != placeholders(m.source, true))
                found.append(QStringLiteral("placeholders %1 instead of %2: %3 -> %4")
                                 .arg(got.join(u' '), expected.join(u' '), where, form));
            if (hasAccelerator(m.source) != hasAccelerator(form))
                found.append(QStringLiteral("accelerator lost or added: %1 -> %2").arg(where, form));
        }
    }
    return found;
}

void TestTranslations::addFiles()
{
    QTest::addColumn<QString>("path");
    const QStringList files = QDir(translationsDir()).entryList({ QStringLiteral("wirediff_*.ts") }, QDir::Files, QDir::Name);
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << QDir(translationsDir()).filePath(name);
}

void TestTranslations::complete_data()
{
    addFiles();
    // The languages the README promises, plus English's plural forms.
    const QStringList files = QDir(translationsDir()).entryList({ QStringLiteral("wirediff_*.ts") });
    for (const char *language : { "de", "en", "es", "fr", "ko", "uk" })
        QVERIFY2(files.contains(QStringLiteral("wirediff_%1.ts").arg(QLatin1String(language))), language);
}

void TestTranslations::complete()
{
    QFETCH(QString, path);
    const TsFile file = read(path);
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    QVERIFY(!file.language.isEmpty());
    QVERIFY(!file.messages.isEmpty());
    const QStringList found = problems(file);
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 problem(s), first: \n  %2")
                                             .arg(found.size())
                                             .arg(found.mid(0, 15).join(QLatin1String("\n  ")))));
}

void TestTranslations::currentWithSources_data()
{
    addFiles();
}

void TestTranslations::currentWithSources()
{
    QFETCH(QString, path);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(path).fileName());
    QVERIFY(QFile::copy(path, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // The same lupdate, sources and options as the update_translations target.
    QStringList arguments = QStringLiteral(WIREDIFF_LUPDATE_OPTIONS).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (QFileInfo(path).fileName() == QLatin1String("wirediff_en.ts"))
        arguments.append(QStringLiteral("-pluralonly"));
    arguments << QStringLiteral("@" WIREDIFF_LUPDATE_SOURCES) << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(WIREDIFF_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QCOMPARE(lupdate.exitCode(), 0);
    const QString output = QString::fromLocal8Bit(lupdate.readAllStandardError() + lupdate.readAllStandardOutput());
    // lupdate warns when it cannot tell a message's context: such a message
    // would be stored where the lookup at run time never finds it.
    QVERIFY2(!output.contains(QLatin1String("lacks Q_OBJECT")) && !output.contains(QLatin1String("Cannot invoke tr()")),
             qPrintable(output));

    const TsFile before = read(path);
    const TsFile after = read(copy);
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    QSet<QString> beforeKeys;
    for (const Message &m : before.messages)
        beforeKeys.insert(key(m));
    QStringList added;
    QStringList unfinished;
    QSet<QString> afterKeys;
    for (const Message &m : after.messages) {
        afterKeys.insert(key(m));
        if (!beforeKeys.contains(key(m)))
            added.append(key(m));
        else if (!m.type.isEmpty())
            unfinished.append(key(m));
    }
    QStringList vanished;
    for (const QString &k : std::as_const(beforeKeys)) {
        if (!afterKeys.contains(k))
            vanished.append(k);
    }
    added.sort();
    vanished.sort();
    QVERIFY2(added.isEmpty(), qPrintable(QStringLiteral("%1 string(s) in the sources are not in %2 (run the "
                                                        "update_translations target and translate them):\n  %3")
                                             .arg(added.size())
                                             .arg(QFileInfo(path).fileName(), added.mid(0, 20).join(QLatin1String("\n  ")))));
    QVERIFY2(vanished.isEmpty(), qPrintable(QStringLiteral("%1 string(s) of %2 are no longer in the sources:\n  %3")
                                                .arg(vanished.size())
                                                .arg(QFileInfo(path).fileName(), vanished.mid(0, 20).join(QLatin1String("\n  ")))));
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
}

// The checks above must be able to fail: a file with an unfinished entry,
// a vanished one, a missing plural form and a lost accelerator.
void TestTranslations::detectsUnfinishedAndVanished()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("wirediff_uk.ts"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context><name>Test</name>
<message><source>Open</source><translation type="unfinished"></translation></message>
<message><source>Gone</source><translation type="vanished">Зникло</translation></message>
<message numerus="yes"><source>%n files</source><translation><numerusform>%n файл</numerusform><numerusform>%n файли</numerusform></translation></message>
<message><source>&amp;Quit</source><translation>Вийти</translation></message>
<message><source>%1 of %2</source><translation>%1 з</translation></message>
<message><source>Fine</source><translation>Добре</translation></message>
</context>
</TS>
)");
    file.close();
    const TsFile ts = read(path);
    QCOMPARE(ts.messages.size(), 6);
    const QStringList found = problems(ts);
    QCOMPARE(found.size(), 5);
    QVERIFY(found.at(0).startsWith(QLatin1String("unfinished")));
    QVERIFY(found.at(1).startsWith(QLatin1String("vanished")));
    QVERIFY(found.at(2).startsWith(QLatin1String("2 plural forms instead of 3")));
    QVERIFY(found.at(3).startsWith(QLatin1String("accelerator")));
    QVERIFY(found.at(4).startsWith(QLatin1String("placeholders")));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
