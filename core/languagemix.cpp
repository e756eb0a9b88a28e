#include "languagemix.h"

#include "lexicon.h"
#include "usermessages.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <array>
#include <set>
#include <utility>

namespace WireDiff {

namespace {

QString primaryLanguage(const Article &article)
{
    return article.language.left(2).toLower();
}

} // namespace

LanguageMix::Verdict LanguageMix::judge(const std::vector<Article> &articles)
{
    Verdict verdict;
    std::set<QString> known;
    for (const Article &article : articles) {
        if (!article.language.isEmpty())
            known.insert(primaryLanguage(article));
    }
    verdict.languages = int(known.size());
    if (known.empty())
        return verdict;
    verdict.majority = Lexicon::majorityLanguage(articles);
    for (int a = 0; a < int(articles.size()); ++a) {
        const QString language = primaryLanguage(articles[size_t(a)]);
        if (language.isEmpty())
            continue;
        if (language == verdict.majority)
            ++verdict.inMajority;
        else
            verdict.others.push_back({ a, language });
    }
    return verdict;
}

QString LanguageMix::notice(const std::vector<Article> &articles, int listed)
{
    const Verdict verdict = judge(articles);
    if (!verdict.isMixed())
        return {};
    QStringList named;
    for (const Member &member : verdict.others) {
        if (named.size() == listed)
            break;
        named.append(UserMessages::text(UserMessage::ArticleInLanguage)
                         .arg(articles[size_t(member.article)].id, languageName(member.language)));
    }
    QString list = named.join(QStringLiteral(", "));
    const int unnamed = int(verdict.others.size()) - int(named.size());
    if (unnamed > 0)
        list += UserMessages::text(UserMessage::MoreInOtherLanguages, unnamed);
    return UserMessages::text(UserMessage::MixedLanguages, verdict.languages)
        .arg(languageName(verdict.majority), QLocale().toString(verdict.inMajority), list);
}

QString LanguageMix::languageName(const QString &code)
{
    // Qt names languages in English only: the languages of the wires and of
    // WireDiff's own translations are named in the editor's language.
    static constexpr std::array<std::pair<const char *, const char *>, 20> named { {
        { "ar", QT_TRANSLATE_NOOP("WireDiff::LanguageMix", "Arabic") },
        { "da", QT_TRANSLATE_NOOP("WireDiff::LanguageMix", "Danish") },
        { "de", QT_TRANSLATE_NOOP("WireDiff::LanguageMix", "German") },
        { "en", QT_TRANSLATE_NOOP("WireDiff::LanguageMix", "English") },
        { "es", QT_TRANSLATE_NOOP("WireDiff::LanguageMix", "Spanish") },
        { "fi", QT_TRANSLATE_NOOP("WireDiff::LanguageMix", "Finnish") },
        { "fr", QT_TRANSLATE_NOOP("WireDiff::LanguageMix", "French") },
        { "he", QT_TRANSLATE_NOOP("WireDiff::LanguageMix", "Hebrew") },
        { "it", QT_TRANSLATE_NOOP("WireDiff::LanguageMix", "Italian") },
        { "ja", QT_TRANSLATE_NOOP("WireDiff::LanguageMix", "Japanese") },
        { "ko", QT_TRANSLATE_NOOP("WireDiff::LanguageMix", "Korean") },
        { "nl", QT_TRANSLATE_NOOP("WireDiff::LanguageMix", "Dutch") },
        { "no", QT_TRANSLATE_NOOP("WireDiff::LanguageMix", "Norwegian") },
        { "pl", QT_TRANSLATE_NOOP("WireDiff::LanguageMix", "Polish") },
        { "pt", QT_TRANSLATE_NOOP("WireDiff::LanguageMix", "Portuguese") },
        { "ru", QT_TRANSLATE_NOOP("WireDiff::LanguageMix", "Russian") },
        { "sv", QT_TRANSLATE_NOOP("WireDiff::LanguageMix", "Swedish") },
        { "tr", QT_TRANSLATE_NOOP("WireDiff::LanguageMix", "Turkish") },
        { "uk", QT_TRANSLATE_NOOP("WireDiff::LanguageMix", "Ukrainian") },
        { "zh", QT_TRANSLATE_NOOP("WireDiff::LanguageMix", "Chinese") },
    } };
    for (const auto &[known, name] : named) {
        if (code == QLatin1String(known))
            return QCoreApplication::translate("WireDiff::LanguageMix", name);
    }
    const QLocale::Language language = QLocale::codeToLanguage(code);
    return language == QLocale::AnyLanguage ? code : QLocale::languageToString(language);
}

} // namespace WireDiff
