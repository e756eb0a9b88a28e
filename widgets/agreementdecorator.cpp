#include "agreementdecorator.h"

#include "comparisonview.h"

#include <algorithm>
#include <span>

namespace WireDiff {

namespace {

// The agreement spans of one paragraph (spans are sorted by paragraph).
std::span<const AgreementSpan> spansOf(const Comparison &comparison, qint32 article, qint32 paragraph)
{
    if (article < 0 || size_t(article) >= comparison.agreement.size())
        return {};
    const std::vector<AgreementSpan> &spans = comparison.agreement[size_t(article)];
    const auto byParagraph = [](const AgreementSpan &span, qint32 p) { return span.paragraph < p; };
    const auto first = std::lower_bound(spans.begin(), spans.end(), paragraph, byParagraph);
    auto last = first;
    while (last != spans.end() && last->paragraph == paragraph)
        ++last;
    return { first, last };
}

// The articles a word can be carried by: the consensus pane is rebuilt from
// the others and was not counted in the agreement.
qint32 realArticleCount(const Comparison &comparison)
{
    return qint32(std::count_if(comparison.articles.begin(), comparison.articles.end(),
                                [](const Article &article) { return !article.isVirtual; }));
}

} // namespace

AgreementDecorator::AgreementDecorator(ComparisonView *view)
    : m_view(view)
{
    view->addDecorator(this);
}

AgreementDecorator::~AgreementDecorator()
{
    if (m_view)
        m_view->removeDecorator(this);
}

void AgreementDecorator::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    m_view->updateDecorations();
}

QColor AgreementDecorator::shade(qint32 count, qint32 total, bool dark)
{
    if (total <= 1 || count >= total)
        return Qt::transparent;
    // 0 for words nearly all carry, 1 for words of this article alone.
    const double rarity = 1.0 - double(std::max(count, 1) - 1) / double(total - 1);
    QColor color = dark ? QColor(0xff, 0x9e, 0x40) : QColor(0xe6, 0x55, 0x00);
    // Squared, so words nearly every article carries are barely tinted and
    // the eye goes to the outliers.
    color.setAlphaF(float(0.04 + 0.5 * rarity * rarity));
    return color;
}

void AgreementDecorator::addFormats(qint32 article, qint32 paragraph, QList<QTextLayout::FormatRange> *formats) const
{
    if (!m_enabled || m_view->model().isEmpty())
        return;
    const Comparison &comparison = m_view->model().comparison();
    const qint32 total = realArticleCount(comparison);
    const bool dark = m_view->highlightStyle().isDark();
    for (const AgreementSpan &span : spansOf(comparison, article, paragraph)) {
        if (span.count >= total || span.end <= span.start)
            continue;
        QTextLayout::FormatRange range;
        range.start = span.start;
        range.length = span.end - span.start;
        range.format.setBackground(shade(span.count, total, dark));
        if (span.count <= 1) {
            range.format.setUnderlineStyle(QTextCharFormat::DotLine);
            range.format.setUnderlineColor(dark ? QColor(0xff, 0x9e, 0x40) : QColor(0xa0, 0x3c, 0x00));
        }
        formats->append(range);
    }
}

const AgreementSpan *AgreementDecorator::spanAt(qint32 article, qint32 paragraph, qint32 offset) const
{
    for (const AgreementSpan &span : spansOf(m_view->model().comparison(), article, paragraph)) {
        if (offset >= span.start && offset < span.end)
            return &span;
    }
    return nullptr;
}

QString AgreementDecorator::toolTip(qint32 article, qint32 paragraph, qint32 offset) const
{
    if (!m_enabled || m_view->model().isEmpty())
        return {};
    const AgreementSpan *span = spanAt(article, paragraph, offset);
    if (!span)
        return {};
    const qint32 total = realArticleCount(m_view->model().comparison());
    if (span->count <= 1)
        return tr("Only this article has these words here.");
    return tr("Carried by %1 of %n articles in this row.", nullptr, total).arg(span->count);
}

} // namespace WireDiff
