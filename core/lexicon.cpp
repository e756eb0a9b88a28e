#include "lexicon.h"

#include "article.h"
#include "stemmer.h"
#include "stopwords.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace WireDiff {

Lexicon::Lexicon(const Vocabulary &vocabulary, const QString &language)
    : m_vocabulary(&vocabulary)
    , m_stem(size_t(vocabulary.size()), -1)
    , m_flags(size_t(vocabulary.size()), 0)
    , m_language(language)
{
    const Stemmer stemmer(language);
    QHash<QString, qint32> stemIds;
    for (qint32 id = 0; id < qint32(vocabulary.size()); ++id) {
        const QStringView key = vocabulary.key(id);
        const TokenKind kind = vocabulary.kind(id);
        quint8 flags = 0;
        if (kind == TokenKind::Punctuation) {
            flags |= Punctuation;
            const auto quote = [](QChar c) {
                return c == u'"' || c == u'\'' || c == u'`' || c == u'\u00AB' || c == u'\u00BB' || c == u'\u2018'
                    || c == u'\u2019' || c == u'\u201A' || c == u'\u201C' || c == u'\u201D' || c == u'\u201E'
                    || c == u'\u2039' || c == u'\u203A';
            };
            if (!key.isEmpty() && std::all_of(key.begin(), key.end(), quote))
                flags |= Quote;
        }
        else if (kind == TokenKind::Number)
            flags |= Number;
        if (kind == TokenKind::Word && Stopwords::contains(language, key))
            flags |= Stopword;
        if (kind == TokenKind::Word && Stopwords::isNegation(language, key))
            flags |= Negation;
        m_flags[size_t(id)] = flags;
        const QString stemmed = kind == TokenKind::Word ? stemmer.stem(key) : key.toString();
        const auto it = stemIds.constFind(stemmed);
        if (it != stemIds.constEnd()) {
            m_stem[size_t(id)] = *it;
        } else {
            m_stem[size_t(id)] = m_stemCount;
            stemIds.insert(stemmed, m_stemCount++);
        }
    }
}

QString Lexicon::majorityLanguage(const std::vector<Article> &articles)
{
    std::map<QString, int> votes; // ordered: equal votes go to the first code
    for (const Article &article : articles)
        ++votes[article.language.left(2).toLower()];
    QString best = QStringLiteral("en");
    int bestVotes = 0;
    for (const auto &[language, count] : votes) {
        if (!language.isEmpty() && count > bestVotes) {
            best = language;
            bestVotes = count;
        }
    }
    return best;
}

} // namespace WireDiff
