#include "notedialog.h"

#include "navigationkeys.h"
#include "notelistmodel.h"
#include "textexcerpt.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace WireDiff {

namespace {

constexpr qsizetype longestQuote = 160;

} // namespace

NoteDialog::NoteDialog(const Note &note, QWidget *parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_author(new QLineEdit(this))
{
    const QString place = QString::number(note.paragraph + 1);
    const QString quote = TextExcerpt::elided(note.quote, longestQuote);
    QString said;
    if (note.number > 0) {
        setWindowTitle(tr("Edit Note %1").arg(note.number));
        said = tr("Edit note %1 on %2, \u00B6%3: \u201C%4\u201D").arg(QString::number(note.number), note.articleId, place, quote);
    } else {
        setWindowTitle(tr("Add Note"));
        said = tr("Note on %1, \u00B6%2: \u201C%3\u201D").arg(note.articleId, place, quote);
    }
    if (!note.originalQuote.isEmpty()) {
        said += QLatin1Char('\n')
            + tr("The passage was reworded since the note was written. It read: \u201C%1\u201D. Saving the note confirms it "
                 "on the new wording.").arg(TextExcerpt::elided(note.originalQuote, longestQuote));
    }
    // The first label: what the note is on (tests and screen readers read it first).
    auto *label = new QLabel(said, this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    m_editor->setPlainText(note.text);
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setTabChangesFocus(true);
    label->setBuddy(m_editor);
    // Room for a few sentences without scrolling sideways.
    const QFontMetrics metrics(m_editor->font());
    m_editor->setMinimumSize(48 * metrics.averageCharWidth(), 6 * metrics.lineSpacing());

    // The note keeps the name it was signed with (none for a note written
    // before notes were signed) until the editor types another.
    m_author->setText(note.author);
    m_author->setPlaceholderText(tr("Not signed"));
    m_author->setToolTip(note.number > 0 ? tr("Who wrote this note; the PDF and HTML print it with the note")
                                         : tr("Who writes this note; the PDF and HTML print it with the note. New notes "
                                              "are signed with the name you used last."));
    auto *authorLabel = new QLabel(tr("Si&gned by:"), this);
    authorLabel->setBuddy(m_author);

    // When the note was written and changed, in the editor's local time;
    // only a note that exists has dates.
    m_dates = new QLabel(this);
    Note dated = note;
    dated.author.clear();
    m_dates->setText(note.number > 0 ? NoteListModel::signature(dated) : QString());
    m_dates->setTextFormat(Qt::PlainText);
    m_dates->setWordWrap(true);
    m_dates->setForegroundRole(QPalette::PlaceholderText);
    m_dates->setVisible(!m_dates->text().isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Save the note (%1)").arg(NavigationKeys::keyText(NavigationKeys::Key::SaveNote)));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Return makes a new line in the text; Ctrl+Return saves. Caught on
    // the editor itself, which would otherwise take it as a new line, and
    // on the name, where Return alone saves as in any dialog.
    m_editor->installEventFilter(this);
    m_author->installEventFilter(this);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(authorLabel, m_author);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_editor, 1);
    layout->addLayout(form);
    layout->addWidget(m_dates);
    layout->addWidget(buttons);
    m_editor->setFocus();
    m_editor->moveCursor(QTextCursor::End);
}

bool NoteDialog::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_editor || watched == m_author) && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (NavigationKeys::matches(key, NavigationKeys::Key::SaveNote)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString NoteDialog::text() const
{
    return m_editor->toPlainText();
}

QString NoteDialog::author() const
{
    return m_author->text().simplified();
}

bool NoteDialog::edit(QWidget *parent, Note *note)
{
    NoteDialog dialog(*note, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    note->text = dialog.text();
    note->author = dialog.author();
    return true;
}

} // namespace WireDiff
