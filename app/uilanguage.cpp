#include "uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace WireDiff {

namespace {

const QString resourceFolder = QStringLiteral(":/i18n");
const QString english = QStringLiteral("en");

// "de_AT", "de-AT" and "de" all name German.
QString languageOf(const QString &code)
{
    return QLocale(code).name().section(QLatin1Char('_'), 0, 0);
}

} // namespace

UiLanguage::UiLanguage()
    : m_defaultBefore(QLocale())
{
}

UiLanguage::~UiLanguage()
{
    remove();
}

QStringList UiLanguage::available()
{
    QStringList codes;
    const QStringList files = QDir(resourceFolder).entryList({ QStringLiteral("wirediff_*.qm") }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes.append(file.mid(9, file.size() - 12));
    if (!codes.contains(english))
        codes.append(english);
    codes.sort();
    return codes;
}

bool UiLanguage::isAvailable(const QString &code)
{
    return !code.isEmpty() && available().contains(languageOf(code));
}

QString UiLanguage::resolve(const QString &requested, const QLocale &system)
{
    if (isAvailable(requested))
        return languageOf(requested);
    for (const QString &name : system.uiLanguages()) {
        if (isAvailable(name))
            return languageOf(name);
    }
    return english;
}

QString UiLanguage::nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    // Language names are lower case in some languages ("français"); a menu
    // item starts with a capital.
    name[0] = locale.toUpper(name.left(1)).at(0);
    return name;
}

bool UiLanguage::install(const QString &code)
{
    remove();
    const bool known = isAvailable(code);
    m_current = known ? languageOf(code) : english;

    m_app = std::make_unique<QTranslator>();
    if (m_app->load(QStringLiteral("wirediff_") + m_current, resourceFolder))
        QCoreApplication::installTranslator(m_app.get());
    else
        m_app.reset();
    if (m_current != english) {
        m_qt = std::make_unique<QTranslator>();
        if (m_qt->load(QStringLiteral("qtbase_") + m_current, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qt.get());
        else
            m_qt.reset();
    }

    // A German user in Austria keeps Austrian formats; a German user who
    // asks for Korean gets Korean dates and numbers with the Korean window.
    m_defaultBefore = QLocale();
    if (languageOf(QLocale::system().name()) != m_current)
        QLocale::setDefault(QLocale(m_current));
    return known;
}

void UiLanguage::remove()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
    if (!m_current.isEmpty())
        QLocale::setDefault(m_defaultBefore);
    m_current.clear();
}

} // namespace WireDiff
