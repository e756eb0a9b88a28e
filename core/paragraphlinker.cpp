#include "paragraphlinker.h"

#include "flatdocument.h"
#include "lexicon.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace WireDiff {

ParagraphLinker::ParagraphLinker(const std::vector<FlatDocument> &flat, const Lexicon &lexicon, qint32 base)
    : m_flat(flat)
    , m_lexicon(lexicon)
    , m_base(base)
{
}

qint32 ParagraphLinker::wordCount(qint32 article, qint32 flatBegin, qint32 flatEnd) const
{
    qint32 words = 0;
    for (qint32 i = flatBegin; i < flatEnd; ++i)
        words += !m_lexicon.isPunctuation(m_flat[size_t(article)].keys[size_t(i)]);
    return words;
}

qint32 ParagraphLinker::unreadWords(const Paragraph &paragraph)
{
    return qint32(QStringView(paragraph.text).split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

std::vector<ParagraphEvidence> ParagraphLinker::sameBoilerplateLinks(const std::vector<const std::vector<Paragraph> *> &paragraphs,
                                                                     qint32 base)
{
    struct FirstCopy
    {
        qint32 article = 0;
        qint32 paragraph = 0;
        std::vector<bool> linked; // [article]
    };
    QHash<QString, FirstCopy> firstCopies;
    std::vector<ParagraphEvidence> links;
    const auto count = qint32(paragraphs.size());
    for (qint32 step = 0; step < count; ++step) {
        // The base first, so every copy ties to the base's when it has one.
        const qint32 article = step == 0 ? base : (step <= base ? step - 1 : step);
        const std::vector<Paragraph> &own = *paragraphs[size_t(article)];
        for (qint32 p = 0; p < qint32(own.size()); ++p) {
            if (own[size_t(p)].role != ParagraphRole::Boilerplate)
                continue;
            const QString key = own[size_t(p)].text.simplified().toCaseFolded();
            if (key.isEmpty())
                continue;
            auto it = firstCopies.find(key);
            if (it == firstCopies.end()) {
                FirstCopy first { article, p, std::vector<bool>(size_t(count), false) };
                first.linked[size_t(article)] = true;
                firstCopies.insert(key, first);
                continue;
            }
            if (it->linked[size_t(article)])
                continue;
            it->linked[size_t(article)] = true;
            links.push_back(ParagraphEvidence { it->article, it->paragraph, article, p,
                                                double(unreadWords(own[size_t(p)])) });
        }
    }
    std::sort(links.begin(), links.end(), ParagraphEvidence::byEnds);
    return links;
}

std::vector<ParagraphEvidence> ParagraphLinker::baseLinks(qint32 other, const PairAlignment &pair) const
{
    const qint32 base = m_base;
    const FlatDocument &flatBase = m_flat[size_t(base)];
    const FlatDocument &flatOther = m_flat[size_t(other)];
    QHash<quint64, double> weights; // (base paragraph << 32 | other paragraph) -> shared words
    const auto key = [](qint32 pb, qint32 px) { return (quint64(quint32(pb)) << 32) | quint32(px); };
    for (qint32 j = 0; j < flatOther.size(); ++j) {
        const qint32 i = pair.b.counterpart(j);
        if (i < 0 || m_lexicon.isPunctuation(flatOther.keys[size_t(j)]))
            continue;
        weights[key(flatBase.paragraphOf(i), flatOther.paragraphOf(j))] += 1;
    }
    // A reworded stretch counts its reworded words only (the copied words
    // inside it are counted above, through their counterparts). Every
    // stretch the panes paint as reworded counts, whatever its sentence's
    // paraphrase score: a paragraph shown as rewording a base paragraph
    // shares its row, and is never also put in a row of its own as found in
    // no other source (the classifier's reworded words already follow the
    // paraphrase slider).
    for (qint32 g = 0; g < qint32(pair.paraphrases.size()); ++g) {
        const ParaphraseLink &link = pair.paraphrases[size_t(g)];
        qint32 reworded = 0;
        for (qint32 j = link.bBegin; j < link.bEnd; ++j)
            reworded += pair.b.group(j) == g && !m_lexicon.isPunctuation(flatOther.keys[size_t(j)]);
        const qint32 words = std::min(wordCount(base, link.aBegin, link.aEnd), reworded);
        weights[key(flatBase.paragraphOf(link.aBegin), flatOther.paragraphOf(link.bBegin))] += words;
    }
    std::vector<ParagraphEvidence> links;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        links.push_back(ParagraphEvidence { base, qint32(it.key() >> 32), other, qint32(it.key() & 0xFFFFFFFFu), it.value() });
    // Not in the hash's order, which changes from run to run: which of two
    // equally strong links wins (here and in the aligner) must not.
    std::sort(links.begin(), links.end(), ParagraphEvidence::byEnds);
    return links;
}

std::vector<ParagraphEvidence> ParagraphLinker::leftoverLinks(const std::vector<ParagraphEvidence> &links) const
{
    // Links join paragraphs of two articles besides the base: a pair has
    // none, and the 3-grams of its other article (a million of a
    // 1M-word text) would be gathered for nothing.
    if (m_flat.size() < 3)
        return {};
    // A paragraph is left over when its best base link is weak, or when the
    // base paragraph it points to is taken by a stronger, non-adjacent
    // paragraph of its article (a repeat: the diff matches text only once).
    const auto key = [](qint32 article, qint32 paragraph) { return (quint64(article) << 32) | quint32(paragraph); };
    QHash<quint64, const ParagraphEvidence *> best;      // other paragraph -> its strongest base link
    QHash<quint64, const ParagraphEvidence *> owner;     // (article, base paragraph) -> strongest link to it
    for (const ParagraphEvidence &link : links) {
        const ParagraphEvidence *&b = best[key(link.otherArticle, link.otherParagraph)];
        if (!b || link.weight > b->weight)
            b = &link;
        const ParagraphEvidence *&o = owner[key(link.otherArticle, link.paragraph)];
        if (!o || link.weight > o->weight)
            o = &link;
    }
    const auto isLeftover = [&](qint32 article, qint32 paragraph, qint32 words) {
        const ParagraphEvidence *link = best.value(key(article, paragraph));
        if (!link || link->weight < ParagraphAligner::minCoverage * words)
            return true;
        const ParagraphEvidence *taken = owner.value(key(article, link->paragraph));
        return taken && taken != link && std::abs(taken->otherParagraph - paragraph) > 1;
    };
    // 3-gram -> (article, paragraph, leftover?) over every non-base paragraph:
    // a leftover may pair with another leftover (both lack the base) or with
    // a paragraph that has its base row (the leftover repeats it).
    struct Posting
    {
        qint32 article;
        qint32 paragraph;
        bool leftover;
    };
    QHash<quint64, std::vector<Posting>> grams;
    // Per paragraph: its counted words and its 3-grams that can count, so a
    // link's weight says how much of the shorter paragraph it covers.
    std::vector<std::vector<std::pair<qint32, qint32>>> sizes(static_cast<size_t>(qint32(m_flat.size())));
    for (qint32 a = 0; a < qint32(m_flat.size()); ++a) {
        if (a == m_base)
            continue;
        const FlatDocument &flat = m_flat[size_t(a)];
        sizes[size_t(a)].assign(flat.paragraphStart.size(), { 0, 0 });
        for (qint32 p = 0; p < qint32(flat.paragraphStart.size()); ++p) {
            const qint32 begin = flat.paragraphStart[size_t(p)];
            const qint32 end = size_t(p + 1) < flat.paragraphStart.size() ? flat.paragraphStart[size_t(p + 1)] : flat.size();
            const qint32 words = wordCount(a, begin, end);
            if (words == 0)
                continue;
            const bool leftover = isLeftover(a, p, words);
            sizes[size_t(a)][size_t(p)].first = words;
            for (qint32 i = begin; i + 3 <= end; ++i) {
                // A run of digits and dashes ("2023 - 01") says nothing about
                // what two paragraphs state: only runs with two words count.
                const auto isWord = [&](qint32 k) {
                    return m_lexicon.isContent(flat.keys[size_t(k)]) && !m_lexicon.isNumber(flat.keys[size_t(k)]);
                };
                if (int(isWord(i)) + int(isWord(i + 1)) + int(isWord(i + 2)) < 2)
                    continue;
                ++sizes[size_t(a)][size_t(p)].second;
                const quint64 gram = (quint64(quint32(flat.keys[size_t(i)])) * 1000003u)
                    ^ (quint64(quint32(flat.keys[size_t(i + 1)])) << 21) ^ (quint64(quint32(flat.keys[size_t(i + 2)])) << 42);
                auto &postings = grams[gram];
                if (postings.empty() || postings.back().article != a || postings.back().paragraph != p)
                    postings.push_back(Posting { a, p, leftover });
            }
        }
    }
    QHash<std::pair<quint64, quint64>, double> shared;
    for (const auto &postings : std::as_const(grams)) {
        if (postings.size() < 2 || postings.size() > 16)
            continue;
        for (size_t x = 0; x < postings.size(); ++x) {
            for (size_t y = x + 1; y < postings.size(); ++y) {
                if (postings[x].article == postings[y].article || !(postings[x].leftover || postings[y].leftover))
                    continue;
                shared[{ (quint64(postings[x].article) << 32) | quint32(postings[x].paragraph),
                         (quint64(postings[y].article) << 32) | quint32(postings[y].paragraph) }] += 1;
            }
        }
    }
    std::vector<ParagraphEvidence> result;
    for (auto it = shared.cbegin(); it != shared.cend(); ++it) {
        // Only 3-grams with two content words count, a fraction of a
        // paragraph's words (about a third in Darwin's prose): the weight is
        // the share of the shorter paragraph's countable 3-grams found in
        // the other, in words of that paragraph, as base links count words.
        const auto article = qint32(it.key().first >> 32), paragraph = qint32(it.key().first & 0xFFFFFFFFu);
        const auto otherArticle = qint32(it.key().second >> 32), otherParagraph = qint32(it.key().second & 0xFFFFFFFFu);
        const auto [words, countable] = sizes[size_t(article)][size_t(paragraph)];
        const auto [otherWords, otherCountable] = sizes[size_t(otherArticle)][size_t(otherParagraph)];
        const qint32 fewer = std::min(countable, otherCountable);
        const double covered = fewer > 0 ? std::min(1.0, it.value() / double(fewer)) : 0.0;
        result.push_back(ParagraphEvidence { article, paragraph, otherArticle, otherParagraph,
                                             std::max(it.value() + 2, covered * double(std::min(words, otherWords))) });
    }
    std::sort(result.begin(), result.end(), ParagraphEvidence::byEnds);
    return result;
}

} // namespace WireDiff
