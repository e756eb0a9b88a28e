#pragma once

#include "token.h"
#include "vocabulary.h"

#include <QString>

#include <vector>

namespace WireDiff {

struct Article;

// What the comparison knows about each vocabulary entry beyond its key:
// its stem (as a dense id, so "said"/"says" and "rising"/"rise" compare as
// ints), whether it is a function word, and how many articles use it.
// Built once per comparison after all articles are tokenized.
class Lexicon
{
public:
    Lexicon() = default;
    Lexicon(const Vocabulary &vocabulary, const QString &language);

    // The language most articles are in (two-letter code), for the stemmer
    // and stop words; English when none says. Equal votes go to the code
    // first in alphabetical order, so the choice never varies between runs.
    static QString majorityLanguage(const std::vector<Article> &articles);

    qint32 stem(qint32 key) const { return m_stem[size_t(key)]; }
    bool isStopword(qint32 key) const { return m_flags[size_t(key)] & Stopword; }
    bool isPunctuation(qint32 key) const { return m_flags[size_t(key)] & Punctuation; }
    bool isNumber(qint32 key) const { return m_flags[size_t(key)] & Number; }
    // "not", "no", "never", "n't" and their kind: a statement's polarity.
    bool isNegation(qint32 key) const { return m_flags[size_t(key)] & Negation; }
    // A quotation mark (straight, curly, angled, or a doubled `` '' of wire copy).
    bool isQuote(qint32 key) const { return m_flags[size_t(key)] & Quote; }
    // A word that carries meaning: not punctuation, not a function word.
    bool isContent(qint32 key) const { return !(m_flags[size_t(key)] & (Stopword | Punctuation)); }
    qsizetype size() const { return qsizetype(m_stem.size()); }
    qint32 stemCount() const { return m_stemCount; }
    const QString &language() const { return m_language; }
    // The comparison key of `key` (the vocabulary the lexicon was built
    // from, which outlives it: both belong to one comparison). For rules
    // that read spellings, such as SpellingVariants.
    QStringView text(qint32 key) const { return m_vocabulary->key(key); }

private:
    enum Flag : quint8 { Stopword = 1, Punctuation = 2, Number = 4, Negation = 8, Quote = 16 };

    const Vocabulary *m_vocabulary = nullptr;
    std::vector<qint32> m_stem;
    std::vector<quint8> m_flags;
    qint32 m_stemCount = 0;
    QString m_language;
};

} // namespace WireDiff
