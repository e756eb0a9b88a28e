#include "paneheaderbar.h"

#include "comparisonmodel.h"
#include "exportfindings.h"

#include <QContextMenuEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHelpEvent>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <array>

namespace WireDiff {

namespace {

constexpr int padding = 6;
constexpr int edgeGrip = 4;
constexpr int barHeight = 5;
constexpr int badgeGap = 6; // between the badge and the name

QColor mixed(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

PaneHeaderBar::PaneHeaderBar(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAcceptDrops(true);
    setAutoFillBackground(false);
}

void PaneHeaderBar::setPaneGeometry(const PaneGeometry &geometry, qint32 currentPane)
{
    m_geometry = geometry;
    m_currentPane = currentPane;
    update();
}

QSize PaneHeaderBar::sizeHint() const
{
    const QFontMetrics metrics(font());
    return QSize(200, 3 * metrics.lineSpacing() + barHeight + 3 * padding);
}

qint32 PaneHeaderBar::paneAt(int x) const
{
    return m_geometry.paneAtView(x);
}

// Only where an edge shows: the edge of a pane that has scrolled under the
// pinned one is not there to be grabbed.
qint32 PaneHeaderBar::edgeAt(int x) const
{
    for (const qint32 pane : m_geometry.panesInView()) {
        const int edge = m_geometry.viewX(pane) + m_geometry.width(pane);
        if (edge >= m_geometry.scrollingLeft() - edgeGrip && std::abs(x - edge) <= edgeGrip)
            return pane;
    }
    return -1;
}

void PaneHeaderBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    if (!m_model || m_model->isEmpty())
        return;
    const int scrollingLeft = m_geometry.scrollingLeft();
    for (const qint32 pane : m_geometry.panesInView()) {
        if (pane >= qint32(m_model->panes().size()))
            continue;
        const QRect rect(m_geometry.viewX(pane), 0, m_geometry.width(pane), height());
        // As in the view: a header passing under the pinned one is cut at its edge.
        painter.save();
        if (pane != m_geometry.pinned() && rect.left() < scrollingLeft)
            painter.setClipRect(QRect(scrollingLeft, 0, width() - scrollingLeft, height()));
        paintHeader(&painter, pane, rect);
        painter.restore();
    }
    if (m_geometry.pinned() >= 0)
        m_style.drawPinnedEdge(&painter, scrollingLeft, height(), m_geometry.scroll() > 0);
}

void PaneHeaderBar::paintHeader(QPainter *painter, qint32 pane, const QRect &rect) const
{
    const ComparisonModel &model = *m_model;
    const qint32 article = model.panes()[size_t(pane)];
    const bool isBase = article == model.base();
    const QPalette &pal = palette();
    const QColor highlight = pal.color(QPalette::Highlight);

    QColor background = pal.color(QPalette::Window);
    if (isBase)
        background = mixed(background, highlight, 0.22);
    else if (pane == m_dropPane)
        background = mixed(background, m_style.background(ChangeClass::Added), 0.8);
    painter->fillRect(rect, background);
    painter->setPen(m_style.gridLine());
    painter->drawLine(rect.topRight(), rect.bottomRight());
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
    if (pane == m_currentPane) {
        painter->fillRect(QRect(rect.left(), rect.bottom() - 2, rect.width(), 3), highlight);
    }

    const QRect inner = rect.adjusted(padding + 2, padding, -padding, -padding);
    const QFontMetrics metrics(font());
    const int line = metrics.lineSpacing();
    int x = inner.left();

    // Line 1: a badge for the base (or the article it is compared with), then the name.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QString badge = badgeFor(article);
    if (!badge.isEmpty()) {
        const QFont small = badgeFont();
        const QRect badgeRect(x, inner.top() + 1, badgeSpace(article) - badgeGap, line - 2);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(isBase ? QPen(Qt::NoPen) : QPen(highlight, 1));
        painter->setBrush(isBase ? QBrush(highlight) : QBrush(Qt::NoBrush));
        painter->drawRoundedRect(QRectF(badgeRect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        painter->setFont(small);
        painter->setPen(isBase ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::WindowText));
        painter->drawText(badgeRect, Qt::AlignCenter, badge);
        x = badgeRect.right() + 1 + badgeGap;
    }
    const HeaderText text = headerText(pane, inner.right() - x, inner.width());
    painter->setFont(bold);
    painter->setPen(pal.color(QPalette::WindowText));
    painter->drawText(QRect(x, inner.top(), inner.right() - x, line), Qt::AlignLeft | Qt::AlignVCenter, text.name);
    painter->setFont(font());

    // Line 2: file, words, and a warning sign when loading had trouble.
    const ClassCounts counts = size_t(article) < model.comparison().counts.size() ? model.comparison().counts[size_t(article)] : ClassCounts();
    QColor dim = pal.color(QPalette::WindowText);
    dim.setAlpha(170);
    painter->setPen(dim);
    painter->drawText(QRect(inner.left(), inner.top() + line, inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter, text.file);

    // Line 3: shares against the base, as a bar and in words.
    const int barTop = inner.top() + 2 * line + 3;
    const QRect bar(inner.left(), barTop, inner.width(), barHeight);
    QString third;
    if (isBase) {
        painter->fillRect(bar, m_style.gridLine());
        third = text.third;
    } else {
        QColor verbatimColour = pal.color(QPalette::WindowText);
        verbatimColour.setAlpha(110);
        const QLocale locale;
        const ClassCounts::Percents whole = counts.percents();
        // Verbatim, reworded, new and, where there are any, changed facts:
        // the parts add up to the whole bar, their numbers to 100.
        struct Part
        {
            double share;
            QColor colour;
            int percent;
        };
        std::vector<Part> parts {
            { counts.verbatimShare(), verbatimColour, whole.verbatim },
            { counts.rewordedShare(), m_style.accent(ChangeClass::Paraphrased), whole.reworded },
            { counts.newShare(), m_style.accent(ChangeClass::Added), whole.added },
        };
        if (counts.changedFacts > 0)
            parts.push_back({ counts.changedFactShare(), m_style.accent(ChangeClass::FactChanged), whole.changedFacts });
        // Compared as whole blocks somewhere (a cost limit): the shares are
        // approximate, as the warning in the tooltip says.
        const bool approximate = ExportFindings::sharesApproximate(model.comparison(), article);
        third = sharesLine(counts, approximate);
        int left = bar.left();
        for (const auto &[share, colour, percent] : parts) {
            const int w = int(std::round(share * bar.width()));
            painter->fillRect(QRect(left, bar.top(), w, bar.height()), colour);
            left += w;
        }
        painter->setPen(m_style.gridLine());
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(bar.adjusted(0, 0, -1, -1));
        if (metrics.horizontalAdvance(third) > inner.width()) {
            // Narrow pane: numbers behind swatches of the bar's colours.
            const int swatch = metrics.ascent() - 2;
            int at = inner.left();
            const int y = bar.bottom() + 2;
            if (approximate) {
                painter->setPen(dim);
                const QString sign = approximateSign();
                painter->drawText(QRect(at, y, inner.right() - at, line), Qt::AlignLeft | Qt::AlignVCenter, sign);
                at += metrics.horizontalAdvance(sign);
            }
            for (const auto &[share, colour, percent] : parts) {
                const QString text = locale.toString(percent) + QLatin1Char('%');
                painter->fillRect(QRect(at, y + (line - swatch) / 2, swatch, swatch), colour);
                at += swatch + 3;
                painter->setPen(dim);
                painter->drawText(QRect(at, y, inner.right() - at, line), Qt::AlignLeft | Qt::AlignVCenter, text);
                at += metrics.horizontalAdvance(text) + 8;
            }
            return;
        }
    }
    painter->setPen(dim);
    painter->drawText(QRect(inner.left(), bar.bottom() + 2, inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(third, Qt::ElideRight, inner.width()));
}

PaneHeaderBar::HeaderText PaneHeaderBar::headerText(qint32 pane, int nameWidth, int width) const
{
    HeaderText text;
    if (!m_model || pane < 0 || pane >= qint32(m_model->panes().size()))
        return text;
    const ComparisonModel &model = *m_model;
    const qint32 article = model.panes()[size_t(pane)];
    const Article &a = model.article(article);
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(font());
    const QString name = a.title.isEmpty() || !a.outlet.isEmpty() ? a.displayName() : a.title;
    text.name = elidedAtWord(name, QFontMetrics(bold), nameWidth);

    const ClassCounts counts = size_t(article) < model.comparison().counts.size() ? model.comparison().counts[size_t(article)] : ClassCounts();
    // The file name gives way first, then the distance from the consensus;
    // the word count stays whole. Where the line above already is the
    // file's id, only what the id does not say is repeated: its extension.
    QString fileName = a.filePath.isEmpty() ? a.id : QFileInfo(a.filePath).fileName();
    if (name == a.id && fileName.startsWith(a.id))
        fileName = fileName.mid(a.id.size());
    const QString words = tr("%Ln words", nullptr, int(counts.words));
    const std::vector<double> &distance = model.comparison().consensus.distance;
    QString consensus;
    if (!a.isVirtual && size_t(article) < distance.size() && !model.comparison().consensus.isEmpty())
        consensus = tr("%1% from consensus").arg(QLocale().toString(qRound(distance[size_t(article)] * 100)));
    const QString separator = QStringLiteral(" \u00B7 ");
    const QString warning = !a.warnings.isEmpty() || a.hadDecodingErrors ? QStringLiteral("\u26A0 ") : QString();
    QStringList parts;
    if (!fileName.isEmpty())
        parts.append(fileName);
    parts.append(words);
    if (!consensus.isEmpty())
        parts.append(consensus);
    const int minimumName = std::min(metrics.horizontalAdvance(fileName), metrics.horizontalAdvance(QStringLiteral("0000\u2026.txt")));
    const auto needed = [&] {
        const QStringList rest = fileName.isEmpty() ? parts : parts.mid(1);
        return metrics.horizontalAdvance(warning + rest.join(separator))
            + (fileName.isEmpty() ? 0 : metrics.horizontalAdvance(separator) + minimumName);
    };
    if (!consensus.isEmpty() && metrics.horizontalAdvance(warning + parts.join(separator)) > width && needed() > width)
        parts.removeLast();
    if (!fileName.isEmpty()) {
        const QString rest = separator + parts.mid(1).join(separator);
        parts.front() = elidedFileName(fileName, metrics, std::max(minimumName, width - metrics.horizontalAdvance(warning + rest)));
    }
    text.file = metrics.elidedText(warning + parts.join(separator), Qt::ElideRight, width);

    if (article == model.base()) {
        text.third = model.focus() >= 0 ? comparedWithLine(model.article(model.focus()).displayName(), metrics, width)
                                        : tr("the base of the comparison");
    }
    return text;
}

PaneHeaderBar::HeaderText PaneHeaderBar::headerText(qint32 pane) const
{
    if (!m_model || pane < 0 || pane >= qint32(m_model->panes().size()))
        return {};
    const int width = m_geometry.width(pane) - 2 * padding - 2;
    return headerText(pane, width - 1 - badgeSpace(m_model->panes()[size_t(pane)]), width);
}

QString PaneHeaderBar::badgeFor(qint32 article) const
{
    return article == m_model->base() ? tr("BASE") : article == m_model->focus() ? tr("VS BASE") : QString();
}

QFont PaneHeaderBar::badgeFont() const
{
    QFont small = font();
    small.setBold(true);
    small.setPointSizeF(font().pointSizeF() * 0.8);
    return small;
}

int PaneHeaderBar::badgeSpace(qint32 article) const
{
    const QString badge = badgeFor(article);
    return badge.isEmpty() ? 0 : QFontMetrics(badgeFont()).horizontalAdvance(badge) + 8 + badgeGap;
}

QString PaneHeaderBar::elidedAtWord(const QString &text, const QFontMetrics &metrics, int width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    const QString elided = metrics.elidedText(text, Qt::ElideRight, width);
    qsizetype kept = 0;
    while (kept < elided.size() && kept < text.size() && elided[kept] == text[kept])
        ++kept;
    QString body = text.left(kept);
    // Back to the end of the last whole word, when that keeps at least half
    // of what fitted: "IN…" rather than "IN LONG-…" (a hyphenated word is
    // one word).
    if (kept < text.size() && !text[kept].isSpace()) {
        qsizetype cut = kept;
        while (cut > 0 && !body[cut - 1].isSpace())
            --cut;
        if (cut >= kept / 2 && cut > 0)
            body = body.left(cut);
    }
    body = body.trimmed();
    if (body.isEmpty())
        return elided;
    return body + QStringLiteral("\u2026");
}

QString PaneHeaderBar::elidedFileName(const QString &fileName, const QFontMetrics &metrics, int width)
{
    if (metrics.horizontalAdvance(fileName) <= width)
        return fileName;
    // The start of a name tells files apart ("care134_…", "care135_…") and
    // the extension says what it is: the middle gives way.
    const QString suffix = QFileInfo(fileName).suffix();
    if (suffix.isEmpty() || suffix.size() + 1 >= fileName.size())
        return metrics.elidedText(fileName, Qt::ElideRight, width);
    const QString extension = QLatin1Char('.') + suffix;
    const QString stem = fileName.chopped(extension.size());
    return metrics.elidedText(stem, Qt::ElideRight, std::max(0, width - metrics.horizontalAdvance(extension))) + extension;
}

QString PaneHeaderBar::approximateSign()
{
    return QStringLiteral("\u2248\u202F");
}

QString PaneHeaderBar::sharesLine(const ClassCounts &counts, bool approximate)
{
    const QString sign = approximate ? approximateSign() : QString();
    // The whole percents the PDF and the HTML print too, adding up to 100.
    const QLocale locale;
    const ClassCounts::Percents parts = counts.percents();
    if (counts.changedFacts > 0)
        return sign + tr("%1% verbatim \u00B7 %2% reworded \u00B7 %3% new \u00B7 %4% changed facts")
            .arg(locale.toString(parts.verbatim), locale.toString(parts.reworded), locale.toString(parts.added),
                 locale.toString(parts.changedFacts));
    return sign + tr("%1% verbatim \u00B7 %2% reworded \u00B7 %3% new")
        .arg(locale.toString(parts.verbatim), locale.toString(parts.reworded), locale.toString(parts.added));
}

QString PaneHeaderBar::comparedWithLine(const QString &name, const QFontMetrics &metrics, int width)
{
    const QString full = tr("highlights against %1").arg(name);
    if (metrics.horizontalAdvance(full) <= width)
        return full;
    const QString shorter = tr("vs. %1", "the article the base's highlights are read against").arg(name);
    return elidedAtWord(shorter, metrics, width);
}

QString PaneHeaderBar::timeLine(const Article &article)
{
    if (!article.published.isValid())
        return {};
    const QString time = QLocale().toString(article.published, QLocale::ShortFormat);
    switch (article.publishedFrom) {
    case TimeSource::Metadata:
        return tr("Published: %1 (from the metadata)").arg(time);
    case TimeSource::WireHeader:
        return tr("Filed: %1 (from the wire header)").arg(time);
    case TimeSource::File:
    case TimeSource::None:
        break;
    }
    return tr("File time: %1 (no publication time given; may be a copy time)").arg(time);
}

QString PaneHeaderBar::toolTipFor(qint32 article) const
{
    const Article &a = m_model->article(article);
    QStringList lines;
    lines.append(QStringLiteral("<b>%1</b>").arg(a.displayName().toHtmlEscaped()));
    if (!a.title.isEmpty() && a.title != a.displayName())
        lines.append(a.title.toHtmlEscaped());
    lines.append(QDir::toNativeSeparators(a.filePath.isEmpty() ? a.id : a.filePath).toHtmlEscaped());
    lines.append(tr("Format: %1, encoding: %2").arg(articleFormatName(a.format), a.encoding).toHtmlEscaped());
    if (const QString time = timeLine(a); !time.isEmpty())
        lines.append(time.toHtmlEscaped());
    for (const QString &warning : a.warnings)
        lines.append(QStringLiteral("\u26A0 ") + warning.toHtmlEscaped());
    const ConsensusText &consensus = m_model->comparison().consensus;
    if (a.isVirtual) {
        lines.append(tr("The probable common source, rebuilt from the aligned rows: per row, the wording most articles share. "
                        "Not a file; nothing is written.").toHtmlEscaped());
    } else if (!consensus.isEmpty() && size_t(article) < consensus.distance.size()) {
        lines.append(tr("%1% of its wording differs from the consensus of all articles.")
                         .arg(qRound(consensus.distance[size_t(article)] * 100)).toHtmlEscaped());
    }
    if (article == m_model->base()) {
        lines.append(tr("The base: every other article is compared with this one.").toHtmlEscaped());
        if (const qint32 focus = m_model->focus(); focus >= 0 && focus != article) {
            const Article &compared = m_model->article(focus);
            const QString title = !compared.title.isEmpty() && compared.title != compared.displayName()
                ? QStringLiteral(" (%1)").arg(compared.title) : QString();
            lines.append(tr("Its highlights are read against %1.").arg(compared.displayName() + title).toHtmlEscaped());
        }
    } else if (size_t(article) < m_model->comparison().counts.size()) {
        const ClassCounts &c = m_model->comparison().counts[size_t(article)];
        lines.append(tr("Against the base: %1% verbatim, %2% reworded, %3% new; %Ln base words missing.", nullptr, int(c.removed))
                         .arg(qRound(c.verbatimShare() * 100)).arg(qRound(c.rewordedShare() * 100))
                         .arg(qRound(c.newShare() * 100)).toHtmlEscaped());
        if (c.changedFacts > 0)
            lines.append(tr("%1% of its words are changed facts: they say otherwise than the base.")
                             .arg(qRound(c.changedFactShare() * 100)).toHtmlEscaped());
    }
    lines.append(tr("Right-click for base, order and visibility; drop files here to add them.").toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

bool PaneHeaderBar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model && !m_model->isEmpty()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qint32 pane = paneAt(help->pos().x());
        if (pane >= 0 && pane < qint32(m_model->panes().size()))
            QToolTip::showText(help->globalPos(), toolTipFor(m_model->panes()[size_t(pane)]), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void PaneHeaderBar::mousePressEvent(QMouseEvent *event)
{
    const qint32 edge = edgeAt(int(event->position().x()));
    if (event->button() == Qt::LeftButton && edge >= 0) {
        m_resizing = edge;
        m_resizeStartX = int(event->position().x());
        m_resizeStartWidth = m_geometry.width(edge);
    }
}

void PaneHeaderBar::mouseMoveEvent(QMouseEvent *event)
{
    const int x = int(event->position().x());
    if (m_resizing >= 0) {
        emit paneResized(m_resizing, std::max(60, m_resizeStartWidth + x - m_resizeStartX));
        return;
    }
    setCursor(edgeAt(x) >= 0 ? Qt::SplitHCursor : Qt::ArrowCursor);
}

void PaneHeaderBar::mouseReleaseEvent(QMouseEvent *)
{
    if (m_resizing >= 0) {
        m_resizing = -1;
        emit paneResizeFinished();
    }
}

void PaneHeaderBar::mouseDoubleClickEvent(QMouseEvent *event)
{
    const qint32 pane = paneAt(int(event->position().x()));
    if (m_model && pane >= 0 && pane < qint32(m_model->panes().size()) && edgeAt(int(event->position().x())) < 0)
        emit paneActivated(m_model->panes()[size_t(pane)]);
}

void PaneHeaderBar::contextMenuEvent(QContextMenuEvent *event)
{
    const qint32 pane = paneAt(event->pos().x());
    if (m_model && pane >= 0 && pane < qint32(m_model->panes().size()))
        emit paneMenuRequested(m_model->panes()[size_t(pane)], event->globalPos());
}

void PaneHeaderBar::dragEnterEvent(QDragEnterEvent *event)
{
    if (DropPolicy::isCandidate(event->mimeData()))
        event->acceptProposedAction();
}

void PaneHeaderBar::dragMoveEvent(QDragMoveEvent *event)
{
    m_dropPane = paneAt(int(event->position().x()));
    event->acceptProposedAction();
    update();
}

void PaneHeaderBar::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dropPane = -1;
    update();
}

void PaneHeaderBar::dropEvent(QDropEvent *event)
{
    m_dropPane = -1;
    update();
    event->acceptProposedAction();
    emit dropRequested(DropPolicy::classify(event->mimeData(), true));
}

} // namespace WireDiff
