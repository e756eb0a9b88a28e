#include "notenumbering.h"

#include "comparison.h"

#include <QHash>

#include <algorithm>

namespace WireDiff {

std::vector<NoteNumbering::Entry> NoteNumbering::of(const Comparison &comparison, const Notes &notes)
{
    QHash<QString, qint32> indexOf;
    for (size_t a = 0; a < comparison.articles.size(); ++a)
        indexOf.insert(comparison.articles[a].id, qint32(a));
    qint32 unnumbered = 0;
    for (const Note &note : notes)
        unnumbered = std::max(unnumbered, note.number);
    std::vector<Entry> entries;
    entries.reserve(notes.size());
    for (const Note &note : notes) {
        const qint32 article = indexOf.value(note.articleId, -1);
        const bool placed = article >= 0 && !note.detached && note.paragraph >= 0
            && size_t(note.paragraph) < comparison.articles[size_t(article)].paragraphs.size();
        entries.push_back({ &note, note.number > 0 ? note.number : ++unnumbered, article, placed });
    }
    return entries;
}

} // namespace WireDiff
