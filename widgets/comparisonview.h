#pragma once

#include "cellpainter.h"
#include "celllayoutcache.h"
#include "comparisonmodel.h"
#include "droppolicy.h"
#include "panegeometry.h"
#include "rowscroller.h"
#include "highlightstyle.h"
#include "paneselection.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <memory>
#include <vector>

class QMenu;

namespace WireDiff {

class OverviewRuler;
class PaneHeaderBar;
class ViewDecorator;


// The aligned comparison: one column (pane) per article, one row per
// AlignedRow, each row as tall as its tallest cell. Virtualised: only the
// rows on screen are laid out (CellLayoutCache), and the vertical position
// is a row plus a pixel offset into it, so the scroll bar counts rows and
// never needs the height of the whole text. Every pane scrolls with the
// others because all are drawn in one viewport; the header bar above and
// the overview ruler beside follow the view and never drive it back. When
// the panes do not all fit, the base pane can be pinned at the left edge
// while the others scroll sideways (PaneGeometry says where each pane is,
// for painting, hit-testing and the header bar alike).
class ComparisonView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit ComparisonView(QWidget *parent = nullptr);
    ~ComparisonView() override;

    // keepPosition: the same set again (a file changed, another base): keep
    // the panes' order, hidden panes, focus, scroll position, current row
    // and current find match, each by article id and paragraph.
    void setComparison(std::shared_ptr<const Comparison> comparison, bool keepPosition = false);
    const ComparisonModel &model() const { return m_model; }
    const HighlightStyle &highlightStyle() const { return m_style; }

    // Panes.
    void setFocusArticle(qint32 article);
    void focusPair(qint32 a, qint32 b);
    // Makes `article`'s pane the current one and, when it is not wholly in
    // view, scrolls sideways to put it at the left edge; nothing for an
    // article without a pane (hidden). Before scrollToRow() when going to a
    // place: the panes in view decide how tall the rows are.
    void revealPane(qint32 article);
    void hidePane(qint32 article);
    void showAllPanes();
    void movePane(qint32 article, int delta);
    QHash<QString, double> paneWidthWeights() const { return m_panes.weights(); }
    void setPaneWidthWeights(const QHash<QString, double> &weights);
    void setPaneWidth(qint32 pane, int width);
    int paneX(qint32 pane) const;     // content coordinates (before horizontal scrolling)
    int paneViewX(qint32 pane) const; // viewport coordinates (the pinned pane's is 0)
    int paneWidth(qint32 pane) const;
    qint32 paneAt(int viewportX) const;
    // The panes any part of which is on screen, the pinned one first.
    const std::vector<qint32> &panesInView() const { return m_panesInView; }
    // View ▸ Keep Base in View: the base pane stays at the left edge while
    // the others scroll sideways, whenever they do not all fit. On by default.
    void setKeepBaseInView(bool keep);
    bool keepsBaseInView() const { return m_keepBaseInView; }
    qint32 pinnedPane() const { return m_panes.pinned(); } // -1 when nothing is pinned now
    qint32 currentPane() const { return m_currentPane; }
    qint32 currentArticle() const; // the current pane's article, or -1
    PaneHeaderBar *headerBar() const { return m_header; }
    OverviewRuler *overviewRuler() const { return m_ruler; }

    // Vertical position.
    qint32 topRow() const { return m_rows.topRow(); }
    qreal topOffset() const { return m_rows.topOffset(); }
    qint32 currentRow() const { return m_currentRow; }
    void setCurrentRow(qint32 row);
    void scrollToRow(qint32 row, bool withContext = true);
    void scrollByPixels(qreal dy);
    // Rectangles in viewport coordinates; empty when not on screen.
    QRectF rowRect(qint32 row) const;
    QRectF cellRect(qint32 row, qint32 article) const;
    // The first and last rows on screen.
    std::pair<qint32, qint32> visibleRows() const;

    // Navigation; each returns false when there is nothing further. Only
    // the panes in view count (see navigate()).
    bool nextChange() { return navigate(ComparisonModel::RowChangeMask, true); }
    bool previousChange() { return navigate(ComparisonModel::RowChangeMask, false); }
    // A stop is each paragraph and each sentence found in no other source
    // in a pane in view, in reading order: row, then pane, then sentence
    // (comparisonviewunique.cpp). The stop is selected, so the eye lands on
    // a sentence inside its shared paragraph; a row holding several is
    // stepped through before the next row.
    bool nextUnique() { return stepUnique(true); }
    bool previousUnique() { return stepUnique(false); }
    // What `row` holds that is found in no other source, in the panes in
    // view ("e-edited, paragraph 6: a sentence found in no other source");
    // empty when nothing.
    QString uniqueDescription(qint32 row) const;

    // Find across all visible panes.
    int setFindText(const QString &text, Qt::CaseSensitivity sensitivity = Qt::CaseInsensitive);
    bool findNext() { return stepFind(true); }
    bool findPrevious() { return stepFind(false); }
    const std::vector<FindMatch> &findMatches() const { return m_matches; }
    int currentFindIndex() const { return m_currentMatch; }

    // Zoom, as a factor of the application font.
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void zoomIn() { setZoom(m_zoom * 1.1); }
    void zoomOut() { setZoom(m_zoom / 1.1); }
    void resetZoom() { setZoom(1.0); }

    // What the view says in its middle while it has no comparison; empty:
    // the invitation to drop or open a folder.
    void setPlaceholderText(const QString &text);
    QString placeholderText() const;

    // Selection within one pane.
    bool hasSelection() const { return !m_selection.isEmpty(); }
    QString selectedText() const { return m_selection.text(m_model); }
    const PaneSelection &selection() const { return m_selection; }
    void copy() const;
    void selectAllInPane(qint32 article = -1);

    // Plug-ins drawing over the comparison (notes, facts, shading).
    void addDecorator(ViewDecorator *decorator);
    void removeDecorator(ViewDecorator *decorator);
    void updateDecorations();

    // Inspection for tests and benchmarks.
    void setRecordPainting(bool record) { m_recording = record; }
    const std::vector<PaintedSpan> &paintedSpans() const { return m_paintedSpans; }
    const std::vector<PaintedCell> &paintedCells() const { return m_paintedCells; }
    double lastPaintMilliseconds() const { return m_lastPaintMs; }
    qint64 layoutsCreated() const { return m_cache.layoutsCreated(); }

signals:
    void comparisonPainted();               // the first paint of a new comparison
    void baseChangeRequested(const QString &articleId);
    void focusChanged(qint32 article);
    void panesChanged();
    void paneWidthsChanged();
    void dropRequested(const WireDiff::DropRequest &request);
    void scrolled();
    void currentRowChanged(qint32 row);
    void findResultsChanged(int current, int total);
    void selectionChanged();
    void zoomChanged(double zoom);
    // Before the context menu is shown, so other features can add actions.
    void contextMenuAboutToShow(QMenu *menu, qint32 row, qint32 article, qint32 paragraph, qint32 offset);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    using VisibleRow = RowScroller::VisibleRow;
    struct HitPosition
    {
        qint32 row = -1;
        qint32 article = -1;
        qint32 paragraph = -1;
        qint32 offset = -1;
        bool onText = false;
    };

    // A paragraph by article id and text, which outlive row numbers; the
    // text finds it again when its article gained or lost paragraphs.
    struct ParagraphPlace
    {
        QString article;
        qint32 paragraph = -1;
        QString text;
    };
    // What setComparison() carries over to the next comparison.
    struct KeptPosition
    {
        QStringList paneOrder;
        QString focus;
        QString base;
        ParagraphPlace top;
        qreal topFraction = 0;
        ParagraphPlace current;
        ParagraphPlace match;
        qint32 matchStart = -1;
    };

    ParagraphPlace placeOfRow(qint32 row, qint32 preferredArticle) const;
    qint32 paragraphOfPlace(const ParagraphPlace &place, qint32 *article) const;
    qint32 rowOfPlace(const ParagraphPlace &place) const;
    KeptPosition keptPosition() const;
    int keptMatch(const KeptPosition &kept) const;
    int firstMatchFromTop() const;
    void applyPaneState(const QStringList &previousOrder);
    void placeChildren();
    void updateFont();
    void layoutPanes();
    void scrollPaneIntoView(qint32 pane);
    void updateHeaderGeometry();
    std::vector<qint32> articlesInView() const;
    // A place found in no other source, as Ctrl+F7 stops at it: a whole
    // unique paragraph or one sentence (UTF-16 offsets into its text).
    struct UniqueStop
    {
        qint32 article = -1;
        qint32 paragraph = -1;
        qint32 start = 0;
        qint32 end = 0;
    };
    // The stops of `row` in the panes in view, in reading order.
    std::vector<UniqueStop> uniqueStops(qint32 row) const;
    void selectUniqueStop(qint32 row, const UniqueStop &stop);
    bool stepUnique(bool forward);
    // The pane `pane` swaps places with to move `delta` places on screen, or -1.
    qint32 moveTarget(qint32 pane, int delta) const;
    void invalidateHeights();
    int textWidth(qint32 pane) const { return std::max(20, paneWidth(pane) - int(CellInsets::left + CellInsets::right)); }
    qreal layRowHeight(qint32 row) const; // lays out the row's cells in the panes in view
    // Re-reads the panes any part of which is in the viewport; true when the range changed (rows are then as
    // tall as their text in other panes: heights must be laid out again).
    bool updatePanesInView();
    qreal minimumRowHeight() const;
    void syncScrollBars();
    void positionChanged();
    bool navigate(quint32 mask, bool forward);
    // Shift+Left/Right and Ctrl+Shift+Left/Right: moves the selection's end
    // by a character or a word within the current row's cell of the current
    // pane (a note goes on whole words of it, as after a drag). False when
    // the cell is empty or the end cannot go further.
    bool extendSelectionInCell(bool forward, bool byWord);
    bool stepFind(bool forward);
    void showCurrentMatch();
    HitPosition hitTest(const QPointF &point) const;
    QString toolTipAt(const HitPosition &hit) const;
    void followLink(const HitPosition &hit);
    void showPaneMenu(qint32 article, const QPoint &globalPos);
    void populatePaneActions(QMenu *menu, qint32 article);
    void execMenu(QMenu *menu, const QPoint &globalPos);

    ComparisonModel m_model;
    HighlightStyle m_style;
    mutable CellLayoutCache m_cache;
    PaneHeaderBar *m_header = nullptr;
    // The context menu open now, if any: its actions hold rows, articles and
    // paragraphs of the comparison it was built for, so a new comparison
    // (a file changed while it was open) closes it.
    QMenu *m_openMenu = nullptr;
    OverviewRuler *m_ruler = nullptr;

    std::vector<qint32> m_panesInView; // PaneGeometry::panesInView(), kept to see when it changes
    qint32 m_currentRow = -1;
    qint32 m_currentPane = 0;
    double m_zoom = 1.0;
    bool m_syncingScrollBars = false; // guards against the scroll bars echoing our own moves
    bool m_firstPaintPending = false;
    bool m_keepBaseInView = true;

    PaneGeometry m_panes;
    QSet<QString> m_hiddenIds;
    RowScroller m_rows;

    QString m_findText;
    Qt::CaseSensitivity m_findSensitivity = Qt::CaseInsensitive;
    std::vector<FindMatch> m_matches;
    int m_currentMatch = -1;

    PaneSelection m_selection;
    bool m_selecting = false;
    std::vector<ViewDecorator *> m_decorators;

    bool m_recording = false;
    QString m_placeholder;
    std::vector<PaintedSpan> m_paintedSpans;
    std::vector<PaintedCell> m_paintedCells;
    double m_lastPaintMs = 0;
};

} // namespace WireDiff
