#include "footnotetext.h"

#include "codepoints.h"
#include "printstyle.h"
#include "printtext.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>

namespace WireDiff {

namespace {

// The messages were ComparisonPrinter's before this class had its own file;
// they keep that context so the translations still find them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(WireDiff::ComparisonPrinter)
};

constexpr qsizetype longestQuote = 140;

} // namespace

QString FootnoteText::text(const ExportMarkup::NoteMark &mark, const QString &articleId, qsizetype *whereLength,
                           qsizetype *quoteLength)
{
    const Note &note = mark.note;
    QString quote = note.quote.simplified();
    if (quote.size() > longestQuote)
        quote = quote.left(CodePoints::snapToBoundary(quote, longestQuote - 3)) + QStringLiteral("…");
    const QString where = Messages::tr("%1, ¶%2: ").arg(PrintText::isolated(articleId), QString::number(note.paragraph + 1));
    // Each part in a direction run of its own: right-to-left words in the
    // passage or the note reorder only themselves, not the frame around.
    QString quoted = QStringLiteral("“") + PrintText::isolated(quote) + QStringLiteral("” ");
    // A passage reworded since the note was written: marked, with the
    // wording the note was written on.
    if (!note.originalQuote.isEmpty()) {
        QString original = note.originalQuote.simplified();
        if (original.size() > longestQuote)
            original = original.left(CodePoints::snapToBoundary(original, longestQuote - 3)) + QStringLiteral("…");
        quoted += Messages::tr("[changed; it read “%1”] ").arg(PrintText::isolated(original));
    }
    QString text = where + quoted + QStringLiteral("— ") + PrintText::isolated(note.text);
    if (!note.author.isEmpty())
        text += QStringLiteral(" (") + PrintText::isolated(note.author) + QStringLiteral(")");
    *whereLength = where.size();
    *quoteLength = quoted.size();
    return text;
}

FootnoteText::FootnoteText(const ExportMarkup &markup, const PrintStyle &style, qreal width)
    : m_style(style)
    , m_indent(PrintStyle::mm(6))
    , m_continuedHeight(PrintText::lineHeight(style.aside(), style.layoutDevice()))
{
    const Comparison &comparison = markup.comparison();
    for (const ExportMarkup::NoteMark &mark : markup.notes()) {
        qsizetype whereLength = 0;
        qsizetype quoteLength = 0;
        const QString footnote = text(mark, comparison.articles[size_t(mark.article)].id, &whereLength, &quoteLength);
        QTextLayout::FormatRange whereFormat;
        whereFormat.start = 0;
        whereFormat.length = int(whereLength);
        whereFormat.format.setFontWeight(QFont::Bold);
        QTextLayout::FormatRange quoteFormat;
        quoteFormat.start = int(whereLength);
        quoteFormat.length = int(quoteLength);
        quoteFormat.format.setFontItalic(true);
        quoteFormat.format.setForeground(style.muted());
        // Left to right: the frame's words are the translated interface's,
        // and every translation is of a left-to-right language.
        m_entries.emplace(mark.number, PrintText::layout(footnote, style.label(), width - m_indent, style.layoutDevice(),
                                                         { whereFormat, quoteFormat }, Qt::AlignLeft, Qt::LeftToRight));
    }
}

qreal FootnoteText::height(qint32 number) const
{
    const QTextLayout *laid = layout(number);
    return laid ? PrintText::height(*laid) + 2 : 0;
}

qreal FootnoteText::breakBefore(qint32 number, qreal limit) const
{
    const QTextLayout *laid = layout(number);
    return laid ? PrintText::lineTopAt(*laid, limit) : limit;
}

const QTextLayout *FootnoteText::layout(qint32 number) const
{
    const auto it = m_entries.find(number);
    return it == m_entries.end() ? nullptr : it->second.get();
}

void FootnoteText::paint(QPainter *painter, const PageFlow::FootnotePiece &piece, const QPointF &at) const
{
    const QTextLayout *laid = layout(piece.number);
    if (!laid)
        return;
    if (piece.from <= 0 || piece.continued)
        paintBadge(painter, piece.number, at);
    QPointF top = at;
    if (piece.continued) {
        painter->setPen(m_style.muted());
        PrintText::drawLine(painter, Messages::tr("(continued)"), m_style.aside(), m_style.layoutDevice(),
                            QRectF(at.x() + m_indent, at.y(), 1e4, m_continuedHeight));
        top.ry() += m_continuedHeight;
    }
    painter->save();
    painter->setPen(m_style.text());
    if (piece.from > 0 || piece.to < height(piece.number) - 0.01)
        painter->setClipRect(QRectF(top.x() - 2, top.y(), 1e6, piece.to - piece.from));
    PrintText::draw(painter, *laid, top + QPointF(m_indent, -piece.from));
    painter->restore();
}

void FootnoteText::paintBadge(QPainter *painter, qint32 number, const QPointF &at) const
{
    const QFont font = m_style.smallBold();
    const qreal badgeHeight = PrintText::lineHeight(font, m_style.layoutDevice());
    const QString label = QString::number(number);
    const qreal badgeWidth = std::max(badgeHeight, PrintText::textWidth(label, font, m_style.layoutDevice()) + 4);
    const QRectF badge(at.x(), at.y() + 1, badgeWidth, badgeHeight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_style.noteFill());
    painter->drawRoundedRect(badge, badgeHeight / 2, badgeHeight / 2);
    painter->restore();
    painter->setPen(m_style.noteInk());
    PrintText::drawLine(painter, label, font, m_style.layoutDevice(), badge.adjusted(-2, 0, 2, 0),
                        Qt::AlignHCenter | Qt::AlignVCenter);
}

} // namespace WireDiff
