#pragma once

#include <QFont>
#include <QSize>
#include <QStringList>

namespace WireDiff {

// The sizes of Who Copied Whom's grid at a zoom: the row labels' column,
// the upright column names' band, the cells, and the fonts they are drawn
// in. Zoom 1 is the compact grid the panel shows by default; the cells
// scale with the zoom, the labels' font too but never below a legible size
// (they then name every second or third row, see labelStride), and a
// cell's number shows only while the cell holds it at a legible size: the
// shade and the tooltip carry the share below that. fitting() finds the
// largest zoom, at most 1, at which the whole grid fits a room.
struct MatrixGeometry
{
    // What the labels say: per article, its id (the row labels) and its
    // number with its short name (the column names).
    struct Labels
    {
        QStringList ids;
        QStringList names;
        qsizetype count() const { return ids.size(); }
    };

    double zoom = 1.0;     // the cells' scale (in Fit, the smaller of across and down)
    QFont labelFont;
    QFont numberFont;
    int labelWidth = 0;    // the row labels' column, margin included
    int headerHeight = 0;  // the upright column names' band
    int cellWidth = 0;
    int cellHeight = 0;
    int line = 0;          // the label font's line spacing
    bool numbers = true;   // whether the cells show their numbers
    int rowLabelStride = 1;    // every how many rows a label is drawn (1: each)
    int columnLabelStride = 1;

    static constexpr int margin = 6;
    static constexpr int minimumCell = 3;   // pixels: below that a cell is no longer seen
    static constexpr double minimumZoom = 0.1;
    static constexpr double maximumZoom = 3.0;
    static constexpr double step = 1.25;    // one zoom step, in or out

    // The grid's parts at `zoom` (clamped to the limits) in `font`.
    static MatrixGeometry zoomed(const QFont &font, const Labels &labels, double zoom);
    // The largest cells up to zoom 1 with which every cell, the labels and
    // the names fit `room` (the viewport less the caption and the key):
    // as wide as the room's width allows and as high as its height allows,
    // within twice the one of the other; `zoom` is the smaller of the two
    // factors. Where even the smallest cells do not fit, those (and the
    // grid scrolls).
    static MatrixGeometry fitting(const QFont &font, const Labels &labels, QSize room);

    // The longest start every id shares, cut back to where a name's own
    // part begins (after "_", "-", "." or a space, or where letters turn to
    // digits), and only if every id keeps something after it: "care" of
    // "care1", "care1nl" and "care134_independent"; nothing of "01-agency",
    // "02-edit". The column names leave it out.
    static QString commonPrefix(const QStringList &ids);

    // The whole grid with its labels, in pixels.
    QSize gridSize(qsizetype count) const;
};

} // namespace WireDiff
