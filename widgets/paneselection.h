#pragma once

#include <QString>

#include <compare>
#include <utility>

namespace WireDiff {

class ComparisonModel;

// A place in a pane's text: the paragraph (of the pane's article) and a
// UTF-16 offset into it. Paragraphs are ordered by the rows they sit in,
// which is the order the pane shows them.
struct TextPosition
{
    qint32 row = -1;
    qint32 paragraph = -1;
    qint32 offset = 0;

    bool isValid() const { return row >= 0 && paragraph >= 0; }
    friend auto operator<=>(const TextPosition &, const TextPosition &) = default;
    friend bool operator==(const TextPosition &, const TextPosition &) = default;
};

// A selection of text within one pane. Selections never cross panes: each
// pane is its own article, and copying a mix of two would mislead.
class PaneSelection
{
public:
    qint32 article() const { return m_article; }
    bool isEmpty() const { return m_article < 0 || m_anchor == m_cursor; }
    TextPosition start() const { return std::min(m_anchor, m_cursor); }
    TextPosition end() const { return std::max(m_anchor, m_cursor); }
    TextPosition cursor() const { return m_cursor; }

    void clear() { *this = PaneSelection(); }
    void begin(qint32 article, const TextPosition &at);
    void extendTo(const TextPosition &at) { m_cursor = at; }

    // The selected [start, end) of one paragraph of the pane's article.
    std::pair<qint32, qint32> rangeIn(const ComparisonModel &model, qint32 paragraph) const;
    // The selected text, paragraphs separated by blank lines.
    QString text(const ComparisonModel &model) const;
    // [start, end) of `text` widened to whole words and without the white
    // space at its edges, for a note's passage: a drag that stopped inside
    // a word quoted "homes, emerg". Word ends are Unicode's (UAX #29); an
    // edge already between words stays.
    static std::pair<qint32, qint32> snappedToWords(const QString &text, qint32 start, qint32 end);
    // Selects every paragraph of `article`.
    static PaneSelection all(const ComparisonModel &model, qint32 article);

private:
    qint32 m_article = -1;
    TextPosition m_anchor;
    TextPosition m_cursor;
};

} // namespace WireDiff
