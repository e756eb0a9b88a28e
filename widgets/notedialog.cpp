#include "notedialog.h"

#include "navigationkeys.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace WireDiff {

namespace {

QString shortened(const QString &quote)
{
    QString shown = quote.simplified();
    if (shown.size() > 160)
        shown = shown.left(159) + QStringLiteral("\u2026");
    return shown;
}

} // namespace

NoteDialog::NoteDialog(const QString &articleId, qint32 paragraph, const QString &quote, const QString &text, QWidget *parent,
                       const QString &originalQuote, int number)
    : QDialog(parent)
{
    const QString place = QString::number(paragraph + 1);
    QString said;
    if (number > 0) {
        setWindowTitle(tr("Edit Note %1").arg(number));
        said = tr("Edit note %1 on %2, \u00B6%3: \u201C%4\u201D").arg(QString::number(number), articleId, place, shortened(quote));
    } else {
        setWindowTitle(tr("Add Note"));
        said = tr("Note on %1, \u00B6%2: \u201C%3\u201D").arg(articleId, place, shortened(quote));
    }
    if (!originalQuote.isEmpty()) {
        said += QLatin1Char('\n')
            + tr("The passage was reworded since the note was written. It read: \u201C%1\u201D. Saving the note confirms it "
                 "on the new wording.").arg(shortened(originalQuote));
    }
    auto *label = new QLabel(said, this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    m_editor = new QPlainTextEdit(this);
    m_editor->setPlainText(text);
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setTabChangesFocus(true);
    label->setBuddy(m_editor);
    // Room for a few sentences without scrolling sideways.
    const QFontMetrics metrics(m_editor->font());
    m_editor->setMinimumSize(48 * metrics.averageCharWidth(), 6 * metrics.lineSpacing());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Save the note (%1)").arg(NavigationKeys::keyText(NavigationKeys::Key::SaveNote)));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Return makes a new line in the text; Ctrl+Return saves. Caught on
    // the editor itself, which would otherwise take it as a new line.
    m_editor->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    m_editor->setFocus();
    m_editor->moveCursor(QTextCursor::End);
}

bool NoteDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
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

bool NoteDialog::edit(QWidget *parent, const QString &articleId, qint32 paragraph, const QString &quote, QString *text,
                      const QString &originalQuote, int number)
{
    NoteDialog dialog(articleId, paragraph, quote, *text, parent, originalQuote, number);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *text = dialog.text();
    return true;
}

} // namespace WireDiff
