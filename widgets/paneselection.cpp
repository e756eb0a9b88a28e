#include "paneselection.h"

#include "comparisonmodel.h"

#include <QStringList>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace WireDiff {

void PaneSelection::begin(qint32 article, const TextPosition &at)
{
    m_article = article;
    m_anchor = at;
    m_cursor = at;
}

std::pair<qint32, qint32> PaneSelection::rangeIn(const ComparisonModel &model, qint32 paragraph) const
{
    if (isEmpty())
        return { 0, 0 };
    const qint32 row = model.rowOf(m_article, paragraph);
    const TextPosition first = start();
    const TextPosition last = end();
    const TextPosition here { row, paragraph, 0 };
    const qint32 length = qint32(model.paragraph(m_article, paragraph).text.size());
    const auto key = [](const TextPosition &p) { return std::pair(p.row, p.paragraph); };
    if (key(here) < key(first) || key(here) > key(last))
        return { 0, 0 };
    const qint32 from = key(here) == key(first) ? first.offset : 0;
    const qint32 to = key(here) == key(last) ? last.offset : length;
    return { std::clamp(from, 0, length), std::clamp(to, 0, length) };
}

QString PaneSelection::text(const ComparisonModel &model) const
{
    if (isEmpty() || model.isEmpty())
        return {};
    QStringList parts;
    for (qint32 row = start().row; row <= end().row && row < model.rowCount(); ++row) {
        for (qint32 paragraph : model.cell(row, m_article).paragraphs) {
            const auto [from, to] = rangeIn(model, paragraph);
            if (to > from)
                parts.append(model.paragraph(m_article, paragraph).text.mid(from, to - from));
        }
    }
    return parts.join(QStringLiteral("\n\n"));
}

PaneSelection PaneSelection::all(const ComparisonModel &model, qint32 article)
{
    PaneSelection selection;
    if (model.isEmpty() || article < 0 || article >= model.articleCount())
        return selection;
    TextPosition first;
    TextPosition last;
    for (qint32 row = 0; row < model.rowCount(); ++row) {
        const auto &paragraphs = model.cell(row, article).paragraphs;
        if (paragraphs.empty())
            continue;
        if (!first.isValid())
            first = { row, paragraphs.front(), 0 };
        last = { row, paragraphs.back(), qint32(model.paragraph(article, paragraphs.back()).text.size()) };
    }
    if (first.isValid()) {
        selection.begin(article, first);
        selection.extendTo(last);
    }
    return selection;
}

std::pair<qint32, qint32> PaneSelection::snappedToWords(const QString &text, qint32 start, qint32 end)
{
    start = std::clamp<qint32>(start, 0, qint32(text.size()));
    end = std::clamp<qint32>(end, start, qint32(text.size()));
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, text);
    // Inside a word when the edge is no word boundary: out to the word's start.
    words.setPosition(start);
    if (!words.isAtBoundary())
        start = qint32(std::max<qsizetype>(0, words.toPreviousBoundary()));
    words.setPosition(end);
    if (!words.isAtBoundary()) {
        const qsizetype next = words.toNextBoundary();
        end = next < 0 ? qint32(text.size()) : qint32(next);
    }
    while (start < end && text[start].isSpace())
        ++start;
    while (end > start && text[end - 1].isSpace())
        --end;
    return { start, end };
}

} // namespace WireDiff
