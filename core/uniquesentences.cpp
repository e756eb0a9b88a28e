#include "uniquesentences.h"

#include "comparison.h"
#include "lexicon.h"
#include "roleclassifier.h"

#include <array>
#include <unordered_map>

namespace WireDiff {

namespace {

using Gram = std::array<qint32, 3>;

struct GramKey
{
    size_t operator()(const Gram &gram) const
    {
        quint64 hash = 1469598103934665603ull; // FNV-1a, as gramHash()
        for (const qint32 key : gram) {
            hash ^= quint64(quint32(key)) + 0x9E3779B97F4A7C15ull;
            hash *= 1099511628211ull;
        }
        return size_t(hash);
    }
};

// The counted words of one article (not punctuation, in a counted role) in
// flat order, as Containment reads them: what the 3-word runs are made of.
struct CountedWords
{
    std::vector<qint32> flatIndex; // per counted word
    std::vector<qint32> keys;      // per counted word
    std::vector<qint32> wordAt;    // per flat token: its counted word, or -1
};

CountedWords countedWords(const ArticleText &text, const Lexicon &lexicon)
{
    CountedWords words;
    const FlatDocument &flat = *text.flat;
    words.wordAt.assign(size_t(flat.size()), -1);
    const auto &paragraphs = text.article->paragraphs;
    for (qint32 p = 0; p < qint32(flat.paragraphStart.size()); ++p) {
        if (!isCountedRole(paragraphs[size_t(p)].role))
            continue;
        for (qint32 i = flat.paragraphStart[size_t(p)]; i < flat.paragraphEnd(p); ++i) {
            if (lexicon.isPunctuation(flat.keys[size_t(i)]))
                continue;
            words.wordAt[size_t(i)] = qint32(words.keys.size());
            words.flatIndex.push_back(i);
            words.keys.push_back(flat.keys[size_t(i)]);
        }
    }
    return words;
}

// Marks the flat tokens of `text` that `spans` (over its paragraphs)
// give a class other than `alone`: the words the other article of the
// comparison has too, in place, moved, reworded or with a changed fact.
void markLinked(const ArticleText &text, const std::vector<DiffSpan> &spans, ChangeClass alone,
                std::vector<bool> *linked)
{
    const FlatDocument &flat = *text.flat;
    size_t s = 0;
    for (qint32 i = 0; i < flat.size(); ++i) {
        const qint32 paragraph = flat.paragraphOf(i);
        const Token &token = text.token(i);
        while (s < spans.size()
               && (spans[s].paragraph < paragraph || (spans[s].paragraph == paragraph && spans[s].end <= token.start)))
            ++s;
        if (s < spans.size() && spans[s].paragraph == paragraph && spans[s].start <= token.start
            && spans[s].changeClass != alone)
            (*linked)[size_t(i)] = true;
    }
}

struct Candidate
{
    UniqueSentence sentence;
    qint32 firstWord = 0; // counted words [firstWord, endWord)
    qint32 endWord = 0;
    std::vector<bool> linked; // per counted word of the sentence: linked to the base by the diff
};

// The sentence's text: from its first token to the next sentence's first
// token (or the paragraph's end), so the full stop and a closing quote
// mark are in, the white space after them out.
std::pair<qint32, qint32> sentenceRange(const ArticleText &text, qint32 sentence)
{
    const FlatDocument &flat = *text.flat;
    const qint32 first = flat.sentenceStarts[size_t(sentence)];
    const qint32 paragraph = flat.paragraphOf(first);
    const QString &paragraphText = text.article->paragraphs[size_t(paragraph)].text;
    const qint32 next = flat.sentenceEnd(sentence);
    qint32 end = next < flat.paragraphEnd(paragraph) ? text.token(next).start : qint32(paragraphText.size());
    while (end > 0 && paragraphText.at(end - 1).isSpace())
        --end;
    return { text.token(first).start, end };
}

} // namespace

std::vector<UniqueSentence> UniqueSentences::find(const Comparison &comparison, const std::vector<ArticleText> &texts,
                                                  const Lexicon &lexicon)
{
    const auto articleCount = qint32(texts.size());
    const qint32 base = comparison.base;
    if (articleCount < 2 || base < 0)
        return {};
    std::vector<CountedWords> counted;
    std::vector<Candidate> candidates;
    for (qint32 a = 0; a < articleCount; ++a) {
        const ArticleText &text = texts[size_t(a)];
        const FlatDocument &flat = *text.flat;
        counted.push_back(countedWords(text, lexicon));
        std::vector<bool> linked(size_t(flat.size()), false);
        if (a == base) {
            for (const ArticleComparison &pair : comparison.comparisons) {
                if (pair.isValid())
                    markLinked(text, pair.baseSpans, ChangeClass::Removed, &linked);
            }
        } else {
            markLinked(text, comparison.comparisons[size_t(a)].otherSpans, ChangeClass::Added, &linked);
        }
        for (qint32 s = 0; s < qint32(flat.sentenceStarts.size()); ++s) {
            const qint32 begin = flat.sentenceStarts[size_t(s)];
            const qint32 paragraph = flat.paragraphOf(begin);
            const Paragraph &own = text.article->paragraphs[size_t(paragraph)];
            if (comparison.unique[size_t(a)][size_t(paragraph)]
                || (own.role != ParagraphRole::Body && own.role != ParagraphRole::Headline))
                continue;
            Candidate candidate;
            candidate.firstWord = -1;
            qint32 content = 0;
            qint32 linkedWords = 0;
            qint32 lowerInitial = 0;
            qint32 upperInitial = 0;
            for (qint32 i = begin; i < flat.sentenceEnd(s); ++i) {
                const qint32 word = counted.back().wordAt[size_t(i)];
                if (word < 0)
                    continue;
                if (candidate.firstWord < 0)
                    candidate.firstWord = word;
                candidate.endWord = word + 1;
                candidate.linked.resize(size_t(candidate.endWord - candidate.firstWord), false);
                candidate.linked.back() = linked[size_t(i)];
                linkedWords += linked[size_t(i)];
                content += lexicon.isContent(flat.keys[size_t(i)]) && !lexicon.isNumber(flat.keys[size_t(i)]);
                const Token &token = text.token(i);
                const QChar initial = own.text.at(token.start);
                lowerInitial += initial.isLower();
                upperInitial += initial.isUpper();
            }
            // In a body paragraph, a sentence of capitalised words and
            // numbers alone names a place, a date, an agency or a person
            // ("VAREN, Switzerland, March 14 (Alpine Press)."): it says
            // where, when or who, not what happened. Scripts without case
            // never take this rule.
            if (own.role == ParagraphRole::Body && upperInitial > 0 && lowerInitial == 0)
                continue;
            const qint32 words = candidate.endWord - candidate.firstWord;
            if (candidate.firstWord < 0 || content < minContentWords
                || linkedWords >= mostlyFoundElsewhere * words)
                continue;
            const auto [start, end] = sentenceRange(text, s);
            const QString sentence = own.text.mid(start, end - start);
            if (RoleClassifier::isDateline(sentence) || RoleClassifier::isByline(sentence)
                || RoleClassifier::isBoilerplate(sentence))
                continue;
            candidate.sentence = UniqueSentence { a, paragraph, start, end };
            candidates.push_back(candidate);
        }
    }
    if (candidates.empty())
        return {};

    // The 3-word runs that hold a candidate's words (a run may start two
    // words before the sentence), and which articles have each: one pass
    // over every article's runs, looked up in a table of the candidates'.
    std::unordered_map<Gram, qint32, GramKey> gramIndex;
    for (const Candidate &candidate : candidates) {
        const std::vector<qint32> &keys = counted[size_t(candidate.sentence.article)].keys;
        for (qint32 g = std::max(0, candidate.firstWord - 2); g + 2 < qint32(keys.size()) && g < candidate.endWord; ++g)
            gramIndex.emplace(Gram { keys[size_t(g)], keys[size_t(g + 1)], keys[size_t(g + 2)] }, qint32(gramIndex.size()));
    }
    std::vector<std::vector<qint32>> holders(gramIndex.size());
    for (qint32 a = 0; a < articleCount; ++a) {
        const std::vector<qint32> &keys = counted[size_t(a)].keys;
        for (size_t g = 0; g + 2 < keys.size(); ++g) {
            const auto found = gramIndex.find(Gram { keys[g], keys[g + 1], keys[g + 2] });
            if (found != gramIndex.end() && (holders[size_t(found->second)].empty() || holders[size_t(found->second)].back() != a))
                holders[size_t(found->second)].push_back(a);
        }
    }
    const auto heldElsewhere = [&](const std::vector<qint32> &keys, qint32 g, qint32 article) {
        if (g < 0 || g + 2 >= qint32(keys.size()))
            return false;
        const std::vector<qint32> &who = holders[size_t(gramIndex.at(Gram { keys[size_t(g)], keys[size_t(g + 1)], keys[size_t(g + 2)] }))];
        return who.size() > 1 || (who.size() == 1 && who.front() != article);
    };

    std::vector<UniqueSentence> result;
    for (const Candidate &candidate : candidates) {
        const qint32 article = candidate.sentence.article;
        const CountedWords &words = counted[size_t(article)];
        qint32 elsewhere = 0;
        for (qint32 w = candidate.firstWord; w < candidate.endWord; ++w) {
            bool found = candidate.linked[size_t(w - candidate.firstWord)];
            for (qint32 g = w - 2; g <= w && !found; ++g)
                found = heldElsewhere(words.keys, g, article);
            elsewhere += found;
        }
        if (elsewhere < mostlyFoundElsewhere * (candidate.endWord - candidate.firstWord))
            result.push_back(candidate.sentence);
    }
    return result;
}

} // namespace WireDiff
