#pragma once

#include "comparison.h"

#include <QAbstractScrollArea>
#include <QFont>

#include <memory>

class QMenu;
class QPainter;
class QPalette;
class QRectF;
class QToolButton;

namespace WireDiff {

class FamilyTreeGraph;

// Who derives from whom, drawn as a graph (FamilyTreeGraph): a box per
// article, arrows from parent to child, generations from the top. Wide
// forests wrap onto further bands; a single tree wider than the view is
// scaled down to a legible minimum and scrolls beyond it. Hovering a box or
// an arrow shows the evidence; a click, or Enter on the keyboard cursor
// (arrows move it: left/right along a row, up to the parent, down to a
// child), selects the article and emits articleActivated.
//
// It zooms as Who Copied Whom does (review 12: at 20 versions a dock showed
// 3 of 20 boxes): Fit (F, or the button above the drawing) scales the
// whole tree into the panel, wrapping it wider where that lets it be
// larger, and keeps it fitted as the dock is resized; Ctrl+wheel and
// Ctrl++ / Ctrl+- / Ctrl+0 while it has the focus (taken before the
// window's zoom of the panes), the buttons and the context menu zoom by
// hand. A zoom lays the tree out for the width it then covers, so zoomed
// out, more boxes share a band. zoomChanged() says when either changes.
class FamilyTreeView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit FamilyTreeView(QWidget *parent = nullptr);
    ~FamilyTreeView() override;

    void setComparison(std::shared_ptr<const Comparison> comparison);
    void setCurrentArticle(qint32 article);
    qint32 currentArticle() const { return m_current; }

    // The box of `article` in viewport coordinates (empty when none).
    QRect articleRect(qint32 article) const;
    // What the tooltip of `article` says.
    QString toolTipFor(qint32 article) const;
    qreal scale() const { return m_scale; }

    // Fit: the largest scale up to 1 at which the whole tree is in view.
    // Turning it off goes back to the zoom set before.
    bool fitsToView() const { return m_fit; }
    void setFitToView(bool fit);
    // The zoom set by hand (Fit leaves it as it was); setZoom leaves Fit.
    double manualZoom() const { return m_zoom; }
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    void resetZoom();
    QToolButton *fitButton() const { return m_fitButton; }
    QToolButton *zoomOutButton() const { return m_zoomOutButton; }
    QToolButton *zoomInButton() const { return m_zoomInButton; }
    // The context menu's zoom commands.
    void populateMenu(QMenu *menu);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The same drawing on any painter (the PDF's first page): the graph laid
    // out for `target`'s width with `font` measured on `device` (the
    // painter's device when null), scaled down to fit `target` if needed.
    // Returns the height it used.
    static qreal paint(QPainter *painter, const QRectF &target, const Comparison &comparison, const QPalette &palette,
                       const QFont &font = QFont(), const QPaintDevice *device = nullptr);
    // The height paint() needs for `width`, unscaled.
    static qreal heightFor(qreal width, const Comparison &comparison, const QFont &font, const QPaintDevice *device);

signals:
    void articleActivated(qint32 article);
    // The zoom or Fit changed (never for a setter given what is already so).
    void zoomChanged();

protected:
    bool event(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void relayout();
    void buildZoomButtons();
    void placeZoomButtons();
    QPointF toGraph(const QPoint &viewportPoint) const;
    void ensureVisible(qint32 article);
    void activate(qint32 article);
    QString emptyText() const;
    qint32 firstArticle() const;

    std::shared_ptr<const Comparison> m_comparison;
    std::unique_ptr<FamilyTreeGraph> m_graph;
    qint32 m_current = -1;
    qint32 m_hovered = -1;
    qreal m_scale = 1.0;
    bool m_fit = false;
    double m_zoom = 1.0;
    int m_wheelDelta = 0; // eighths of a degree not yet turned into a zoom step
    QToolButton *m_fitButton = nullptr;
    QToolButton *m_zoomOutButton = nullptr;
    QToolButton *m_zoomInButton = nullptr;
};

} // namespace WireDiff
