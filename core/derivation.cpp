#include "derivation.h"

#include "comparison.h"

namespace WireDiff {

double Derivation::score(const ClassCounts &counts, const ContainmentShare &containment, const Thresholds &thresholds)
{
    const double derived = counts.share(counts.same + counts.moved) + thresholds.rewordedWeight * counts.share(counts.paraphrased);
    return (1.0 - thresholds.containmentWeight) * derived + thresholds.containmentWeight * containment.verbatim;
}

DerivationLevel Derivation::classify(const ClassCounts &counts, const ContainmentShare &containment,
                                     const Thresholds &thresholds)
{
    const double value = score(counts, containment, thresholds);
    if (value >= thresholds.wholly)
        return DerivationLevel::Wholly;
    if (value >= thresholds.partially)
        return DerivationLevel::Partially;
    return DerivationLevel::None;
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

} // namespace WireDiff
