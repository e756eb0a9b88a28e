#include "basechooser.h"

namespace WireDiff {

qint32 BaseChooser::repeatedArticle(const ContainmentMatrix &containment, const std::vector<Candidate> &articles,
                                    qint32 a)
{
    const Candidate &article = articles[size_t(a)];
    for (qint32 b = 0; b < qint32(articles.size()); ++b) {
        if (b == a || articles[size_t(b)].countedWords == 0)
            continue;
        const bool holdsWhole = containment[size_t(b)][size_t(a)].verbatim >= wholeShare;
        const bool twiceAsLong = article.countedWords >= 2 * articles[size_t(b)].countedWords;
        const bool mostlyItsText = containment[size_t(a)][size_t(b)].verbatim >= 0.5;
        if (holdsWhole && twiceAsLong && mostlyItsText)
            return b;
    }
    return -1;
}

qint32 BaseChooser::choose(const ContainmentMatrix &containment, const std::vector<Candidate> &articles)
{
    const auto count = qint32(articles.size());
    std::vector<double> shared(size_t(count), 0.0);
    for (qint32 a = 0; a < count; ++a) {
        for (qint32 b = 0; b < count; ++b) {
            if (a != b)
                shared[size_t(a)] += containment[size_t(b)][size_t(a)].verbatim + containment[size_t(a)][size_t(b)].verbatim;
        }
    }
    // The shortest article cannot be twice as long as another, so at least
    // one is eligible.
    std::vector<bool> eligible(size_t(count), false);
    for (qint32 a = 0; a < count; ++a)
        eligible[size_t(a)] = repeatedArticle(containment, articles, a) < 0;
    const auto sharesMost = [&](auto &&accepts) {
        qint32 chosen = -1;
        for (qint32 a = 0; a < count; ++a) {
            if (eligible[size_t(a)] && accepts(a) && (chosen < 0 || shared[size_t(a)] > shared[size_t(chosen)]))
                chosen = a;
        }
        return chosen;
    };
    const qint32 most = sharesMost([](qint32) { return true; });
    const qint32 agency = sharesMost([&](qint32 a) { return articles[size_t(a)].agencyCopy; });
    if (agency >= 0 && shared[size_t(agency)] >= agencyBaseShare * shared[size_t(most)])
        return agency;
    return most;
}

} // namespace WireDiff
