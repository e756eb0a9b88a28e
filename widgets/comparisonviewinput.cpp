// ComparisonView: what the reader does with mouse and keyboard (hit
// testing, selection, tooltips, context menus). Painting and scrolling are
// in comparisonview.cpp.
#include "comparisonview.h"

#include "codepoints.h"
#include "navigationkeys.h"
#include "paneheaderbar.h"
#include "rewordedwords.h"
#include "viewdecorator.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QTextBoundaryFinder>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>

namespace WireDiff {

namespace {

QString quoted(const QString &text)
{
    constexpr int maximum = 280;
    const QString simplified = text.simplified();
    return QStringLiteral("\u201C%1\u201D").arg(simplified.size() > maximum ? simplified.left(CodePoints::snapToBoundary(simplified, maximum)) + QChar(0x2026) : simplified);
}

QString excerpt(const ComparisonModel &model, qint32 article, qint32 paragraph, qint32 start, qint32 end)
{
    if (article < 0 || paragraph < 0 || paragraph >= qint32(model.article(article).paragraphs.size()))
        return {};
    return quoted(model.paragraph(article, paragraph).text.mid(start, end - start));
}

} // namespace

bool ComparisonView::event(QEvent *event)
{
    // Copy and Select All mean this pane's text while the view has focus,
    // even when the window has actions with the same shortcuts.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key == QKeySequence::Copy || key == QKeySequence::SelectAll) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

ComparisonView::HitPosition ComparisonView::hitTest(const QPointF &point) const
{
    HitPosition hit;
    const qint32 pane = paneAt(int(point.x()));
    if (pane < 0)
        return hit;
    for (const VisibleRow &row : m_rows.visibleRows()) {
        if (point.y() < row.y || point.y() >= row.y + row.height)
            continue;
        hit.row = row.row;
        hit.article = m_model.panes()[size_t(pane)];
        if (m_model.cell(row.row, hit.article).isGap())
            return hit;
        const CellLayout &layout = m_cache.layout(m_model, row.row, hit.article, textWidth(pane));
        const QPointF origin = CellPainter::textOrigin(QRectF(paneViewX(pane), row.y, paneWidth(pane), row.height));
        const qreal y = point.y() - origin.y();
        // The block under the point, or the nearest one above it.
        const CellLayout::Block *block = &layout.blocks.front();
        for (const CellLayout::Block &candidate : layout.blocks) {
            if (y >= candidate.top)
                block = &candidate;
        }
        hit.paragraph = block->paragraph;
        const QTextLayout &text = *block->layout;
        const qreal localY = y - block->top;
        QTextLine line = text.lineAt(0);
        for (int i = 0; i < text.lineCount(); ++i) {
            if (localY >= text.lineAt(i).y())
                line = text.lineAt(i);
        }
        if (!line.isValid())
            return hit;
        const qreal x = point.x() - origin.x();
        hit.offset = line.xToCursor(x);
        // Where the line's text is drawn, alignment included: a right-to-left
        // paragraph is flush right (CellLayoutCache), its text at the end of
        // the line's width, not at line.x().
        const QRectF drawn = line.naturalTextRect();
        hit.onText = localY >= 0 && localY < block->height && x >= drawn.left() && x <= drawn.right();
        return hit;
    }
    return hit;
}

QString ComparisonView::toolTipAt(const HitPosition &hit) const
{
    if (hit.row < 0 || hit.article < 0)
        return {};
    const ComparisonModel &m = m_model;
    if (hit.paragraph < 0)
        return tr("%1 has nothing here.").arg(m.article(hit.article).displayName());
    for (const ViewDecorator *decorator : m_decorators) {
        const QString text = decorator->toolTip(hit.article, hit.paragraph, hit.offset);
        if (!text.isEmpty())
            return text;
    }
    QStringList lines;
    const bool isBase = hit.article == m.base();
    // Named by outlet or file id, as Who Copied Whom names them: a
    // write-through that keeps the headline would read as the base itself.
    const auto nameOf = [&m](qint32 article) {
        if (article < 0)
            return QString();
        const Article &a = m.article(article);
        return a.outlet.isEmpty() ? a.id : a.outlet;
    };
    const QString baseName = nameOf(m.base());
    const QString focusName = nameOf(m.focus());
    if (hit.onText) {
        for (const RemovalMarker &marker : m.removalMarkers(hit.article, hit.paragraph)) {
            if (std::abs(marker.offset - hit.offset) <= 1) {
                lines.append(tr("Removed here: %1 is in %2.")
                                 .arg(excerpt(m, m.base(), marker.baseParagraph, marker.baseStart, marker.baseEnd), baseName));
            }
        }
        const std::span<const DiffSpan> paragraphSpans = m.spans(hit.article, hit.paragraph);
        for (size_t i = 0; i < paragraphSpans.size(); ++i) {
            const DiffSpan &found = paragraphSpans[i];
            if (hit.offset < found.start || hit.offset >= found.end)
                continue;
            const qint32 linked = isBase ? m.focus() : m.base();
            // A rewording names the words it rewords, not its whole sentence.
            const DiffSpan span = found.hasLink()
                ? RewordedWords::narrowed(paragraphSpans, i, m.article(linked).paragraphs[size_t(found.linkParagraph)].text)
                : found;
            const QString linkedText = span.hasLink() ? excerpt(m, linked, span.linkParagraph, span.linkStart, span.linkEnd) : QString();
            switch (span.changeClass) {
            case ChangeClass::Added:
                lines.append(tr("Added: not in the base, %1.").arg(baseName));
                break;
            case ChangeClass::Removed:
                lines.append(tr("Removed: %1 does not have this.").arg(focusName));
                break;
            case ChangeClass::Paraphrased:
                lines.append(isBase ? tr("Reworded in %1: %2").arg(focusName, linkedText)
                                    : tr("Reworded from: %1").arg(linkedText));
                break;
            case ChangeClass::Moved:
                lines.append((isBase ? tr("Moved in %1 to paragraph %2: %3") : tr("Moved from paragraph %2 of %1: %3"))
                                 .arg(isBase ? focusName : baseName, QString::number(span.linkParagraph + 1), linkedText));
                lines.append(tr("Ctrl+click to go there."));
                break;
            case ChangeClass::Same:
                break;
            default: // classes added later (changed facts): name and counterpart
                lines.append(span.hasLink() ? tr("%1: %2 says %3").arg(HighlightStyle::displayName(span.changeClass),
                                                                       isBase ? focusName : baseName, linkedText)
                                            : HighlightStyle::displayName(span.changeClass));
                break;
            }
            // A spelling variant reads as the same words (SpellingVariants);
            // the other spelling is named, so the quiet colour is no surprise.
            if (span.respelled && span.hasLink()) {
                lines.append(tr("Spelled differently: %1 in %2").arg(linkedText, isBase ? focusName : baseName));
            }
        }
    }
    if (m.isUnique(hit.article, hit.paragraph))
        lines.append(tr("Found in no other source."));
    for (const UniqueSentence &sentence : m.uniqueSentences(hit.article, hit.paragraph)) {
        if (hit.offset >= sentence.start && hit.offset < sentence.end)
            lines.append(tr("This sentence is found in no other source: no other article has it, copied, moved or reworded."));
    }
    if (m.cell(hit.row, hit.article).moved)
        lines.append(tr("These paragraphs stand elsewhere in %1\u2019s own order.").arg(m.article(hit.article).displayName()));
    if (lines.isEmpty())
        return {};
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>")));
}

bool ComparisonView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(hitTest(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void ComparisonView::followLink(const HitPosition &hit)
{
    for (const DiffSpan &span : m_model.spans(hit.article, hit.paragraph)) {
        if (hit.offset < span.start || hit.offset >= span.end || !span.hasLink())
            continue;
        const qint32 linked = hit.article == m_model.base() ? m_model.focus() : m_model.base();
        const qint32 row = m_model.rowOf(linked, span.linkParagraph);
        if (row >= 0) {
            setCurrentRow(row);
            scrollToRow(row, true);
        }
        return;
    }
}

void ComparisonView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & NavigationKeys::modifiers(NavigationKeys::Key::Zoom)) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            setZoom(m_zoom * std::pow(1.1, steps));
        event->accept();
        return;
    }
    const qreal line = QFontMetricsF(m_cache.font()).lineSpacing();
    QPointF delta = event->pixelDelta().isNull() ? QPointF(event->angleDelta()) / 120.0 * 3 * line
                                                 : QPointF(event->pixelDelta());
    if (event->modifiers() & Qt::ShiftModifier)
        delta = QPointF(delta.y(), 0);
    if (delta.y() != 0)
        scrollByPixels(-delta.y());
    if (delta.x() != 0)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - int(delta.x()));
    event->accept();
}

void ComparisonView::keyPressEvent(QKeyEvent *event)
{
    const qreal line = QFontMetricsF(m_cache.font()).lineSpacing();
    const qreal page = std::max<qreal>(line, viewport()->height() - 2 * line);
    using Key = NavigationKeys::Key;
    const qint32 paneCount = qint32(m_model.panes().size());
    if (event == QKeySequence::Copy) {
        copy();
    } else if (event == QKeySequence::SelectAll) {
        selectAllInPane();
    } else if (NavigationKeys::matches(event, Key::SelectWordBack) || NavigationKeys::matches(event, Key::SelectWordOn)) {
        // Before the pane keys: Ctrl+Shift+Right would read as Ctrl+Right.
        extendSelectionInCell(NavigationKeys::matches(event, Key::SelectWordOn), true);
    } else if (NavigationKeys::matches(event, Key::SelectCharacterBack) || NavigationKeys::matches(event, Key::SelectCharacterOn)) {
        extendSelectionInCell(NavigationKeys::matches(event, Key::SelectCharacterOn), false);
    } else if (NavigationKeys::matches(event, Key::NextRowWithText) || NavigationKeys::matches(event, Key::PreviousRowWithText)) {
        // To the next row with text in a pane on screen: a row whose text
        // is all in panes scrolled out of sight is a thin hatched line, and
        // stopping there would look like a key press that did nothing.
        const bool down = NavigationKeys::matches(event, Key::NextRowWithText);
        const qint32 from = down ? std::max(m_currentRow, visibleRows().first - 1)
                                 : (m_currentRow < 0 ? visibleRows().first : m_currentRow);
        const qint32 row = m_model.nextRowWithText(from, down, articlesInView());
        if (row >= 0) {
            setCurrentRow(row);
            scrollToRow(row, true);
        }
    } else if ((NavigationKeys::matches(event, Key::PreviousPane) || NavigationKeys::matches(event, Key::NextPane)) && paneCount > 0) {
        // In the order on screen, where a pinned base comes first.
        const qint32 pane = m_panes.neighbour(m_currentPane, NavigationKeys::matches(event, Key::PreviousPane) ? -1 : 1);
        if (pane >= 0)
            revealPane(m_model.panes()[size_t(pane)]);
    } else if (event->key() == Qt::Key_Down) {
        scrollByPixels(line);
    } else if (event->key() == Qt::Key_Up) {
        scrollByPixels(-line);
    } else if (event->key() == Qt::Key_PageDown || (event->key() == Qt::Key_Space && !(event->modifiers() & Qt::ShiftModifier))) {
        scrollByPixels(page);
    } else if (event->key() == Qt::Key_PageUp || event->key() == Qt::Key_Space) {
        scrollByPixels(-page);
    } else if (event->key() == Qt::Key_Home) {
        m_rows.toStart();
        positionChanged();
    } else if (event->key() == Qt::Key_End) {
        m_rows.toEnd();
        positionChanged();
    } else if (event->key() == Qt::Key_Left) {
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
    } else if (event->key() == Qt::Key_Right) {
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    } else if (NavigationKeys::matches(event, Key::ClearSelection) && hasSelection()) {
        m_selection.clear();
        viewport()->update();
        emit selectionChanged();
    } else {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool ComparisonView::extendSelectionInCell(bool forward, bool byWord)
{
    const qint32 article = currentArticle();
    if (article < 0 || m_currentRow < 0 || m_currentRow >= m_model.rowCount())
        return false;
    const RowCell &cell = m_model.cell(m_currentRow, article);
    if (cell.isGap())
        return false;
    const std::vector<qint32> &paragraphs = cell.paragraphs;
    const auto lengthOf = [&](qint32 paragraph) { return qint32(m_model.paragraph(article, paragraph).text.size()); };
    // Goes on from its end while the selection is in this cell; else a new
    // one starts at the cell's edge the key moves away from.
    TextPosition at = m_selection.cursor();
    const bool inCell = m_selection.article() == article && at.row == m_currentRow
        && std::find(paragraphs.begin(), paragraphs.end(), at.paragraph) != paragraphs.end();
    if (!inCell) {
        at = forward ? TextPosition { m_currentRow, paragraphs.front(), 0 }
                     : TextPosition { m_currentRow, paragraphs.back(), lengthOf(paragraphs.back()) };
        m_selection.begin(article, at);
    }
    const QString &text = m_model.paragraph(article, at.paragraph).text;
    const auto place = std::find(paragraphs.begin(), paragraphs.end(), at.paragraph);
    if (forward && at.offset >= qint32(text.size())) {
        if (place + 1 == paragraphs.end())
            return false;
        at = { m_currentRow, *(place + 1), 0 };
    } else if (!forward && at.offset <= 0) {
        if (place == paragraphs.begin())
            return false;
        at = { m_currentRow, *(place - 1), lengthOf(*(place - 1)) };
    } else {
        QTextBoundaryFinder finder(byWord ? QTextBoundaryFinder::Word : QTextBoundaryFinder::Grapheme, text);
        finder.setPosition(at.offset);
        // By word: to the next end of a word, or back to the start of one,
        // past the spaces and punctuation between them.
        const QTextBoundaryFinder::BoundaryReasons wanted = forward ? QTextBoundaryFinder::EndOfItem : QTextBoundaryFinder::StartOfItem;
        qsizetype next = forward ? finder.toNextBoundary() : finder.toPreviousBoundary();
        while (byWord && next > 0 && next < text.size() && !(finder.boundaryReasons() & wanted))
            next = forward ? finder.toNextBoundary() : finder.toPreviousBoundary();
        at.offset = next < 0 ? (forward ? qint32(text.size()) : 0) : qint32(next);
    }
    m_selection.extendTo(at);
    viewport()->update();
    emit selectionChanged();
    return true;
}

void ComparisonView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const HitPosition hit = hitTest(event->position());
    if (hit.row < 0)
        return;
    if ((event->modifiers() & NavigationKeys::modifiers(NavigationKeys::Key::GoToOrigin)) && hit.onText) {
        followLink(hit);
        return;
    }
    m_currentPane = m_model.paneOf(hit.article);
    updateHeaderGeometry();
    setCurrentRow(hit.row);
    if (hit.paragraph >= 0) {
        if ((event->modifiers() & NavigationKeys::modifiers(NavigationKeys::Key::ExtendSelection)) && m_selection.article() == hit.article)
            m_selection.extendTo({ hit.row, hit.paragraph, hit.offset });
        else
            m_selection.begin(hit.article, { hit.row, hit.paragraph, hit.offset });
        m_selecting = true;
    } else {
        m_selection.clear();
    }
    viewport()->update();
    emit selectionChanged();
}

void ComparisonView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting || !(event->buttons() & Qt::LeftButton))
        return;
    // Keep the selection in its pane however far the mouse strays.
    const qint32 pane = m_model.paneOf(m_selection.article());
    if (pane < 0) {
        // A new comparison (a reload, a base change) cleared the selection
        // or hid its pane under the button: this drag selects nothing more.
        m_selecting = false;
        return;
    }
    QPointF point = event->position();
    // Within the part of the pane that shows: a pane half under the pinned
    // one must not hand the drag over to it. One that has scrolled out of
    // sight altogether takes no more of the drag.
    const auto [left, right] = m_panes.visibleSpan(pane);
    if (right - left < 4)
        return;
    point.setX(std::clamp<qreal>(point.x(), left + 1, right - 2));
    if (point.y() < 0)
        scrollByPixels(-QFontMetricsF(m_cache.font()).lineSpacing());
    else if (point.y() > viewport()->height())
        scrollByPixels(QFontMetricsF(m_cache.font()).lineSpacing());
    point.setY(std::clamp<qreal>(point.y(), 0, viewport()->height() - 1));
    HitPosition hit = hitTest(point);
    // Over a gap: select up to the end of the pane's text above it.
    for (qint32 row = hit.row; hit.paragraph < 0 && row >= 0 && hit.article == m_selection.article(); --row) {
        const RowCell &cell = m_model.cell(row, hit.article);
        if (!cell.isGap()) {
            hit.row = row;
            hit.paragraph = cell.paragraphs.back();
            hit.offset = qint32(m_model.paragraph(hit.article, hit.paragraph).text.size());
        }
    }
    if (hit.paragraph >= 0 && hit.article == m_selection.article()) {
        m_selection.extendTo({ hit.row, hit.paragraph, hit.offset });
        viewport()->update();
        emit selectionChanged();
    }
}

void ComparisonView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_selecting) {
        m_selecting = false;
        QClipboard *clipboard = QApplication::clipboard();
        if (hasSelection() && clipboard->supportsSelection())
            clipboard->setText(selectedText(), QClipboard::Selection);
    }
}

void ComparisonView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const HitPosition hit = hitTest(event->position());
    if (hit.paragraph < 0)
        return;
    const QString &text = m_model.paragraph(hit.article, hit.paragraph).text;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    finder.setPosition(std::clamp<qint32>(hit.offset, 0, qint32(text.size())));
    qint32 start = finder.isAtBoundary() && (finder.boundaryReasons() & QTextBoundaryFinder::StartOfItem)
        ? qint32(finder.position()) : qint32(finder.toPreviousBoundary());
    finder.setPosition(std::clamp<qint32>(hit.offset, 0, qint32(text.size())));
    qint32 end = qint32(finder.toNextBoundary());
    if (start < 0)
        start = 0;
    if (end < 0)
        end = qint32(text.size());
    m_selection.begin(hit.article, { hit.row, hit.paragraph, start });
    m_selection.extendTo({ hit.row, hit.paragraph, end });
    m_selecting = false;
    viewport()->update();
    emit selectionChanged();
}

void ComparisonView::populatePaneActions(QMenu *menu, qint32 article)
{
    const ComparisonModel &m = m_model;
    const QString name = m.article(article).displayName();
    QAction *base = menu->addAction(tr("Make \u201C%1\u201D the Base").arg(name), this,
                                    [this, article] { emit baseChangeRequested(m_model.article(article).id); });
    base->setEnabled(article != m.base());
    base->setStatusTip(tr("Compare every other article with %1").arg(name));
    QAction *focus = menu->addAction(tr("Compare the Base with \u201C%1\u201D").arg(name), this,
                                     [this, article] { setFocusArticle(article); });
    focus->setEnabled(article != m.base() && article != m.focus());
    focus->setStatusTip(tr("Mark the differences between the base and %1").arg(name));
    menu->addSeparator();
    const qint32 pane = m.paneOf(article);
    QAction *left = menu->addAction(tr("Move Pane Left"), this, [this, article] { movePane(article, -1); });
    left->setEnabled(moveTarget(pane, -1) >= 0);
    left->setStatusTip(tr("Move this pane one place to the left"));
    QAction *right = menu->addAction(tr("Move Pane Right"), this, [this, article] { movePane(article, 1); });
    right->setEnabled(moveTarget(pane, 1) >= 0);
    right->setStatusTip(tr("Move this pane one place to the right"));
    QAction *hide = menu->addAction(tr("Hide Pane"), this, [this, article] { hidePane(article); });
    hide->setEnabled(m.panes().size() > 1);
    hide->setStatusTip(tr("Hide this pane; Show All Panes brings it back"));
    QAction *all = menu->addAction(tr("Show All Panes"), this, &ComparisonView::showAllPanes);
    all->setEnabled(qint32(m.panes().size()) < m.articleCount());
    all->setStatusTip(tr("Show the panes you have hidden"));
}

void ComparisonView::execMenu(QMenu *menu, const QPoint &globalPos)
{
    m_openMenu = menu;
    menu->exec(globalPos);
    m_openMenu = nullptr;
}

void ComparisonView::showPaneMenu(qint32 article, const QPoint &globalPos)
{
    if (m_model.isEmpty() || article < 0)
        return;
    QMenu menu(this);
    populatePaneActions(&menu, article);
    emit contextMenuAboutToShow(&menu, -1, article, -1, -1);
    execMenu(&menu, globalPos);
}

void ComparisonView::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_model.isEmpty())
        return;
    HitPosition hit;
    QPoint globalPos = event->globalPos();
    if (event->reason() == QContextMenuEvent::Mouse) {
        // The event may come to the viewport (a real right-click) or to the
        // view; the global position means the same place either way.
        hit = hitTest(viewport()->mapFromGlobal(event->globalPos()));
    } else if (m_currentPane >= 0 && m_currentPane < qint32(m_model.panes().size())) {
        // From the keyboard (the Menu key, Shift+F10): the current pane's
        // paragraph in the current row, so the menu offers what a
        // right-click there would (notes, links); it opens on that cell
        // when it is in view, else under the pane's header.
        hit.article = m_model.panes()[size_t(m_currentPane)];
        hit.row = m_currentRow;
        const int left = m_panes.visibleSpan(m_currentPane).first;
        globalPos = m_header->mapToGlobal(QPoint(left + 12, m_header->height() / 2));
        if (m_currentRow >= 0 && !m_model.cell(m_currentRow, hit.article).isGap()) {
            hit.paragraph = m_model.cell(m_currentRow, hit.article).paragraphs.front();
            const QRectF cell = cellRect(m_currentRow, hit.article);
            if (!cell.isEmpty())
                globalPos = viewport()->mapToGlobal(QPoint(left, int(cell.top())) + QPoint(12, 12));
        }
    }
    QMenu menu(this);
    QAction *copyAction = menu.addAction(tr("&Copy"), this, &ComparisonView::copy);
    copyAction->setEnabled(hasSelection());
    copyAction->setStatusTip(tr("Copy the selected text"));
    if (hit.article >= 0) {
        menu.addAction(tr("Select All in This Pane"), this, [this, article = hit.article] { selectAllInPane(article); })
            ->setStatusTip(tr("Select the whole text of this pane"));
        if (hit.paragraph >= 0 && hit.onText) {
            for (const DiffSpan &span : m_model.spans(hit.article, hit.paragraph)) {
                if (hit.offset >= span.start && hit.offset < span.end && span.hasLink()
                    && span.changeClass != ChangeClass::Same) {
                    menu.addAction(tr("Go to Where This Comes From"), this, [this, hit] { followLink(hit); })
                        ->setStatusTip(tr("Go to the corresponding passage in the article it is compared with"));
                    break;
                }
            }
        }
        menu.addSeparator();
        populatePaneActions(&menu, hit.article);
    }
    emit contextMenuAboutToShow(&menu, hit.row, hit.article, hit.paragraph, hit.offset);
    execMenu(&menu, globalPos);
}

} // namespace WireDiff
