#include "notebook.h"

#include "articleloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>

#include <algorithm>
#include <utility>

namespace WireDiff {

namespace {

// lupdate takes the context from this declaration, so messages from free
// functions and helper classes land where the lookup at run time finds them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(WireDiff::NoteBook)
};

QDateTime now()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

// The file name an article id was made from, as the loader makes ids: the
// name without its extension, the whole name, or "name.ext~2" for the
// second of two files with one name.
bool fileStillThere(const QString &articleId, const QSet<QString> &names)
{
    if (names.contains(articleId))
        return true;
    const qsizetype tilde = articleId.lastIndexOf(QLatin1Char('~'));
    bool numbered = false;
    if (tilde > 0)
        numbered = QStringView(articleId).mid(tilde + 1).toInt(&numbered) >= 2 && numbered;
    return numbered && names.contains(articleId.left(tilde));
}

} // namespace

void NoteBook::open(const QString &folder, const std::vector<Article> &articles)
{
    m_folder = folder;
    Sidecar::LoadResult loaded = Sidecar::load(folder);
    m_status = loaded.status;
    m_message = loaded.message;
    m_fingerprint = loaded.fingerprint;
    m_content = std::move(loaded.content);
    m_modified = false;
    m_anchoring.clear();
    reanchor(articles);
}

std::vector<NoteAnchor::Result> NoteBook::anchor(const QString &folder, const Notes &notes, const std::vector<Article> &articles)
{
    QSet<QString> loaded;
    for (const Article &article : articles)
        loaded.insert(article.id);
    QSet<QString> names;
    if (!folder.isEmpty()) {
        for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System)) {
            names.insert(name);
            names.insert(ArticleLoader::articleIdForFile(name));
        }
    }
    QSet<QString> notLoaded;
    for (const Note &note : notes) {
        if (!loaded.contains(note.articleId) && fileStillThere(note.articleId, names))
            notLoaded.insert(note.articleId);
    }
    return NoteAnchor::reanchorAll(notes, articles, notLoaded);
}

void NoteBook::reanchor(const std::vector<Article> &articles)
{
    m_anchoring = anchor(m_folder, m_content.notes, articles);
    Notes anchored = NoteAnchor::notesOf(m_anchoring);
    if (anchored != m_content.notes) {
        m_content.notes = std::move(anchored);
        m_modified = true;
    }
}

bool NoteBook::refresh(const std::vector<Article> &articles)
{
    bool merged = false;
    if (!m_folder.isEmpty()) {
        Sidecar::LoadResult onDisk = Sidecar::load(m_folder);
        if (onDisk.status == Sidecar::Status::Loaded && onDisk.fingerprint != m_fingerprint) {
            SidecarContent content = std::move(onDisk.content);
            for (const Note &note : m_content.notes) {
                const bool known = std::any_of(content.notes.begin(), content.notes.end(),
                                               [&note](const Note &other) { return other.id == note.id; });
                if (!known) {
                    content.notes.push_back(note);
                    // The other program may have given this number (or
                    // given and deleted it): the note made here gets a new one.
                    Note &added = content.notes.back();
                    if (added.number <= content.lastNoteNumber)
                        added.number = content.lastNoteNumber + 1;
                    content.lastNoteNumber = added.number;
                    merged = true;
                }
            }
            // Numbers given here to notes deleted since are not given again either.
            if (m_content.lastNoteNumber > content.lastNoteNumber) {
                content.lastNoteNumber = m_content.lastNoteNumber;
                merged = true;
            }
            for (const ParagraphLink &link : m_content.links) {
                if (std::find(content.links.begin(), content.links.end(), link) == content.links.end()) {
                    content.links.push_back(link);
                    merged = true;
                }
            }
            m_content = std::move(content);
            m_fingerprint = onDisk.fingerprint;
            m_status = Sidecar::Status::Loaded;
            m_message.clear();
            m_modified = merged;
        }
    }
    reanchor(articles);
    return merged;
}

const Note *NoteBook::find(const QString &id) const
{
    const auto it = std::find_if(m_content.notes.begin(), m_content.notes.end(),
                                 [&id](const Note &note) { return note.id == id; });
    return it == m_content.notes.end() ? nullptr : &*it;
}

Note *NoteBook::editable(const QString &id)
{
    return const_cast<Note *>(std::as_const(*this).find(id));
}

Notes NoteBook::notesOn(const QString &articleId, qint32 paragraph) const
{
    Notes result;
    for (const Note &note : m_content.notes) {
        if (!note.detached && note.articleId == articleId && note.paragraph == paragraph)
            result.push_back(note);
    }
    return result;
}

QString NoteBook::add(const QString &articleId, qint32 paragraph, const QString &paragraphText,
                      qint32 utf16Start, qint32 utf16End, const QString &text, const QString &author)
{
    Note note = Note::onPassage(articleId, paragraph, paragraphText, utf16Start, utf16End, text);
    note.author = author;
    note.number = ++m_content.lastNoteNumber;
    m_content.notes.push_back(note);
    m_modified = true;
    return note.id;
}

bool NoteBook::setText(const QString &id, const QString &text)
{
    Note *note = editable(id);
    if (!note)
        return false;
    if (note->text != text) {
        note->text = text;
        note->modified = now();
        m_modified = true;
    }
    if (!note->originalQuote.isEmpty()) {
        note->originalQuote.clear();
        m_modified = true;
    }
    return true;
}

bool NoteBook::setAuthor(const QString &id, const QString &author)
{
    Note *note = editable(id);
    if (!note)
        return false;
    if (note->author != author) {
        note->author = author;
        note->modified = now();
        m_modified = true;
    }
    return true;
}

bool NoteBook::remove(const QString &id)
{
    const auto it = std::find_if(m_content.notes.begin(), m_content.notes.end(),
                                 [&id](const Note &note) { return note.id == id; });
    if (it == m_content.notes.end())
        return false;
    m_content.notes.erase(it);
    m_modified = true;
    return true;
}

void NoteBook::setLinks(const std::vector<ParagraphLink> &links)
{
    if (links != m_content.links) {
        m_content.links = links;
        m_modified = true;
    }
}

QString NoteBook::saveLinks(const std::vector<ParagraphLink> &links)
{
    if (!canSave())
        return m_message;
    std::vector<ParagraphLink> previous = links;
    std::swap(previous, m_content.links);
    const bool wasModified = m_modified;
    m_modified = m_modified || previous != m_content.links;
    const QString error = save();
    if (!error.isEmpty()) {
        m_content.links = std::move(previous);
        m_modified = wasModified;
    }
    return error;
}

QString NoteBook::save()
{
    if (m_folder.isEmpty())
        return Messages::tr("There is no folder to save the notes in.");
    if (!canSave())
        return m_message;
    const QString error = Sidecar::save(m_folder, m_content, m_fingerprint, &m_fingerprint);
    if (error.isEmpty()) {
        m_status = Sidecar::Status::Loaded;
        m_modified = false;
    }
    return error;
}

QString NoteBook::setAside()
{
    QString keptAs;
    const QString error = Sidecar::setAside(m_folder, &keptAs);
    if (!error.isEmpty())
        return error;
    m_status = Sidecar::Status::Missing;
    m_fingerprint.clear();
    m_message.clear();
    m_modified = true;
    return {};
}

} // namespace WireDiff
