#pragma once

#include "comparison.h"

#include <QAbstractScrollArea>
#include <QFont>

#include <memory>

class QPainter;
class QPalette;
class QRectF;

namespace WireDiff {

class FamilyTreeGraph;

// Who derives from whom, drawn as a graph (FamilyTreeGraph): a box per
// article, arrows from parent to child, generations from the top. Wide
// forests wrap onto further bands; a single tree wider than the view is
// scaled down to a legible minimum and scrolls beyond it. Hovering a box or
// an arrow shows the evidence; a click, or Enter on the keyboard cursor
// (arrows move it: left/right along a row, up to the parent, down to a
// child), selects the article and emits articleActivated.
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

protected:
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
};

} // namespace WireDiff
