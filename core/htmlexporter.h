#pragma once

#include "changeclass.h"
#include "comparison.h"
#include "exportoptions.h"
#include "note.h"

#include <QByteArray>
#include <QString>

namespace WireDiff {

// The comparison as one self-contained HTML page (`--export-html`): the
// summary, the provenance matrix, the legend, the aligned rows as a table
// with the same classes and cues as the window, and the notes. Inline CSS
// only; no script, no external resource, and a Content-Security-Policy that
// forbids both, so nothing from an article is ever executed or fetched even
// if a browser disagreed with the escaping. All article text is escaped.
class HtmlExporter
{
public:
    static QByteArray toHtml(const Comparison &comparison, const Notes &notes, const ExportOptions &options);

    // The colours of the page, mirroring HighlightStyle (widgets/), which
    // core cannot include; tst_htmlexporter keeps the two equal.
    static QString backgroundColour(ChangeClass changeClass, bool dark = false);
    static QString accentColour(ChangeClass changeClass, bool dark = false);
    static QString uniqueColour(bool dark = false);
    static QString uniqueAccentColour(bool dark = false); // the bar beside a unique paragraph
    static QString cssClass(ChangeClass changeClass);

    static QString displayName(ChangeClass changeClass); // translated, as HighlightStyle::displayName
    static QString description(ChangeClass changeClass); // translated, as HighlightStyle::description

    // Escapes text for element content and for quoted attribute values.
    static QString escaped(const QString &text);
};

} // namespace WireDiff
