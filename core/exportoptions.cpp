#include "exportoptions.h"

#include "comparison.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace WireDiff {

namespace {

// lupdate takes the context from this declaration.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(WireDiff::ExportOptions)
};

} // namespace

std::vector<qint32> ExportOptions::shownArticles(const Comparison &comparison) const
{
    const qint32 count = qint32(comparison.articles.size());
    std::vector<qint32> shown;
    if (comparison.base >= 0 && comparison.base < count)
        shown.push_back(comparison.base);
    for (qint32 a = 0; a < count; ++a) {
        if (a == comparison.base)
            continue;
        if (articles.empty() || std::find(articles.begin(), articles.end(), a) != articles.end())
            shown.push_back(a);
    }
    return shown;
}

QString ExportOptions::sensitivityText(double sensitivity)
{
    // One decimal as the slider's steps give it (0.05 steps print as 0.05).
    const QString number = QLocale().toString(sensitivity, 'g', 2);
    return Messages::tr("%1 (strict 0 \u2026 1 loose)").arg(number);
}

QString ExportOptions::optionsLine() const
{
    if (!compared)
        return {};
    const ComparisonOptions &options = *compared;
    QStringList parts {
        options.ignoreCase ? Messages::tr("case and accents ignored") : Messages::tr("case and accents matched"),
        options.ignorePunctuation ? Messages::tr("punctuation ignored") : Messages::tr("punctuation compared"),
        options.ignoreQuoteStyle ? Messages::tr("curly and straight quotes alike") : Messages::tr("quote styles told apart"),
        Messages::tr("paraphrase sensitivity %1").arg(sensitivityText(options.paraphraseSensitivity)),
    };
    if (!(options.houseStyle == HouseStyle::defaults()))
        parts.append(Messages::tr("house style edited"));
    parts.append(includeUnchanged ? Messages::tr("unchanged rows shown") : Messages::tr("unchanged rows left out"));
    return Messages::tr("Options: %1").arg(parts.join(QStringLiteral(" \u00B7 ")));
}

} // namespace WireDiff
