#include "lexicon.h"

#include "stemmer.h"
#include "stopwords.h"

#include <QHash>

namespace WireDiff {

Lexicon::Lexicon(const Vocabulary &vocabulary, const QString &language)
    : m_stem(size_t(vocabulary.size()), -1)
    , m_flags(size_t(vocabulary.size()), 0)
    , m_language(language)
{
    const Stemmer stemmer(language);
    QHash<QString, qint32> stemIds;
    for (qint32 id = 0; id < qint32(vocabulary.size()); ++id) {
        const QStringView key = vocabulary.key(id);
        const TokenKind kind = vocabulary.kind(id);
        quint8 flags = 0;
        if (kind == TokenKind::Punctuation)
            flags |= Punctuation;
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

} // namespace WireDiff
