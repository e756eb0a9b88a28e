#pragma once

#include "comparison.h"
#include "highlightstyle.h"

#include <QFont>
#include <QWidget>

#include <memory>
#include <optional>

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
    // What the cell (a, b) says in words; empty off the grid and on the
    // diagonal. The matrix counts runs of three words found anywhere in the
    // other article, the pane headers read word by word against the base:
    // in the base's column both are given, so the two figures are not read
    // as contradicting each other.
    QString toolTipFor(qint32 a, qint32 b) const;

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
    // What the grid's geometry depends on: the font and the article ids.
    struct Metrics
    {
        int labelWidth = 0; // the row labels' column, margin included
        int cellSize = 0;
        int top = 0;        // of the first row of cells
        int line = 0;       // line spacing
    };
    const Metrics &metrics() const;
    int labelWidth() const { return metrics().labelWidth; }
    int cellSize() const { return metrics().cellSize; }
    int top() const { return metrics().top; }
    std::pair<qint32, qint32> cellAt(const QPoint &point) const;
    QString shortLabel(qint32 article) const;

    std::shared_ptr<const Comparison> m_comparison;
    HighlightStyle m_style;
    std::pair<qint32, qint32> m_focus { -1, -1 };
    std::pair<qint32, qint32> m_hover { -1, -1 };
    std::pair<qint32, qint32> m_cursor { 0, 1 };
    // The metrics measure every article id and shape text: paint and the
    // hit test ask for them per cell, so they are kept until the comparison
    // or the font changes (a paint of 100 articles once measured ids a
    // million times and froze the window).
    mutable std::optional<Metrics> m_metrics;
    mutable QFont m_metricsFont;
};

} // namespace WireDiff
