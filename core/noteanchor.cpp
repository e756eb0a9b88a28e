#include "noteanchor.h"

#include "codepoints.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace WireDiff {

namespace {

// Text reduced for the forgiving search, with a map back to the original:
// runs of white space become one space, letters are case-folded and curly
// quotes, primes and dashes become their plain forms.
struct FoldedText
{
    QString text;
    std::vector<qint32> origin; // origin[i]: UTF-16 offset in the source of text[i]; one extra entry for the end
};

char32_t plainForm(char32_t c)
{
    switch (c) {
    case U'\u2018': case U'\u2019': case U'\u201A': case U'\u201B': case U'\u2032': case U'\u00B4': case U'`':
        return U'\'';
    case U'\u201C': case U'\u201D': case U'\u201E': case U'\u201F': case U'\u2033': case U'\u00AB': case U'\u00BB':
        return U'"';
    case U'\u2010': case U'\u2011': case U'\u2012': case U'\u2013': case U'\u2014': case U'\u2212':
        return U'-';
    default:
        return c;
    }
}

FoldedText fold(const QString &source)
{
    FoldedText folded;
    folded.text.reserve(source.size());
    bool pendingSpace = false;
    for (qint32 i = 0; i < source.size();) {
        const qint32 at = i;
        char32_t c = source.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < source.size() && source.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(source.at(i), source.at(i + 1));
            i += 2;
        } else {
            ++i;
        }
        if (QChar::isSpace(c)) {
            if (!folded.text.isEmpty() && !pendingSpace) {
                pendingSpace = true;
                folded.text.append(QLatin1Char(' '));
                folded.origin.push_back(at);
            }
            continue;
        }
        pendingSpace = false;
        const QString piece = QString::fromUcs4(&c, 1).toCaseFolded();
        for (const QChar ch : piece) {
            folded.text.append(QChar(char16_t(plainForm(ch.unicode()))));
            folded.origin.push_back(at);
        }
    }
    // A trailing space is kept so a quote ending in white space still matches.
    folded.origin.push_back(qint32(source.size()));
    return folded;
}

QString trimmedFold(const QString &text)
{
    QString folded = fold(text).text;
    while (folded.endsWith(QLatin1Char(' ')))
        folded.chop(1);
    return folded;
}

qint32 commonSuffix(QStringView a, QStringView b)
{
    qint32 n = 0;
    while (n < a.size() && n < b.size() && a.at(a.size() - 1 - n) == b.at(b.size() - 1 - n))
        ++n;
    return n;
}

qint32 commonPrefix(QStringView a, QStringView b)
{
    qint32 n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

struct Candidate
{
    qint32 paragraph = 0;
    qint32 start = 0; // UTF-16
    qint32 end = 0;
    qint32 distance = 0;
    qint32 contextScore = 0;
    qint32 offsetDistance = 0;

    bool betterThan(const Candidate &other) const
    {
        if (distance != other.distance)
            return distance < other.distance;
        if (contextScore != other.contextScore)
            return contextScore > other.contextScore;
        return offsetDistance < other.offsetDistance;
    }
};

// Scores a match by how much of the stored context still surrounds it,
// compared folded so a re-spaced context still counts.
qint32 contextScore(const Note &note, const QString &text, qint32 start, qint32 end)
{
    // Only a window around the match can share the stored context.
    const qint32 window = 2 * Note::contextLength + 8;
    const qint32 from = std::max(0, start - window);
    const QString before = trimmedFold(text.mid(from, start - from));
    const QString after = fold(text.mid(end, window)).text;
    return commonSuffix(before, trimmedFold(note.contextBefore))
        + commonPrefix(QStringView(after).trimmed(), QStringView(fold(note.contextAfter).text).trimmed());
}

std::optional<Candidate> bestMatch(const Note &note, const Article &article, bool forgiving)
{
    std::optional<Candidate> best;
    const QString needle = forgiving ? trimmedFold(note.quote) : note.quote;
    if (needle.trimmed().isEmpty())
        return best;
    for (qint32 p = 0; p < qint32(article.paragraphs.size()); ++p) {
        const QString &text = article.paragraphs[size_t(p)].text;
        const FoldedText folded = forgiving ? fold(text) : FoldedText {};
        const QString &haystack = forgiving ? folded.text : text;
        for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            Candidate candidate;
            candidate.paragraph = p;
            if (forgiving) {
                candidate.start = folded.origin[size_t(at)];
                // The end is just past the last source character matched.
                const qint32 lastSource = folded.origin[size_t(at + needle.size() - 1)];
                candidate.end = lastSource + 1;
                if (candidate.end < text.size() && text.at(candidate.end).isLowSurrogate())
                    ++candidate.end;
            } else {
                candidate.start = qint32(at);
                candidate.end = qint32(at + needle.size());
            }
            candidate.distance = std::abs(p - note.paragraph);
            if (best && candidate.distance > best->distance)
                continue;
            candidate.contextScore = contextScore(note, text, candidate.start, candidate.end);
            candidate.offsetDistance = std::abs(CodePoints::fromUtf16(text, candidate.start) - note.start);
            if (!best || candidate.betterThan(*best))
                best = candidate;
        }
    }
    return best;
}

} // namespace

NoteAnchor::Result NoteAnchor::reanchor(const Note &note, const Article *article)
{
    Result result { note, Outcome::Kept };
    if (!article) {
        result.note.detached = true;
        result.outcome = Outcome::Detached;
        return result;
    }
    if (note.paragraph >= 0 && size_t(note.paragraph) < article->paragraphs.size()) {
        const QString &text = article->paragraphs[size_t(note.paragraph)].text;
        const qint32 start = note.utf16Start(text);
        const qint32 end = note.utf16End(text);
        const bool emptyQuote = note.quote.isEmpty() && note.start == note.end;
        if ((emptyQuote && CodePoints::length(text) >= note.start)
            || (!note.quote.isEmpty() && CodePoints::fromUtf16(text, start) == note.start
                && QStringView(text).mid(start, end - start) == note.quote)) {
            result.note.detached = false;
            return result;
        }
    }
    for (const bool forgiving : { false, true }) {
        if (const std::optional<Candidate> match = bestMatch(note, *article, forgiving)) {
            const QDateTime modified = result.note.modified;
            result.note.anchorTo(match->paragraph, article->paragraphs[size_t(match->paragraph)].text, match->start, match->end);
            result.note.modified = modified; // moving the anchor is not an edit of the note
            result.outcome = forgiving ? Outcome::Fuzzy : Outcome::Moved;
            return result;
        }
    }
    result.note.detached = true;
    result.outcome = Outcome::Detached;
    return result;
}

std::vector<NoteAnchor::Result> NoteAnchor::reanchorAll(const Notes &notes, const std::vector<Article> &articles)
{
    QHash<QString, const Article *> byId;
    for (const Article &article : articles)
        byId.insert(article.id, &article);
    std::vector<Result> results;
    results.reserve(notes.size());
    for (const Note &note : notes)
        results.push_back(reanchor(note, byId.value(note.articleId, nullptr)));
    return results;
}

Notes NoteAnchor::notesOf(const std::vector<Result> &results)
{
    Notes notes;
    notes.reserve(results.size());
    for (const Result &result : results)
        notes.push_back(result.note);
    return notes;
}

} // namespace WireDiff
