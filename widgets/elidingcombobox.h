#pragma once

#include <QComboBox>

namespace WireDiff {

// A combo box whose closed box shows its current text cut in the middle
// with "…" where the box is narrower than the text, instead of clipping
// it at the edge; the list shows every item whole. For boxes sized by
// QComboBox::AdjustToMinimumContentsLengthWithIcon, whose width does not
// follow their longest item.
class ElidingComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit ElidingComboBox(QWidget *parent = nullptr);

    // The text the closed box shows: the current text, elided to the box.
    QString shownText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace WireDiff
