#pragma once

#include <QToolBar>

#include <memory>
#include <vector>

class QComboBox;
class QSlider;
class QToolButton;

namespace WireDiff {

class ParaphraseSlider;
struct MainActions;

// The main window's tool bar: open and reload, the base, the change and
// unique-paragraph navigation, find, and the paraphrase slider. It fits
// its width in every language: where the roomy layout (text beside the
// icons, the slider's caption on one line) is wider than the bar, it puts
// the text under the icons and stacks the slider's caption, then breaks
// long captions onto two lines, then shows icons alone (their tooltips
// name them), then narrows the base box; whatever is chosen, the slider
// and the actions stay on the bar, not in its overflow menu. The width
// each layout needs is measured, not guessed, from the same widgets and
// texts the bar shows.
//
// The base box changes the base, and so every highlight, only when the
// editor means it to: the wheel over it does nothing unless it has the
// focus (scrolling the window past it never switches the base), and the
// reading keys (arrows, Page Up/Down, Home, End) open its list instead
// of switching the base at each press; Return or a click in the list
// picks. The window sends the focus back to the panes after a pick.
class MainToolBar : public QToolBar
{
    Q_OBJECT

public:
    // From the roomiest to the most compact.
    enum class Density { TextBesideIcons, TextUnderIcons, TwoLinesUnderIcons, IconsOnly, NarrowBase };

    MainToolBar(const MainActions &actions, QWidget *parent = nullptr);
    ~MainToolBar() override;

    QComboBox *baseComboBox() const { return m_base; }
    QSlider *sensitivitySlider() const;
    ParaphraseSlider *paraphrase() const { return m_paraphrase; }
    Density density() const { return m_density; }
    // The width the bar needs to show everything at `density`.
    int widthFor(Density density) const;

protected:
    // The base box: see the constructor.
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fit();
    void apply(Density density);
    QString caption(const QAction *action, Density density) const;
    int buttonWidth(const QAction *action, Density density) const;
    int baseWidth(Density density) const;
    void resizeBase();

    QComboBox *m_base;
    ParaphraseSlider *m_paraphrase;
    Density m_density = Density::TextBesideIcons;
    // The bar's actions and their captions on one line, as MainActions
    // made them: the two-line captions are made from these.
    std::vector<std::pair<QAction *, QString>> m_captions;
    // Never shown: measure a button or the base box as the bar would draw
    // them at another density, without touching the bar's own widgets.
    std::unique_ptr<QToolButton> m_buttonProbe;
    std::unique_ptr<QComboBox> m_baseProbe;
};

} // namespace WireDiff
