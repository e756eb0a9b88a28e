#include "derivation.h"

namespace WireDiff {

DerivationLevel Derivation::classify(const ContainmentShare &share, const Thresholds &thresholds)
{
    const double score = share.verbatim + thresholds.rewordedWeight * share.reworded;
    if (score >= thresholds.wholly)
        return DerivationLevel::Wholly;
    if (score >= thresholds.partially)
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
