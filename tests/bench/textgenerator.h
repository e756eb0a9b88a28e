#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace WireDiff::Bench {

// A small deterministic random source (SplitMix64). std::*_distribution is
// implementation-defined, so the workloads would differ between standard
// libraries; this does not.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}

    quint64 next();
    qint64 below(qint64 bound);              // 0 … bound - 1
    double unit();                           // [0, 1)
    bool chance(double probability) { return unit() < probability; }
    qint64 between(qint64 low, qint64 high); // low … high inclusive

private:
    quint64 m_state;
};

// A word as written: leading punctuation, the word itself, trailing
// punctuation ("“We", "homes,", "said."). Edits replace the core only.
struct Word
{
    QString prefix;
    QString core;
    QString suffix;

    QString text() const { return prefix + core + suffix; }
    bool editable() const; // core made of letters only, so one edit is one token
};

using Sentence = std::vector<Word>;
using ParagraphText = std::vector<Sentence>;

struct Document
{
    std::vector<ParagraphText> paragraphs;

    qint64 wordCount() const;
    QString text() const; // paragraphs separated by blank lines
};

// Writes news-like text from the project's own sample articles: a word
// bigram chain trained on their sentences gives local structure, and a
// share of the words is replaced by draws from a Zipf-distributed lexicon
// of pseudo-words built from the samples' syllables, so long documents get
// a realistic vocabulary (many rare words) instead of repeating the few
// thousand words of the samples.
class TextGenerator
{
public:
    // `sampleParagraphs`: body text of the samples, one paragraph each.
    TextGenerator(const QStringList &sampleParagraphs, quint64 seed);

    Document document(qint64 words);
    ParagraphText paragraph();
    Sentence sentence();
    QString word(); // a fresh core word for substitutions and insertions

private:
    QString rareWord();

    Rng m_rng;
    std::vector<Sentence> m_samples;             // sample sentences
    QHash<QString, std::vector<Word>> m_chain;   // core (lower-case) -> followers
    std::vector<Word> m_starts;                  // sentence openers
    QStringList m_lexicon;                       // pseudo-words by rank
    std::vector<double> m_cumulative;            // Zipf cumulative weights
    QStringList m_commonWords;                   // sample words, for substitutions
};

// Independent edits of a document, and how many token edits they cost.
struct EditRecipe
{
    double wordEditRate = 0.05;      // per word: substitute (1/2), delete (1/4), insert after (1/4)
    double sentenceMoveRate = 0.02;  // per sentence: moved to a random other place
    int insertedParagraphs = 3;
    int deletedParagraphs = 0;
};

struct EditedDocument
{
    Document document;
    qint64 generatedEdits = 0; // inserted + deleted tokens the edits amount to (approximate upper bound)
};

EditedDocument applyEdits(const Document &base, const EditRecipe &recipe, TextGenerator *generator, Rng *rng);

// Tokens (words and punctuation marks) of a piece of text, counted the way
// the tokenizer roughly does: runs of letters or digits, and each run of one
// punctuation mark.
qint64 approximateTokenCount(const QString &text);

} // namespace WireDiff::Bench
