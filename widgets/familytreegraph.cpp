#include "familytreegraph.h"

#include "printtext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace WireDiff {

namespace {

// lupdate takes the context from this declaration, so messages from free
// functions and helper classes land where the lookup at run time finds them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(WireDiff::FamilyTreeGraph)
};

// Geometry in units of the font's line height, so the graph scales with
// the font on screen and on paper alike.
constexpr qreal paddingLines = 0.35;
constexpr qreal horizontalGapLines = 1.1;
constexpr qreal generationGapLines = 2.6;
constexpr qreal bandGapLines = 1.6;
constexpr qreal marginLines = 1.0; // leaves room for a comb's trunk left of its first column
constexpr qreal minimumBoxLines = 7.0;
// Boxes are this wide at most, wider (up to the roomy width) only where
// the graph keeps its shape and still fits the wrap width.
constexpr qreal maximumBoxLines = 13.0;
constexpr qreal roomyBoxLines = 24.0;

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

qreal distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const qreal length2 = QPointF::dotProduct(ab, ab);
    const qreal t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    const QPointF nearest = a + t * ab;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

QString percent(double share)
{
    return QStringLiteral("%1\u202f%").arg(qRound(std::clamp(share, 0.0, 1.0) * 100.0));
}

} // namespace

FamilyTreeGraph::FamilyTreeGraph(const Comparison &comparison, const QFont &font, const QPaintDevice *device,
                                 qreal wrapWidth)
    : m_comparison(comparison)
    , m_nameFont(font)
    , m_fileFont(font)
    , m_device(device)
{
    m_nameFont.setBold(true);
    if (m_fileFont.pointSizeF() > 0)
        m_fileFont.setPointSizeF(m_fileFont.pointSizeF() * 0.9);
    else if (m_fileFont.pixelSize() > 0)
        m_fileFont.setPixelSize(std::max(1, qRound(m_fileFont.pixelSize() * 0.9)));
    layOut(wrapWidth, maximumBoxLines);
    // Long names are cut to the box: give them room where there is some.
    const QSizeF compact = m_size;
    if (m_widestName <= m_boxWidth || compact.width() >= wrapWidth)
        return;
    // As wide as lets the widest band of the compact layout still fit.
    const qreal margin = marginLines * m_lineHeight;
    const qreal gap = horizontalGapLines * m_lineHeight;
    const qreal fitted = ((wrapWidth - 2 * margin + gap) / std::max<qint32>(1, m_widestSlots) - gap) / m_lineHeight;
    const qreal lines = std::min({ roomyBoxLines, fitted, m_widestName / m_lineHeight });
    if (lines > maximumBoxLines) {
        layOut(wrapWidth, lines);
        if (m_size.height() <= compact.height() + 0.5 && m_size.width() <= wrapWidth + 0.5)
            return;
    }
    layOut(wrapWidth, maximumBoxLines);
}

void FamilyTreeGraph::layOut(qreal wrapWidth, qreal maximumLines)
{
    m_nodes.clear();
    m_edges.clear();
    m_children.clear();
    m_size = QSizeF();
    m_widestSlots = 0;
    const auto count = qint32(m_comparison.articles.size());
    if (count == 0)
        return;
    const FamilyTree &tree = m_comparison.familyTree;
    const bool hasTree = qint32(tree.parent.size()) == count;

    // Validated parents: a parent outside the articles or a cycle (which
    // the builder never makes) would otherwise hang the layout.
    std::vector<qint32> parent(size_t(count), -1);
    if (hasTree) {
        for (qint32 a = 0; a < count; ++a) {
            const qint32 p = tree.parent[size_t(a)];
            if (p >= 0 && p < count && p != a)
                parent[size_t(a)] = p;
        }
        for (qint32 a = 0; a < count; ++a) {
            qint32 steps = 0;
            for (qint32 p = parent[size_t(a)]; p >= 0 && steps <= count; p = parent[size_t(p)])
                ++steps;
            if (steps > count)
                parent[size_t(a)] = -1;
        }
    }
    // Siblings and roots in the tree's generation order, then article order.
    std::vector<qint32> rank(static_cast<size_t>(count));
    for (qint32 a = 0; a < count; ++a)
        rank[size_t(a)] = count + a;
    for (qint32 i = 0; hasTree && i < qint32(tree.order.size()); ++i) {
        const qint32 a = tree.order[size_t(i)];
        if (a >= 0 && a < count)
            rank[size_t(a)] = std::min(rank[size_t(a)], i);
    }
    const auto byRank = [&rank](qint32 x, qint32 y) { return rank[size_t(x)] < rank[size_t(y)]; };
    m_children.assign(size_t(count), {});
    std::vector<qint32> roots;
    for (qint32 a = 0; a < count; ++a) {
        if (parent[size_t(a)] >= 0)
            m_children[size_t(parent[size_t(a)])].push_back(a);
        else
            roots.push_back(a);
    }
    for (std::vector<qint32> &children : m_children)
        std::sort(children.begin(), children.end(), byRank);
    std::sort(roots.begin(), roots.end(), byRank);

    // Box size: one for all, wide enough for most names, within bounds.
    m_lineHeight = PrintText::lineHeight(m_nameFont, m_device);
    const qreal fileLine = PrintText::lineHeight(m_fileFont, m_device);
    const qreal padding = m_lineHeight * paddingLines;
    m_nodes.resize(size_t(count));
    qreal widest = 0;
    for (qint32 a = 0; a < count; ++a) {
        const Article &article = m_comparison.articles[size_t(a)];
        Node &node = m_nodes[size_t(a)];
        node.article = a;
        node.name = article.displayName();
        node.file = article.filePath.isEmpty() ? article.id : QFileInfo(article.filePath).fileName();
        widest = std::max({ widest, PrintText::textWidth(node.name, m_nameFont, m_device),
                            PrintText::textWidth(node.file, m_fileFont, m_device) });
    }
    const qreal boxWidth = std::clamp(widest + 2 * padding, minimumBoxLines * m_lineHeight, maximumLines * m_lineHeight);
    m_widestName = widest + 2 * padding;
    m_boxWidth = boxWidth;
    const qreal boxHeight = m_lineHeight + fileLine + 2.5 * padding;
    const qreal gap = horizontalGapLines * m_lineHeight;
    const qreal slot = boxWidth + gap;
    const qreal generationStep = boxHeight + generationGapLines * m_lineHeight;
    const qreal margin = marginLines * m_lineHeight;

    const qint32 slotsPerBand = std::max<qint32>(1, qint32((wrapWidth - 2 * margin + gap) / slot));
    // Children too wide side by side for one band (twenty outlets printing
    // one agency story, some with copies of their own) are stacked in rows
    // under their parent, each row as many subtrees as fit, reached by a comb
    // of right-angled lines. Only a single subtree wider than the band keeps
    // the row wider.
    const qint32 columnsPerRow = std::max<qint32>(2, slotsPerBand);

    // Each tree's width in slots (its leaves) and depth in generations; for
    // a parent whose children wrap, where each row of them starts.
    std::vector<qint32> leaves(size_t(count), 0);
    std::vector<qint32> depth(size_t(count), 1);
    std::vector<std::vector<qint32>> rowStarts(static_cast<size_t>(count)); // index of each row's first child; empty: no wrap
    const auto measure = [&](auto &&self, qint32 a) -> void {
        const std::vector<qint32> &children = m_children[size_t(a)];
        qint32 sum = 0;
        for (const qint32 child : children) {
            self(self, child);
            sum += leaves[size_t(child)];
        }
        std::vector<qint32> &starts = rowStarts[size_t(a)];
        if (children.size() > 1 && sum > columnsPerRow) {
            qint32 rowWidth = 0;
            for (qint32 i = 0; i < qint32(children.size()); ++i) {
                const qint32 width = leaves[size_t(children[size_t(i)])];
                if (starts.empty() || rowWidth + width > columnsPerRow) {
                    starts.push_back(i);
                    rowWidth = 0;
                }
                rowWidth += width;
                leaves[size_t(a)] = std::max(leaves[size_t(a)], rowWidth);
            }
            starts.push_back(qint32(children.size()));
            qint32 rowsDepth = 0;
            for (size_t r = 0; r + 1 < starts.size(); ++r) {
                qint32 deepest = 0;
                for (qint32 i = starts[r]; i < starts[r + 1]; ++i)
                    deepest = std::max(deepest, depth[size_t(children[size_t(i)])]);
                rowsDepth += deepest;
            }
            depth[size_t(a)] = 1 + rowsDepth;
            return;
        }
        qint32 deepest = 0;
        for (const qint32 child : children)
            deepest = std::max(deepest, depth[size_t(child)]);
        leaves[size_t(a)] = std::max<qint32>(1, sum);
        depth[size_t(a)] = deepest + 1;
    };
    for (const qint32 root : roots)
        measure(measure, root);

    // Leaves take consecutive slots; a parent sits over its children (over
    // the rows of them when they wrap).
    std::vector<QPolygonF> routes(static_cast<size_t>(count));
    const qreal halfGap = generationGapLines * m_lineHeight / 2;
    // `trunksLeft`: how many combs of enclosing parents already run down the
    // gap left of `left` (a wrapped subtree placed first in its row): this
    // one's trunk goes nearer the boxes, so two parents' lines stay apart.
    const auto place = [&](auto &&self, qint32 a, qreal left, qreal top, qint32 trunksLeft) -> qreal {
        qreal centre = 0;
        const std::vector<qint32> &children = m_children[size_t(a)];
        const std::vector<qint32> &starts = rowStarts[size_t(a)];
        if (children.empty()) {
            centre = left + boxWidth / 2;
        } else if (!starts.empty()) {
            centre = left + (leaves[size_t(a)] * slot - gap) / 2;
            const QPointF from(centre, top + boxHeight);
            const qreal trunk = left - gap * (trunksLeft == 0 ? 0.7 : 0.3);
            qreal rowTop = top + generationStep;
            for (size_t r = 0; r + 1 < starts.size(); ++r) {
                qreal x = left;
                qint32 rowDepth = 0;
                for (qint32 i = starts[r]; i < starts[r + 1]; ++i) {
                    const qint32 child = children[size_t(i)];
                    const qreal childCentre = self(self, child, x, rowTop, x == left ? trunksLeft + 1 : 0);
                    x += leaves[size_t(child)] * slot;
                    rowDepth = std::max(rowDepth, depth[size_t(child)]);
                    const qreal bus = rowTop - halfGap;
                    QPolygonF route;
                    route << from << QPointF(centre, top + boxHeight + halfGap);
                    if (r > 0)
                        route << QPointF(trunk, top + boxHeight + halfGap) << QPointF(trunk, bus);
                    route << QPointF(childCentre, bus) << QPointF(childCentre, rowTop);
                    routes[size_t(child)] = route;
                }
                rowTop += rowDepth * generationStep;
            }
        } else {
            qreal x = left;
            qreal first = 0;
            qreal last = 0;
            for (size_t i = 0; i < children.size(); ++i) {
                const qreal c = self(self, children[i], x, top + generationStep, i == 0 ? trunksLeft : 0);
                if (i == 0)
                    first = c;
                last = c;
                x += leaves[size_t(children[i])] * slot;
            }
            centre = (first + last) / 2;
        }
        m_nodes[size_t(a)].rect = QRectF(centre - boxWidth / 2, top, boxWidth, boxHeight);
        return centre;
    };
    qint32 bandSlots = 0;
    qint32 bandDepth = 0;
    qreal bandTop = margin;
    qreal widestBand = 0;
    for (const qint32 root : roots) {
        if (bandSlots > 0 && bandSlots + leaves[size_t(root)] > slotsPerBand) {
            bandTop += bandDepth * generationStep - generationGapLines * m_lineHeight + bandGapLines * m_lineHeight;
            bandSlots = 0;
            bandDepth = 0;
        }
        place(place, root, margin + bandSlots * slot, bandTop, 0);
        bandSlots += leaves[size_t(root)];
        bandDepth = std::max(bandDepth, depth[size_t(root)]);
        widestBand = std::max(widestBand, bandSlots * slot - gap);
        m_widestSlots = std::max(m_widestSlots, bandSlots);
    }
    const qreal bottom = bandTop + bandDepth * generationStep - generationGapLines * m_lineHeight;
    m_size = QSizeF(widestBand + 2 * margin, bottom + margin);

    for (qint32 a = 0; a < count; ++a) {
        for (const qint32 child : m_children[size_t(a)]) {
            const QRectF &from = m_nodes[size_t(a)].rect;
            const QRectF &to = m_nodes[size_t(child)].rect;
            m_edges.push_back(Edge { a, child, QPointF(from.center().x(), from.bottom()), QPointF(to.center().x(), to.top()),
                                     routes[size_t(child)] });
        }
    }
}

const FamilyTreeGraph::Node *FamilyTreeGraph::node(qint32 article) const
{
    if (article < 0 || article >= qint32(m_nodes.size()))
        return nullptr;
    return &m_nodes[size_t(article)];
}

qint32 FamilyTreeGraph::articleAt(const QPointF &point) const
{
    for (const Node &node : m_nodes) {
        if (node.rect.contains(point))
            return node.article;
    }
    return -1;
}

qint32 FamilyTreeGraph::edgeAt(const QPointF &point, qreal tolerance) const
{
    qint32 best = -1;
    qreal nearest = tolerance;
    for (const Edge &edge : m_edges) {
        // A comb shares its trunk and buses: only the drop into the child is
        // this edge's own.
        const qreal d = edge.route.size() >= 2 ? distanceToSegment(point, edge.route[edge.route.size() - 2], edge.route.back())
                                               : distanceToSegment(point, edge.from, edge.to);
        if (d <= nearest) {
            nearest = d;
            best = edge.child;
        }
    }
    return best;
}

qint32 FamilyTreeGraph::beside(qint32 article, int direction) const
{
    const Node *from = node(article);
    if (!from)
        return -1;
    // The nearest box on the same row in that direction.
    qint32 best = -1;
    qreal bestDistance = 0;
    for (const Node &n : m_nodes) {
        if (n.article == article || !qFuzzyCompare(n.rect.top() + 1, from->rect.top() + 1))
            continue;
        const qreal d = (n.rect.left() - from->rect.left()) * direction;
        if (d > 0 && (best < 0 || d < bestDistance)) {
            best = n.article;
            bestDistance = d;
        }
    }
    return best;
}

qint32 FamilyTreeGraph::parentOf(qint32 article) const
{
    for (const Edge &edge : m_edges) {
        if (edge.child == article)
            return edge.parent;
    }
    return -1;
}

qint32 FamilyTreeGraph::firstChildOf(qint32 article) const
{
    if (article < 0 || article >= qint32(m_children.size()) || m_children[size_t(article)].empty())
        return -1;
    return m_children[size_t(article)].front();
}

void FamilyTreeGraph::paint(QPainter *painter, const QPalette &palette) const
{
    paint(painter, palette, State());
}

void FamilyTreeGraph::paint(QPainter *painter, const QPalette &palette, const State &state) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor ink = palette.color(QPalette::Text);
    const QColor paper = palette.color(QPalette::Base);
    const QColor accent = palette.color(QPalette::Highlight);
    const QColor muted = blend(ink, paper, 0.45);
    const QFont labelFont = m_fileFont;
    const qreal labelHeight = PrintText::lineHeight(labelFont, m_device);
    const FamilyTree &tree = m_comparison.familyTree;

    // Edges first, so boxes cover their ends, the lit ones last so their
    // shared trunk shows. The stroke grows with how much of the child is
    // found in the parent; the label says how much.
    std::vector<const Edge *> edges;
    for (const Edge &edge : m_edges)
        edges.push_back(&edge);
    const auto lit = [&state](const Edge *edge) { return edge->child == state.hovered || edge->child == state.current; };
    std::stable_partition(edges.begin(), edges.end(), [&lit](const Edge *edge) { return !lit(edge); });
    const qreal arrow = m_lineHeight * 0.45;
    for (const Edge *edge : edges) {
        const double share = size_t(edge->child) < tree.evidence.size() ? tree.evidence[size_t(edge->child)].childInParent : 0.0;
        const QColor colour = lit(edge) ? accent : blend(ink, paper, 0.3);
        const QPointF tip = edge->to;
        const QPointF end(tip.x(), tip.y() - arrow);
        QPainterPath path(edge->from);
        QRectF label;
        const QString text = percent(share);
        const qreal labelWidth = PrintText::textWidth(text, labelFont, m_device) + labelHeight * 0.4;
        if (edge->route.size() >= 2) {
            for (qsizetype i = 1; i + 1 < edge->route.size(); ++i)
                path.lineTo(edge->route[i]);
            path.lineTo(end);
            // Beside the drop into the child: the comb's lines stay visible.
            const QPointF drop = edge->route[edge->route.size() - 2];
            label = QRectF(tip.x() + labelHeight * 0.2, (drop.y() + end.y()) / 2 - labelHeight / 2, labelWidth, labelHeight);
        } else {
            const qreal bend = (end.y() - edge->from.y()) / 2;
            path.cubicTo(edge->from + QPointF(0, bend), end - QPointF(0, bend), end);
            const QPointF middle = path.pointAtPercent(0.5);
            label = QRectF(middle.x() - labelWidth / 2, middle.y() - labelHeight / 2, labelWidth, labelHeight);
        }
        painter->setPen(QPen(colour, 1.0 + 2.0 * std::clamp(share, 0.0, 1.0), Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
        QPolygonF head;
        head << tip << QPointF(tip.x() - arrow * 0.6, tip.y() - arrow) << QPointF(tip.x() + arrow * 0.6, tip.y() - arrow);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPolygon(head);
        painter->setBrush(paper);
        painter->drawRoundedRect(label, labelHeight / 3, labelHeight / 3);
        painter->setPen(lit(edge) ? ink : muted);
        PrintText::drawLine(painter, text, labelFont, m_device, label, Qt::AlignHCenter | Qt::AlignVCenter);
    }

    const qreal padding = m_lineHeight * paddingLines;
    const qreal fileLine = PrintText::lineHeight(m_fileFont, m_device);
    for (const Node &node : m_nodes) {
        const bool isBase = node.article == m_comparison.base;
        const bool current = node.article == state.current;
        const bool hovered = node.article == state.hovered;
        const QColor fill = current ? accent : (isBase ? blend(paper, accent, 0.12) : paper);
        const QColor text = current ? palette.color(QPalette::HighlightedText) : ink;
        const qreal radius = m_lineHeight * 0.3;
        painter->setBrush(fill);
        painter->setPen(QPen(isBase || hovered ? accent : muted, isBase ? 2.2 : (hovered ? 1.6 : 1.0)));
        painter->drawRoundedRect(node.rect, radius, radius);
        if (current && state.focused) {
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(text, 1.0, Qt::DotLine));
            painter->drawRoundedRect(node.rect.adjusted(2.5, 2.5, -2.5, -2.5), radius, radius);
        }
        const QRectF inner = node.rect.adjusted(padding, padding, -padding, -padding);
        QRectF nameBox(inner.left(), inner.top(), inner.width(), m_lineHeight);
        if (isBase) {
            // The base badge: the article every other one is marked against.
            const QString badge = Messages::tr("BASE");
            const qreal badgeWidth = PrintText::textWidth(badge, labelFont, m_device) + labelHeight * 0.5;
            const QRectF badgeBox(inner.right() - badgeWidth, inner.top() + (m_lineHeight - labelHeight) / 2, badgeWidth, labelHeight);
            painter->setPen(Qt::NoPen);
            painter->setBrush(current ? palette.color(QPalette::HighlightedText) : accent);
            painter->drawRoundedRect(badgeBox, labelHeight / 4, labelHeight / 4);
            painter->setPen(current ? accent : palette.color(QPalette::HighlightedText));
            PrintText::drawLine(painter, badge, labelFont, m_device, badgeBox, Qt::AlignHCenter | Qt::AlignVCenter);
            nameBox.setRight(badgeBox.left() - padding / 2);
        }
        painter->setPen(text);
        PrintText::drawLine(painter, node.name, m_nameFont, m_device, nameBox);
        painter->setPen(current ? text : muted);
        PrintText::drawLine(painter, node.file, m_fileFont, m_device,
                            QRectF(inner.left(), inner.top() + m_lineHeight + padding / 2, inner.width(), fileLine));
    }
    painter->restore();
}

QString FamilyTreeGraph::evidenceText(const Comparison &comparison, qint32 article)
{
    const FamilyTree &tree = comparison.familyTree;
    if (article < 0 || size_t(article) >= tree.parent.size() || size_t(article) >= comparison.articles.size())
        return {};
    QString text = tree.describe(article, comparison.articles);
    const qint32 parent = tree.parent[size_t(article)];
    if (parent < 0 || size_t(article) >= tree.evidence.size())
        return text;
    const FamilyTree::Evidence &e = tree.evidence[size_t(article)];
    // The figures Who Copied Whom shows for the pair (verbatim alone), so
    // the arrow's share and the matrix cell beside it read as one story.
    // The builder's score and unused publication times mean nothing to an
    // editor and are left out.
    const ContainmentMatrix &containment = comparison.containment;
    if (size_t(article) < containment.size() && size_t(parent) < containment.size()) {
        text += QLatin1Char('\n');
        text += Messages::tr("Verbatim alone, as Who Copied Whom shades it: %1 of %2 is in %3, %4 the other way.")
                    .arg(percent(containment[size_t(article)][size_t(parent)].verbatim), comparison.articles[size_t(article)].id,
                         comparison.articles[size_t(parent)].id, percent(containment[size_t(parent)][size_t(article)].verbatim));
    }
    if (e.orderedByTime) {
        text += QLatin1Char('\n');
        text += Messages::tr("%1 was published first.").arg(comparison.articles[size_t(parent)].id);
    }
    return text;
}

} // namespace WireDiff
