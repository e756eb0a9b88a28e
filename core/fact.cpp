#include "fact.h"

#include <QCoreApplication>

namespace WireDiff {

QString factKindName(FactKind kind)
{
    switch (kind) {
    case FactKind::Number: return QStringLiteral("number");
    case FactKind::Weekday: return QStringLiteral("weekday");
    case FactKind::Date: return QStringLiteral("date");
    case FactKind::Name: return QStringLiteral("name");
    case FactKind::Quote: return QStringLiteral("quote");
    case FactKind::Attribution: return QStringLiteral("attribution");
    case FactKind::Stance: return QStringLiteral("stance");
    case FactKind::Meaning: return QStringLiteral("meaning");
    }
    return {};
}

QString factKindDisplayName(FactKind kind)
{
    switch (kind) {
    case FactKind::Number: return QCoreApplication::translate("WireDiff::Fact", "Number");
    case FactKind::Weekday: return QCoreApplication::translate("WireDiff::Fact", "Weekday");
    case FactKind::Date: return QCoreApplication::translate("WireDiff::Fact", "Date");
    case FactKind::Name: return QCoreApplication::translate("WireDiff::Fact", "Name");
    case FactKind::Quote: return QCoreApplication::translate("WireDiff::Fact", "Quote");
    case FactKind::Attribution: return QCoreApplication::translate("WireDiff::Fact", "Attribution");
    case FactKind::Stance: return QCoreApplication::translate("WireDiff::Fact", "Stance");
    case FactKind::Meaning: return QCoreApplication::translate("WireDiff::Fact", "Meaning");
    }
    return {};
}

} // namespace WireDiff
