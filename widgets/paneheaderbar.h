#pragma once

#include "droppolicy.h"
#include "highlightstyle.h"
#include "panegeometry.h"

#include <QFont>
#include <QWidget>

#include <vector>

namespace WireDiff {

class ComparisonModel;
struct Article;
struct ClassCounts;

// The headers above the panes: outlet or title, file name, word count and
// the shares of verbatim, reworded and new text against the base, with the
// base marked. Dragging a header's right edge resizes the pane; the context
// menu and drops of files are passed on to the view.
class PaneHeaderBar : public QWidget
{
    Q_OBJECT

public:
    explicit PaneHeaderBar(QWidget *parent = nullptr);

    void setModel(const ComparisonModel *model) { m_model = model; update(); }
    void setHighlightStyle(const HighlightStyle &style) { m_style = style; update(); }
    // Where the panes are, as the view places them (a pinned pane included).
    void setPaneGeometry(const PaneGeometry &geometry, qint32 currentPane);
    void modelChanged() { update(); }
    qint32 paneAt(int x) const;

    QSize sizeHint() const override;

    // The base header's last line: the article its highlights are read
    // against, in `width` pixels. The name is what the line is there to say,
    // so a narrow pane shortens the phrase around it before the name.
    static QString comparedWithLine(const QString &name, const QFontMetrics &metrics, int width);
    // `text` cut to `width` after its last whole word that fits, with "…".
    static QString elidedAtWord(const QString &text, const QFontMetrics &metrics, int width);
    // A file name cut to `width` in its stem, keeping its start and extension.
    static QString elidedFileName(const QString &fileName, const QFontMetrics &metrics, int width);
    // A header's first two lines and (for the base) its last, as painted:
    // the name; the file, words and distance from the consensus (only the
    // extension of the file where the name already is its id); what the
    // base is compared with. The tooltip has every name in full.
    struct HeaderText
    {
        QString name;
        QString file;
        QString third; // the base's; empty for the others
    };
    HeaderText headerText(qint32 pane) const;
    // An article's shares against the base in words: verbatim, reworded,
    // new and, where it has any, changed facts, so the parts add up; led
    // by "≈" when they are `approximate` (the pair was compared as whole
    // blocks somewhere: ExportFindings::sharesApproximate()).
    static QString sharesLine(const ClassCounts &counts, bool approximate = false);
    static QString approximateSign();
    // The tooltip's line on the article's time, saying where it came from
    // (metadata, a wire header's filing time, the file); empty without one.
    static QString timeLine(const Article &article);

signals:
    void paneMenuRequested(qint32 article, const QPoint &globalPos);
    void paneActivated(qint32 article);
    void paneResized(qint32 pane, int width);
    void paneResizeFinished();
    void dropRequested(const WireDiff::DropRequest &request);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void paintHeader(QPainter *painter, qint32 pane, const QRect &rect) const;
    qint32 edgeAt(int x) const; // the pane whose right edge is under x, or -1
    HeaderText headerText(qint32 pane, int nameWidth, int width) const;
    // The BASE or VS BASE badge before the name, and the room it takes.
    QString badgeFor(qint32 article) const;
    QFont badgeFont() const;
    int badgeSpace(qint32 article) const;
    QString toolTipFor(qint32 article) const;

    const ComparisonModel *m_model = nullptr;
    HighlightStyle m_style;
    PaneGeometry m_geometry;
    qint32 m_currentPane = -1;
    qint32 m_resizing = -1;
    int m_resizeStartX = 0;
    int m_resizeStartWidth = 0;
    qint32 m_dropPane = -1;
};

} // namespace WireDiff
