#include "notespanel.h"

#include "notedialog.h"
#include "notelistmodel.h"
#include "textexcerpt.h"

#include <QAction>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace WireDiff {

NotesPanel::NotesPanel(NoteListModel *notes, QWidget *parent)
    : QWidget(parent)
    , m_notes(notes)
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit\u2026"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_author(new QToolButton(this))
{
    m_list->setModel(notes);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Notes"));
    setUnavailableReason(QString());
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_edit->setToolTip(tr("Change the text of the selected note"));
    m_delete->setToolTip(tr("Delete the selected note (the article is not touched)"));

    m_author->setAutoRaise(true);
    m_author->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_author, &QToolButton::clicked, this, &NotesPanel::changeAuthor);
    setAuthor(QString());

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_author);
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(buttons);

    const auto activate = [this](const QModelIndex &index) {
        if (index.isValid())
            emit noteActivated(index.data(NoteListModel::NoteIdRole).toString());
    };
    connect(m_list, &QListView::clicked, this, activate);
    connect(m_list, &QListView::activated, this, activate);
    connect(m_list, &QListView::doubleClicked, this, &NotesPanel::editCurrentNote);
    connect(m_edit, &QPushButton::clicked, this, &NotesPanel::editCurrentNote);
    connect(m_delete, &QPushButton::clicked, this, &NotesPanel::deleteCurrentNote);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &NotesPanel::updateState);
    // A reload re-anchors every note and resets the list: the note the
    // editor had selected stays selected (Edit and Delete stay enabled).
    connect(notes, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_selectedBeforeReset = currentNoteId(); });
    connect(notes, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_selectedBeforeReset.isEmpty())
            selectNote(std::exchange(m_selectedBeforeReset, QString()));
        updateState();
    });
    connect(notes, &QAbstractItemModel::rowsInserted, this, &NotesPanel::updateState);
    connect(notes, &QAbstractItemModel::rowsRemoved, this, &NotesPanel::updateState);

    auto *remove = new QAction(this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &NotesPanel::deleteCurrentNote);
    m_list->addAction(remove);
    updateState();
}

QString NotesPanel::currentNoteId() const
{
    return m_list->currentIndex().data(NoteListModel::NoteIdRole).toString();
}

void NotesPanel::selectNote(const QString &noteId)
{
    const QModelIndex index = m_notes->indexOf(noteId);
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    }
}

void NotesPanel::editCurrentNote()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return;
    // By id: a reload while the dialog is open resets the model, and the
    // index's row may then be another note.
    const QString id = index.data(NoteListModel::NoteIdRole).toString();
    const Note *found = m_notes->note(id);
    if (!found)
        return;
    Note note = *found;
    if (NoteDialog::edit(this, &note))
        m_notes->setNote(id, note.text, note.author);
}

void NotesPanel::setAuthor(const QString &name)
{
    m_authorName = name.simplified();
    m_author->setText(m_authorName.isEmpty() ? tr("Not signed") : tr("Signed: %1").arg(TextExcerpt::elided(m_authorName, 28)));
    m_author->setToolTip(m_authorName.isEmpty() ? tr("New notes are not signed. Click to give your name.")
                                                : tr("New notes are signed \u201C%1\u201D. Click to change the name.").arg(m_authorName));
}

void NotesPanel::changeAuthor()
{
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Your Name for Notes"));
    dialog.setLabelText(tr("New notes are signed with this name; the PDF and HTML print it with each note. Leave it "
                           "empty to sign nothing."));
    dialog.setTextValue(m_authorName);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.textValue().simplified();
    if (name == m_authorName)
        return;
    setAuthor(name);
    emit authorChanged(name);
}

void NotesPanel::deleteCurrentNote()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return;
    const QString id = index.data(NoteListModel::NoteIdRole).toString();
    QMessageBox box(QMessageBox::Question, tr("Delete Note"),
                    tr("Delete note %1? This cannot be undone. The other notes keep their numbers, and %1 will not be "
                       "given to a new note.").arg(index.data(NoteListModel::NumberRole).toInt()),
                    QMessageBox::Cancel, this);
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == remove)
        m_notes->removeNote(id);
}

void NotesPanel::updateState()
{
    const bool any = m_notes->rowCount() > 0;
    m_list->setVisible(any);
    m_empty->setVisible(!any);
    const bool current = m_list->currentIndex().isValid();
    m_edit->setEnabled(current);
    m_delete->setEnabled(current);
}

void NotesPanel::setUnavailableReason(const QString &reason)
{
    m_empty->setText(reason.isEmpty() ? tr("No notes yet. Select a passage in any pane and press Ctrl+M to add one.")
                                      : reason);
}

QString NotesPanel::emptyText() const
{
    return m_empty->text();
}

} // namespace WireDiff
