#pragma once

#include "comparison.h"

#include <QFont>
#include <QPalette>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <vector>

class QPaintDevice;
class QPainter;

namespace WireDiff {

// The family tree laid out and drawn: one box per article (its outlet or
// title, and its file name), arrows from parent to child, generations from
// top to bottom (roots at the top, in FamilyTree::order). Separate trees sit
// side by side and wrap onto further bands below when they would be wider
// than `wrapWidth`. Children too wide for one row side by side (twenty
// outlets printing one agency story, some copied in turn) are stacked in
// rows of subtrees under their parent, reached by a comb of right-angled
// lines. Only a single subtree that is wide below its first generation stays
// wider than `wrapWidth` (the view scales and scrolls it). The same code draws the
// window's view and the PDF's first page. Coordinates are in the units of
// `device`'s fonts.
class FamilyTreeGraph
{
public:
    struct Node
    {
        qint32 article = -1;
        QRectF rect;
        QString name; // outlet, title or id
        QString file; // file name, or id for in-memory articles
    };

    struct Edge
    {
        qint32 parent = -1;
        qint32 child = -1;
        QPointF from; // bottom middle of the parent's box
        QPointF to;   // top middle of the child's box
        QPolygonF route; // not empty: the right-angled path drawn instead of a curve
    };

    // What the view adds to the drawing.
    struct State
    {
        qint32 current = -1; // the selected article
        qint32 hovered = -1;
        bool focused = false; // draws the focus frame on `current`
    };

    FamilyTreeGraph(const Comparison &comparison, const QFont &font, const QPaintDevice *device, qreal wrapWidth);

    QSizeF size() const { return m_size; }
    const std::vector<Node> &nodes() const { return m_nodes; }
    const std::vector<Edge> &edges() const { return m_edges; }
    const Node *node(qint32 article) const;
    bool isEmpty() const { return m_nodes.empty(); }

    qint32 articleAt(const QPointF &point) const;                   // -1: no box there
    qint32 edgeAt(const QPointF &point, qreal tolerance) const;     // the edge's child, or -1
    // Keyboard neighbours: the box left or right in the same row, the
    // parent, the first child (-1 when there is none).
    qint32 beside(qint32 article, int direction) const;
    qint32 parentOf(qint32 article) const;
    qint32 firstChildOf(qint32 article) const;

    void paint(QPainter *painter, const QPalette &palette) const;
    void paint(QPainter *painter, const QPalette &palette, const State &state) const;

    // The evidence for `article`'s place in the tree: FamilyTree::describe
    // and the numbers behind it. Translated, plain text.
    static QString evidenceText(const Comparison &comparison, qint32 article);

private:
    void layOut(qreal wrapWidth, qreal maximumBoxLines);

    const Comparison &m_comparison;
    QFont m_nameFont;
    QFont m_fileFont;
    const QPaintDevice *m_device;
    std::vector<Node> m_nodes;            // in article order
    std::vector<Edge> m_edges;
    std::vector<std::vector<qint32>> m_children;
    QSizeF m_size;
    qreal m_lineHeight = 0;
    qreal m_widestName = 0; // the box width the longest name or file wants
    qreal m_boxWidth = 0;
    qint32 m_widestSlots = 0; // boxes side by side in the widest band
};

} // namespace WireDiff
