#include "mainactions.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QStyle>
#include <QWidget>

namespace WireDiff {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WireDiff::MainActions", text);
}

QAction *make(QWidget *window, const QString &text, const QString &tip, const QKeySequence &shortcut = {},
              const QIcon &icon = {})
{
    auto *action = new QAction(icon, text, window);
    action->setToolTip(shortcut.isEmpty() ? tip
                                          : QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    window->addAction(action);
    return action;
}

QAction *makeToggle(QWidget *window, const QString &text, const QString &tip)
{
    QAction *action = make(window, text, tip);
    action->setCheckable(true);
    return action;
}

QIcon themed(const char *name, QWidget *window, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name), window->style()->standardIcon(fallback));
}

} // namespace

MainActions::MainActions(QWidget *w)
    : openFolder(make(w, tr("&Open Folder\u2026"), tr("Open a folder of versions of one story"), QKeySequence::Open,
                      themed("folder-open", w, QStyle::SP_DirOpenIcon)))
    , openFiles(make(w, tr("Open &Files\u2026"), tr("Open some versions of one story"), QKeySequence(tr("Ctrl+Shift+O")),
                     themed("document-open", w, QStyle::SP_FileIcon)))
    , reload(make(w, tr("&Reload"), tr("Read the articles again and compare"), QKeySequence::Refresh,
                  themed("view-refresh", w, QStyle::SP_BrowserReload)))
    , quit(make(w, tr("&Quit"), tr("Quit WireDiff"), QKeySequence::Quit, themed("application-exit", w, QStyle::SP_DialogCloseButton)))
    , copy(make(w, tr("&Copy"), tr("Copy the selected text"), QKeySequence::Copy, themed("edit-copy", w, QStyle::SP_FileIcon)))
    , selectAll(make(w, tr("Select &All in Pane"), tr("Select the whole text of the current pane"), QKeySequence::SelectAll))
    , find(make(w, tr("&Find\u2026"), tr("Find text in every pane"), QKeySequence::Find,
                themed("edit-find", w, QStyle::SP_FileDialogContentsView)))
    , findNext(make(w, tr("Find &Next"), tr("Go to the next match"), QKeySequence::FindNext))
    , findPrevious(make(w, tr("Find Pre&vious"), tr("Go to the previous match"), QKeySequence::FindPrevious))
    , zoomIn(make(w, tr("Zoom &In"), tr("Larger text"), QKeySequence::ZoomIn, themed("zoom-in", w, QStyle::SP_ArrowUp)))
    , zoomOut(make(w, tr("Zoom &Out"), tr("Smaller text"), QKeySequence::ZoomOut, themed("zoom-out", w, QStyle::SP_ArrowDown)))
    , zoomReset(make(w, tr("&Actual Size"), tr("Text at its normal size"), QKeySequence(tr("Ctrl+0"))))
    , showAllPanes(make(w, tr("Show All &Panes"), tr("Show the panes you have hidden")))
    , showLegend(makeToggle(w, tr("&Legend"), tr("Show the key to the highlights")))
    , nextChange(make(w, tr("&Next Change"), tr("Go to the next row with a difference"), QKeySequence(Qt::Key_F7),
                      themed("go-down", w, QStyle::SP_ArrowDown)))
    , previousChange(make(w, tr("&Previous Change"), tr("Go to the previous row with a difference"),
                          QKeySequence(Qt::SHIFT | Qt::Key_F7), themed("go-up", w, QStyle::SP_ArrowUp)))
    , nextUnique(make(w, tr("Next &Unique Paragraph"), tr("Go to the next paragraph found in no other source"),
                      QKeySequence(Qt::CTRL | Qt::Key_F7)))
    , previousUnique(make(w, tr("Previous Uni&que Paragraph"), tr("Go to the previous paragraph found in no other source"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F7)))
    , ignoreCase(makeToggle(w, tr("Ignore &Case"), tr("Treat \u201Cpolice\u201D and \u201CPolice\u201D as the same word")))
    , ignorePunctuation(makeToggle(w, tr("Ignore &Punctuation"), tr("Do not count commas, full stops and dashes as differences")))
    , ignoreQuoteStyle(makeToggle(w, tr("Ignore &Quote Style"), tr("Treat curly, straight and angle quotes as the same")))
    , cancel(make(w, tr("&Cancel"), tr("Stop loading and comparing"), QKeySequence(), themed("process-stop", w, QStyle::SP_BrowserStop)))
    , about(make(w, tr("&About WireDiff"), tr("About WireDiff")))
    , aboutQt(make(w, tr("About &Qt"), tr("About the Qt toolkit")))
{
    nextUnique->setIconText(tr("Next Unique"));
    previousUnique->setIconText(tr("Previous Unique"));
    nextChange->setIconText(tr("Next Change"));
    previousChange->setIconText(tr("Previous Change"));
    copy->setEnabled(false);
    cancel->setEnabled(false);
    quit->setMenuRole(QAction::QuitRole);
    about->setMenuRole(QAction::AboutRole);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

} // namespace WireDiff
