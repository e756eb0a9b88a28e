#include "closestbasesentences.h"

#include "flatdocument.h"
#include "lexicon.h"
#include "postings.h"
#include "termweights.h"
#include "wordclassifier.h"

#include <algorithm>
#include <cmath>

namespace WireDiff {

namespace {

// A stem in more base sentences than this is left out of the cosine's dot
// products (its weight is small; its list would make the cost quadratic).
constexpr qint32 cosinePostings = 192;

} // namespace

std::vector<double> ClosestBaseSentences::baseNorms(const FlatDocument &base, const std::vector<qint32> &stemOfContent,
                                                   const std::vector<qint32> &sentenceOfContent) const
{
    // TF-IDF vectors of content stems (term frequency times the stem's
    // rarity weight); every base sentence competes, not only the candidates
    // the diff proposes.
    const size_t baseSentences = base.sentenceStarts.size();
    std::vector<double> baseNorm(baseSentences, 0.0);
    for (size_t p = 0; p < stemOfContent.size();) {
        // stemOfContent runs through the base in order: count each stem once per sentence run
        const qint32 sentence = sentenceOfContent[p];
        size_t end = p;
        while (end < stemOfContent.size() && sentenceOfContent[end] == sentence)
            ++end;
        std::vector<qint32> stems(stemOfContent.begin() + qsizetype(p), stemOfContent.begin() + qsizetype(end));
        std::sort(stems.begin(), stems.end());
        for (size_t k = 0; k < stems.size();) {
            size_t same = k;
            while (same < stems.size() && stems[same] == stems[k])
                ++same;
            const double value = double(same - k) * m_weights.weight(stems[k]);
            baseNorm[size_t(sentence)] += value * value;
            k = same;
        }
        p = end;
    }
    return baseNorm;
}

void ClosestBaseSentences::find(const Inputs &in, qint32 from, qint32 to,
                                std::vector<std::pair<double, qint32>> *closestOut) const
{
    const FlatDocument &base = in.base;
    const FlatDocument &other = in.other;
    const std::vector<qint32> &otherWords = in.otherWords;
    const std::vector<qint32> &otherKeys = in.otherKeys;
    const std::vector<qint8> &fixedClass = in.fixedClass;
    const std::vector<qint32> &sentenceOfContent = in.sentenceOfContent;
    const Postings &stemSentences = in.stemSentences;
    const std::vector<double> &baseNorm = in.baseNorm;
    std::vector<std::pair<double, qint32>> &closest = *closestOut;
    const size_t baseSentences = base.sentenceStarts.size();
    std::vector<double> dot(baseSentences, 0.0);
    std::vector<qint32> touched;
    std::vector<qint32> stems;
    const auto m = qint32(otherWords.size());
    qint32 q = qint32(std::lower_bound(otherWords.begin(), otherWords.end(), other.sentenceStarts[size_t(from)])
                      - otherWords.begin());
    for (qint32 s = from; s < to && !m_cancel.isCancelled(); ++s) {
        const qint32 end = other.sentenceEnd(s);
        const qint32 firstWord = q;
        while (q < m && otherWords[size_t(q)] < end)
            ++q;
        bool open = false;
        stems.clear();
        for (qint32 k = firstWord; k < q; ++k) {
            open = open || fixedClass[size_t(otherWords[size_t(k)])] == WordClassifier::Evidence::open;
            if (m_lexicon.isContent(otherKeys[size_t(k)]))
                stems.push_back(m_lexicon.stem(otherKeys[size_t(k)]));
        }
        if (!open) {
            closest[size_t(s)].first = 1.0; // copied whole in long runs
            continue;
        }
        std::sort(stems.begin(), stems.end());
        double norm = 0;
        touched.clear();
        for (size_t k = 0; k < stems.size();) {
            size_t same = k;
            while (same < stems.size() && stems[same] == stems[k])
                ++same;
            const qint32 stem = stems[k];
            const double w = m_weights.weight(stem);
            const double tf = double(same - k);
            norm += tf * w * tf * w;
            k = same;
            if (stemSentences.count(stem) > cosinePostings)
                continue; // common: little weight, and a long list
            for (const qint32 *it = stemSentences.begin(stem); it != stemSentences.end(stem); ++it) {
                const qint32 sentence = sentenceOfContent[size_t(*it)];
                if (dot[size_t(sentence)] == 0.0)
                    touched.push_back(sentence);
                dot[size_t(sentence)] += tf * w * w;
            }
        }
        for (const qint32 sentence : touched) {
            const double denominator = std::sqrt(norm * baseNorm[size_t(sentence)]);
            const double cosine = denominator > 0 ? dot[size_t(sentence)] / denominator : 0.0;
            if (cosine > closest[size_t(s)].first
                || (cosine == closest[size_t(s)].first && sentence < closest[size_t(s)].second))
                closest[size_t(s)] = { cosine, sentence };
            dot[size_t(sentence)] = 0.0;
        }
    }
}

} // namespace WireDiff
