#include "familyorder.h"

#include "article.h"

#include <algorithm>
#include <cmath>

namespace WireDiff {

namespace {

// Below this, two evidence values count as equal: sums of the same terms
// in another order differ in the last bits.
constexpr double tolerance = 1e-9;

} // namespace

FamilyTree::Reason FamilyOrder::Terms::strongest() const
{
    if (total() <= tolerance)
        return FamilyTree::Reason::None;
    FamilyTree::Reason reason = FamilyTree::Reason::None;
    double largest = tolerance;
    const auto consider = [&](double term, FamilyTree::Reason why) {
        if (term > largest) {
            largest = term;
            reason = why;
        }
    };
    consider(published, FamilyTree::Reason::PublishedFirst);
    consider(wire, FamilyTree::Reason::WireCopy);
    consider(credit, FamilyTree::Reason::AgencyCredit);
    consider(containment, padded ? FamilyTree::Reason::OthersAdded : FamilyTree::Reason::Fuller);
    consider(consensus, FamilyTree::Reason::Consensus);
    consider(fileTime, FamilyTree::Reason::OlderFile);
    return reason;
}

FamilyOrder::FamilyOrder(const std::vector<Article> &articles, const ContainmentMatrix &containment,
                         const std::vector<double> &consensusDistance, const std::vector<double> &ownShares,
                         const std::vector<std::vector<double>> &explained)
    : m_articles(articles)
    , m_containment(containment)
    , m_consensusDistance(consensusDistance)
    , m_ownShares(ownShares)
    , m_explained(explained)
{
    // Times as numbers: comparing QDateTimes converts local times on every
    // comparison, and terms() is asked for every related pair.
    const auto n = qint32(articles.size());
    m_times.resize(size_t(n));
    for (qint32 a = 0; a < n; ++a) {
        const Article &article = articles[size_t(a)];
        m_times[size_t(a)] = Time { article.hasKnownTime(), article.hasFileTime(),
                                    article.published.isValid() ? article.published.toMSecsSinceEpoch() : 0 };
    }
    m_credits.reserve(size_t(n));
    for (const Article &article : articles)
        m_credits.push_back(AgencyCredit::of(article));
    // Per article, the two versions holding most of it: corroborated()
    // asks for the best one that is neither of a pair.
    m_carriers.assign(size_t(n), { -1, -1 });
    for (qint32 s = 0; s < n; ++s) {
        auto &[first, second] = m_carriers[size_t(s)];
        for (qint32 z = 0; z < n; ++z) {
            if (z == s)
                continue;
            if (first < 0 || shareIn(s, z) > shareIn(s, first)) {
                second = first;
                first = z;
            } else if (second < 0 || shareIn(s, z) > shareIn(s, second)) {
                second = z;
            }
        }
    }
}

double FamilyOrder::shareIn(qint32 x, qint32 y) const
{
    const ContainmentShare &share = m_containment[size_t(x)][size_t(y)];
    return share.verbatim + share.reworded;
}

bool FamilyOrder::related(qint32 x, qint32 y) const
{
    return x != y
        && std::max(m_explained[size_t(x)][size_t(y)], m_explained[size_t(y)][size_t(x)]) >= FamilyTreeBuilder::minScore;
}

bool FamilyOrder::publishedAfter(qint32 x, qint32 y) const
{
    const Time &tx = m_times[size_t(x)];
    const Time &ty = m_times[size_t(y)];
    return tx.metadata && ty.metadata && tx.msecs > ty.msecs;
}

bool FamilyOrder::corroborated(qint32 shorter, qint32 fuller) const
{
    const auto [first, second] = m_carriers[size_t(shorter)];
    const qint32 third = first == fuller ? second : first;
    return third >= 0 && shareIn(shorter, third) >= shareIn(shorter, fuller) - corroborationSlack;
}

double FamilyOrder::asymmetry(qint32 fuller, qint32 shorter, bool *padded) const
{
    // The reading as a cut holds for a version (nearly) wholly inside the
    // other; two versions that each have much of their own say nothing by
    // which has a little more.
    const double contained = std::clamp((shareIn(shorter, fuller) - partlyContained) / (whollyContained - partlyContained),
                                        0.0, 1.0);
    const double margin = contained * (shareIn(shorter, fuller) - shareIn(fuller, shorter));
    double factor = 1;
    if (corroborated(shorter, fuller)) {
        // The part of the fuller text the shorter lacks, and of it what no
        // version at all has: the fuller one's own words all lie in it.
        const double surplus = 1.0 - m_containment[size_t(fuller)][size_t(shorter)].verbatim;
        const double own = surplus > 0 ? std::min(1.0, m_ownShares[size_t(fuller)] / surplus) : 0.0;
        factor = 1.0 - 2.0 * own;
    }
    *padded = factor < 0;
    return margin * factor;
}

double FamilyOrder::creditTerm(qint32 x, qint32 y) const
{
    const AgencyCredit &cx = m_credits[size_t(x)];
    const AgencyCredit &cy = m_credits[size_t(y)];
    // Two agencies' copies say nothing of each other.
    if (cx.kind == cy.kind || (!cx.agency.isEmpty() && !cy.agency.isEmpty() && cx.agency != cy.agency))
        return 0;
    using Kind = AgencyCredit::Kind;
    const double weight = cx.kind == Kind::OwnWire || cy.kind == Kind::OwnWire ? creditWeight : creditWeight / 2;
    return cx.kind > cy.kind ? weight : -weight;
}

FamilyOrder::Terms FamilyOrder::terms(qint32 x, qint32 y) const
{
    Terms terms;
    const Time &tx = m_times[size_t(x)];
    const Time &ty = m_times[size_t(y)];
    if (tx.metadata && ty.metadata && tx.msecs != ty.msecs)
        terms.published = tx.msecs < ty.msecs ? publishedWeight : -publishedWeight;

    // Only where known times do not decide: they always outweigh it.
    const bool xWire = m_articles[size_t(x)].isAgencyCopy();
    if (terms.published == 0 && xWire != m_articles[size_t(y)].isAgencyCopy())
        terms.wire = xWire ? wireWeight : -wireWeight;

    if (terms.published == 0 && terms.wire == 0)
        terms.credit = creditTerm(x, y);

    const double margin = shareIn(y, x) - shareIn(x, y);
    if (margin > 0)
        terms.containment = asymmetry(x, y, &terms.padded);
    else if (margin < 0)
        terms.containment = -asymmetry(y, x, &terms.padded);

    if (m_articles.size() >= 3 && m_consensusDistance.size() == m_articles.size())
        terms.consensus = consensusWeight * (m_consensusDistance[size_t(y)] - m_consensusDistance[size_t(x)]);

    if (tx.file && ty.file && std::abs(tx.msecs - ty.msecs) >= fileTimeGapSeconds * 1000)
        terms.fileTime = tx.msecs < ty.msecs ? fileTimeWeight : -fileTimeWeight;
    return terms;
}

std::vector<qint32> FamilyOrder::generations() const
{
    const auto n = qint32(m_articles.size());
    // p[x][y]: net evidence that x came before y (0 between unrelated ones).
    std::vector<double> p(size_t(n) * size_t(n), 0.0);
    for (qint32 x = 0; x < n; ++x) {
        for (qint32 y = x + 1; y < n; ++y) {
            if (!related(x, y))
                continue;
            const double total = terms(x, y).total();
            p[size_t(x) * size_t(n) + size_t(y)] = total;
            p[size_t(y) * size_t(n) + size_t(x)] = -total;
        }
    }
    // Each article's defeats, strongest first; the strongest by a version
    // not yet placed is found by skipping the placed ones from the front.
    std::vector<std::vector<std::pair<double, qint32>>> defeats(static_cast<size_t>(n));
    std::vector<double> net(size_t(n), 0.0);
    for (qint32 x = 0; x < n; ++x) {
        for (qint32 y = 0; y < n; ++y) {
            const double against = p[size_t(y) * size_t(n) + size_t(x)];
            net[size_t(x)] -= against;
            if (against > tolerance)
                defeats[size_t(x)].push_back({ against, y });
        }
        std::sort(defeats[size_t(x)].begin(), defeats[size_t(x)].end(),
                  [](const auto &l, const auto &r) { return l.first > r.first || (l.first == r.first && l.second < r.second); });
    }
    std::vector<size_t> next(size_t(n), 0);
    std::vector<bool> placed(size_t(n), false);
    std::vector<qint32> order;
    order.reserve(size_t(n));
    while (qint32(order.size()) < n) {
        qint32 best = -1;
        double bestDefeat = 0;
        for (qint32 x = 0; x < n; ++x) {
            if (placed[size_t(x)])
                continue;
            auto &at = next[size_t(x)];
            while (at < defeats[size_t(x)].size() && placed[size_t(defeats[size_t(x)][at].second)])
                ++at;
            const double defeat = at < defeats[size_t(x)].size() ? defeats[size_t(x)][at].first : 0.0;
            if (best < 0 || defeat < bestDefeat - tolerance
                || (defeat <= bestDefeat + tolerance && net[size_t(x)] > net[size_t(best)] + tolerance)) {
                best = x;
                bestDefeat = defeat;
            }
        }
        placed[size_t(best)] = true;
        order.push_back(best);
        for (qint32 x = 0; x < n; ++x)
            net[size_t(x)] -= p[size_t(x) * size_t(n) + size_t(best)];
    }
    if (std::all_of(m_times.begin(), m_times.end(), [](const Time &time) { return time.metadata; })) {
        std::stable_sort(order.begin(), order.end(), [this](qint32 x, qint32 y) {
            return m_times[size_t(x)].msecs < m_times[size_t(y)].msecs;
        });
    }
    return order;
}

FamilyTree::Reason FamilyOrder::sourceReason(qint32 root) const
{
    Terms sum;
    // Cut copies and padded ones are told apart per pair: the kind that
    // adds up to more names the reason.
    double cut = 0;
    double added = 0;
    for (qint32 y = 0; y < qint32(m_articles.size()); ++y) {
        if (!related(root, y))
            continue;
        const Terms t = terms(root, y);
        if (t.total() <= tolerance)
            continue;
        sum.published += std::max(0.0, t.published);
        sum.wire += std::max(0.0, t.wire);
        sum.credit += std::max(0.0, t.credit);
        sum.consensus += std::max(0.0, t.consensus);
        sum.fileTime += std::max(0.0, t.fileTime);
        (t.padded ? added : cut) += std::max(0.0, t.containment);
    }
    sum.containment = std::max(cut, added);
    sum.padded = added > cut;
    return sum.strongest();
}

} // namespace WireDiff
