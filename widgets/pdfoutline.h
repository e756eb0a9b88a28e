#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace WireDiff {

// Adds an outline (the bookmarks panel of a PDF reader) to a PDF that
// QPdfWriter wrote, which has no API for one in Qt 6.4. The outline goes in
// as an incremental update (ISO 32000-1, 7.5.6) appended to the bytes: the
// outline items, a new revision of the document catalog (the same object
// number, its entries kept, plus /Outlines and /PageMode /UseOutlines so
// readers open the panel), a cross-reference section for those objects
// alone and a trailer whose /Prev is the previous one. Nothing Qt wrote
// moves, so every offset in it stays right.
//
// The catalog and the pages, in order, are found by reading the file as a
// reader would: startxref, the classic cross-reference tables (following
// /Prev), the trailer's /Root, the page tree's /Kids. Bytes that are not
// such a PDF (a cross-reference stream, encryption, a broken table, a page
// out of range) come back unchanged with the reason, never half-changed.
class PdfOutline
{
public:
    struct Entry
    {
        QString title; // any script: written as UTF-16BE with a byte order mark
        int page = 1;  // from 1, as "page X of Y" counts
        std::vector<Entry> children;
    };

    struct Result
    {
        QByteArray pdf;
        QString error; // empty: the outline was added (or there was none to add)
        bool ok() const { return error.isEmpty(); }
    };

    // `pdf` with the outline of `entries` (shown open) appended; on any
    // error `pdf` as it was. No entries: `pdf` as it was, and no error.
    static Result append(QByteArray pdf, const std::vector<Entry> &entries);

    // A PDF text string in any script: <FEFF…>, UTF-16BE in hex.
    static QByteArray textString(const QString &text);
};

} // namespace WireDiff
