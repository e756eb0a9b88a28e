#include "factagreement.h"

#include "comparison.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace WireDiff {

namespace {

// A place in the base: paragraph, start, end (UTF-16 offsets).
using Place = std::tuple<qint32, qint32, qint32>;

// What one article says at a place.
struct Reading
{
    enum Kind : quint8 { Unknown, Base, Changed } kind = Unknown;
    QString value; // Changed: the article's text, case and spacing aside
};

QString valueOf(const QString &text)
{
    return text.simplified().toCaseFolded();
}

// Whether the article's comparison keeps the base's words somewhere in
// [start, end) of base paragraph `paragraph`.
bool keepsBase(const ArticleComparison &comparison, const Place &place)
{
    const auto [paragraph, start, end] = place;
    const auto first = std::lower_bound(comparison.baseSpans.begin(), comparison.baseSpans.end(), paragraph,
                                        [](const DiffSpan &span, qint32 p) { return span.paragraph < p; });
    for (auto it = first; it != comparison.baseSpans.end() && it->paragraph == paragraph; ++it) {
        if (it->end <= start || it->start >= end)
            continue;
        if (it->changeClass == ChangeClass::Same || it->changeClass == ChangeClass::Moved
            || it->changeClass == ChangeClass::Paraphrased)
            return true;
    }
    return false;
}

} // namespace

FactAgreement FactAgreement::compute(const std::vector<ArticleComparison> &comparisons, qint32 base)
{
    FactAgreement result;
    const auto n = qint32(comparisons.size());
    result.m_size = n;
    result.m_shared.assign(size_t(n) * size_t(n), 0);
    result.m_conflicting.assign(size_t(n) * size_t(n), 0);
    // Every changed place, with what each article that changed it says.
    std::map<Place, std::map<qint32, QString>> changed;
    for (qint32 a = 0; a < n; ++a) {
        const ArticleComparison &comparison = comparisons[size_t(a)];
        if (a == base || !comparison.isValid())
            continue;
        for (const FactChange &change : comparison.factChanges)
            changed[Place { change.sourceParagraph, change.sourceStart, change.sourceEnd }][a] = valueOf(change.text);
    }
    std::vector<Reading> readings(static_cast<size_t>(n));
    for (const auto &[place, values] : changed) {
        for (qint32 a = 0; a < n; ++a) {
            Reading &reading = readings[size_t(a)];
            reading = Reading {};
            if (const auto it = values.find(a); it != values.end())
                reading = Reading { Reading::Changed, it->second };
            else if (a == base || (comparisons[size_t(a)].isValid() && keepsBase(comparisons[size_t(a)], place)))
                reading.kind = Reading::Base;
        }
        for (qint32 a = 0; a < n; ++a) {
            for (qint32 b = a + 1; b < n; ++b) {
                const Reading &ra = readings[size_t(a)];
                const Reading &rb = readings[size_t(b)];
                if (ra.kind == Reading::Unknown || rb.kind == Reading::Unknown)
                    continue;
                const bool same = ra.kind == rb.kind && ra.value == rb.value;
                std::vector<qint32> &matrix = same ? result.m_shared : result.m_conflicting;
                if (same && ra.kind == Reading::Base)
                    continue; // both keep the base's value: no sign either way
                ++matrix[size_t(a) * size_t(n) + size_t(b)];
                ++matrix[size_t(b) * size_t(n) + size_t(a)];
            }
        }
    }
    return result;
}

} // namespace WireDiff
