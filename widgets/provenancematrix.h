#pragma once

#include "comparison.h"
#include "highlightstyle.h"

#include <QFont>
#include <QWidget>

#include <memory>

namespace WireDiff {

// Who copied whom: for every ordered pair, how much of the row's article is
// found in the column's article, verbatim (the cell's shade and number) and
// reworded (the amber band). Clicking a cell, or Enter on the keyboard
// cursor, asks for that pair to be the focus.
class ProvenanceMatrix : public QWidget
{
    Q_OBJECT

public:
    explicit ProvenanceMatrix(QWidget *parent = nullptr);

    void setComparison(std::shared_ptr<const Comparison> comparison);
    void setFocusPair(qint32 a, qint32 b);
    QRect cellRect(qint32 a, qint32 b) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void pairActivated(qint32 a, qint32 b);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    qint32 count() const { return m_comparison ? qint32(m_comparison->articles.size()) : 0; }
    int labelWidth() const;
    int cellSize() const;
    int top() const;
    std::pair<qint32, qint32> cellAt(const QPoint &point) const;
    QString shortLabel(qint32 article) const;

    std::shared_ptr<const Comparison> m_comparison;
    HighlightStyle m_style;
    std::pair<qint32, qint32> m_focus { -1, -1 };
    std::pair<qint32, qint32> m_hover { -1, -1 };
    std::pair<qint32, qint32> m_cursor { 0, 1 };
    // labelWidth() measures every article id: paint asks for it per cell,
    // so it is kept until the comparison or the font changes (a paint of
    // 100 articles measured ids a million times and froze the window).
    mutable int m_labelWidth = -1;
    mutable QFont m_labelFont;
};

} // namespace WireDiff
