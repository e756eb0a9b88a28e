#include "legendwidget.h"

#include "agreementdecorator.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>


namespace WireDiff {

namespace {

constexpr int spacing = 14;
constexpr int sampleGap = 5;
constexpr int margin = 4;

} // namespace

LegendWidget::LegendWidget(QWidget *parent)
    : QWidget(parent)
    , m_style(palette())
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void LegendWidget::setHighlightStyle(const HighlightStyle &style)
{
    m_style = style;
    update();
}

void LegendWidget::setAgreementMode(bool on)
{
    if (on == m_agreementMode)
        return;
    m_agreementMode = on;
    updateGeometry();
    update();
}

QStringList LegendWidget::labels() const
{
    QStringList shown;
    for (Item item : items())
        shown.append(label(item));
    return shown;
}

void LegendWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_style = HighlightStyle(palette());
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

QString LegendWidget::label(Item item) const
{
    switch (item) {
    case Item::FactChanged: return HighlightStyle::displayName(ChangeClass::FactChanged);
    case Item::Added: return HighlightStyle::displayName(ChangeClass::Added);
    case Item::Removed: return HighlightStyle::displayName(ChangeClass::Removed);
    case Item::Paraphrased: return HighlightStyle::displayName(ChangeClass::Paraphrased);
    case Item::Moved: return HighlightStyle::displayName(ChangeClass::Moved);
    case Item::RemovalCaret: return tr("Missing here");
    case Item::MovedParagraphs: return tr("Paragraph out of order");
    case Item::Unique: return tr("In no other source");
    case Item::Gap: return tr("No counterpart");
    case Item::Boilerplate: return tr("Boilerplate");
    case Item::AgreementAlone: return tr("In this article only");
    case Item::AgreementFew: return tr("In a few articles");
    case Item::AgreementMost: return tr("In most articles");
    case Item::AgreementAll: return tr("In every article");
    }
    return {};
}

QString LegendWidget::description(Item item) const
{
    switch (item) {
    case Item::FactChanged: return HighlightStyle::description(ChangeClass::FactChanged);
    case Item::Added: return HighlightStyle::description(ChangeClass::Added);
    case Item::Removed: return HighlightStyle::description(ChangeClass::Removed);
    case Item::Paraphrased: return HighlightStyle::description(ChangeClass::Paraphrased);
    case Item::Moved: return HighlightStyle::description(ChangeClass::Moved);
    case Item::RemovalCaret: return tr("Base text is missing at this point (hover for what)");
    case Item::MovedParagraphs: return tr("These paragraphs stand elsewhere in the article's own order");
    case Item::Unique: return tr("A paragraph found in no other article (tinted, with a bar)");
    case Item::Gap: return tr("The article has nothing in this row (hatched)");
    case Item::Boilerplate: return tr("Site chrome, legal lines and the like (dimmed, never counted)");
    case Item::AgreementAlone: return tr("Words no other article carries (strongest shade, dotted underline)");
    case Item::AgreementFew: return tr("Words a few of the articles carry (a strong shade)");
    case Item::AgreementMost: return tr("Words most articles carry (a faint shade)");
    case Item::AgreementAll: return tr("Words every article carries stay plain");
    }
    return {};
}

int LegendWidget::itemWidth(Item item) const
{
    const QFontMetrics metrics(font());
    return metrics.horizontalAdvance(tr("Abc")) + 8 + sampleGap + metrics.horizontalAdvance(label(item));
}

std::vector<LegendWidget::Item> LegendWidget::items() const
{
    // Agreement shading draws no change classes, carets or moved markers;
    // unique paragraphs, gaps and boilerplate are drawn as ever.
    if (m_agreementMode)
        return { Item::AgreementAlone, Item::AgreementFew, Item::AgreementMost, Item::AgreementAll, Item::Unique, Item::Gap,
                 Item::Boilerplate };
    return { Item::FactChanged, Item::Added, Item::Removed, Item::Paraphrased, Item::Moved, Item::RemovalCaret,
             Item::MovedParagraphs, Item::Unique, Item::Gap, Item::Boilerplate };
}

std::vector<LegendWidget::Placed> LegendWidget::place(int width) const
{
    const int lineHeight = QFontMetrics(font()).lineSpacing() + 6;
    std::vector<Placed> placed;
    int x = margin;
    int y = margin;
    for (Item item : items()) {
        const int w = itemWidth(item);
        if (x > margin && x + w > width - margin) {
            x = margin;
            y += lineHeight;
        }
        placed.push_back({ item, QRect(x, y, w, lineHeight) });
        x += w + spacing;
    }
    return placed;
}

QSize LegendWidget::sizeHint() const
{
    const auto placed = place(QWIDGETSIZE_MAX);
    return QSize(placed.back().rect.right() + margin, placed.back().rect.bottom() + margin);
}

QSize LegendWidget::minimumSizeHint() const
{
    return QSize(itemWidth(Item::MovedParagraphs) + 2 * margin, heightForWidth(itemWidth(Item::MovedParagraphs) + 2 * margin));
}

int LegendWidget::heightForWidth(int width) const
{
    return place(width).back().rect.bottom() + margin;
}

void LegendWidget::paintSample(QPainter *painter, Item item, const QRect &rect) const
{
    const QString sample = tr("Abc");
    const QPalette &pal = palette();
    const QRectF text = QRectF(rect).adjusted(4, 2, -4, -2);
    const auto drawClass = [&](ChangeClass changeClass) {
        painter->fillRect(text, m_style.background(changeClass));
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(text, Qt::AlignCenter, sample);
        m_style.drawCue(painter, text, changeClass);
    };
    painter->fillRect(rect, pal.color(QPalette::Base));
    switch (item) {
    case Item::FactChanged: drawClass(ChangeClass::FactChanged); break;
    case Item::Added: drawClass(ChangeClass::Added); break;
    case Item::Removed: drawClass(ChangeClass::Removed); break;
    case Item::Paraphrased: drawClass(ChangeClass::Paraphrased); break;
    case Item::Moved: drawClass(ChangeClass::Moved); break;
    case Item::RemovalCaret:
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(text, Qt::AlignCenter, sample);
        m_style.drawRemovalMarker(painter, QPointF(text.center().x(), text.top() + 1), text.height() - 2);
        break;
    case Item::MovedParagraphs:
        m_style.drawMovedCellMarker(painter, QRectF(text.center().x() - 4, text.top(), 8, text.height()));
        break;
    case Item::Unique:
        painter->fillRect(text, m_style.uniqueBackground());
        m_style.drawUniqueMarker(painter, QRectF(text.left(), text.top(), 3, text.height()));
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(text.adjusted(3, 0, 0, 0), Qt::AlignCenter, sample);
        break;
    case Item::Gap:
        m_style.drawGap(painter, text);
        break;
    case Item::Boilerplate:
        painter->setPen(m_style.boilerplateText());
        painter->drawText(text, Qt::AlignCenter, sample);
        break;
    case Item::AgreementAlone:
    case Item::AgreementFew:
    case Item::AgreementMost:
    case Item::AgreementAll: {
        // Shades as the panes draw them for a word carried by 1, 2, 4 and 5 of 5 articles.
        const qint32 count = item == Item::AgreementAlone ? 1 : item == Item::AgreementFew ? 2 : item == Item::AgreementMost ? 4 : 5;
        painter->fillRect(text, AgreementDecorator::shade(count, 5, m_style.isDark()));
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(text, Qt::AlignCenter, sample);
        if (item == Item::AgreementAlone) {
            QPen dotted(m_style.isDark() ? QColor(0xff, 0x9e, 0x40) : QColor(0xa0, 0x3c, 0x00), 1, Qt::DotLine);
            painter->setPen(dotted);
            painter->drawLine(QPointF(text.left() + 2, text.bottom() - 1), QPointF(text.right() - 2, text.bottom() - 1));
        }
        break;
    }
    }
    painter->setPen(m_style.gridLine());
    painter->drawRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5));
}

void LegendWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics metrics(font());
    const int sampleWidth = metrics.horizontalAdvance(tr("Abc")) + 8;
    for (const Placed &placed : place(width())) {
        const QRect sample(placed.rect.left(), placed.rect.top() + 1, sampleWidth, placed.rect.height() - 4);
        paintSample(&painter, placed.item, sample);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(sample.right() + sampleGap, placed.rect.top(), placed.rect.width(), placed.rect.height() - 2),
                         Qt::AlignLeft | Qt::AlignVCenter, label(placed.item));
    }
}

bool LegendWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        for (const Placed &placed : place(width())) {
            if (placed.rect.contains(help->pos())) {
                QToolTip::showText(help->globalPos(), description(placed.item), this, placed.rect);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace WireDiff
