#include "wordclassifier.h"

#include "copyruns.h"
#include "flatdocument.h"
#include "lexicon.h"
#include "paraphrasescorer.h"
#include "postings.h"
#include "termweights.h"
#include "token.h"
#include "wordclassmodel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace WireDiff {

namespace {

// Candidate base sentences scored with the paraphrase model per sentence.
constexpr size_t maxCandidates = 3;
// A stem in more base sentences than this proposes none of them.
constexpr qint32 maxPostings = 48;


double logScale(double value, double top)
{
    return std::min(1.0, std::log1p(value) / std::log1p(top));
}

bool isCopied(ChangeClass changeClass)
{
    return changeClass == ChangeClass::Same || changeClass == ChangeClass::Moved;
}

// Whether the first word (not punctuation) after flat token j, before
// `end`, was decided verbatim.
bool nextWordIsVerbatim(const FlatDocument &other, const Lexicon &lexicon,
                        const std::vector<WordClassifier::Class> &classes, qint32 j, qint32 end)
{
    for (qint32 k = j + 1; k < end; ++k) {
        if (!lexicon.isPunctuation(other.keys[size_t(k)]))
            return classes[size_t(k)] == WordClassifier::Verbatim;
    }
    return false;
}

} // namespace

WordClassifier::WordClassifier(const Lexicon &lexicon, const TermWeights &weights, const ParaphraseScorer &scorer,
                               double sensitivity, Cancellation cancel)
    : m_lexicon(lexicon)
    , m_weights(weights)
    , m_scorer(scorer)
    , m_rewordedBias((std::clamp(sensitivity, 0.0, 1.0) - 0.5) * 4.0)
    , m_cancel(std::move(cancel))
{
}

std::vector<bool> WordClassifier::capitalized(const FlatDocument &flat, const TokenizedArticle &tokens,
                                              const std::vector<Paragraph> &paragraphs)
{
    std::vector<bool> result(size_t(flat.size()), false);
    for (qint32 j = 0; j < flat.size(); ++j) {
        const FlatDocument::Position position = flat.positions[size_t(j)];
        const Token &token = tokens.paragraphs[size_t(position.paragraph)].tokens[size_t(position.token)];
        if (token.kind != TokenKind::Word)
            continue;
        const QStringView word = QStringView(paragraphs[size_t(position.paragraph)].text).mid(token.start, token.end - token.start);
        const bool lower = std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLower(); });
        result[size_t(j)] = !word.isEmpty() && word.front().isUpper() && lower;
    }
    return result;
}

WordClassifier::Evidence WordClassifier::gather(const FlatDocument &base, const FlatDocument &other,
                                               const PairAlignment &alignment,
                                               const std::vector<bool> &capitalized) const
{
    Evidence evidence;
    const qint32 otherSize = other.size();
    evidence.features.assign(size_t(otherSize), Features {});
    evidence.fixedClass.assign(size_t(otherSize), -1);
    evidence.inBase.assign(size_t(otherSize), false);
    evidence.copySource.assign(size_t(otherSize), -1);
    evidence.sources.assign(other.sentenceStarts.size(), SourceSentence {});

    for (qint32 j = 0; j < otherSize; ++j) {
        if (m_lexicon.isPunctuation(other.keys[size_t(j)]))
            evidence.fixedClass[size_t(j)] = Evidence::punctuation;
    }
    const CopyRuns runs = CopyRuns::find(base, other, alignment, m_lexicon, longRun);
    const std::vector<qint32> &baseWords = runs.baseWords;
    const std::vector<qint32> &otherWords = runs.otherWords;
    const std::vector<qint32> &baseKeys = runs.baseKeys;
    const std::vector<qint32> &otherKeys = runs.otherKeys;
    const std::vector<qint32> &diffRun = runs.diffRun;
    const std::vector<qint32> &sharedRun = runs.sharedRun;
    const std::vector<qint32> &sourceWord = runs.sourceWord;
    const auto n = qint32(baseWords.size());
    const auto m = qint32(otherWords.size());
    for (qint32 q = 0; q < m; ++q) {
        const qint32 j = otherWords[size_t(q)];
        evidence.inBase[size_t(j)] = sharedRun[size_t(q)] > 0;
        if (sourceWord[size_t(q)] >= 0)
            evidence.copySource[size_t(j)] = baseWords[size_t(sourceWord[size_t(q)])];
        if (diffRun[size_t(q)] >= longRun)
            evidence.fixedClass[size_t(j)] = qint8(Verbatim);
    }

    // How much of the whole article is copied: text that is not copied is
    // more likely reworded in an article taken from the base as a whole,
    // more likely new in one that only quotes it.
    qint32 copiedWords = 0;
    for (qint32 q = 0; q < m; ++q)
        copiedWords += sharedRun[size_t(q)] >= 3;
    const double articleCopied = m > 0 ? double(copiedWords) / double(m) : 0.0;

    // Base sentences by content stem, for proposing sources.
    std::vector<qint32> baseSentenceOfWord(static_cast<size_t>(n));
    std::vector<qint32> stemOfContent, sentenceOfContent;
    for (qint32 p = 0; p < n; ++p) {
        baseSentenceOfWord[size_t(p)] = base.sentenceOf(baseWords[size_t(p)]);
        if (m_lexicon.isContent(baseKeys[size_t(p)])) {
            stemOfContent.push_back(m_lexicon.stem(baseKeys[size_t(p)]));
            sentenceOfContent.push_back(baseSentenceOfWord[size_t(p)]);
        }
    }
    const Postings stemSentences(m_lexicon.stemCount(), stemOfContent);

    const auto sentenceSpan = [](const FlatDocument &doc, qint32 s) {
        const qint32 begin = doc.sentenceStarts[size_t(s)];
        return doc.keySpan().subspan(size_t(begin), size_t(doc.sentenceEnd(s) - begin));
    };
    const double topRarity = std::log((double(m_weights.documentCount()) + 1.0) / 0.5) + 1.0;

    std::vector<std::unique_ptr<ParaphraseScorer::Sentence>> preparedBase(base.sentenceStarts.size());
    std::vector<std::pair<qint32, double>> votes;    // base sentence -> copied words
    std::vector<std::pair<qint32, double>> overlaps; // base sentence -> shared rarity
    std::vector<qint32> sourceStems;
    std::vector<qint32> sentenceStems;
    qint32 q = 0; // word index of the sentence's first word
    for (qint32 s = 0; s < qint32(other.sentenceStarts.size()) && !m_cancel.isCancelled(); ++s) {
        const qint32 end = other.sentenceEnd(s);
        const qint32 firstWord = q;
        while (q < m && otherWords[size_t(q)] < end)
            ++q;
        const qint32 lastWord = q; // exclusive
        const qint32 words = lastWord - firstWord;
        if (words == 0)
            continue;
        bool open = false;
        for (qint32 k = firstWord; k < lastWord; ++k)
            open = open || evidence.fixedClass[size_t(otherWords[size_t(k)])] == Evidence::open;
        if (!open)
            continue;

        // Candidate sources: where the copied words come from, and where the
        // rare content stems are.
        votes.clear();
        overlaps.clear();
        const auto add = [](std::vector<std::pair<qint32, double>> *list, qint32 sentence, double amount) {
            for (auto &entry : *list) {
                if (entry.first == sentence) {
                    entry.second += amount;
                    return;
                }
            }
            list->emplace_back(sentence, amount);
        };
        sentenceStems.clear();
        for (qint32 k = firstWord; k < lastWord; ++k) {
            const qint32 j = otherWords[size_t(k)];
            if (isCopied(alignment.b.classes[size_t(j)]))
                add(&votes, base.sentenceOf(alignment.b.counterpart[size_t(j)]), 1.0);
            else if (sharedRun[size_t(k)] >= 3 && sourceWord[size_t(k)] >= 0)
                add(&votes, baseSentenceOfWord[size_t(sourceWord[size_t(k)])], 1.0);
            const qint32 key = otherKeys[size_t(k)];
            if (!m_lexicon.isContent(key))
                continue;
            const qint32 stem = m_lexicon.stem(key);
            if (std::find(sentenceStems.begin(), sentenceStems.end(), stem) != sentenceStems.end())
                continue;
            sentenceStems.push_back(stem);
            if (stemSentences.count(stem) > maxPostings)
                continue;
            qint32 last = -1;
            for (const qint32 *it = stemSentences.begin(stem); it != stemSentences.end(stem); ++it) {
                const qint32 sentence = sentenceOfContent[size_t(*it)];
                if (sentence != last)
                    add(&overlaps, sentence, m_weights.weight(stem));
                last = sentence;
            }
        }
        const auto byAmount = [](const auto &x, const auto &y) {
            return x.second > y.second || (x.second == y.second && x.first < y.first);
        };
        std::sort(votes.begin(), votes.end(), byAmount);
        std::sort(overlaps.begin(), overlaps.end(), byAmount);
        std::vector<qint32> candidates;
        const auto propose = [&candidates](qint32 sentence) {
            if (std::find(candidates.begin(), candidates.end(), sentence) == candidates.end())
                candidates.push_back(sentence);
        };
        for (size_t k = 0; k < votes.size() && k < maxCandidates; ++k)
            propose(votes[k].first);
        for (size_t k = 0; k < overlaps.size() && k < maxCandidates; ++k)
            propose(overlaps[k].first);

        // The source is the candidate that holds most of the sentence's
        // content (by rarity), copied words counting once more: a sentence
        // written from two base sentences takes the richer as its source and
        // the other as the second.
        double sentenceWeight = 0;
        for (const qint32 stem : sentenceStems)
            sentenceWeight += m_weights.weight(stem);
        std::sort(sentenceStems.begin(), sentenceStems.end());
        SourceSentence &source = evidence.sources[size_t(s)];
        double bestSupport = 0, secondSupport = 0;
        std::vector<qint32> candidateStems;
        for (const qint32 candidate : candidates) {
            candidateStems.clear();
            for (const qint32 key : sentenceSpan(base, candidate))
                if (m_lexicon.isContent(key))
                    candidateStems.push_back(m_lexicon.stem(key));
            std::sort(candidateStems.begin(), candidateStems.end());
            candidateStems.erase(std::unique(candidateStems.begin(), candidateStems.end()), candidateStems.end());
            double support = 0;
            for (const qint32 stem : sentenceStems)
                if (std::binary_search(candidateStems.begin(), candidateStems.end(), stem))
                    support += m_weights.weight(stem);
            for (const auto &[sentence, count] : votes)
                if (sentence == candidate)
                    support += count;
            if (support > bestSupport) {
                source.second = source.best;
                secondSupport = bestSupport;
                source.best = candidate;
                bestSupport = support;
            } else if (support > secondSupport) {
                source.second = candidate;
                secondSupport = support;
            }
        }
        if (source.second >= 0 && secondSupport < 0.25 * bestSupport)
            source.second = -1;
        if (source.best >= 0) {
            auto &prepared = preparedBase[size_t(source.best)];
            if (!prepared)
                prepared = std::make_unique<ParaphraseScorer::Sentence>(m_scorer.prepare(sentenceSpan(base, source.best)));
            source.probability = m_scorer.probability(*prepared, m_scorer.prepare(sentenceSpan(other, s)));
        }

        // The stems of the source sentence(s), and the rarity-weighted cosine.
        sourceStems.clear();
        for (const qint32 sentence : { source.best, source.second }) {
            if (sentence < 0)
                continue;
            for (const qint32 key : sentenceSpan(base, sentence))
                if (!m_lexicon.isPunctuation(key))
                    sourceStems.push_back(m_lexicon.stem(key));
        }
        std::sort(sourceStems.begin(), sourceStems.end());
        sourceStems.erase(std::unique(sourceStems.begin(), sourceStems.end()), sourceStems.end());
        const auto inSource = [&sourceStems](qint32 stem) {
            return std::binary_search(sourceStems.begin(), sourceStems.end(), stem);
        };
        if (source.best >= 0) {
            std::vector<qint32> bestStems;
            for (const qint32 key : sentenceSpan(base, source.best))
                if (m_lexicon.isContent(key))
                    bestStems.push_back(m_lexicon.stem(key));
            std::sort(bestStems.begin(), bestStems.end());
            bestStems.erase(std::unique(bestStems.begin(), bestStems.end()), bestStems.end());
            double dot = 0, normA = 0, normB = 0;
            for (const qint32 stem : bestStems) {
                const double w = m_weights.weight(stem);
                normA += w * w;
            }
            for (const qint32 stem : sentenceStems) {
                const double w = m_weights.weight(stem);
                normB += w * w;
                if (std::binary_search(bestStems.begin(), bestStems.end(), stem))
                    dot += w * w;
            }
            source.cosine = normA > 0 && normB > 0 ? dot / std::sqrt(normA * normB) : 0.0;
            source.contained = normB > 0 ? dot / normB : 0.0;
            source.containing = normA > 0 ? dot / normA : 0.0;
        }

        qint32 copied = 0, covered = 0;
        for (qint32 k = firstWord; k < lastWord; ++k)
            copied += sharedRun[size_t(k)] >= 3;
        for (const qint32 stem : sentenceStems)
            covered += inSource(stem);

        // The sentence's source keys, for KeyInSource and synonyms.
        std::vector<qint32> sourceKeys;
        for (const qint32 sentence : { source.best, source.second }) {
            if (sentence < 0)
                continue;
            for (const qint32 key : sentenceSpan(base, sentence))
                if (!m_lexicon.isPunctuation(key))
                    sourceKeys.push_back(key);
        }
        std::sort(sourceKeys.begin(), sourceKeys.end());
        sourceKeys.erase(std::unique(sourceKeys.begin(), sourceKeys.end()), sourceKeys.end());

        // Local context: where in the sentence the copied and the sourced
        // words are (a clause is written from the base, or anew, as a whole).
        std::vector<qint32> copiedAt, sourcedAt;
        for (qint32 k = firstWord; k < lastWord; ++k) {
            if (sharedRun[size_t(k)] >= 2 || diffRun[size_t(k)] >= 2)
                copiedAt.push_back(k);
            if (m_lexicon.isContent(otherKeys[size_t(k)]) && inSource(m_lexicon.stem(otherKeys[size_t(k)])))
                sourcedAt.push_back(k);
        }
        const auto within = [](const std::vector<qint32> &at, qint32 from, qint32 to) {
            return qint32(std::lower_bound(at.begin(), at.end(), to) - std::lower_bound(at.begin(), at.end(), from));
        };
        const auto distance = [](const std::vector<qint32> &at, qint32 k) {
            const auto it = std::lower_bound(at.begin(), at.end(), k);
            qint32 best = std::numeric_limits<qint32>::max();
            if (it != at.end())
                best = *it - k;
            if (it != at.begin())
                best = std::min(best, k - *(it - 1));
            return best;
        };

        for (qint32 k = firstWord; k < lastWord; ++k) {
            const qint32 j = otherWords[size_t(k)];
            if (evidence.fixedClass[size_t(j)] != Evidence::open)
                continue;
            const qint32 key = otherKeys[size_t(k)];
            const qint32 stem = m_lexicon.stem(key);
            Features &f = evidence.features[size_t(j)];
            f[DiffRun] = logScale(diffRun[size_t(k)], 31);
            const qint32 run = sharedRun[size_t(k)];
            f[SharedRun] = logScale(run, 31);
            f[InBase] = run > 0;
            f[SharedRun2] = run >= 2;
            f[SharedRun3] = run >= 3;
            f[SharedRun5] = run >= 5;
            f[SharedRun8] = run >= 8;
            f[BaseFrequency] = logScale(runs.baseCount[size_t(k)], 63);
            f[KeyInSource] = std::binary_search(sourceKeys.begin(), sourceKeys.end(), key);
            f[StemInSource] = inSource(stem);
            const bool content = m_lexicon.isContent(key) && !m_lexicon.isNumber(key);
            if (!f[StemInSource] && content) {
                f[SynonymInSource] = std::any_of(sourceKeys.begin(), sourceKeys.end(), [&](qint32 sourceKey) {
                    return m_lexicon.isContent(sourceKey) && m_scorer.wordsMatch(key, sourceKey);
                });
            }
            f[Content] = content;
            f[Number] = m_lexicon.isNumber(key);
            f[Rarity] = std::clamp(m_weights.weight(stem) / topRarity, 0.0, 1.0);
            f[PreviousRun] = k > firstWord ? logScale(sharedRun[size_t(k - 1)], 31) : 0.0;
            f[NextRun] = k + 1 < lastWord ? logScale(sharedRun[size_t(k + 1)], 31) : 0.0;
            f[SentenceMatched] = source.best >= 0;
            f[SentenceProbability] = source.probability;
            f[SentenceCosine] = source.cosine;
            f[SentenceCopied] = double(copied) / double(words);
            f[SentenceCovered] = sentenceStems.empty() ? 0.0 : double(covered) / double(sentenceStems.size());
            f[SentenceLength] = logScale(words, 63);
            f[SentenceContained] = source.contained;
            f[SourceContained] = source.containing;
            f[Capitalized] = k > firstWord && !capitalized.empty() && capitalized[size_t(j)];
            f[SentenceStart] = k == firstWord;
            {
                const qint32 from = std::max(firstWord, k - 4);
                const qint32 to = std::min(lastWord, k + 5);
                const double span = double(to - from);
                f[WindowCopied] = double(within(copiedAt, from, to)) / span;
                f[WindowSourced] = double(within(sourcedAt, from, to)) / span;
                const qint32 d = distance(copiedAt, k);
                f[NearCopy] = d == std::numeric_limits<qint32>::max() ? 0.0 : 1.0 / (1.0 + double(d));
            }
            f[ArticleCopied] = articleCopied;
            f[PureInsertion] = runs.pureInsertion[size_t(k)];
            f[ContentInSource] = f[Content] * f[StemInSource];
            f[ContentNotInBase] = f[Content] * (1.0 - f[InBase]);
        }
    }
    return evidence;
}

WordClassifier::Probabilities WordClassifier::probabilities(const Features &features,
                                                           const std::vector<std::vector<double>> &weights)
{
    Probabilities z {};
    for (size_t c = 0; c < weights.size() && c < size_t(ClassCount); ++c) {
        z[c] = weights[c][0];
        for (size_t i = 0; i < size_t(FeatureCount); ++i)
            z[c] += weights[c][i + 1] * features[i];
    }
    const double top = *std::max_element(z.begin(), z.end());
    double sum = 0;
    for (double &v : z) {
        v = std::exp(v - top);
        sum += v;
    }
    for (double &v : z)
        v /= sum;
    return z;
}

WordClassifier::Probabilities WordClassifier::probabilities(const Features &features)
{
    Probabilities z { 0.0, WordClassModel::bias[0], WordClassModel::bias[1] };
    for (size_t i = 0; i < size_t(FeatureCount); ++i) {
        z[1] += WordClassModel::reworded[i] * features[i];
        z[2] += WordClassModel::added[i] * features[i];
    }
    const double top = *std::max_element(z.begin(), z.end());
    double sum = 0;
    for (double &v : z) {
        v = std::exp(v - top);
        sum += v;
    }
    for (double &v : z)
        v /= sum;
    return z;
}

std::vector<WordClassifier::Class> WordClassifier::decide(const Evidence &evidence, const FlatDocument &other,
                                                          const std::vector<Probabilities> &probabilities,
                                                          const Decoding &decoding)
{
    // Viterbi over the article's words in order: each word's class scores
    // log p(class) + bias, each step from one class to the next scores the
    // transition; the best path through the whole article wins.
    const qint32 size = other.size();
    std::vector<Class> classes(size_t(size), New);
    constexpr double impossible = -1e30;
    std::vector<qint32> words;
    for (qint32 j = 0; j < size; ++j)
        if (evidence.fixedClass[size_t(j)] != Evidence::punctuation)
            words.push_back(j);
    std::vector<std::array<double, ClassCount>> score(words.size());
    std::vector<std::array<qint8, ClassCount>> back(words.size());
    qint32 sentence = 0;
    for (size_t w = 0; w < words.size(); ++w) {
        const qint32 j = words[w];
        while (size_t(sentence + 1) < other.sentenceStarts.size() && other.sentenceStarts[size_t(sentence + 1)] <= j)
            ++sentence;
        const bool hasSource = evidence.sources[size_t(sentence)].best >= 0;
        const qint8 fixed = evidence.fixedClass[size_t(j)];
        std::array<double, ClassCount> local {};
        for (int c = 0; c < ClassCount; ++c) {
            if (fixed != Evidence::open)
                local[size_t(c)] = c == fixed ? 0.0 : impossible;
            else if ((c == Verbatim && !evidence.inBase[size_t(j)])
                     || (c == Reworded && (!hasSource || evidence.features[size_t(j)][PureInsertion] > 0)))
                local[size_t(c)] = impossible; // nothing to copy from, or nothing that was reworded
            else
                local[size_t(c)] = std::log(std::max(1e-12, probabilities[size_t(j)][size_t(c)])) + decoding.bias[size_t(c)];
        }
        for (int c = 0; c < ClassCount; ++c) {
            if (w == 0) {
                score[w][size_t(c)] = local[size_t(c)];
                continue;
            }
            double best = -std::numeric_limits<double>::infinity();
            qint8 from = 0;
            for (int p = 0; p < ClassCount; ++p) {
                const double value = score[w - 1][size_t(p)] + decoding.transition[size_t(p)][size_t(c)];
                if (value > best) {
                    best = value;
                    from = qint8(p);
                }
            }
            score[w][size_t(c)] = best + local[size_t(c)];
            back[w][size_t(c)] = from;
        }
    }
    if (!words.empty()) {
        const auto &last = score.back();
        qint8 c = qint8(std::max_element(last.begin(), last.end()) - last.begin());
        for (size_t w = words.size(); w-- > 0;) {
            classes[size_t(words[w])] = Class(c);
            c = back[w][size_t(c)];
        }
    }
    // Punctuation takes the class of the word before it in its sentence (or
    // after it, at a sentence start).
    for (qint32 s = 0; s < qint32(other.sentenceStarts.size()); ++s) {
        const qint32 begin = other.sentenceStarts[size_t(s)];
        const qint32 end = other.sentenceEnd(s);
        qint32 first = begin;
        while (first < end && evidence.fixedClass[size_t(first)] == Evidence::punctuation)
            ++first;
        Class previous = first < end ? classes[size_t(first)] : New;
        for (qint32 j = begin; j < end; ++j) {
            if (evidence.fixedClass[size_t(j)] != Evidence::punctuation)
                previous = classes[size_t(j)];
            else
                classes[size_t(j)] = previous;
        }
    }
    return classes;
}

std::vector<WordClassifier::Class> WordClassifier::decide(const Evidence &evidence, const FlatDocument &other) const
{
    std::vector<Probabilities> probabilities(evidence.features.size());
    for (size_t j = 0; j < evidence.features.size(); ++j)
        if (evidence.fixedClass[j] == Evidence::open)
            probabilities[j] = WordClassifier::probabilities(evidence.features[j]);
    Decoding decoding { WordClassModel::decodingBias, WordClassModel::transition };
    decoding.bias[Reworded] += m_rewordedBias;
    return decide(evidence, other, probabilities, decoding);
}

void WordClassifier::apply(const FlatDocument &base, const FlatDocument &other, const Evidence &evidence,
                           const std::vector<Class> &classes, PairAlignment *alignment) const
{
    TokenLabels &a = alignment->a;
    TokenLabels &b = alignment->b;
    alignment->paraphrases.clear();

    for (qint32 s = 0; s < qint32(other.sentenceStarts.size()); ++s) {
        const qint32 begin = other.sentenceStarts[size_t(s)];
        const qint32 end = other.sentenceEnd(s);
        const SourceSentence &source = evidence.sources[size_t(s)];
        const auto inSourceSentence = [&](qint32 i) {
            const qint32 sentence = base.sentenceOf(i);
            return sentence == source.best || sentence == source.second;
        };
        qint32 group = -1;
        for (qint32 j = begin; j < end; ++j) {
            const Class decided = classes[size_t(j)];
            const bool punctuation = m_lexicon.isPunctuation(other.keys[size_t(j)]);
            if (punctuation && decided != Verbatim && isCopied(b.classes[size_t(j)])
                && nextWordIsVerbatim(other, m_lexicon, classes, j, end)) {
                continue; // "after a year, the mayor said": the comma leads copied text
            }
            if (decided == Verbatim) {
                if (isCopied(b.classes[size_t(j)]))
                    continue; // the diff's or the move detector's pairing stands
                if (punctuation) {
                    b.classes[size_t(j)] = ChangeClass::Added;
                    continue;
                }
                // Find the base word: the shared run's, else the same word in
                // the source sentence, else anywhere.
                qint32 counterpart = evidence.copySource[size_t(j)];
                if (counterpart < 0 || base.keys[size_t(counterpart)] != other.keys[size_t(j)]) {
                    counterpart = -1;
                    for (const qint32 sentence : { source.best, source.second }) {
                        if (sentence < 0 || counterpart >= 0)
                            continue;
                        for (qint32 i = base.sentenceStarts[size_t(sentence)]; i < base.sentenceEnd(sentence); ++i) {
                            if (base.keys[size_t(i)] == other.keys[size_t(j)]) {
                                counterpart = i;
                                break;
                            }
                        }
                    }
                    if (counterpart < 0) {
                        const auto it = std::find(base.keys.begin(), base.keys.end(), other.keys[size_t(j)]);
                        if (it != base.keys.end())
                            counterpart = qint32(it - base.keys.begin());
                    }
                }
                if (counterpart < 0) {
                    b.classes[size_t(j)] = ChangeClass::Added;
                    continue;
                }
                b.classes[size_t(j)] = inSourceSentence(counterpart) ? ChangeClass::Same : ChangeClass::Moved;
                b.counterpart[size_t(j)] = counterpart;
                b.group[size_t(j)] = -1;
            } else if (decided == Reworded && source.best >= 0) {
                // Other punctuation follows its word even where the diff
                // paired it: a full stop matched after a reworded or
                // replaced sentence is not copied text.
                if (group < 0) {
                    group = qint32(alignment->paraphrases.size());
                    alignment->paraphrases.push_back(ParaphraseLink {
                        base.sentenceStarts[size_t(source.best)], base.sentenceEnd(source.best), j, j + 1,
                        float(source.probability) });
                }
                ParaphraseLink &link = alignment->paraphrases[size_t(group)];
                link.bEnd = j + 1;
                b.classes[size_t(j)] = ChangeClass::Paraphrased;
                b.counterpart[size_t(j)] = -1;
                b.group[size_t(j)] = group;
            } else {
                b.classes[size_t(j)] = ChangeClass::Added;
                b.counterpart[size_t(j)] = -1;
                b.group[size_t(j)] = -1;
            }
        }
    }

    // The base side follows: a base word is same or moved when a word of the
    // other article is paired with it (the first one), paraphrased when it
    // is in a source sentence of reworded text, removed otherwise.
    a.reset(base.size(), ChangeClass::Removed);
    for (qint32 j = 0; j < other.size(); ++j) {
        if (!isCopied(b.classes[size_t(j)]))
            continue;
        const qint32 i = b.counterpart[size_t(j)];
        if (i >= 0 && a.counterpart[size_t(i)] < 0) {
            a.classes[size_t(i)] = b.classes[size_t(j)];
            a.counterpart[size_t(i)] = j;
        }
    }
    for (qint32 g = 0; g < qint32(alignment->paraphrases.size()); ++g) {
        const ParaphraseLink &link = alignment->paraphrases[size_t(g)];
        for (qint32 i = link.aBegin; i < link.aEnd; ++i) {
            if (a.classes[size_t(i)] == ChangeClass::Removed) {
                a.classes[size_t(i)] = ChangeClass::Paraphrased;
                a.group[size_t(i)] = g;
            }
        }
    }
}

const char *WordClassifier::featureName(int feature)
{
    static constexpr std::array<const char *, FeatureCount> names {
        "DiffRun", "SharedRun", "InBase", "SharedRun2", "SharedRun3", "SharedRun5", "SharedRun8",
        "BaseFrequency", "KeyInSource", "StemInSource", "SynonymInSource", "Content", "Number", "Rarity",
        "PreviousRun", "NextRun", "SentenceMatched", "SentenceProbability", "SentenceCosine",
        "SentenceCopied", "SentenceCovered", "SentenceLength", "SentenceContained", "SourceContained",
        "Capitalized", "SentenceStart", "WindowCopied", "WindowSourced", "NearCopy", "ArticleCopied", "PureInsertion", "ContentInSource",
        "ContentNotInBase",
    };
    return feature >= 0 && feature < FeatureCount ? names[size_t(feature)] : "";
}

} // namespace WireDiff
