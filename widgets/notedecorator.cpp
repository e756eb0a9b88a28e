#include "notedecorator.h"

#include "comparisonview.h"
#include "notelistmodel.h"

#include <QPainter>
#include <QPainterPath>

namespace WireDiff {

NoteDecorator::NoteDecorator(NoteListModel *notes, ComparisonView *view)
    : QObject(notes)
    , m_notes(notes)
    , m_view(view)
{
    const auto changed = [this] { refresh(); };
    connect(notes, &QAbstractItemModel::modelReset, this, changed);
    connect(notes, &QAbstractItemModel::rowsInserted, this, changed);
    connect(notes, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(notes, &QAbstractItemModel::dataChanged, this, changed);
    view->addDecorator(this);
    refresh();
}

NoteDecorator::~NoteDecorator()
{
    if (m_view)
        m_view->removeDecorator(this);
}

void NoteDecorator::refresh()
{
    m_passages.clear();
    if (!m_view)
        return;
    const ComparisonModel &model = m_view->model();
    if (!model.isEmpty()) {
        QHash<QString, qint32> articleIndex;
        for (qint32 a = 0; a < model.articleCount(); ++a)
            articleIndex.insert(model.article(a).id, a);
        for (int row = 0; row < m_notes->rowCount(); ++row) {
            const QModelIndex index = m_notes->index(row);
            if (index.data(NoteListModel::DetachedRole).toBool())
                continue;
            const qint32 article = articleIndex.value(index.data(NoteListModel::ArticleIdRole).toString(), -1);
            if (article < 0)
                continue;
            const qint32 paragraph = index.data(NoteListModel::ParagraphRole).toInt();
            m_passages[{ article, paragraph }].push_back({ row, index.data(NoteListModel::NumberRole).toInt(),
                                                           index.data(NoteListModel::StartRole).toInt(),
                                                           index.data(NoteListModel::EndRole).toInt() });
        }
    }
    m_view->updateDecorations();
}

std::vector<int> NoteDecorator::notesOn(qint32 article, qint32 paragraph) const
{
    std::vector<int> rows;
    for (const Passage &passage : m_passages.value({ article, paragraph }))
        rows.push_back(passage.row);
    return rows;
}

int NoteDecorator::noteAt(qint32 article, qint32 paragraph, qint32 offset) const
{
    const auto it = m_passages.constFind({ article, paragraph });
    if (it == m_passages.cend())
        return -1;
    for (const Passage &passage : *it) {
        if (offset >= passage.start && offset < std::max(passage.end, passage.start + 1))
            return passage.row;
    }
    return -1;
}

QColor NoteDecorator::washColor() const
{
    QColor color = markerColor();
    color.setAlpha(m_view->highlightStyle().isDark() ? 70 : 45);
    return color;
}

QColor NoteDecorator::markerColor() const
{
    // Teal: far from every change class's hue, so a note never reads as a change.
    return m_view->highlightStyle().isDark() ? QColor(0x4d, 0xc0, 0xb5) : QColor(0x00, 0x79, 0x6b);
}

void NoteDecorator::addFormats(qint32 article, qint32 paragraph, QList<QTextLayout::FormatRange> *formats) const
{
    const auto it = m_passages.constFind({ article, paragraph });
    if (it == m_passages.cend())
        return;
    for (const Passage &passage : *it) {
        if (passage.end <= passage.start)
            continue;
        QTextLayout::FormatRange range;
        range.start = passage.start;
        range.length = passage.end - passage.start;
        range.format.setBackground(washColor());
        range.format.setUnderlineStyle(QTextCharFormat::DashUnderline);
        range.format.setUnderlineColor(markerColor());
        formats->append(range);
    }
}

void NoteDecorator::paintParagraph(QPainter *painter, const ParagraphGeometry &geometry) const
{
    const auto it = m_passages.constFind({ geometry.article, geometry.paragraph });
    if (it == m_passages.cend() || !geometry.layout)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = painter->font();
    font.setPixelSize(9);
    font.setBold(true);
    painter->setFont(font);
    qreal lastBottom = -1e9; // markers of notes on one line stack downwards
    for (const Passage &passage : *it) {
        const QList<QRectF> rects = geometry.rangeRects(passage.start, std::max(passage.end, passage.start + 1));
        const qreal lineTop = rects.isEmpty() ? geometry.marginRect.top() : rects.constFirst().top();
        const qreal top = std::max(lineTop, lastBottom + 1);
        const QRectF marker(geometry.marginRect.left() + 1, top, geometry.marginRect.width() - 3, 13);
        lastBottom = marker.bottom();
        QPainterPath flag;
        flag.addRoundedRect(marker, 2, 2);
        painter->fillPath(flag, markerColor());
        painter->setPen(m_view->highlightStyle().isDark() ? Qt::black : Qt::white);
        painter->drawText(marker, Qt::AlignCenter, QString::number(passage.number));
    }
    painter->restore();
}

QString NoteDecorator::toolTip(qint32 article, qint32 paragraph, qint32 offset) const
{
    const int row = noteAt(article, paragraph, offset);
    if (row < 0)
        return {};
    const QModelIndex index = m_notes->index(row);
    QString tip = tr("<b>Note %1</b><p>%2</p>")
                      .arg(index.data(NoteListModel::NumberRole).toInt())
                      .arg(index.data(NoteListModel::TextRole).toString().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    const QString original = index.data(NoteListModel::OriginalQuoteRole).toString();
    if (!original.isEmpty())
        tip += tr("<p><i>The passage was reworded since the note was written. It read: \u201C%1\u201D</i></p>").arg(original.toHtmlEscaped());
    return tip;
}

} // namespace WireDiff
