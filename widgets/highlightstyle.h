#pragma once

#include "changeclass.h"

#include <QColor>
#include <QPalette>
#include <QString>

class QPainter;
class QRectF;

namespace WireDiff {

// How each change class is drawn, in the window, the legend, the PDF and the
// HTML export alike. Every class has a colour AND a second cue that survives
// greyscale printing and colour-blindness:
//   added        green wash, solid underline
//   removed      red wash, strike-through (in the base pane), and a thin red
//                caret where the text is missing in the other pane
//   paraphrased  amber wash, wavy underline
//   moved        blue wash, dotted box border (with a link to its origin)
//   changed fact magenta wash, solid box border: the most salient class
//   same         plain
// Colours come in a light and a dark variant picked from the palette, so
// highlights stay readable on dark themes.
class HighlightStyle
{
public:
    enum class Cue { None, Underline, StrikeThrough, WavyUnderline, DottedBorder, SolidBorder };

    explicit HighlightStyle(const QPalette &palette = QPalette());

    QColor background(ChangeClass changeClass) const;
    QColor accent(ChangeClass changeClass) const; // underline, strike and border colour
    static Cue cue(ChangeClass changeClass);
    static QString displayName(ChangeClass changeClass);  // translated
    static QString description(ChangeClass changeClass);  // translated, for the legend tooltip

    QColor uniqueBackground() const;   // paragraphs found in no other source
    QColor uniqueAccent() const;       // the bar beside a unique paragraph (its second cue)
    QColor gapHatch() const;           // hatching of empty cells
    QColor boilerplateText() const;    // dimmed boilerplate
    QColor basePaneBackground() const; // the base article's column, a shade off the page
    QColor findMatch() const;          // every find match
    QColor currentFindMatch() const;   // the match the view is on
    QColor gridLine() const;           // row and pane separators
    bool isDark() const { return m_dark; }
    const QPalette &palette() const { return m_palette; }

    // Draws the non-colour cue of `changeClass` under or around `rect`.
    void drawCue(QPainter *painter, const QRectF &rect, ChangeClass changeClass) const;
    // The caret marking where base text is missing in another pane.
    void drawRemovalMarker(QPainter *painter, const QPointF &top, qreal height) const;
    // An empty cell: diagonal hatching, so a row can be followed across.
    void drawGap(QPainter *painter, const QRectF &rect) const;
    // The badge of a cell whose paragraphs sit elsewhere in their article.
    void drawMovedCellMarker(QPainter *painter, const QRectF &badge) const;
    // The bar beside a paragraph found in no other source.
    void drawUniqueMarker(QPainter *painter, const QRectF &bar) const;
    // The right edge of a pinned pane at `x`, `height` tall, in the view and
    // its header alike: a firmer line than the grid and a short shadow over
    // the panes beside it, deeper while `covering` (panes have scrolled
    // under it), so it reads as lying on top of them.
    void drawPinnedEdge(QPainter *painter, int x, int height, bool covering) const;

private:
    QPalette m_palette;
    bool m_dark;
};

} // namespace WireDiff
