#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace WireDiff {

// The user interface language: WireDiff's own translations (compiled in
// under :/i18n) and Qt's (qtbase, from the Qt installation, for standard
// dialogs and buttons). Installing a language also makes it QLocale's
// default unless the system locale already speaks it, so dates and numbers
// shown with QLocale follow the language the window speaks. The language
// is chosen once at start-up; changing it applies when WireDiff starts again.
class UiLanguage
{
public:
    UiLanguage();
    ~UiLanguage();
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;

    // Codes with a translation ("de", "en", …), sorted; English is always there.
    static QStringList available();
    // The language to use: the requested code (a language or a locale name
    // such as "de_AT") when there is a translation for it, else the first of
    // the system's UI languages that has one, else English.
    static QString resolve(const QString &requested, const QLocale &system = QLocale::system());
    // True when code names a language with a translation.
    static bool isAvailable(const QString &code);
    // The language's own name ("Deutsch", "한국어").
    static QString nativeName(const QString &code);

    // Removes what an earlier install() put in place and installs code's
    // translators; returns false (and installs English) when there is no
    // translation for code.
    bool install(const QString &code);
    QString current() const { return m_current; }

private:
    void remove();

    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
    QLocale m_defaultBefore;
};

} // namespace WireDiff
