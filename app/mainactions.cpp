#include "mainactions.h"

#include "actiontext.h"
#include "highlightstyle.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QPolygonF>
#include <QStyle>
#include <QWidget>

namespace WireDiff {

namespace {

// lupdate takes the context from this declaration, so messages from free
// functions and helper classes land where the lookup at run time finds them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(WireDiff::MainActions)
};

QAction *make(QWidget *window, const QString &text, const QString &tip, const QKeySequence &shortcut = {},
              const QIcon &icon = {})
{
    auto *action = new QAction(icon, text, window);
    action->setIconText(ActionText::plain(text));
    action->setToolTip(shortcut.isEmpty() ? tip
                                          : QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    window->addAction(action);
    return action;
}

QAction *makeToggle(QWidget *window, const QString &text, const QString &tip, const QKeySequence &shortcut = {})
{
    QAction *action = make(window, text, tip, shortcut);
    action->setCheckable(true);
    return action;
}

QIcon themed(const char *name, QWidget *window, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name), window->style()->standardIcon(fallback));
}

// Next and Previous Unique Paragraph: the violet bar that marks such a
// paragraph in the panes, with an arrow down or up beside it. Drawn, as
// no icon theme has one, so that the tool bar can show them as icons
// alone where it is short of width.
QIcon uniqueIcon(QWidget *window, bool next)
{
    const HighlightStyle style(window->palette());
    const QColor arrow = window->palette().color(QPalette::WindowText);
    QIcon icon;
    for (const int size : { 16, 22, 24, 32, 48 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal unit = size / 16.0;
        painter.fillRect(QRectF(2 * unit, 2 * unit, 3 * unit, 12 * unit), style.uniqueAccent());
        const qreal tip = next ? 13 * unit : 3 * unit;
        const qreal base = next ? 7 * unit : 9 * unit;
        const QPolygonF head { QPointF(7.5 * unit, base), QPointF(14.5 * unit, base), QPointF(11 * unit, tip) };
        painter.setPen(Qt::NoPen);
        painter.setBrush(arrow);
        painter.drawPolygon(head);
        painter.fillRect(QRectF(10 * unit, next ? 3 * unit : 9 * unit, 2 * unit, 4 * unit), arrow);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

MainActions::MainActions(QWidget *w)
    : openFolder(make(w, Messages::tr("&Open Folder\u2026"), Messages::tr("Open a folder of versions of one story"), QKeySequence::Open,
                      themed("folder-open", w, QStyle::SP_DirOpenIcon)))
    , openFiles(make(w, Messages::tr("Open &Files\u2026"), Messages::tr("Open some versions of one story"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                     themed("document-open", w, QStyle::SP_FileIcon)))
    , includeSubfolders(makeToggle(w, Messages::tr("&Include Subfolders"),
                                   Messages::tr("Also read the articles in the subfolders of a folder you open")))
    , reload(make(w, Messages::tr("Re&load"), Messages::tr("Read the articles again and compare"), QKeySequence::Refresh,
                  themed("view-refresh", w, QStyle::SP_BrowserReload)))
    , quit(make(w, Messages::tr("&Quit"), Messages::tr("Quit WireDiff"), QKeySequence::Quit, themed("application-exit", w, QStyle::SP_DialogCloseButton)))
    , copy(make(w, Messages::tr("&Copy"), Messages::tr("Copy the selected text"), QKeySequence::Copy, themed("edit-copy", w, QStyle::SP_FileIcon)))
    , selectAll(make(w, Messages::tr("Select &All in Pane"), Messages::tr("Select the whole text of the current pane"), QKeySequence::SelectAll))
    , find(make(w, Messages::tr("&Find\u2026"), Messages::tr("Find text in every pane"), QKeySequence::Find,
                themed("edit-find", w, QStyle::SP_FileDialogContentsView)))
    , findNext(make(w, Messages::tr("Find &Next"), Messages::tr("Go to the next match"), QKeySequence::FindNext))
    , findPrevious(make(w, Messages::tr("Find Pre&vious"), Messages::tr("Go to the previous match"), QKeySequence::FindPrevious))
    , zoomIn(make(w, Messages::tr("Zoom &In"), Messages::tr("Larger text"), QKeySequence::ZoomIn, themed("zoom-in", w, QStyle::SP_ArrowUp)))
    , zoomOut(make(w, Messages::tr("Zoom &Out"), Messages::tr("Smaller text"), QKeySequence::ZoomOut, themed("zoom-out", w, QStyle::SP_ArrowDown)))
    , zoomReset(make(w, Messages::tr("&Actual Size"), Messages::tr("Text at its normal size"), QKeySequence(Qt::CTRL | Qt::Key_0)))
    , showAllPanes(make(w, Messages::tr("&Show All Panes"), Messages::tr("Show the panes you have hidden")))
    , showLegend(makeToggle(w, Messages::tr("Le&gend"), Messages::tr("Show the key to the highlights")))
    , keepBaseInView(makeToggle(w, Messages::tr("&Keep Base in View"),
                                Messages::tr("Keep the base pane at the left edge while the other panes scroll sideways")))
    , nextChange(make(w, Messages::tr("&Next Change"), Messages::tr("Go to the next row with a difference"), QKeySequence(Qt::Key_F7),
                      themed("go-down", w, QStyle::SP_ArrowDown)))
    , previousChange(make(w, Messages::tr("&Previous Change"), Messages::tr("Go to the previous row with a difference"),
                          QKeySequence(Qt::SHIFT | Qt::Key_F7), themed("go-up", w, QStyle::SP_ArrowUp)))
    , nextUnique(make(w, Messages::tr("Next &Unique Paragraph"), Messages::tr("Go to the next paragraph or sentence found in no other source"),
                      QKeySequence(Qt::CTRL | Qt::Key_F7), uniqueIcon(w, true)))
    , previousUnique(make(w, Messages::tr("Previous Uni&que Paragraph"), Messages::tr("Go to the previous paragraph or sentence found in no other source"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F7), uniqueIcon(w, false)))
    , ignoreCase(makeToggle(w, Messages::tr("Ignore &Case"), Messages::tr("Treat “police” and “Police”, or “Bréval” and “Breval”, as the same word")))
    , ignorePunctuation(makeToggle(w, Messages::tr("Ignore &Punctuation"), Messages::tr("Do not count commas, full stops and dashes as differences")))
    , ignoreQuoteStyle(makeToggle(w, Messages::tr("Ignore &Quote Style"), Messages::tr("Treat curly, straight and angle quotes as the same")))
    , cancel(make(w, Messages::tr("C&ancel"), Messages::tr("Stop loading and comparing"), QKeySequence(), themed("process-stop", w, QStyle::SP_BrowserStop)))
    , exportPdf(make(w, Messages::tr("&Export PDF\u2026"), Messages::tr("Save the comparison with your notes as an annotated PDF"),
                     QKeySequence(Qt::CTRL | Qt::Key_E), themed("document-export", w, QStyle::SP_DialogSaveButton)))
    , exportHtml(make(w, Messages::tr("Export &HTML\u2026"), Messages::tr("Save the comparison with your notes as one self-contained web page"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)))
    , exportJson(make(w, Messages::tr("Export Report (&JSON)\u2026"),
                      Messages::tr("Save the comparison with your notes as a JSON report, the same as wirediff --export-json"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J)))
    , exportConsensus(make(w, Messages::tr("Export &Consensus Text\u2026"),
                           Messages::tr("Save the probable common source, rebuilt from what most articles share, as plain text")))
    , print(make(w, Messages::tr("&Print\u2026"), Messages::tr("Print the comparison with your notes"), QKeySequence::Print,
                 themed("document-print", w, QStyle::SP_FileIcon)))
    , addNote(make(w, Messages::tr("Add N&ote\u2026"), Messages::tr("Write a note on the selected passage; it is saved beside the articles"),
                   QKeySequence(Qt::CTRL | Qt::Key_M)))
    , noteAuthor(make(w, Messages::tr("&Your Name for Notes\u2026"), Messages::tr("The name new notes are signed with")))
    , editHouseStyle(make(w, Messages::tr("&House Style\u2026"), Messages::tr("Spellings that count as the same word, such as Kiev and Kyiv")))
    , agreementShading(makeToggle(w, Messages::tr("Agreement S&hading"),
                                  Messages::tr("Shade every word by how many articles carry it, instead of the changes against the base"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)))
    , showConsensus(makeToggle(w, Messages::tr("Co&nsensus Pane"),
                               Messages::tr("Show the probable common source as a pane of its own (compares once more)")))
    , sortByTime(make(w, Messages::tr("Sort Panes by Publication &Time"),
                      Messages::tr("Order the panes from the earliest published to the latest (publication and wire filing times first, then file times)")))
    , about(make(w, Messages::tr("&About WireDiff"), Messages::tr("About WireDiff")))
    , aboutQt(make(w, Messages::tr("About &Qt"), Messages::tr("About the Qt toolkit")))
    , shortcuts(make(w, Messages::tr("&Keyboard Shortcuts"), Messages::tr("List every command that has a shortcut"),
                     QKeySequence(Qt::CTRL | Qt::Key_Slash), themed("help-keyboard-shortcuts", w, QStyle::SP_MessageBoxInformation)))
{
    nextUnique->setIconText(Messages::tr("Next Unique"));
    previousUnique->setIconText(Messages::tr("Previous Unique"));
    nextChange->setIconText(Messages::tr("Next Change"));
    previousChange->setIconText(Messages::tr("Previous Change"));
    addNote->setEnabled(false);
    copy->setEnabled(false);
    cancel->setEnabled(false);
    setComparisonShown(false);
    quit->setMenuRole(QAction::QuitRole);
    about->setMenuRole(QAction::AboutRole);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainActions::setComparisonShown(bool shown)
{
    for (QAction *action : { nextChange, previousChange, nextUnique, previousUnique, find, findNext, findPrevious, selectAll })
        action->setEnabled(shown);
}

} // namespace WireDiff
