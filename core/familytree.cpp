#include "familytree.h"

#include "article.h"
#include "articletext.h"
#include "factagreement.h"
#include "familyorder.h"
#include "lexicon.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <array>

namespace WireDiff {

namespace {

// lupdate takes the context from this declaration, so messages from free
// functions and helper classes land where the lookup at run time finds them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(WireDiff::FamilyTree)
};

// Why `id` has no parent, in the words of its evidence.
QString rootText(const QString &id, const FamilyTree::Evidence &e)
{
    using Reason = FamilyTree::Reason;
    switch (e.root) {
    case FamilyTree::Root::Alone:
        return Messages::tr("%1 is an original here: it shares too little with any other version.").arg(id);
    case FamilyTree::Root::NotFound:
        return Messages::tr("%1 is an original here: too little of it is found in the versions placed before it.").arg(id);
    case FamilyTree::Root::Source:
        break;
    }
    switch (e.reason) {
    case Reason::PublishedFirst:
        return Messages::tr("%1 is taken as the source: it was published before the versions related to it that give a "
                            "publication time.").arg(id);
    case Reason::WireCopy:
        return Messages::tr("%1 is taken as the source: it is a news agency's own copy, as its format shows, and outlets "
                            "print from the wire.").arg(id);
    case Reason::AgencyCredit:
        return Messages::tr("%1 is taken as the source, mainly because its dateline or credit line names the news agency "
                            "the versions related to it come from.").arg(id);
    case Reason::Fuller:
        return Messages::tr("%1 is taken as the source, mainly because versions related to it read as cut from it: they "
                            "are found in it more fully than it is found in them.").arg(id);
    case Reason::OthersAdded:
        return Messages::tr("%1 is taken as the source, mainly because the versions that hold more than it does add text "
                            "that no other version has.").arg(id);
    case Reason::Consensus:
        return Messages::tr("%1 is taken as the source, mainly because it is closer to what most versions share than the "
                            "versions related to it are.").arg(id);
    case Reason::OlderFile:
        return Messages::tr("%1 is taken as the source, mainly because its file is older than those of the versions related "
                            "to it and the texts tell little else (file times may be no more than copy times).").arg(id);
    case Reason::None:
        break;
    }
    return Messages::tr("%1 is taken as the source: nothing in the texts or times tells it apart from the versions "
                        "related to it, and it comes first in the folder.").arg(id);
}

// Word for word the same: every paragraph's text, in order (whatever its
// role), equal.
bool sameText(const Article &a, const Article &b)
{
    return a.paragraphs.size() == b.paragraphs.size()
        && std::equal(a.paragraphs.begin(), a.paragraphs.end(), b.paragraphs.begin(),
                      [](const Paragraph &x, const Paragraph &y) { return x.text == y.text; });
}

// The first two articles holding a 3-gram. A third makes it common, which
// `second` says: 8 bytes an entry, not 12, in a table of every distinct
// 3-gram of the articles.
struct Holders
{
    static constexpr qint32 none = -1;
    static constexpr qint32 common = -2;
    qint32 first = none;
    qint32 second = none;
};

} // namespace

std::vector<std::vector<qint32>> FamilyTreeBuilder::peculiarSharing(const std::vector<ArticleText> &texts,
                                                                    const Lexicon &lexicon)
{
    const auto n = qint32(texts.size());
    // Gram -> the first two articles holding it.
    QHash<quint64, Holders> holders;
    for (qint32 a = 0; a < n; ++a) {
        // The last three words, read from the keys as they go by: a list of
        // an article's words took 0.5 MB of a pair of 100k-word texts where
        // the comparison peaks.
        std::array<qint32, 3> words {};
        qint64 seen = 0;
        for (const qint32 key : texts[size_t(a)].flat->keys) {
            if (lexicon.isPunctuation(key))
                continue;
            words = { words[1], words[2], key };
            if (++seen < 3)
                continue;
            const quint64 gram = (quint64(quint32(words[0])) * 0x9E3779B97F4A7C15ull)
                ^ (quint64(quint32(words[1])) << 21) ^ (quint64(quint32(words[2])) << 42)
                ^ quint64(quint32(words[2]));
            Holders &h = holders[gram];
            if (h.first == a || h.second == a || h.second == Holders::common)
                continue;
            if (h.first == Holders::none)
                h.first = a;
            else if (h.second == Holders::none)
                h.second = a;
            else
                h.second = Holders::common;
        }
    }
    std::vector<std::vector<qint32>> shared(size_t(n), std::vector<qint32>(size_t(n), 0));
    for (const Holders &h : std::as_const(holders)) {
        if (h.second == Holders::none || h.second == Holders::common)
            continue;
        ++shared[size_t(h.first)][size_t(h.second)];
        ++shared[size_t(h.second)][size_t(h.first)];
    }
    return shared;
}

FamilyTree FamilyTreeBuilder::build(const std::vector<Article> &articles, const std::vector<ArticleText> &texts,
                                    const ContainmentMatrix &containment,
                                    const std::vector<double> &consensusDistance,
                                    const std::vector<double> &ownShares, const Lexicon &lexicon,
                                    const FactAgreement &facts)
{
    const auto n = qint32(articles.size());
    FamilyTree tree;
    tree.parent.assign(size_t(n), -1);
    tree.evidence.resize(size_t(n));
    const auto peculiar = peculiarSharing(texts, lexicon);
    std::vector<qint64> words(size_t(n), 0);
    for (qint32 a = 0; a < n; ++a)
        words[size_t(a)] = std::count_if(texts[size_t(a)].flat->keys.begin(), texts[size_t(a)].flat->keys.end(),
                                         [&lexicon](qint32 key) { return !lexicon.isPunctuation(key); });
    // [child][candidate]: the child's words found in the candidate, plus
    // peculiar runs as a share of the child's words counted three times a
    // shared word: they are what copying leaves and chance does not.
    std::vector<std::vector<double>> explained(size_t(n), std::vector<double>(size_t(n), 0.0));
    for (qint32 c = 0; c < n; ++c) {
        for (qint32 p = 0; p < n; ++p) {
            if (p == c)
                continue;
            const ContainmentShare &in = containment[size_t(c)][size_t(p)];
            const double peculiarShare = words[size_t(c)] > 0
                ? double(peculiar[size_t(c)][size_t(p)]) / double(words[size_t(c)]) : 0.0;
            explained[size_t(c)][size_t(p)] = in.verbatim + in.reworded + 3.0 * peculiarShare;
        }
    }
    const FamilyOrder order(articles, containment, consensusDistance, ownShares, explained);
    tree.order = order.generations();

    for (size_t k = 0; k < tree.order.size(); ++k) {
        const qint32 child = tree.order[k];
        std::vector<FamilyTree::Evidence> candidates;
        std::vector<qint32> candidateIds;
        for (size_t j = 0; j < k; ++j) {
            const qint32 candidate = tree.order[j];
            // Never a source published after its copy.
            if (order.publishedAfter(candidate, child))
                continue;
            if (explained[size_t(child)][size_t(candidate)] < minScore)
                continue;
            FamilyTree::Evidence evidence;
            const ContainmentShare &in = containment[size_t(child)][size_t(candidate)];
            const ContainmentShare &out = containment[size_t(candidate)][size_t(child)];
            evidence.childInParent = in.verbatim + in.reworded;
            evidence.parentInChild = out.verbatim + out.reworded;
            evidence.sharedPeculiar = peculiar[size_t(child)][size_t(candidate)];
            evidence.orderedByTime = order.publishedAfter(child, candidate);
            evidence.score = explained[size_t(child)][size_t(candidate)] + closenessWeight * evidence.parentInChild;
            evidence.factsShared = facts.shared(child, candidate);
            evidence.factsConflicting = facts.conflicting(child, candidate);
            candidates.push_back(evidence);
            candidateIds.push_back(candidate);
        }
        FamilyTree::Evidence &evidence = tree.evidence[size_t(child)];
        if (!candidates.empty()) {
            const auto byScore = [](const FamilyTree::Evidence &l, const FamilyTree::Evidence &r) {
                return l.score < r.score;
            };
            const size_t top = size_t(std::max_element(candidates.begin(), candidates.end(), byScore) - candidates.begin());
            size_t chosen = top;
            const auto factBalance = [](const FamilyTree::Evidence &e) { return e.factsShared - e.factsConflicting; };
            for (size_t c = 0; c < candidates.size(); ++c) {
                if (candidates[c].score < candidates[top].score - factTieMargin)
                    continue;
                const int balance = factBalance(candidates[c]);
                const int chosenBalance = factBalance(candidates[chosen]);
                if (balance > chosenBalance || (balance == chosenBalance && candidates[c].score > candidates[chosen].score))
                    chosen = c;
            }
            const qint32 bestParent = candidateIds[chosen];
            tree.parent[size_t(child)] = bestParent;
            evidence = candidates[chosen];
            if (chosen != top)
                evidence.passedOver = candidateIds[top];
            evidence.reason = order.terms(bestParent, child).strongest();
            evidence.childWords = words[size_t(child)];
            evidence.parentWords = words[size_t(bestParent)];
            evidence.identical = sameText(articles[size_t(child)], articles[size_t(bestParent)]);
            continue;
        }
        const auto isRelated = [&](qint32 other) { return order.related(child, other); };
        if (std::none_of(tree.order.begin(), tree.order.end(), isRelated)) {
            evidence.root = FamilyTree::Root::Alone;
        } else if (std::any_of(tree.order.begin(), tree.order.begin() + qsizetype(k), isRelated)) {
            evidence.root = FamilyTree::Root::NotFound;
        } else {
            evidence.root = FamilyTree::Root::Source;
            evidence.reason = order.sourceReason(child);
        }
    }
    return tree;
}

FamilyTree::Length FamilyTree::lengthOf(qint64 childWords, qint64 parentWords)
{
    if (double(childWords) <= shortenedRatio * double(parentWords))
        return Length::Shorter;
    if (shortenedRatio * double(childWords) >= double(parentWords))
        return Length::Longer;
    return Length::AboutAsLong;
}

QString FamilyTree::describe(qint32 article, const std::vector<Article> &articles) const
{
    const QString &id = articles[size_t(article)].id;
    const Evidence &e = evidence[size_t(article)];
    const qint32 from = parent[size_t(article)];
    if (from < 0)
        return rootText(id, e);
    const QString &source = articles[size_t(from)].id;
    QString text;
    if (e.identical) {
        text = Messages::tr("%1 is an identical copy of %2: the same text, word for word.").arg(id, source);
    } else {
        // Verbatim and reworded together: Who Copied Whom's shade is the
        // verbatim part alone, so the sentence says which this is.
        text = Messages::tr("%1 most likely derives from %2: %3 % of its words are found there, verbatim or reworded "
                            "(%4 % the other way).")
                   .arg(id, source, QString::number(qRound(e.childInParent * 100)),
                        QString::number(qRound(e.parentInChild * 100)));
        // None is no evidence worth a sentence ("0 word runs only these two share").
        if (e.sharedPeculiar > 0)
            text += QLatin1Char(' ')
                + Messages::tr("Three-word phrases found in these two and in no other article: %1.").arg(QLocale().toString(e.sharedPeculiar));
    }
    QString why;
    switch (e.reason) {
    case Reason::PublishedFirst:
        why = Messages::tr("It was published later.");
        break;
    case Reason::WireCopy:
        why = Messages::tr("%1 is a news agency's own copy, as its format shows, and outlets print from the wire.").arg(source);
        break;
    case Reason::AgencyCredit:
        why = Messages::tr("%1's dateline or credit line puts it closer to the news agency (the agency's own copy, or a "
                           "copy crediting it).").arg(source);
        break;
    case Reason::Fuller:
        // Only a copy (nearly) wholly inside its source is called a cut
        // of it: one with a quarter of its words from elsewhere is not.
        if (e.childInParent < nearlyWhole) {
            why = Messages::tr("More of it is found in %1 than of %1 in it.").arg(source);
            break;
        }
        switch (lengthOf(e.childWords, e.parentWords)) {
        case Length::Shorter:
            why = Messages::tr("It reads as a shortened copy of %1.").arg(source);
            break;
        case Length::AboutAsLong:
            why = Messages::tr("Nearly all of it is found in %1, and the two are about as long.").arg(source);
            break;
        case Length::Longer:
            why = Messages::tr("Nearly all of it is found in %1, though it is the longer of the two.").arg(source);
            break;
        }
        break;
    case Reason::OthersAdded:
        why = Messages::tr("Its text beyond %1 is found in no other version: it reads as added here.").arg(source);
        break;
    case Reason::Consensus:
        why = Messages::tr("%1 is closer to what most versions share.").arg(source);
        break;
    case Reason::OlderFile:
        why = Messages::tr("Its file is newer (file times may be no more than copy times).");
        break;
    case Reason::None:
        if (e.identical)
            why = Messages::tr("Nothing tells which of the two came first; %1 is taken as the earlier.").arg(source);
        break;
    }
    if (!why.isEmpty())
        text += QLatin1Char(' ') + why;
    if (e.passedOver >= 0) {
        text += QLatin1Char(' ')
            + Messages::tr("%1 explains it about as well, but on the facts that versions changed it agrees with %2, not "
                           "with %1.").arg(articles[size_t(e.passedOver)].id, source);
    }
    return text;
}

} // namespace WireDiff
