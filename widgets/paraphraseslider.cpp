#include "paraphraseslider.h"

#include <QGridLayout>
#include <QLabel>
#include <QSlider>

#include <algorithm>

namespace WireDiff {

namespace {

// Fixed rather than the style's, so that sizeHintFor() adds up exactly
// what the layout will do.
constexpr int horizontalMargin = 4;
constexpr int spacing = 4;
constexpr int sliderWidth = 110;

} // namespace

ParaphraseSlider::ParaphraseSlider(QWidget *parent)
    : QWidget(parent)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_caption(new QLabel(this))
    , m_title(new QLabel(this))
    , m_strict(new QLabel(this))
    , m_loose(new QLabel(this))
    , m_layout(new QGridLayout(this))
{
    setObjectName(QStringLiteral("ParaphraseSlider"));
    // As wide as its parts, never stretched to what a tool bar has left.
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_slider->setObjectName(QStringLiteral("ParaphraseSensitivity"));
    m_slider->setRange(0, 100);
    m_slider->setPageStep(10);
    m_slider->setFixedWidth(sliderWidth);
    for (QLabel *label : { m_caption, m_title, m_strict })
        label->setBuddy(m_slider);
    m_title->setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    m_layout->setContentsMargins(horizontalMargin, 0, horizontalMargin, 0);
    m_layout->setHorizontalSpacing(spacing);
    m_layout->setVerticalSpacing(0);
    retranslate();
    arrange();
}

void ParaphraseSlider::setArrangement(Arrangement arrangement)
{
    if (arrangement == m_arrangement)
        return;
    m_arrangement = arrangement;
    arrange();
}

void ParaphraseSlider::arrange()
{
    for (QWidget *widget : { static_cast<QWidget *>(m_caption), static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_strict),
                             static_cast<QWidget *>(m_slider), static_cast<QWidget *>(m_loose) })
        m_layout->removeWidget(widget);
    const bool stacked = m_arrangement == Arrangement::Stacked;
    m_caption->setVisible(!stacked);
    m_title->setVisible(stacked);
    m_strict->setVisible(stacked);
    const int row = stacked ? 1 : 0;
    if (stacked)
        m_layout->addWidget(m_title, 0, 0, 1, 3);
    m_layout->addWidget(stacked ? m_strict : m_caption, row, 0);
    m_layout->addWidget(m_slider, row, 1);
    m_layout->addWidget(m_loose, row, 2);
    updateGeometry();
}

QSize ParaphraseSlider::sizeHintFor(Arrangement arrangement) const
{
    const QLabel *first = arrangement == Arrangement::Stacked ? m_strict : m_caption;
    const QSize slider = m_slider->sizeHint().expandedTo(QSize(sliderWidth, 0));
    const int lineWidth = first->sizeHint().width() + spacing + sliderWidth + spacing + m_loose->sizeHint().width();
    const int lineHeight = std::max({ first->sizeHint().height(), slider.height(), m_loose->sizeHint().height() });
    QSize size(lineWidth, lineHeight);
    if (arrangement == Arrangement::Stacked) {
        size.setWidth(std::max(lineWidth, m_title->sizeHint().width()));
        size.setHeight(m_title->sizeHint().height() + lineHeight);
    }
    return size + QSize(2 * horizontalMargin, 0);
}

void ParaphraseSlider::retranslate()
{
    m_caption->setText(tr("Paraphrase: strict"));
    m_title->setText(tr("Paraphrase", "the caption above the paraphrase slider"));
    m_strict->setText(tr("strict", "the strict end of the paraphrase slider"));
    m_loose->setText(tr("loose", "the loose end of the paraphrase slider"));
    m_slider->setToolTip(tr("How loosely reworded sentences count as paraphrases of the base"));
    m_slider->setStatusTip(m_slider->toolTip());
    m_slider->setAccessibleName(tr("Paraphrase sensitivity"));
    setToolTip(m_slider->toolTip());
}

} // namespace WireDiff
