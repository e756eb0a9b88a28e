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
//   same         plain
// Colours come in a light and a dark variant picked from the palette, so
// highlights stay readable on dark themes.
class HighlightStyle
{
public:
    enum class Cue { None, Underline, StrikeThrough, WavyUnderline, DottedBorder };

    explicit HighlightStyle(const QPalette &palette = QPalette());

    QColor background(ChangeClass changeClass) const;
    QColor accent(ChangeClass changeClass) const; // underline, strike and border colour
    static Cue cue(ChangeClass changeClass);
    static QString displayName(ChangeClass changeClass);  // translated
    static QString description(ChangeClass changeClass);  // translated, for the legend tooltip

    QColor uniqueBackground() const;   // paragraphs found in no other source
    QColor gapHatch() const;           // hatching of empty cells
    QColor boilerplateText() const;    // dimmed boilerplate
    bool isDark() const { return m_dark; }

    // Draws the non-colour cue of `changeClass` under or around `rect`.
    void drawCue(QPainter *painter, const QRectF &rect, ChangeClass changeClass) const;
    // The caret marking where base text is missing in another pane.
    void drawRemovalMarker(QPainter *painter, const QPointF &top, qreal height) const;

private:
    QPalette m_palette;
    bool m_dark;
};

} // namespace WireDiff
