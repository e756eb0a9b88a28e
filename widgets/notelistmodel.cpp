#include "notelistmodel.h"

#include "textexcerpt.h"

#include <QHash>
#include <QLocale>
#include <QStringList>

#include <map>

namespace WireDiff {

NoteListModel::NoteListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void NoteListModel::open(const QString &folder, const std::vector<Article> &articles)
{
    beginResetModel();
    m_articles = articles;
    m_book.open(folder, articles);
    endResetModel();
}

void NoteListModel::reanchor(const std::vector<Article> &articles)
{
    beginResetModel();
    m_articles = articles;
    const bool merged = m_book.refresh(articles);
    endResetModel();
    // The notes made here beside those another program saved: both, now.
    if (merged)
        save();
}

void NoteListModel::close()
{
    beginResetModel();
    m_book = NoteBook();
    m_articles.clear();
    endResetModel();
}

QModelIndex NoteListModel::indexOf(const QString &noteId) const
{
    const Notes &notes = m_book.notes();
    for (size_t row = 0; row < notes.size(); ++row) {
        if (notes[row].id == noteId)
            return index(int(row));
    }
    return {};
}

QString NoteListModel::addNote(const QString &articleId, qint32 paragraph, const QString &paragraphText,
                               qint32 utf16Start, qint32 utf16End, const QString &text, const QString &author)
{
    const int row = int(m_book.notes().size());
    beginInsertRows(QModelIndex(), row, row);
    const QString id = m_book.add(articleId, paragraph, paragraphText, utf16Start, utf16End, text, author);
    endInsertRows();
    save();
    return id;
}

bool NoteListModel::setNoteText(const QString &noteId, const QString &text)
{
    const QModelIndex at = indexOf(noteId);
    if (!at.isValid() || !m_book.setText(noteId, text))
        return false;
    emit dataChanged(at, at);
    save();
    return true;
}

bool NoteListModel::setNote(const QString &noteId, const QString &text, const QString &author)
{
    const QModelIndex at = indexOf(noteId);
    if (!at.isValid() || !m_book.setText(noteId, text) || !m_book.setAuthor(noteId, author))
        return false;
    emit dataChanged(at, at);
    save();
    return true;
}

bool NoteListModel::removeNote(const QString &noteId)
{
    const QModelIndex at = indexOf(noteId);
    if (!at.isValid())
        return false;
    beginRemoveRows(QModelIndex(), at.row(), at.row());
    m_book.remove(noteId);
    endRemoveRows();
    save();
    return true;
}

bool NoteListModel::setLinks(const std::vector<ParagraphLink> &links)
{
    const QString error = m_book.saveLinks(links);
    if (!error.isEmpty())
        emit saveFailed(error);
    return error.isEmpty();
}

QString NoteListModel::setAsideUnreadableFile()
{
    const QString error = m_book.setAside();
    if (error.isEmpty() && m_book.isModified())
        save();
    return error;
}

QString NoteListModel::saveAgain()
{
    return m_book.isModified() ? m_book.save() : QString();
}

void NoteListModel::save()
{
    const QString error = m_book.save();
    if (!error.isEmpty())
        emit saveFailed(error);
}

int NoteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_book.notes().size());
}

QVariant NoteListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_book.notes().size())
        return {};
    const Note &note = m_book.notes()[size_t(index.row())];
    const QString *text = nullptr;
    for (const Article &article : m_articles) {
        if (article.id == note.articleId && note.paragraph >= 0 && size_t(note.paragraph) < article.paragraphs.size())
            text = &article.paragraphs[size_t(note.paragraph)].text;
    }
    switch (role) {
    case Qt::DisplayRole: {
        const QString quote = TextExcerpt::elided(note.quote, 60);
        const QString prefix = note.detached ? tr("[detached] ") : !note.originalQuote.isEmpty() ? tr("[changed] ") : QString();
        // The note's own number, as the margin markers in the panes and
        // the PDF, HTML and print-out show it (ExportMarkup::NoteMark::number);
        // the place as in the PDF's footnotes, since the same passage can
        // be in several outlets' copies. The text on one line, signed as
        // the PDF's footnotes sign it.
        QString line = QStringLiteral("%1. ").arg(note.number) + prefix
            + tr("%1, \u00B6%2: \u201C%3\u201D \u2014 %4")
                  .arg(note.articleId, QString::number(note.paragraph + 1), quote, note.text.simplified());
        if (!note.author.isEmpty())
            line += QStringLiteral(" (%1)").arg(note.author);
        return line;
    }
    case Qt::ToolTipRole: {
        QString tip = note.text;
        if (note.detached)
            tip = tr("%1\n\nThe passage was not found in %2 when the folder was loaded.").arg(note.text, note.articleId);
        else if (!note.originalQuote.isEmpty())
            tip = tr("%1\n\nThe passage was reworded since the note was written. It read: \u201C%2\u201D\nIt now reads: \u201C%3\u201D")
                      .arg(note.text, note.originalQuote.simplified(), note.quote.simplified());
        const QString signedBy = signature(note);
        return signedBy.isEmpty() ? tip : tip + QStringLiteral("\n\n") + signedBy;
    }
    case NoteIdRole: return note.id;
    case ArticleIdRole: return note.articleId;
    case ParagraphRole: return note.paragraph;
    case StartRole: return text ? note.utf16Start(*text) : 0;
    case EndRole: return text ? note.utf16End(*text) : 0;
    case QuoteRole: return note.quote;
    case TextRole: return note.text;
    case DetachedRole: return note.detached;
    case NumberRole: return note.number;
    case OriginalQuoteRole: return note.originalQuote;
    case AuthorRole: return note.author;
    case CreatedRole: return note.created;
    case ModifiedRole: return note.modified;
    default: return {};
    }
}

QHash<int, QByteArray> NoteListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NoteIdRole, "noteId");
    names.insert(ArticleIdRole, "articleId");
    names.insert(ParagraphRole, "paragraph");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(QuoteRole, "quote");
    names.insert(TextRole, "text");
    names.insert(DetachedRole, "detached");
    names.insert(NumberRole, "number");
    names.insert(OriginalQuoteRole, "originalQuote");
    names.insert(AuthorRole, "author");
    names.insert(CreatedRole, "created");
    names.insert(ModifiedRole, "modified");
    return names;
}

QString NoteListModel::signature(const Note &note)
{
    const QLocale locale;
    const auto local = [&locale](const QDateTime &when) {
        return when.isValid() ? locale.toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    const QString created = local(note.created);
    QString said;
    if (!note.author.isEmpty() && !created.isEmpty())
        said = tr("Written by %1 on %2.").arg(note.author, created);
    else if (!note.author.isEmpty())
        said = tr("Written by %1.").arg(note.author);
    else if (!created.isEmpty())
        said = tr("Written on %1.").arg(created);
    // Shown to the minute: an edit within the minute the note was written
    // would read "changed" at the same time.
    const QString modified = local(note.modified);
    if (!modified.isEmpty() && modified != created)
        said += (said.isEmpty() ? QString() : QStringLiteral(" ")) + tr("Changed on %1.").arg(modified);
    return said;
}

QString NoteListModel::anchoringMessage(const std::vector<NoteAnchor::Result> &anchoring)
{
    using Outcome = NoteAnchor::Outcome;
    std::map<Outcome, int> counts;
    for (const NoteAnchor::Result &result : anchoring)
        ++counts[result.outcome == Outcome::Fuzzy ? Outcome::Moved : result.outcome];
    QStringList sentences;
    // The source text is the English singular, whole sentences; the plural
    // forms are in wirediff_en.ts ("2 notes' passages were reworded; the
    // notes now sit on the new wording.").
    const auto say = [&](Outcome outcome, const char *text) {
        if (counts[outcome] > 0)
            sentences.append(tr(text, nullptr, counts[outcome]));
    };
    say(Outcome::Moved, QT_TR_N_NOOP("%n note followed its passage to a new place."));
    say(Outcome::Changed, QT_TR_N_NOOP("%n note's passage was reworded; the note now sits on the new wording."));
    say(Outcome::Restored, QT_TR_N_NOOP("%n note's passage reads again as when the note was written."));
    say(Outcome::Renamed, QT_TR_N_NOOP("%n note followed its passage to a renamed file."));
    say(Outcome::Detached, QT_TR_N_NOOP("%n note's passage was not found; the note is kept, detached."));
    return sentences.join(QLatin1Char(' '));
}

} // namespace WireDiff
