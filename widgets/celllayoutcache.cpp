#include "celllayoutcache.h"

#include "comparisonmodel.h"

#include <QFontMetricsF>
#include <QTextOption>

#include <algorithm>

namespace WireDiff {

namespace {

// A little air between lines: columns of news copy are read, not scanned.
constexpr qreal lineSpacingFactor = 1.12;

quint64 keyOf(qint32 row, qint32 article)
{
    return (quint64(quint32(row)) << 24) ^ quint64(quint32(article));
}

} // namespace

void CellLayoutCache::setFont(const QFont &font)
{
    if (font == m_font)
        return;
    m_font = font;
    m_cells.clear();
}

QFont CellLayoutCache::fontFor(ParagraphRole role) const
{
    QFont font = m_font;
    switch (role) {
    case ParagraphRole::Headline:
        font.setWeight(QFont::Bold);
        font.setPointSizeF(m_font.pointSizeF() * 1.12);
        break;
    case ParagraphRole::Byline:
    case ParagraphRole::Dateline:
        font.setItalic(true);
        break;
    case ParagraphRole::Caption:
        font.setItalic(true);
        font.setPointSizeF(m_font.pointSizeF() * 0.92);
        break;
    case ParagraphRole::Boilerplate:
        font.setPointSizeF(m_font.pointSizeF() * 0.92);
        break;
    case ParagraphRole::Body:
        break;
    }
    return font;
}

qreal CellLayoutCache::paragraphSpacing() const
{
    return QFontMetricsF(m_font).lineSpacing() * 0.6;
}

const CellLayout &CellLayoutCache::layout(const ComparisonModel &model, qint32 row, qint32 article, int width)
{
    std::unique_ptr<CellLayout> &slot = m_cells[keyOf(row, article)];
    if (slot && slot->width == width) {
        slot->lastUsed = m_frame;
        return *slot;
    }
    slot = std::make_unique<CellLayout>();
    slot->width = width;
    slot->lastUsed = m_frame;
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(Qt::LayoutDirectionAuto);
    qreal y = 0;
    const qreal spacing = paragraphSpacing();
    for (qint32 p : model.cell(row, article).paragraphs) {
        const Paragraph &paragraph = model.paragraph(article, p);
        QString text = paragraph.text;
        text.replace(QLatin1Char('\n'), QChar::LineSeparator); // same length: offsets stay valid
        CellLayout::Block block;
        block.paragraph = p;
        block.layout = std::make_unique<QTextLayout>(text, fontFor(paragraph.role));
        // An Arabic or Hebrew paragraph starts at the right edge of its cell,
        // as it reads; Qt's auto direction alone leaves its lines flush left.
        option.setAlignment((text.isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute);
        block.layout->setTextOption(option);
        block.layout->setCacheEnabled(true);
        block.layout->beginLayout();
        qreal lineY = 0;
        for (QTextLine line = block.layout->createLine(); line.isValid(); line = block.layout->createLine()) {
            line.setLineWidth(std::max(1, width));
            line.setPosition(QPointF(0, lineY));
            lineY += line.height() * lineSpacingFactor;
        }
        block.layout->endLayout();
        ++m_created;
        if (!slot->blocks.empty())
            y += spacing;
        block.top = y;
        block.height = lineY;
        y += lineY;
        slot->blocks.push_back(std::move(block));
    }
    slot->height = y;
    return *slot;
}

void CellLayoutCache::trim(size_t keep)
{
    if (m_cells.size() <= keep)
        return;
    std::vector<quint64> ages;
    ages.reserve(m_cells.size());
    for (const auto &entry : m_cells)
        ages.push_back(entry.second ? entry.second->lastUsed : 0);
    const auto cut = ages.begin() + qsizetype(ages.size() - keep);
    std::nth_element(ages.begin(), cut, ages.end());
    const quint64 oldestKept = *cut;
    for (auto it = m_cells.begin(); it != m_cells.end();) {
        if (!it->second || (it->second->lastUsed < oldestKept && it->second->lastUsed != m_frame))
            it = m_cells.erase(it);
        else
            ++it;
    }
}

} // namespace WireDiff
