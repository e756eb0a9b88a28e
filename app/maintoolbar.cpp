#include "maintoolbar.h"

#include "actiontext.h"
#include "elidingcombobox.h"
#include "mainactions.h"
#include "paraphraseslider.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QFontMetrics>
#include <QLabel>
#include <QSlider>
#include <QToolButton>

#include <algorithm>

namespace WireDiff {

namespace {

// The base box's width in characters at each density: a name of this
// length shows whole, a longer one is cut in its middle (the list shows
// every name whole).
int baseCharacters(MainToolBar::Density density)
{
    switch (density) {
    case MainToolBar::Density::TextBesideIcons: return 26;
    case MainToolBar::Density::TextUnderIcons: return 22;
    case MainToolBar::Density::TwoLinesUnderIcons: return 20;
    case MainToolBar::Density::IconsOnly: return 18;
    case MainToolBar::Density::NarrowBase: return 10;
    }
    return 18;
}

Qt::ToolButtonStyle buttonStyle(MainToolBar::Density density)
{
    switch (density) {
    case MainToolBar::Density::TextBesideIcons: return Qt::ToolButtonTextBesideIcon;
    case MainToolBar::Density::TextUnderIcons:
    case MainToolBar::Density::TwoLinesUnderIcons: return Qt::ToolButtonTextUnderIcon;
    case MainToolBar::Density::IconsOnly:
    case MainToolBar::Density::NarrowBase: return Qt::ToolButtonIconOnly;
    }
    return Qt::ToolButtonIconOnly;
}

ParaphraseSlider::Arrangement sliderArrangement(MainToolBar::Density density)
{
    return density == MainToolBar::Density::TextBesideIcons ? ParaphraseSlider::Arrangement::OneLine
                                                            : ParaphraseSlider::Arrangement::Stacked;
}

} // namespace

MainToolBar::MainToolBar(const MainActions &a, QWidget *parent)
    : QToolBar(tr("Main"), parent)
    , m_base(new ElidingComboBox(this))
    , m_paraphrase(new ParaphraseSlider(this))
    , m_buttonProbe(std::make_unique<QToolButton>())
    , m_baseProbe(std::make_unique<QComboBox>())
{
    setObjectName(QStringLiteral("MainToolBar"));
    setToolButtonStyle(buttonStyle(m_density));
    const auto addButtons = [this](std::initializer_list<QAction *> actions) {
        for (QAction *action : actions) {
            addAction(action);
            m_captions.emplace_back(action, action->iconText());
        }
    };
    addButtons({ a.openFolder, a.reload });
    addSeparator();
    auto *baseLabel = new QLabel(tr("&Base:"), this);
    m_base->setObjectName(QStringLiteral("BaseComboBox"));
    m_base->setToolTip(tr("The article every other article is compared with"));
    m_base->setStatusTip(m_base->toolTip());
    // Not WheelFocus (QComboBox's own): a wheel turned over the box must
    // not give it the focus, nor the base it lands on.
    m_base->setFocusPolicy(Qt::StrongFocus);
    m_base->installEventFilter(this);
    baseLabel->setBuddy(m_base);
    baseLabel->setContentsMargins(4, 0, 4, 0);
    addWidget(baseLabel);
    addWidget(m_base);
    addSeparator();
    addButtons({ a.previousChange, a.nextChange, a.previousUnique, a.nextUnique });
    addSeparator();
    addButtons({ a.find });
    addSeparator();
    addWidget(m_paraphrase);

    m_baseProbe->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_buttonProbe->setAutoRaise(true);
    resizeBase();
}

MainToolBar::~MainToolBar() = default;

QSlider *MainToolBar::sensitivitySlider() const
{
    return m_paraphrase->slider();
}

QString MainToolBar::caption(const QAction *action, Density density) const
{
    const auto own = std::find_if(m_captions.begin(), m_captions.end(), [action](const auto &entry) { return entry.first == action; });
    const QString oneLine = own == m_captions.end() ? action->iconText() : own->second;
    if (density != Density::TwoLinesUnderIcons)
        return oneLine;
    const QFontMetrics metrics(font());
    return ActionText::twoLines(oneLine, [&metrics](const QString &line) { return metrics.horizontalAdvance(line); });
}

int MainToolBar::buttonWidth(const QAction *action, Density density) const
{
    // As QToolBar makes its buttons: raised on hover, the bar's icon size
    // and font, the action's icon text.
    m_buttonProbe->setFont(font());
    m_buttonProbe->setIconSize(iconSize());
    m_buttonProbe->setToolButtonStyle(buttonStyle(density));
    m_buttonProbe->setIcon(action->icon());
    m_buttonProbe->setText(caption(action, density));
    return m_buttonProbe->sizeHint().width();
}

int MainToolBar::baseWidth(Density density) const
{
    m_baseProbe->setFont(m_base->font());
    m_baseProbe->setMinimumContentsLength(baseCharacters(density));
    return m_baseProbe->sizeHint().width();
}

void MainToolBar::resizeBase()
{
    // A fixed width, not the box's minimum contents length: QComboBox
    // keeps the minimum size hint of a longer length it had, so the box
    // would not narrow again.
    m_base->setFixedWidth(baseWidth(m_density));
}

int MainToolBar::widthFor(Density density) const
{
    // The bar's hint is the sum of its items at the density shown, plus
    // its margins, spacing, handle and separators, which no density
    // changes: the other density's width is that hint with each item's
    // width swapped for the one it would have. Both widths of an item come
    // from the same probe, so what the probe does not share with the bar's
    // own widgets cancels out.
    int width = sizeHint().width();
    for (QAction *action : actions()) {
        QWidget *widget = widgetForAction(action);
        if (!widget || !action->isVisible() || action->isSeparator())
            continue;
        if (widget == m_base)
            width += baseWidth(density) - baseWidth(m_density);
        else if (widget == m_paraphrase)
            width += m_paraphrase->sizeHintFor(sliderArrangement(density)).width()
                - m_paraphrase->sizeHintFor(sliderArrangement(m_density)).width();
        else if (qobject_cast<QToolButton *>(widget))
            width += buttonWidth(action, density) - buttonWidth(action, m_density);
    }
    return width;
}

void MainToolBar::fit()
{
    // A bar moved to the side of the window is as long as the window is
    // high; text beside the icons makes it wide, not long.
    if (orientation() != Qt::Horizontal || isFloating()) {
        apply(Density::TextBesideIcons);
        return;
    }
    Density chosen = Density::NarrowBase;
    for (const Density density : { Density::TextBesideIcons, Density::TextUnderIcons, Density::TwoLinesUnderIcons,
                                   Density::IconsOnly }) {
        if (widthFor(density) <= width()) {
            chosen = density;
            break;
        }
    }
    apply(chosen);
}

void MainToolBar::apply(Density density)
{
    if (density == m_density)
        return;
    m_density = density;
    setToolButtonStyle(buttonStyle(density));
    // The captions are the actions' icon texts, which only tool buttons
    // show; menus show the actions' own texts.
    for (const auto &entry : m_captions)
        entry.first->setIconText(caption(entry.first, density));
    resizeBase();
    m_paraphrase->setArrangement(sliderArrangement(density));
}

bool MainToolBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_base)
        return QToolBar::eventFilter(watched, event);
    if (event->type() == QEvent::Wheel && !m_base->hasFocus()) {
        // Ignored, so it goes on to whatever is under the box.
        event->ignore();
        return true;
    }
    if (event->type() == QEvent::KeyPress && !m_base->view()->isVisible()) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
        case Qt::Key_Home:
        case Qt::Key_End:
            // Alt+Down and Alt+Up are the box's own keys to open and
            // close its list.
            if (key->modifiers() & Qt::AltModifier)
                break;
            // The list opens on the base shown and the key moves in it,
            // so Alt+B, Down, Return still picks the next article.
            m_base->showPopup();
            if (m_base->view()->isVisible()) {
                QKeyEvent forwarded(QEvent::KeyPress, key->key(), key->modifiers(), key->text(), key->isAutoRepeat(), key->count());
                QCoreApplication::sendEvent(m_base->view(), &forwarded);
            }
            return true;
        default:
            break;
        }
    }
    return QToolBar::eventFilter(watched, event);
}

void MainToolBar::resizeEvent(QResizeEvent *event)
{
    QToolBar::resizeEvent(event);
    fit();
}

void MainToolBar::changeEvent(QEvent *event)
{
    QToolBar::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        resizeBase();
        fit();
    }
}

} // namespace WireDiff
