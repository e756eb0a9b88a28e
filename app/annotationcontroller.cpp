#include "annotationcontroller.h"

#include "comparisonsession.h"
#include "comparisonview.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "navigationkeys.h"
#include "notedecorator.h"
#include "notedialog.h"
#include "notelistmodel.h"
#include "notespanel.h"
#include "paneselection.h"
#include "noticebanner.h"
#include "sidecar.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

#include <algorithm>
#include <tuple>

namespace WireDiff {

AnnotationController::AnnotationController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_notes(new NoteListModel(this))
    , m_panel(new NotesPanel(m_notes))
    , m_decorator(new NoteDecorator(m_notes, window->view()))
{
    m_dock = new QDockWidget(tr("Notes"), window);
    m_dock->setObjectName(QStringLiteral("NotesDock"));
    m_dock->setWidget(m_panel);
    describeNotesLocation();
    window->addPanel(m_dock);

    const MainActions &actions = window->actions();
    ComparisonView *view = window->view();
    connect(actions.addNote, &QAction::triggered, this, &AnnotationController::addNoteHere);
    m_panel->setAuthor(m_settings.noteAuthor());
    connect(actions.noteAuthor, &QAction::triggered, m_panel, &NotesPanel::changeAuthor);
    connect(m_panel, &NotesPanel::authorChanged, this, [this](const QString &name) { m_settings.setNoteAuthor(name); });
    connect(view, &ComparisonView::contextMenuAboutToShow, this, &AnnotationController::populateMenu);
    connect(m_panel, &NotesPanel::noteActivated, this, &AnnotationController::jumpToNote);
    connect(m_notes, &NoteListModel::saveFailed, this, [this](const QString &reason) {
        m_window->noticeBanner()->showNotice(NoticeBanner::Kind::Error, tr("Your notes could not be saved: %1").arg(reason));
    });
}

void AnnotationController::comparisonShown(const Comparison &comparison, bool sameSet)
{
    const QString folder = Sidecar::folderFor(m_window->session()->paths());
    ++m_comparisonsShown;
    // A paragraph marked for linking is named by its place, which a reload
    // can move or remove: every new comparison forgets the mark.
    m_markedArticle.clear();
    m_markedParagraph = -1;
    if (folder != m_folder || !sameSet) {
        m_folder = folder;
        if (folder.isEmpty())
            m_notes->close();
        else
            m_notes->open(folder, comparison.articles);
        if (!folder.isEmpty() && Sidecar::location(folder) == Sidecar::Location::UserNotes)
            m_window->statusBar()->showMessage(tr("WireDiff cannot write in this folder: your notes on it are saved in %1")
                                                   .arg(QDir::toNativeSeparators(Sidecar::pathFor(folder))), 10000);
    } else {
        m_notes->reanchor(comparison.articles);
    }
    m_decorator->refresh();
    updateNoteActions();
    describeNotesLocation();
    m_panel->setUnavailableReason(m_folder.isEmpty() ? severalFoldersReason() : QString());
    const NoteBook &book = m_notes->noteBook();
    if (!book.message().isEmpty() && !book.canSave() && !m_folder.isEmpty())
        m_window->noticeBanner()->showNotice(NoticeBanner::Kind::Warning, book.message(), {}, tr("Set Aside"),
                                             [this] { setAsideNotesFile(); });
    else if (!book.message().isEmpty())
        m_window->noticeBanner()->showNotice(NoticeBanner::Kind::Warning, book.message());
    else if (const QString said = NoteListModel::anchoringMessage(book.lastAnchoring()); !said.isEmpty())
        m_window->statusBar()->showMessage(said, 6000);
}

// Where the notes are saved, in the panel's tooltip: beside the articles,
// or (a folder WireDiff cannot write) in the user's own notes folder.
void AnnotationController::describeNotesLocation()
{
    if (m_folder.isEmpty() && m_comparisonsShown > 0) {
        m_dock->setToolTip(severalFoldersReason());
    } else if (!m_folder.isEmpty() && Sidecar::location(m_folder) == Sidecar::Location::UserNotes) {
        m_dock->setToolTip(tr("Your notes on this folder. WireDiff cannot write in the folder, so they are saved in %1")
                               .arg(QDir::toNativeSeparators(Sidecar::pathFor(m_folder))));
    } else {
        m_dock->setToolTip(tr("Your notes on this folder, saved beside the articles in %1").arg(Sidecar::fileName()));
    }
}

bool AnnotationController::mayLeaveNotes(Leaving leaving)
{
    const QString error = m_notes->saveAgain();
    if (error.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Notes"),
                    tr("Your notes on %1 could not be saved.").arg(QDir::toNativeSeparators(m_folder)), QMessageBox::Cancel,
                    m_window);
    box.setInformativeText(error + QStringLiteral("\n\n")
                           + (leaving == Leaving::Closing ? tr("If WireDiff closes now, the notes not saved are lost.")
                                                          : tr("If another folder opens now, the notes not saved are lost.")));
    const QPushButton *lose = box.addButton(leaving == Leaving::Closing ? tr("Close and Lose Them") : tr("Open and Lose Them"),
                                            QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == lose;
}

bool AnnotationController::canChangeNotes() const
{
    return !m_folder.isEmpty() && m_notes->noteBook().canSave();
}

// With files from several folders the action stays on, so that its key
// says why no note can be made instead of doing nothing.
void AnnotationController::updateNoteActions()
{
    m_window->actions().addNote->setEnabled(canChangeNotes() || (m_folder.isEmpty() && m_comparisonsShown > 0));
}

// Notes live in a file beside the articles, one per folder: a set of files
// from several folders has none to read or write.
QString AnnotationController::severalFoldersReason() const
{
    const QStringList folders = Sidecar::foldersOf(m_window->session()->paths());
    return tr("Notes are kept per folder, beside the articles, and these files come from %n folders: open one folder, "
              "or files from one folder, to read and make notes.", "", int(folders.size()));
}

// The notes file on disk could not be read: it is renamed and kept, and
// notes are saved in a new one from now on.
void AnnotationController::setAsideNotesFile()
{
    const QString error = m_notes->setAsideUnreadableFile();
    updateNoteActions();
    if (!error.isEmpty()) {
        m_window->noticeBanner()->showNotice(NoticeBanner::Kind::Error, tr("The notes file could not be set aside: %1").arg(error));
        return;
    }
    m_window->statusBar()->showMessage(tr("The unreadable notes file was renamed and kept; your notes are saved again."), 8000);
}

void AnnotationController::jumpToNote(const QString &noteId)
{
    const QModelIndex index = m_notes->indexOf(noteId);
    if (!index.isValid())
        return;
    ComparisonView *view = m_window->view();
    const ComparisonModel &model = view->model();
    const qint32 article = model.isEmpty() ? -1 : model.comparison().indexOf(index.data(NoteListModel::ArticleIdRole).toString());
    if (index.data(NoteListModel::DetachedRole).toBool() || article < 0) {
        m_window->statusBar()->showMessage(tr("The passage of this note is no longer in the articles; the note is kept."), 5000);
        return;
    }
    const qint32 row = model.rowOf(article, index.data(NoteListModel::ParagraphRole).toInt());
    if (row < 0)
        return;
    if (model.paneOf(article) < 0)
        view->showAllPanes();
    view->revealPane(article);
    view->setCurrentRow(row);
    view->scrollToRow(row);
}

std::optional<AnnotationController::Passage> AnnotationController::selectedPassage() const
{
    const ComparisonView *view = m_window->view();
    if (!view->hasSelection())
        return std::nullopt;
    const PaneSelection &selection = view->selection();
    const TextPosition start = selection.start();
    const TextPosition end = selection.end();
    Passage passage { selection.article(), start.paragraph, start.offset, end.offset };
    // A note sits on one paragraph: a selection over several keeps the first.
    const QString &text = view->model().paragraph(passage.article, passage.paragraph).text;
    if (end.paragraph != start.paragraph)
        passage.end = qint32(text.size());
    // The quote is whole words, however the drag ended.
    std::tie(passage.start, passage.end) = PaneSelection::snappedToWords(text, passage.start, passage.end);
    if (passage.start == passage.end)
        return std::nullopt;
    return passage;
}

std::optional<AnnotationController::Passage> AnnotationController::currentParagraph() const
{
    const ComparisonView *view = m_window->view();
    const ComparisonModel &model = view->model();
    const qint32 pane = view->currentPane();
    if (model.isEmpty() || view->currentRow() < 0 || pane < 0 || size_t(pane) >= model.panes().size())
        return std::nullopt;
    const qint32 article = model.panes()[size_t(pane)];
    const RowCell &cell = model.cell(view->currentRow(), article);
    if (cell.isGap())
        return std::nullopt;
    const qint32 paragraph = cell.paragraphs.front();
    return Passage { article, paragraph, 0, qint32(model.paragraph(article, paragraph).text.size()) };
}

void AnnotationController::addNoteHere()
{
    if (m_folder.isEmpty()) {
        m_window->statusBar()->showMessage(severalFoldersReason(), 8000);
        return;
    }
    std::optional<Passage> passage = selectedPassage();
    if (!passage)
        passage = currentParagraph();
    if (!passage) {
        // Said in keys: a keyboard user has no mouse to select with.
        using Key = NavigationKeys::Key;
        // "Ctrl+Left/Right": short enough for the status bar beside its counts.
        const auto keys = [](Key back, Key on) {
            const QString first = NavigationKeys::keyText(back);
            const QString second = NavigationKeys::keyText(on);
            const qsizetype plus = first.lastIndexOf(QLatin1Char('+')) + 1;
            return first.left(plus) == second.left(plus) ? first + QLatin1Char('/') + second.mid(plus) : first + QLatin1Char('/') + second;
        };
        m_window->statusBar()->showMessage(
            tr("No text here. Go to text with %1 or %2, select with %3 (whole words: %4), then press %5.")
                .arg(keys(Key::PreviousPane, Key::NextPane), keys(Key::PreviousRowWithText, Key::NextRowWithText),
                     keys(Key::SelectCharacterBack, Key::SelectCharacterOn), keys(Key::SelectWordBack, Key::SelectWordOn),
                     m_window->actions().addNote->shortcut().toString(QKeySequence::NativeText)),
            10000);
        return;
    }
    addNote(*passage);
}

bool AnnotationController::refuseVirtual(qint32 article) const
{
    if (!m_window->view()->model().article(article).isVirtual)
        return false;
    m_window->statusBar()->showMessage(tr("The consensus pane is rebuilt on every comparison; notes and links go on the articles."), 5000);
    return true;
}

void AnnotationController::addNote(const Passage &passage)
{
    if (m_folder.isEmpty()) {
        m_window->statusBar()->showMessage(severalFoldersReason(), 8000);
        return;
    }
    if (!canChangeNotes()) {
        m_window->statusBar()->showMessage(tr("The notes file of this folder cannot be read; set it aside to make notes."), 5000);
        return;
    }
    if (refuseVirtual(passage.article))
        return;
    // Copies, not references: the dialog runs its own event loop, in which a
    // changed file can bring a new comparison and free the one shown now.
    const ComparisonModel &model = m_window->view()->model();
    const QString articleId = model.article(passage.article).id;
    const QString text = model.paragraph(passage.article, passage.paragraph).text;
    const quint64 shownBefore = m_comparisonsShown;
    Note draft;
    draft.articleId = articleId;
    draft.paragraph = passage.paragraph;
    draft.quote = text.mid(passage.start, passage.end - passage.start);
    draft.author = m_settings.noteAuthor();
    if (!NoteDialog::edit(m_window, &draft) || draft.text.trimmed().isEmpty())
        return;
    // The name a new note is signed with is the one for the next note too.
    rememberAuthor(draft.author);
    const QString id = m_notes->addNote(articleId, passage.paragraph, text, passage.start, passage.end, draft.text, draft.author);
    // Written on the text as it was; a comparison shown meanwhile gets the
    // note anchored on its own text, as a reload does with every note.
    if (m_comparisonsShown != shownBefore && !m_window->view()->model().isEmpty())
        m_notes->reanchor(m_window->view()->model().comparison().articles);
    m_panel->selectNote(id);
}

void AnnotationController::rememberAuthor(const QString &name)
{
    m_settings.setNoteAuthor(name);
    m_panel->setAuthor(name);
}

void AnnotationController::populateMenu(QMenu *menu, qint32 row, qint32 article, qint32 paragraph, qint32 offset)
{
    if (article < 0 || paragraph < 0 || !canChangeNotes())
        return;
    const ComparisonModel &model = m_window->view()->model();
    menu->addSeparator();
    const int noteRow = m_decorator->noteAt(article, paragraph, offset);
    if (noteRow >= 0) {
        const QModelIndex note = m_notes->index(noteRow);
        const QString id = note.data(NoteListModel::NoteIdRole).toString();
        const int number = note.data(NoteListModel::NumberRole).toInt();
        menu->addAction(tr("&Edit Note %1\u2026").arg(number), this, [this, id] {
            m_panel->selectNote(id);
            m_panel->editCurrentNote();
        });
        menu->addAction(tr("&Delete Note %1").arg(number), this, [this, id] {
            m_panel->selectNote(id);
            m_panel->deleteCurrentNote();
        });
    }
    const std::optional<Passage> selected = selectedPassage();
    const bool onSelection = selected && selected->article == article && selected->paragraph == paragraph;
    menu->addAction(onSelection ? tr("Add &Note to Selection\u2026") : tr("Add &Note to Paragraph\u2026"), this,
                    [this, onSelection, selected, article, paragraph] {
                        addNote(onSelection ? *selected
                                            : Passage { article, paragraph, 0,
                                                        qint32(m_window->view()->model().paragraph(article, paragraph).text.size()) });
                    })->setShortcut(m_window->actions().addNote->shortcut());

    if (model.article(article).isVirtual)
        return;
    menu->addSeparator();
    menu->addAction(tr("&Mark Paragraph for Linking"), this, [this, article, paragraph] { markForLink(article, paragraph); });
    const qint32 marked = model.comparison().indexOf(m_markedArticle);
    if (marked >= 0 && marked != article) {
        menu->addAction(tr("&Link with Marked Paragraph (%1 \u00B6%2)").arg(model.article(marked).displayName(), QString::number(m_markedParagraph + 1)),
                        this, [this, article, paragraph] { linkToMarked(article, paragraph); });
    }
    if (model.rowOf(article, paragraph) == row && model.comparison().rows[size_t(row)].presentCount() > 1)
        menu->addAction(tr("&Unlink from This Row"), this, [this, row, article, paragraph] { unlinkFromRow(row, article, paragraph); });
    const std::vector<ParagraphLink> &links = m_notes->links();
    const QString id = model.article(article).id;
    const bool hasLinks = std::any_of(links.begin(), links.end(), [&](const ParagraphLink &link) {
        return (link.a.article == id && link.a.paragraph == paragraph) || (link.b.article == id && link.b.paragraph == paragraph);
    });
    if (hasLinks)
        menu->addAction(tr("&Forget Manual Links of This Paragraph"), this, [this, article, paragraph] { forgetLinks(article, paragraph); });
}

void AnnotationController::markForLink(qint32 article, qint32 paragraph)
{
    m_markedArticle = m_window->view()->model().article(article).id;
    m_markedParagraph = paragraph;
    m_window->statusBar()->showMessage(
        tr("Marked. Right-click a paragraph of another article and choose \u201CLink with Marked Paragraph\u201D."), 8000);
}

void AnnotationController::linkToMarked(qint32 article, qint32 paragraph)
{
    const ComparisonModel &model = m_window->view()->model();
    const qint32 marked = model.comparison().indexOf(m_markedArticle);
    if (marked < 0 || m_markedParagraph < 0 || size_t(m_markedParagraph) >= model.article(marked).paragraphs.size())
        return;
    const ParagraphLink::End a = ParagraphLink::endOf(m_markedArticle, m_markedParagraph, model.paragraph(marked, m_markedParagraph).text);
    const ParagraphLink::End b = ParagraphLink::endOf(model.article(article).id, paragraph, model.paragraph(article, paragraph).text);
    std::vector<ParagraphLink> links = m_notes->links();
    // A new decision replaces an older one about the same two paragraphs.
    std::erase_if(links, [&](const ParagraphLink &link) {
        return (link.a == a && link.b == b) || (link.a == b && link.b == a);
    });
    links.push_back(ParagraphLink { ParagraphLink::Kind::Link, a, b, {} });
    m_markedArticle.clear();
    saveLinksAndCompare(links, tr("Linked; comparing again\u2026"));
}

void AnnotationController::unlinkFromRow(qint32 row, qint32 article, qint32 paragraph)
{
    const ComparisonModel &model = m_window->view()->model();
    // The partner: the base's paragraph in this row, else the first other
    // article's; the aligner then keeps this paragraph away from the
    // partner and from everything the partner is linked with.
    qint32 partner = -1;
    if (article != model.base() && !model.cell(row, model.base()).isGap())
        partner = model.base();
    for (qint32 a = 0; a < model.articleCount() && partner < 0; ++a) {
        if (a != article && !model.cell(row, a).isGap() && !model.article(a).isVirtual)
            partner = a;
    }
    if (partner < 0)
        return;
    const qint32 partnerParagraph = model.cell(row, partner).paragraphs.front();
    const ParagraphLink::End a = ParagraphLink::endOf(model.article(partner).id, partnerParagraph,
                                                      model.paragraph(partner, partnerParagraph).text);
    const ParagraphLink::End b = ParagraphLink::endOf(model.article(article).id, paragraph, model.paragraph(article, paragraph).text);
    std::vector<ParagraphLink> links = m_notes->links();
    std::erase_if(links, [&](const ParagraphLink &link) {
        return (link.a == a && link.b == b) || (link.a == b && link.b == a);
    });
    links.push_back(ParagraphLink { ParagraphLink::Kind::Unlink, a, b, {} });
    saveLinksAndCompare(links, tr("Unlinked; comparing again\u2026"));
}

void AnnotationController::forgetLinks(qint32 article, qint32 paragraph)
{
    const QString id = m_window->view()->model().article(article).id;
    std::vector<ParagraphLink> links = m_notes->links();
    std::erase_if(links, [&](const ParagraphLink &link) {
        return (link.a.article == id && link.a.paragraph == paragraph) || (link.b.article == id && link.b.paragraph == paragraph);
    });
    saveLinksAndCompare(links, tr("Manual links removed; comparing again\u2026"));
}

bool AnnotationController::saveLinksAndCompare(const std::vector<ParagraphLink> &links, const QString &done)
{
    if (!m_notes->setLinks(links))
        return false;
    m_window->statusBar()->showMessage(done, 4000);
    m_window->session()->reload();
    return true;
}

} // namespace WireDiff
