#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QSlider;

namespace WireDiff {

// The paraphrase sensitivity control of the tool bar: a slider from strict
// to loose with its caption. On one line ("Paraphrase: strict ——— loose")
// where the tool bar has the width, else stacked: "Paraphrase" above,
// "strict ——— loose" under it, in the height a tool bar with text under
// its icons has anyway. The slider, its range, tooltip and accessible name
// are the same in both; only the captions move.
class ParaphraseSlider : public QWidget
{
    Q_OBJECT

public:
    enum class Arrangement { OneLine, Stacked };

    explicit ParaphraseSlider(QWidget *parent = nullptr);

    QSlider *slider() const { return m_slider; }
    Arrangement arrangement() const { return m_arrangement; }
    void setArrangement(Arrangement arrangement);
    // The size hint in `arrangement`, whichever is shown: what the tool
    // bar measures before it chooses.
    QSize sizeHintFor(Arrangement arrangement) const;

private:
    void arrange();
    void retranslate();

    QSlider *m_slider;
    QLabel *m_caption; // one line: "Paraphrase: strict"
    QLabel *m_title;   // stacked: "Paraphrase"
    QLabel *m_strict;  // stacked: "strict"
    QLabel *m_loose;
    QGridLayout *m_layout;
    Arrangement m_arrangement = Arrangement::OneLine;
};

} // namespace WireDiff
