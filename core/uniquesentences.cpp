#include "uniquesentences.h"

#include "comparison.h"
#include "lexicon.h"
#include "roleclassifier.h"

#include <QSet>

#include <algorithm>
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
                std::vector<bool> *linked, std::vector<bool> *reworded = nullptr)
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
            && spans[s].changeClass != alone) {
            (*linked)[size_t(i)] = true;
            if (reworded && (spans[s].changeClass == ChangeClass::Paraphrased || spans[s].changeClass == ChangeClass::FactChanged))
                (*reworded)[size_t(i)] = true;
        }
    }
}

struct Candidate
{
    UniqueSentence sentence;
    qint32 flatSentence = 0; // in its article's FlatDocument
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

// A sentence the word diff left unlinked can still say what a sentence of
// the article it was compared with says, in other words the paraphrase
// matcher did not pair ("Our crews are still getting into streets that
// were cut off overnight" for "We are still reaching streets that were cut
// off during the night"). It is taken for a rewording when that article
// has, in the same row, a sentence the comparison leaves mostly unmatched
// (dropped by the copy, or added by it where the candidate is the base's)
// that shares at least minSharedWords content words with it: a sentence
// replaced by another on the same subject. An invented sentence beside
// copied ones replaces nothing, and is still listed.
struct RewordingCheck
{
    static constexpr qint32 minSharedWords = 2;

    const Comparison &comparison;
    const std::vector<ArticleText> &texts;
    const Lexicon &lexicon;
    std::vector<std::vector<bool>> linkedToBase; // [non-base article][flat]: linked to the base
    std::vector<std::vector<bool>> keptBy;       // [article][base's flat]: what it keeps of the base, lazily

    const std::vector<bool> &baseKeptBy(qint32 article)
    {
        keptBy.resize(texts.size());
        std::vector<bool> &kept = keptBy[size_t(article)];
        if (kept.empty()) {
            const ArticleText &base = texts[size_t(comparison.base)];
            kept.assign(size_t(base.flat->size()), false);
            markLinked(base, comparison.comparisons[size_t(article)].baseSpans, ChangeClass::Removed, &kept);
        }
        return kept;
    }

    bool rewords(const Candidate &candidate)
    {
        const qint32 article = candidate.sentence.article;
        const qint32 base = comparison.base;
        const FlatDocument &flat = *texts[size_t(article)].flat;
        QSet<qint32> words;
        for (qint32 i = flat.sentenceStarts[size_t(candidate.flatSentence)]; i < flat.sentenceEnd(candidate.flatSentence); ++i) {
            if (lexicon.isContent(flat.keys[size_t(i)]))
                words.insert(flat.keys[size_t(i)]);
        }
        const AlignedRow &row = comparison.rows[size_t(comparison.rowOf[size_t(article)][size_t(candidate.sentence.paragraph)])];
        for (qint32 other = 0; other < qint32(texts.size()); ++other) {
            if (other == article || (article != base && other != base))
                continue;
            // Other's words the comparison with `article` matched.
            const std::vector<bool> &matched = article == base ? linkedToBase[size_t(other)] : baseKeptBy(article);
            const FlatDocument &otherFlat = *texts[size_t(other)].flat;
            for (const qint32 paragraph : row.cells[size_t(other)].paragraphs) {
                const qint32 from = otherFlat.paragraphStart[size_t(paragraph)];
                const qint32 to = otherFlat.paragraphEnd(paragraph);
                if (from >= to)
                    continue; // boilerplate or empty: no tokens, no sentence
                for (qint32 s = otherFlat.sentenceOf(from); s >= 0 && s < qint32(otherFlat.sentenceStarts.size())
                     && otherFlat.sentenceStarts[size_t(s)] < to; ++s) {
                    qint32 counted = 0;
                    qint32 unmatched = 0;
                    QSet<qint32> shared;
                    for (qint32 i = otherFlat.sentenceStarts[size_t(s)]; i < otherFlat.sentenceEnd(s); ++i) {
                        const qint32 key = otherFlat.keys[size_t(i)];
                        if (lexicon.isPunctuation(key))
                            continue;
                        ++counted;
                        unmatched += !matched[size_t(i)];
                        if (words.contains(key))
                            shared.insert(key);
                    }
                    if (counted > 0 && unmatched >= mostlyUnmatched * counted && shared.size() >= minSharedWords)
                        return true;
                }
            }
        }
        return false;
    }

    static constexpr double mostlyUnmatched = 0.5;
};


// Which candidates another article carries in part (review 16): a sentence
// of another article, of at least minContentWords content words, most of
// whose content words lie in 3-word runs of the candidate, is a cut or a
// trimmed copy of it ("I am afraid the number of dead will rise," he said,
// of the base's quote whose first clause the copy dropped). Such a
// candidate shares its claim with that article, however little of the
// candidate the cut kept. Runs are read inside one sentence on both sides,
// and an article's repeats of its own sentence do not count.
// `gramAt` gives, per article and counted word, the number find() gave the
// run starting there (-1 for a run no candidate is near), so that no run
// is hashed twice.
std::vector<bool> carriedInPart(const std::vector<Candidate> &candidates, const std::vector<CountedWords> &counted,
                                const std::vector<ArticleText> &texts, const Lexicon &lexicon,
                                const std::vector<std::vector<qint32>> &gramAt, size_t gramCount)
{
    std::vector<std::vector<qint32>> gramsOf(gramCount); // per run: the candidates holding it inside their sentence
    for (qint32 c = 0; c < qint32(candidates.size()); ++c) {
        const Candidate &candidate = candidates[size_t(c)];
        const std::vector<qint32> &runs = gramAt[size_t(candidate.sentence.article)];
        for (qint32 g = candidate.firstWord; g + 2 < candidate.endWord; ++g) {
            std::vector<qint32> &holders = gramsOf[size_t(runs[size_t(g)])];
            if (holders.empty() || holders.back() != c)
                holders.push_back(c);
        }
    }
    std::vector<bool> carried(candidates.size(), false);
    // Per candidate: the content words of the sentence read now that its
    // runs cover, -1 for none; only the entries a sentence touched are reset
    // after it, so each sentence costs its own runs, not the candidates.
    std::vector<qint32> covering(candidates.size(), -1);
    std::vector<qint32> touched;
    std::vector<qint32> coveredBy;
    // Per candidate: the stamp of the last word that put it in coveredBy; a
    // word's stamp counts every word read so far, over all articles.
    std::vector<qint64> coveredAt(candidates.size(), -1);
    qint64 stamp = 0;
    std::vector<const std::vector<qint32> *> holdersAt; // per run of the sentence: the candidates holding it, or null
    for (qint32 a = 0; a < qint32(texts.size()); ++a) {
        const FlatDocument &flat = *texts[size_t(a)].flat;
        const CountedWords &words = counted[size_t(a)];
        const std::vector<qint32> &runs = gramAt[size_t(a)];
        for (qint32 s = 0; s < qint32(flat.sentenceStarts.size()); ++s) {
            qint32 first = -1;
            qint32 end = -1;
            for (qint32 i = flat.sentenceStarts[size_t(s)]; i < flat.sentenceEnd(s); ++i) {
                const qint32 word = words.wordAt[size_t(i)];
                if (word >= 0) {
                    first = first < 0 ? word : first;
                    end = word + 1;
                }
            }
            if (end - first < 3)
                continue;
            holdersAt.clear();
            bool anyHeld = false;
            for (qint32 g = first; g + 2 < end; ++g) {
                const qint32 run = runs[size_t(g)];
                const std::vector<qint32> *holders = run >= 0 && !gramsOf[size_t(run)].empty() ? &gramsOf[size_t(run)] : nullptr;
                holdersAt.push_back(holders);
                anyHeld = anyHeld || holders;
            }
            if (!anyHeld)
                continue;
            qint32 content = 0;
            for (qint32 w = first; w < end; ++w) {
                const bool isContent = lexicon.isContent(words.keys[size_t(w)]);
                content += isContent;
                coveredBy.clear();
                ++stamp;
                for (qint32 g = std::max(first, w - 2); g <= w && g + 2 < end; ++g) {
                    if (!holdersAt[size_t(g - first)])
                        continue;
                    for (const qint32 c : *holdersAt[size_t(g - first)]) {
                        if (candidates[size_t(c)].sentence.article != a && coveredAt[size_t(c)] != stamp) {
                            coveredAt[size_t(c)] = stamp;
                            coveredBy.push_back(c);
                        }
                    }
                }
                for (const qint32 c : coveredBy) {
                    if (covering[size_t(c)] < 0) {
                        covering[size_t(c)] = 0;
                        touched.push_back(c);
                    }
                    covering[size_t(c)] += isContent;
                }
            }
            for (const qint32 c : touched) {
                if (content >= UniqueSentences::minContentWords
                    && covering[size_t(c)] >= UniqueSentences::carriedShare * content)
                    carried[size_t(c)] = true;
                covering[size_t(c)] = -1;
            }
            touched.clear();
        }
    }
    return carried;
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
    RewordingCheck rewording { comparison, texts, lexicon, {}, {} };
    rewording.linkedToBase.resize(size_t(articleCount));
    for (qint32 a = 0; a < articleCount; ++a) {
        const ArticleText &text = texts[size_t(a)];
        const FlatDocument &flat = *text.flat;
        counted.push_back(countedWords(text, lexicon));
        std::vector<bool> linked(size_t(flat.size()), false);
        // Words of a sentence the diff paired with a sentence of the other
        // article as its rewording (reworded, or the same statement with a
        // changed fact): the whole sentence says what that one says.
        std::vector<bool> reworded(size_t(flat.size()), false);
        if (a == base) {
            for (const ArticleComparison &pair : comparison.comparisons) {
                if (pair.isValid())
                    markLinked(text, pair.baseSpans, ChangeClass::Removed, &linked, &reworded);
            }
        } else {
            markLinked(text, comparison.comparisons[size_t(a)].otherSpans, ChangeClass::Added, &linked, &reworded);
            rewording.linkedToBase[size_t(a)] = linked;
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
            bool rewordsOne = false;
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
                rewordsOne = rewordsOne || reworded[size_t(i)];
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
            if (candidate.firstWord < 0 || content < minContentWords || rewordsOne
                || linkedWords >= mostlyFoundElsewhere * words)
                continue;
            const auto [start, end] = sentenceRange(text, s);
            const QString sentence = own.text.mid(start, end - start);
            if (RoleClassifier::isDateline(sentence) || RoleClassifier::isByline(sentence)
                || RoleClassifier::isBoilerplate(sentence))
                continue;
            candidate.sentence = UniqueSentence { a, paragraph, start, end };
            candidate.flatSentence = s;
            candidates.push_back(candidate);
        }
    }
    std::erase_if(candidates, [&](const Candidate &candidate) { return rewording.rewords(candidate); });
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
    std::vector<std::vector<qint32>> gramAt { size_t(articleCount) }; // per article and counted word: its run's number, or -1
    for (qint32 a = 0; a < articleCount; ++a) {
        const std::vector<qint32> &keys = counted[size_t(a)].keys;
        gramAt[size_t(a)].assign(keys.size(), -1);
        for (size_t g = 0; g + 2 < keys.size(); ++g) {
            const auto found = gramIndex.find(Gram { keys[g], keys[g + 1], keys[g + 2] });
            if (found == gramIndex.end())
                continue;
            gramAt[size_t(a)][g] = found->second;
            if (holders[size_t(found->second)].empty() || holders[size_t(found->second)].back() != a)
                holders[size_t(found->second)].push_back(a);
        }
    }
    const auto heldElsewhere = [&](const std::vector<qint32> &keys, qint32 g, qint32 article) {
        if (g < 0 || g + 2 >= qint32(keys.size()))
            return false;
        const std::vector<qint32> &who = holders[size_t(gramIndex.at(Gram { keys[size_t(g)], keys[size_t(g + 1)], keys[size_t(g + 2)] }))];
        return who.size() > 1 || (who.size() == 1 && who.front() != article);
    };

    const std::vector<bool> carried = carriedInPart(candidates, counted, texts, lexicon, gramAt, gramIndex.size());
    std::vector<UniqueSentence> result;
    for (size_t c = 0; c < candidates.size(); ++c) {
        if (carried[c])
            continue;
        const Candidate &candidate = candidates[c];
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
