#pragma once

#include "comparison.h"
#include "highlightstyle.h"

#include <QAbstractScrollArea>
#include <QFont>

#include <memory>
#include <optional>

namespace WireDiff {

// Who copied whom: for every ordered pair, how much of the row's article is
// found in the column's article, verbatim (the cell's shade and number) and
// reworded (the amber band). Clicking a cell, or Enter on the keyboard
// cursor, asks for that pair to be the focus.
//
// It scrolls itself, like a spreadsheet with frozen panes: the caption
// (which says which way the grid reads), the column headers and the key
// stay at the top and bottom, the row labels at the left, and only the
// cells move under them, so a cell of 20 versions in a small dock still has
// its two names beside it (before, the whole picture sat in a scroll area
// and the names scrolled away with the cells). The column headers are the
// articles' numbers and short names, turned upright; each header's tooltip
// has the full names. Positions (cellRect, the hit test) are in the
// viewport's coordinates at the current scroll.
class ProvenanceMatrix : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit ProvenanceMatrix(QWidget *parent = nullptr);

    void setComparison(std::shared_ptr<const Comparison> comparison);
    void setFocusPair(qint32 a, qint32 b);
    // Where the cell is drawn now; may lie outside the cells' area when
    // scrolled away.
    QRect cellRect(qint32 a, qint32 b) const;
    // The part of the viewport the cells scroll in: right of the row
    // labels, under the column headers, above the key.
    QRect cellArea() const;
    // The frozen header of row `a` (its label at the left) and of column
    // `b` (its upright name at the top), clipped to where they show.
    QRect rowHeaderRect(qint32 a) const;
    QRect columnHeaderRect(qint32 b) const;
    // Scrolls so the cell is in the cells' area.
    void ensureCellVisible(qint32 a, qint32 b);
    // What the cell (a, b) says in words; empty off the grid and on the
    // diagonal. The matrix counts runs of three words found anywhere in the
    // other article, the pane headers read word by word against the base:
    // in the base's column both are given, so the two figures are not read
    // as contradicting each other.
    QString toolTipFor(qint32 a, qint32 b) const;
    // A header's tooltip: the article's number, full name, title and file.
    QString headerToolTip(qint32 article, bool column) const;
    // The column header's short name: the outlet where known, else the id
    // without the part every id begins with ("care" of "care134_independent").
    QString shortName(qint32 article) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void pairActivated(qint32 a, qint32 b);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    qint32 count() const { return m_comparison ? qint32(m_comparison->articles.size()) : 0; }
    // What the grid's geometry depends on: the font and the article ids.
    struct Metrics
    {
        int labelWidth = 0;   // the row labels' column, margin included
        int cellWidth = 0;
        int cellHeight = 0;
        int headerHeight = 0; // the upright column names
        int line = 0;         // line spacing
    };
    const Metrics &metrics() const;
    // The caption's and the key's heights at the viewport's width: both wrap.
    int captionHeight() const;
    int keyHeight() const;
    QString caption() const;
    QString headerLabel(qint32 article, const QFontMetrics &metrics, int width, Qt::TextElideMode mode) const;
    std::pair<qint32, qint32> cellAt(const QPoint &point) const;
    qint32 rowHeaderAt(const QPoint &point) const;
    qint32 columnHeaderAt(const QPoint &point) const;
    void updateScrollBars();
    void paintColumnHeaders(QPainter *painter, qint32 first, qint32 last) const;
    void paintKey(QPainter *painter) const;

    std::shared_ptr<const Comparison> m_comparison;
    HighlightStyle m_style;
    std::pair<qint32, qint32> m_focus { -1, -1 };
    std::pair<qint32, qint32> m_hover { -1, -1 };
    std::pair<qint32, qint32> m_cursor { 0, 1 };
    // Every id begins with it ("care"), so the column headers leave it out.
    QString m_commonPrefix;
    // The metrics measure every article id and shape text: paint and the
    // hit test ask for them per cell, so they are kept until the comparison
    // or the font changes (a paint of 100 articles once measured ids a
    // million times and froze the window).
    mutable std::optional<Metrics> m_metrics;
    mutable QFont m_metricsFont;
};

} // namespace WireDiff
