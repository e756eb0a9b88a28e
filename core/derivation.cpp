#include "derivation.h"

#include "comparison.h"
#include "derivationmodel.h"
#include "softmax.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace WireDiff {

namespace {

// Words (runs of letters or digits) in text[start, end).
qint32 wordsIn(const QString &text, qint32 start, qint32 end)
{
    qint32 words = 0;
    bool inWord = false;
    for (qint32 i = std::max<qint32>(0, start); i < std::min<qint32>(end, qint32(text.size())); ++i) {
        const bool letter = text[i].isLetterOrNumber();
        words += letter && !inWord;
        inWord = letter;
    }
    return words;
}

bool isCopied(ChangeClass changeClass)
{
    return changeClass == ChangeClass::Same || changeClass == ChangeClass::Moved;
}

// Per paragraph of the base, the stretches that reworded text of the
// article links to (the sentences it rewords), merged where they overlap.
std::vector<std::vector<std::pair<qint32, qint32>>> rewordedSentences(const Comparison &comparison, qint32 article)
{
    std::vector<std::vector<std::pair<qint32, qint32>>> stretches(
        comparison.articles[size_t(comparison.base)].paragraphs.size());
    for (const DiffSpan &span : comparison.comparisonFor(article).otherSpans) {
        if (span.changeClass == ChangeClass::Paraphrased && span.hasLink()
            && size_t(span.linkParagraph) < stretches.size())
            stretches[size_t(span.linkParagraph)].emplace_back(span.linkStart, span.linkEnd);
    }
    for (std::vector<std::pair<qint32, qint32>> &list : stretches) {
        std::sort(list.begin(), list.end());
        std::vector<std::pair<qint32, qint32>> merged;
        for (const auto &stretch : list) {
            if (!merged.empty() && stretch.first <= merged.back().second)
                merged.back().second = std::max(merged.back().second, stretch.second);
            else
                merged.push_back(stretch);
        }
        list = std::move(merged);
    }
    return stretches;
}

} // namespace

Derivation::Figures Derivation::figures(const Comparison &comparison, qint32 article)
{
    Figures result {};
    if (article < 0 || size_t(article) >= comparison.articles.size() || article == comparison.base || comparison.base < 0)
        return result;
    const ClassCounts &counts = comparison.counts[size_t(article)];
    const ClassCounts &source = comparison.counts[size_t(comparison.base)];
    result[Copied] = counts.share(counts.same + counts.moved);
    result[Reworded] = counts.share(counts.paraphrased);
    result[Contained] = comparison.containment[size_t(article)][size_t(comparison.base)].verbatim;
    if (counts.words > 0 && source.words > 0)
        result[LengthRatio] = std::clamp(std::log2(double(counts.words) / double(source.words)), -4.0, 2.0) / 4.0;
    else
        result[LengthRatio] = -1.0;

    // Per paragraph: its words, and those copied or reworded; the spans of
    // one paragraph are sorted and cover every token.
    const std::vector<Paragraph> &paragraphs = comparison.articles[size_t(article)].paragraphs;
    std::vector<qint32> words(paragraphs.size(), 0);
    std::vector<qint32> derived(paragraphs.size(), 0);
    qint32 longest = 0;
    qint64 total = 0;
    for (const DiffSpan &span : comparison.comparisonFor(article).otherSpans) {
        if (span.paragraph < 0 || size_t(span.paragraph) >= paragraphs.size()
            || !isCountedRole(paragraphs[size_t(span.paragraph)].role))
            continue;
        const qint32 n = wordsIn(paragraphs[size_t(span.paragraph)].text, span.start, span.end);
        words[size_t(span.paragraph)] += n;
        total += n;
        if (isCopied(span.changeClass) || span.changeClass == ChangeClass::Paraphrased)
            derived[size_t(span.paragraph)] += n;
        if (isCopied(span.changeClass))
            longest = std::max(longest, n);
    }
    qint32 counted = 0;
    qint32 mostlyDerived = 0;
    qint32 underived = 0;
    for (size_t p = 0; p < paragraphs.size(); ++p) {
        if (words[p] == 0)
            continue;
        ++counted;
        mostlyDerived += 2 * derived[p] >= words[p];
        underived += derived[p] == 0;
    }
    result[LongestRun] = total > 0 ? double(longest) / double(total) : 0.0;
    result[DerivedParagraphs] = counted > 0 ? double(mostlyDerived) / counted : 0.0;
    result[NewParagraphs] = counted > 0 ? double(underived) / counted : 1.0;

    result[SourceContained] = comparison.containment[size_t(comparison.base)][size_t(article)].verbatim;
    // The source's words the article keeps include all of every sentence
    // it rewords, though the display shows words a rewording dropped (a
    // dateline, a clause) as removed: the model was fitted on these two
    // figures counted that way, and counting the dropped words as lost
    // costs it 0.025 of METER's article-level macro F1 (TEST half).
    const std::vector<Paragraph> &sourceParagraphs = comparison.articles[size_t(comparison.base)].paragraphs;
    const std::vector<std::vector<std::pair<qint32, qint32>>> rewordedSources = rewordedSentences(comparison, article);
    std::vector<bool> kept(sourceParagraphs.size(), false);
    qint64 removed = counts.removed;
    for (const DiffSpan &span : comparison.comparisonFor(article).baseSpans) {
        if (span.paragraph < 0 || size_t(span.paragraph) >= kept.size())
            continue;
        const QString &text = sourceParagraphs[size_t(span.paragraph)].text;
        if (span.changeClass != ChangeClass::Removed) {
            kept[size_t(span.paragraph)] = kept[size_t(span.paragraph)] || wordsIn(text, span.start, span.end) > 0;
            continue;
        }
        for (const auto &[start, end] : rewordedSources[size_t(span.paragraph)]) {
            const qint32 words = wordsIn(text, std::max(start, span.start), std::min(end, span.end));
            kept[size_t(span.paragraph)] = kept[size_t(span.paragraph)] || words > 0;
            if (isCountedRole(sourceParagraphs[size_t(span.paragraph)].role))
                removed -= words;
        }
    }
    result[SourceUsed] = source.words > 0 ? 1.0 - double(std::max<qint64>(0, removed)) / double(source.words) : 0.0;
    qint32 sourceCounted = 0;
    qint32 sourceKept = 0;
    for (size_t p = 0; p < sourceParagraphs.size(); ++p) {
        if (!isCountedRole(sourceParagraphs[p].role))
            continue;
        ++sourceCounted;
        sourceKept += kept[p];
    }
    result[SourceParagraphs] = sourceCounted > 0 ? double(sourceKept) / sourceCounted : 0.0;
    result[Length] = std::log2(1.0 + double(counts.words)) / 10.0;
    return result;
}

Derivation::Probabilities Derivation::probabilities(const Figures &figures, const Weights &weights)
{
    std::array<double, 3> logit { 0.0, weights[0][0], weights[1][0] };
    for (size_t k = 0; k < 2; ++k)
        for (size_t i = 0; i < figures.size(); ++i)
            logit[k + 1] += weights[k][i + 1] * figures[i];
    softmaxInPlace(logit);
    return logit;
}

DerivationLevel Derivation::classify(const Figures &figures, const Weights &weights, const Probabilities &bias)
{
    const Probabilities p = probabilities(figures, weights);
    size_t best = 0;
    for (size_t k = 1; k < p.size(); ++k)
        if (std::log(p[k]) + bias[k] > std::log(p[best]) + bias[best])
            best = k;
    return DerivationLevel(best);
}

DerivationLevel Derivation::classify(const Figures &figures)
{
    return classify(figures, DerivationModel::weights, DerivationModel::decisionBias);
}

QString Derivation::name(DerivationLevel level)
{
    switch (level) {
    case DerivationLevel::Wholly: return QStringLiteral("wholly-derived");
    case DerivationLevel::Partially: return QStringLiteral("partially-derived");
    case DerivationLevel::None: return QStringLiteral("non-derived");
    }
    return QString();
}

QString Derivation::figureName(int figure)
{
    switch (Figure(figure)) {
    case Copied: return QStringLiteral("Copied");
    case Reworded: return QStringLiteral("Reworded");
    case Contained: return QStringLiteral("Contained");
    case SourceUsed: return QStringLiteral("SourceUsed");
    case LengthRatio: return QStringLiteral("LengthRatio");
    case LongestRun: return QStringLiteral("LongestRun");
    case DerivedParagraphs: return QStringLiteral("DerivedParagraphs");
    case NewParagraphs: return QStringLiteral("NewParagraphs");
    case SourceContained: return QStringLiteral("SourceContained");
    case SourceParagraphs: return QStringLiteral("SourceParagraphs");
    case Length: return QStringLiteral("Length");
    case FigureCount: break;
    }
    return QString();
}

} // namespace WireDiff
