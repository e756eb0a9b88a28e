#include "wordclassifier.h"

#include "flatdocument.h"
#include "lexicon.h"
#include "rewordingsupport.h"
#include "softmax.h"
#include "token.h"
#include "verbatimpairer.h"
#include "wordclassmodel.h"
#include "wordevidencegatherer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace WireDiff {

namespace {

bool isCopied(ChangeClass changeClass)
{
    return changeClass == ChangeClass::Same || changeClass == ChangeClass::Moved;
}

} // namespace

WordClassifier::WordClassifier(const Lexicon &lexicon, const TermWeights &weights, const ParaphraseScorer &scorer,
                               double sensitivity, Cancellation cancel)
    : WordClassifier(lexicon, weights, std::span<const ParaphraseScorer *const>(std::array { &scorer }), sensitivity,
                     std::move(cancel))
{
}

WordClassifier::WordClassifier(const Lexicon &lexicon, const TermWeights &weights,
                               std::span<const ParaphraseScorer *const> scorers, double sensitivity, Cancellation cancel)
    : m_lexicon(lexicon)
    , m_weights(weights)
    , m_scorers(scorers.begin(), scorers.end())
    , m_rewordedBias((std::clamp(sensitivity, 0.0, 1.0) - 0.5) * 4.0)
    , m_cancel(std::move(cancel))
{
}

std::vector<bool> WordClassifier::capitalized(const FlatDocument &flat, const TokenizedArticle &tokens,
                                              const std::vector<Paragraph> &paragraphs)
{
    std::vector<bool> result(size_t(flat.size()), false);
    for (qint32 p = 0; p < qint32(flat.paragraphStart.size()); ++p) {
        for (qint32 j = flat.paragraphStart[size_t(p)]; j < flat.paragraphEnd(p); ++j) {
            const Token &token = tokens.paragraphs[size_t(p)].tokens[size_t(flat.tokens[size_t(j)])];
            if (token.kind != TokenKind::Word)
                continue;
            const QStringView word = QStringView(paragraphs[size_t(p)].text).mid(token.start, token.end - token.start);
            const bool lower = std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLower(); });
            result[size_t(j)] = !word.isEmpty() && word.front().isUpper() && lower;
        }
    }
    return result;
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
    softmaxInPlace(z);
    return z;
}

WordClassifier::Probabilities WordClassifier::probabilities(const Features &features)
{
    Probabilities z { 0.0, WordClassModel::bias[0], WordClassModel::bias[1] };
    for (size_t i = 0; i < size_t(FeatureCount); ++i) {
        z[1] += WordClassModel::reworded[i] * features[i];
        z[2] += WordClassModel::added[i] * features[i];
    }
    softmaxInPlace(z);
    return z;
}

WordClassifier::Evidence WordClassifier::gather(const FlatDocument &base, const FlatDocument &other,
                                               const PairAlignment &alignment,
                                               const std::vector<bool> &capitalized, FeatureRows rows) const
{
    return WordEvidenceGatherer(m_lexicon, m_weights, m_scorers, m_cancel)
        .gather(base, other, alignment, capitalized, rows == FeatureRows::Keep);
}

std::vector<WordClassifier::Class> WordClassifier::decide(const Evidence &evidence, const FlatDocument &other,
                                                          const std::vector<Probabilities> &probabilities,
                                                          const Decoding &decoding)
{
    // Viterbi over the article's words in order: each word's class scores
    // log p(class) + bias, each step from one class to the next scores the
    // transition; the best path through the whole article wins. The walk
    // forward needs the previous word's scores only; the walk back reads,
    // per word, the class each class came from (3 bytes a word).
    const qint32 size = other.size();
    std::vector<Class> classes(size_t(size), New);
    constexpr double impossible = -1e30;
    std::vector<qint32> words;
    for (qint32 j = 0; j < size; ++j)
        if (evidence.fixedClass[size_t(j)] != Evidence::punctuation)
            words.push_back(j);
    std::array<double, ClassCount> previous {};
    std::vector<std::array<qint8, ClassCount>> back(words.size());
    qint32 sentence = 0;
    for (size_t w = 0; w < words.size(); ++w) {
        const qint32 j = words[w];
        while (size_t(sentence + 1) < other.sentenceStarts.size() && other.sentenceStarts[size_t(sentence + 1)] <= j)
            ++sentence;
        const bool hasSource = evidence.sources[size_t(sentence)].best >= 0;
        const qint8 fixed = evidence.fixedClass[size_t(j)];
        const Probabilities *row =
            fixed == Evidence::open ? &probabilities[size_t(evidence.openRows.rowOf(j))] : nullptr;
        std::array<double, ClassCount> local {};
        for (int c = 0; c < ClassCount; ++c) {
            if (fixed != Evidence::open)
                local[size_t(c)] = c == fixed ? 0.0 : impossible;
            else if ((c == Verbatim && !evidence.inBase[size_t(j)])
                     || (c == Reworded
                         && (!hasSource || evidence.pureInsertion[size_t(evidence.openRows.rowOf(j))])))
                local[size_t(c)] = impossible; // nothing to copy from, or nothing that was reworded
            else
                local[size_t(c)] = std::log(std::max(1e-12, (*row)[size_t(c)])) + decoding.bias[size_t(c)];
        }
        std::array<double, ClassCount> score {};
        for (int c = 0; c < ClassCount; ++c) {
            if (w == 0) {
                score[size_t(c)] = local[size_t(c)];
                continue;
            }
            double best = -std::numeric_limits<double>::infinity();
            qint8 from = 0;
            for (int p = 0; p < ClassCount; ++p) {
                const double value = previous[size_t(p)] + decoding.transition[size_t(p)][size_t(c)];
                if (value > best) {
                    best = value;
                    from = qint8(p);
                }
            }
            score[size_t(c)] = best + local[size_t(c)];
            back[w][size_t(c)] = from;
        }
        previous = score;
    }
    if (!words.empty()) {
        qint8 c = qint8(std::max_element(previous.begin(), previous.end()) - previous.begin());
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
    Decoding decoding { WordClassModel::decodingBias, WordClassModel::transition };
    decoding.bias[Reworded] += m_rewordedBias;
    return decide(evidence, other, evidence.probabilities, decoding);
}

WordClassifier::Class WordClassifier::secondChoice(const Evidence &evidence, qint32 j, bool hasSource) const
{
    const qint32 row = evidence.openRows.rowOf(j);
    if (row < 0 || !hasSource || evidence.pureInsertion[size_t(row)])
        return New;
    const Probabilities &p = evidence.probabilities[size_t(row)];
    const double reworded = std::log(std::max(1e-12, p[Reworded])) + WordClassModel::decodingBias[Reworded] + m_rewordedBias;
    const double added = std::log(std::max(1e-12, p[New])) + WordClassModel::decodingBias[New];
    return reworded > added ? Reworded : New;
}

void WordClassifier::apply(const FlatDocument &base, const FlatDocument &other, const Evidence &evidence,
                           const std::vector<Class> &classes, PairAlignment *alignment) const
{
    TokenLabels &a = alignment->a;
    TokenLabels &b = alignment->b;
    alignment->paraphrases.clear();

    const std::vector<VerbatimPairer::Outcome> outcome = VerbatimPairer(base, other, m_lexicon, int(m_scorers.size())).pair(evidence, classes, &b);
    // What each word ends up as once pairing is done: Verbatim only where it
    // was paired; then reworded words their source does not support are new.
    std::vector<Class> decided(classes.size(), New);
    const RewordingSupport support(base, other, m_lexicon, *m_scorers.front());
    for (qint32 s = 0; s < qint32(other.sentenceStarts.size()); ++s) {
        const SourceSentence &source = evidence.sources[size_t(s)];
        for (qint32 j = other.sentenceStarts[size_t(s)]; j < other.sentenceEnd(s); ++j) {
            switch (outcome[size_t(j)]) {
            case VerbatimPairer::Outcome::Paired:
                decided[size_t(j)] = Verbatim;
                break;
            case VerbatimPairer::Outcome::Repeated:
                decided[size_t(j)] = New; // its base text is accounted for by other copied text
                break;
            case VerbatimPairer::Outcome::Unsourced:
                // Written like the base, but from nowhere in particular: the
                // model's choice between the other two classes.
                decided[size_t(j)] = secondChoice(evidence, j, source.best >= 0);
                break;
            case VerbatimPairer::Outcome::Open:
                decided[size_t(j)] = classes[size_t(j)];
                break;
            }
        }
        support.dropUnsupported(s, source, &decided);
    }
    for (qint32 s = 0; s < qint32(other.sentenceStarts.size()); ++s) {
        const SourceSentence &source = evidence.sources[size_t(s)];
        qint32 group = -1;
        for (qint32 j = other.sentenceStarts[size_t(s)]; j < other.sentenceEnd(s); ++j) {
            if (outcome[size_t(j)] == VerbatimPairer::Outcome::Paired)
                continue;
            if (decided[size_t(j)] == Reworded && source.best >= 0) {
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
                b.set(j, ChangeClass::Paraphrased, group);
            } else {
                b.set(j, ChangeClass::Added);
            }
        }
    }

    // The base side follows: a base word is same or moved when a word of the
    // other article is paired with it (VerbatimPairer pairs it with one at
    // most), paraphrased when reworded text stands for it, removed
    // otherwise.
    a.reset(base.size(), ChangeClass::Removed);
    for (qint32 j = 0; j < other.size(); ++j) {
        if (isCopied(b.classes[size_t(j)]))
            a.set(b.counterpart(j), b.classes[size_t(j)], j);
    }
    markReworded(other, alignment);
}

void WordClassifier::markReworded(const FlatDocument &other, PairAlignment *alignment)
{
    // What a stretch of reworded words stands for is the base text between
    // the copied words around it: "Train drivers went on strike across"
    // rewords the "walked out" of "LONDON, May 2 (Reuters) - Train drivers
    // walked out across", and the dateline before "Train", which nothing
    // stands for, was dropped. Only the source sentence's words count as
    // anchors; a stretch without one on a side reaches the sentence's end
    // there, so a sentence reworded as a whole stands for all of its
    // source. Reordered anchors bound the stretch in either order.
    TokenLabels &a = alignment->a;
    const TokenLabels &b = alignment->b;
    for (qint32 j = 0; j < other.size();) {
        const qint32 group = b.group(j);
        if (b.classes[size_t(j)] != ChangeClass::Paraphrased) {
            ++j;
            continue;
        }
        qint32 end = j + 1;
        while (end < other.size() && b.classes[size_t(end)] == ChangeClass::Paraphrased && b.group(end) == group)
            ++end;
        const ParaphraseLink &link = alignment->paraphrases[size_t(group)];
        const qint32 sentence = other.sentenceOf(j);
        const auto anchor = [&](qint32 k) {
            const qint32 i = isCopied(b.classes[size_t(k)]) ? b.counterpart(k) : -1;
            return i >= link.aBegin && i < link.aEnd ? i : -1;
        };
        qint32 before = -1;
        for (qint32 k = j - 1; k >= other.sentenceStarts[size_t(sentence)] && before < 0; --k)
            before = anchor(k);
        qint32 after = -1;
        for (qint32 k = end; k < other.sentenceEnd(sentence) && after < 0; ++k)
            after = anchor(k);
        if (before < 0)
            before = link.aBegin - 1;
        if (after < 0)
            after = link.aEnd;
        for (qint32 i = std::min(before, after) + 1; i < std::max(before, after); ++i) {
            if (a.classes[size_t(i)] == ChangeClass::Removed)
                a.set(i, ChangeClass::Paraphrased, group);
        }
        j = end;
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
        "ContentNotInBase", "BestCosine", "NeighbourCosine", "SentencePosition", "InQuote",
        "QuotedUncopied",
    };
    return feature >= 0 && feature < FeatureCount ? names[size_t(feature)] : "";
}

} // namespace WireDiff
