#pragma once

#include "comparison.h"
#include "highlightstyle.h"
#include "matrixgeometry.h"

#include <QAbstractScrollArea>
#include <QFont>

#include <memory>
#include <optional>

class QMenu;
class QToolButton;

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
//
// It zooms (MatrixGeometry): Ctrl+wheel, Ctrl++ / Ctrl+- / Ctrl+0 while it
// has the focus (taken before the window's zoom of the panes), the buttons
// at its top right and its context menu. Fit (F) shrinks the cells so the
// whole grid fits the viewport, and keeps it fitted as the dock is
// resized; below a legible size the cells drop their numbers, the shade
// still shows the share and the tooltip still gives it exactly with both
// names. zoomChanged() says when either changes, for the settings.
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

    // Fit: the largest zoom up to 1 at which the whole grid fits. Turning it
    // off goes back to the zoom set before.
    bool fitsToView() const { return m_fit; }
    void setFitToView(bool fit);
    // The zoom in use (in Fit, the one fitting found); setZoom leaves Fit.
    double zoom() const { return geometry().zoom; }
    // The zoom set by hand, which Fit leaves as it was.
    double manualZoom() const { return m_zoom; }
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    void resetZoom();
    // The row label of `article` as drawn at the zoom in use: its number
    // and id, or short name, cut from the left where too long
    // ("138 …_independent").
    QString rowLabel(qint32 article) const;
    // In Fit, when even the smallest cells do not fit the panel, what its
    // caption says about it (the grid then scrolls); else empty.
    QString fitNotice() const;
    // Whether the cells are large enough to show their numbers.
    bool showsNumbers() const { return geometry().numbers; }
    // The zoom buttons at the top right: Fit, smaller, larger.
    QToolButton *fitButton() const { return m_fitButton; }
    QToolButton *zoomOutButton() const { return m_zoomOutButton; }
    QToolButton *zoomInButton() const { return m_zoomInButton; }
    // The context menu's zoom commands (also on a cell).
    void populateMenu(QMenu *menu);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void pairActivated(qint32 a, qint32 b);
    // The zoom or Fit changed (never for a setter given what is already so).
    void zoomChanged();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    qint32 count() const { return m_comparison ? qint32(m_comparison->articles.size()) : 0; }
    // The grid's sizes at the zoom in use; in Fit, for the viewport's size.
    const MatrixGeometry &geometry() const;
    // At zoom 1, what the size hints ask for whatever the zoom.
    const MatrixGeometry &normalGeometry() const;
    void geometryChanged();
    // The caption's and the key's heights at the viewport's width: both wrap.
    int captionHeight() const;
    int captionWidth() const;
    int keyHeight() const;
    // With `notice`, the line that says the grid does not fit (Fit only).
    QString caption(bool notice) const;
    int captionHeightFor(bool notice) const;
    QString overflowText() const;
    QString headerLabel(qint32 article, const QFontMetrics &metrics, int width) const;
    std::pair<qint32, qint32> cellAt(const QPoint &point) const;
    qint32 rowHeaderAt(const QPoint &point) const;
    qint32 columnHeaderAt(const QPoint &point) const;
    void updateScrollBars();
    void paintCells(QPainter *painter, std::pair<qint32, qint32> rows, std::pair<qint32, qint32> columns) const;
    void paintRowLabels(QPainter *painter, const QRect &exposed) const;
    void paintColumnHeaders(QPainter *painter) const;
    void paintKey(QPainter *painter) const;
    void buildZoomButtons();
    void placeZoomButtons();
    // Zooms to `zoom` keeping the grid point under `anchor` (viewport
    // coordinates) where it is; the editor's doing, so zoomChanged().
    void zoomAround(double zoom, const QPoint &anchor);
    QPoint cursorAnchor() const;

    std::shared_ptr<const Comparison> m_comparison;
    HighlightStyle m_style;
    std::pair<qint32, qint32> m_focus { -1, -1 };
    std::pair<qint32, qint32> m_hover { -1, -1 };
    std::pair<qint32, qint32> m_cursor { 0, 1 };
    // Every id begins with it ("care"), so the column headers leave it out.
    QString m_commonPrefix;
    MatrixGeometry::Labels m_labels;
    bool m_fit = false;
    mutable bool m_overflows = false; // in Fit, the grid is larger than the panel (with m_geometry)
    double m_zoom = 1.0;
    int m_wheelDelta = 0; // eighths of a degree not yet turned into a zoom step
    QToolButton *m_fitButton = nullptr;
    QToolButton *m_zoomOutButton = nullptr;
    QToolButton *m_zoomInButton = nullptr;
    // The geometry measures every article id and shapes text: paint and the
    // hit test ask for it per cell, so it is kept until the comparison, the
    // font, the zoom or (in Fit) the viewport's size changes (a paint of 100
    // articles once measured ids a million times and froze the window).
    mutable std::optional<MatrixGeometry> m_geometry;
    mutable std::optional<MatrixGeometry> m_normalGeometry;
    mutable QFont m_geometryFont;
    mutable QFont m_normalFont;
    mutable QSize m_geometryViewport;
};

} // namespace WireDiff
