#include "textgenerator.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace WireDiff::Bench {

namespace {

bool isTerminal(const QString &suffix)
{
    return suffix.contains(QLatin1Char('.')) || suffix.contains(QLatin1Char('!'))
        || suffix.contains(QLatin1Char('?'));
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

Word splitWord(const QString &written)
{
    qsizetype begin = 0;
    qsizetype end = written.size();
    while (begin < end && !isWordChar(written.at(begin)))
        ++begin;
    while (end > begin && !isWordChar(written.at(end - 1)))
        --end;
    return Word { written.left(begin), written.mid(begin, end - begin), written.mid(end) };
}

bool isVowel(QChar c)
{
    switch (c.unicode()) {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
        return true;
    default:
        return false;
    }
}

// "flooding" -> "floo", "ding": consonants, then vowels; trailing
// consonants stay with the last syllable.
QStringList syllablesOf(const QString &word)
{
    QStringList result;
    QString current;
    bool seenVowel = false;
    for (const QChar c : word) {
        if (seenVowel && !isVowel(c) && current.size() > 0 && isVowel(current.back())) {
            result.append(current);
            current.clear();
            seenVowel = false;
        }
        current.append(c);
        seenVowel = seenVowel || isVowel(c);
    }
    if (!current.isEmpty()) {
        if (!seenVowel && !result.isEmpty())
            result.back().append(current);
        else
            result.append(current);
    }
    return result;
}

qint64 tokensOfWord(const Word &word)
{
    return approximateTokenCount(word.prefix) + (word.editable() ? 1 : approximateTokenCount(word.core))
        + approximateTokenCount(word.suffix);
}

qint64 tokensOfSentence(const Sentence &sentence)
{
    qint64 tokens = 0;
    for (const Word &word : sentence)
        tokens += tokensOfWord(word);
    return tokens;
}

qint64 tokensOfParagraph(const ParagraphText &paragraph)
{
    qint64 tokens = 0;
    for (const Sentence &sentence : paragraph)
        tokens += tokensOfSentence(sentence);
    return tokens;
}

} // namespace

quint64 Rng::next()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

qint64 Rng::below(qint64 bound)
{
    return bound <= 1 ? 0 : qint64(next() % quint64(bound));
}

double Rng::unit()
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0);
}

qint64 Rng::between(qint64 low, qint64 high)
{
    return low + below(high - low + 1);
}

bool Word::editable() const
{
    return !core.isEmpty() && std::all_of(core.begin(), core.end(), [](QChar c) { return c.isLetter(); });
}

qint64 Document::wordCount() const
{
    qint64 words = 0;
    for (const ParagraphText &paragraph : paragraphs)
        for (const Sentence &sentence : paragraph)
            words += qint64(sentence.size());
    return words;
}

QString Document::text() const
{
    QString out;
    out.reserve(wordCount() * 7);
    for (const ParagraphText &paragraph : paragraphs) {
        if (!out.isEmpty())
            out.append(QLatin1String("\n\n"));
        bool first = true;
        for (const Sentence &sentence : paragraph) {
            for (const Word &word : sentence) {
                if (!first)
                    out.append(QLatin1Char(' '));
                first = false;
                out.append(word.prefix).append(word.core).append(word.suffix);
            }
        }
    }
    out.append(QLatin1Char('\n'));
    return out;
}

qint64 approximateTokenCount(const QString &text)
{
    qint64 tokens = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (isWordChar(c)) {
            while (i < text.size() && isWordChar(text.at(i)))
                ++i;
            ++tokens;
        } else {
            while (i < text.size() && text.at(i) == c)
                ++i;
            ++tokens;
        }
    }
    return tokens;
}

TextGenerator::TextGenerator(const QStringList &sampleParagraphs, quint64 seed)
    : m_rng(seed)
{
    QSet<QString> known;
    for (const QString &paragraph : sampleParagraphs) {
        Sentence current;
        for (const QString &written : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString trimmed = written.trimmed();
            if (trimmed.isEmpty())
                continue;
            const Word word = splitWord(trimmed);
            if (word.core.isEmpty())
                continue;
            current.push_back(word);
            if (isTerminal(word.suffix)) {
                m_samples.push_back(current);
                current.clear();
            }
        }
        if (!current.empty()) {
            current.back().suffix.append(QLatin1Char('.'));
            m_samples.push_back(current);
        }
    }
    QStringList syllables;
    QSet<QString> syllableSet;
    for (const Sentence &sentence : m_samples) {
        m_starts.push_back(sentence.front());
        for (size_t i = 0; i < sentence.size(); ++i) {
            const QString lower = sentence[i].core.toLower();
            if (i + 1 < sentence.size())
                m_chain[lower].push_back(sentence[i + 1]);
            if (sentence[i].editable() && !known.contains(lower)) {
                known.insert(lower);
                m_commonWords.append(lower);
                for (const QString &syllable : syllablesOf(lower)) {
                    if (!syllableSet.contains(syllable)) {
                        syllableSet.insert(syllable);
                        syllables.append(syllable);
                    }
                }
            }
        }
    }
    // Pseudo-words from two or three syllables, ranked in the order drawn.
    Rng lexiconRng(0x5EED0001);
    constexpr int lexiconSize = 100'000;
    QSet<QString> made;
    while (m_lexicon.size() < lexiconSize && !syllables.isEmpty()) {
        QString candidate;
        const qint64 parts = lexiconRng.between(2, 3);
        for (qint64 k = 0; k < parts; ++k)
            candidate += syllables.at(lexiconRng.below(syllables.size()));
        if (candidate.size() < 4 || known.contains(candidate) || made.contains(candidate))
            continue;
        made.insert(candidate);
        m_lexicon.append(candidate);
    }
    double total = 0;
    m_cumulative.reserve(size_t(m_lexicon.size()));
    for (qsizetype rank = 0; rank < m_lexicon.size(); ++rank) {
        total += 1.0 / double(rank + 3);
        m_cumulative.push_back(total);
    }
}

QString TextGenerator::rareWord()
{
    if (m_cumulative.empty())
        return QStringLiteral("word");
    const double target = m_rng.unit() * m_cumulative.back();
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), target);
    const qsizetype rank = std::min<qsizetype>(qsizetype(it - m_cumulative.begin()), m_lexicon.size() - 1);
    return m_lexicon.at(rank);
}

QString TextGenerator::word()
{
    if (m_rng.chance(0.5) && !m_commonWords.isEmpty())
        return m_commonWords.at(m_rng.below(m_commonWords.size()));
    return rareWord();
}

Sentence TextGenerator::sentence()
{
    Sentence out;
    if (m_starts.empty())
        return out;
    out.push_back(m_starts[size_t(m_rng.below(qint64(m_starts.size())))]);
    while (!isTerminal(out.back().suffix)) {
        const auto followers = m_chain.constFind(out.back().core.toLower());
        if (followers == m_chain.constEnd() || followers->empty() || out.size() >= 45) {
            out.back().suffix.append(QLatin1Char('.'));
            break;
        }
        out.push_back((*followers)[size_t(m_rng.below(qint64(followers->size())))]);
    }
    // Rare words in place of some longer lower-case words.
    for (size_t i = 1; i < out.size(); ++i) {
        Word &w = out[i];
        if (w.editable() && w.core.size() >= 4 && w.core.at(0).isLower() && m_rng.chance(0.3))
            w.core = rareWord();
    }
    return out;
}

ParagraphText TextGenerator::paragraph()
{
    ParagraphText out;
    const qint64 sentences = m_rng.between(2, 5);
    for (qint64 s = 0; s < sentences; ++s)
        out.push_back(sentence());
    return out;
}

Document TextGenerator::document(qint64 words)
{
    Document doc;
    qint64 count = 0;
    while (count < words) {
        doc.paragraphs.push_back(paragraph());
        for (const Sentence &s : doc.paragraphs.back())
            count += qint64(s.size());
    }
    return doc;
}

EditedDocument applyEdits(const Document &base, const EditRecipe &recipe, TextGenerator *generator, Rng *rng)
{
    EditedDocument result;
    Document &doc = result.document;
    doc = base;

    for (int k = 0; k < recipe.deletedParagraphs && doc.paragraphs.size() > 2; ++k) {
        const auto p = size_t(rng->between(1, qint64(doc.paragraphs.size()) - 1));
        result.generatedEdits += tokensOfParagraph(doc.paragraphs[p]);
        doc.paragraphs.erase(doc.paragraphs.begin() + qsizetype(p));
    }

    // Choose the sentences to move before editing words, so that moved
    // sentences are moved verbatim and the edit count stays honest.
    std::vector<std::vector<bool>> moving(doc.paragraphs.size());
    for (size_t p = 0; p < doc.paragraphs.size(); ++p) {
        moving[p].resize(doc.paragraphs[p].size());
        for (size_t s = 0; s < doc.paragraphs[p].size(); ++s)
            moving[p][s] = rng->chance(recipe.sentenceMoveRate);
    }

    for (size_t p = 0; p < doc.paragraphs.size(); ++p) {
        for (size_t s = 0; s < doc.paragraphs[p].size(); ++s) {
            if (moving[p][s])
                continue;
            Sentence &sentence = doc.paragraphs[p][s];
            Sentence edited;
            edited.reserve(sentence.size() + 4);
            for (const Word &word : sentence) {
                if (!rng->chance(recipe.wordEditRate)) {
                    edited.push_back(word);
                    continue;
                }
                const double op = rng->unit();
                if (op < 0.5 && word.editable()) {
                    Word replaced = word;
                    while (replaced.core.compare(word.core, Qt::CaseInsensitive) == 0)
                        replaced.core = generator->word();
                    edited.push_back(replaced);
                    result.generatedEdits += 2;
                } else if (op < 0.75 && word.editable() && word.prefix.isEmpty() && word.suffix.isEmpty()
                           && sentence.size() > 3) {
                    result.generatedEdits += 1; // deleted
                } else {
                    edited.push_back(word);
                    edited.push_back(Word { QString(), generator->word(), QString() });
                    result.generatedEdits += 1;
                }
            }
            sentence = std::move(edited);
        }
    }

    std::vector<Sentence> moved;
    for (size_t p = 0; p < doc.paragraphs.size(); ++p) {
        ParagraphText kept;
        for (size_t s = 0; s < doc.paragraphs[p].size(); ++s) {
            if (moving[p][s])
                moved.push_back(std::move(doc.paragraphs[p][s]));
            else
                kept.push_back(std::move(doc.paragraphs[p][s]));
        }
        doc.paragraphs[p] = std::move(kept);
    }
    for (Sentence &sentence : moved) {
        result.generatedEdits += 2 * tokensOfSentence(sentence);
        ParagraphText &target = doc.paragraphs[size_t(rng->below(qint64(doc.paragraphs.size())))];
        target.insert(target.begin() + rng->below(qint64(target.size()) + 1), std::move(sentence));
    }
    doc.paragraphs.erase(std::remove_if(doc.paragraphs.begin(), doc.paragraphs.end(),
                                        [](const ParagraphText &p) { return p.empty(); }),
                         doc.paragraphs.end());

    for (int k = 0; k < recipe.insertedParagraphs; ++k) {
        ParagraphText inserted = generator->paragraph();
        result.generatedEdits += tokensOfParagraph(inserted);
        doc.paragraphs.insert(doc.paragraphs.begin() + rng->below(qint64(doc.paragraphs.size()) + 1),
                              std::move(inserted));
    }
    return result;
}

} // namespace WireDiff::Bench
