#include "noteanchor.h"

#include "codepoints.h"
#include "similarpassage.h"

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

// The passage reworded, in the stored paragraph or one near it: the fewest
// changed words win, then as bestMatch ranks.
std::optional<Candidate> similarMatch(const Note &note, const Article &article, qint32 nearby)
{
    std::optional<Candidate> best;
    qint32 bestChanges = 0;
    const qint32 first = std::max(0, note.paragraph - nearby);
    const qint32 last = std::min(qint32(article.paragraphs.size()) - 1, note.paragraph + nearby);
    for (qint32 p = first; p <= last; ++p) {
        const QString &text = article.paragraphs[size_t(p)].text;
        const std::optional<SimilarPassage::Match> match = SimilarPassage::find(note.quote, text, CodePoints::toUtf16(text, note.start));
        if (!match)
            continue;
        Candidate candidate;
        candidate.paragraph = p;
        candidate.start = match->start;
        candidate.end = match->end;
        candidate.distance = std::abs(p - note.paragraph);
        candidate.contextScore = contextScore(note, text, candidate.start, candidate.end);
        candidate.offsetDistance = std::abs(CodePoints::fromUtf16(text, candidate.start) - note.start);
        if (!best || match->changedWords < bestChanges || (match->changedWords == bestChanges && candidate.betterThan(*best))) {
            best = candidate;
            bestChanges = match->changedWords;
        }
    }
    return best;
}

// Puts `result`'s note on a match in `article`; moving the anchor is not an
// edit of the note, so its modification time stays.
void placeOn(NoteAnchor::Result *result, const Article &article, const Candidate &match, NoteAnchor::Outcome outcome)
{
    const QDateTime modified = result->note.modified;
    result->note.anchorTo(match.paragraph, article.paragraphs[size_t(match.paragraph)].text, match.start, match.end);
    result->note.modified = modified;
    result->outcome = outcome;
}

// The stored context a short quote must find around it to follow a renamed
// file: half of it, or all of it when there is less.
qint32 contextNeededToFollow(const Note &note)
{
    if (SimilarPassage::words(note.quote).size() >= SimilarPassage::minimumWords)
        return 0;
    const qint32 stored = qint32(trimmedFold(note.contextBefore).size() + QStringView(fold(note.contextAfter).text).trimmed().size());
    return std::min(stored, Note::contextLength / 2);
}

// A note whose article is gone, in the one of `candidates` that holds its
// quote; nullopt when none does or several do equally well.
std::optional<NoteAnchor::Result> followRename(const Note &note, const std::vector<const Article *> &candidates)
{
    struct Found
    {
        const Article *article = nullptr;
        Candidate match;
        bool exact = false;
        bool betterThan(const Found &other) const
        {
            return exact != other.exact ? exact : match.contextScore > other.match.contextScore;
        }
    };
    std::optional<Found> best;
    bool tied = false;
    for (const Article *article : candidates) {
        for (const bool forgiving : { false, true }) {
            const std::optional<Candidate> match = bestMatch(note, *article, forgiving);
            if (!match)
                continue;
            const Found found { article, *match, !forgiving };
            if (!best || found.betterThan(*best)) {
                best = found;
                tied = false;
            } else if (!best->betterThan(found)) {
                tied = true;
            }
            break;
        }
    }
    if (!best || tied || best->match.contextScore < contextNeededToFollow(note))
        return std::nullopt;
    NoteAnchor::Result result { note, NoteAnchor::Outcome::Renamed };
    result.note.articleId = best->article->id;
    placeOn(&result, *best->article, best->match, NoteAnchor::Outcome::Renamed);
    return result;
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
    if (!note.originalQuote.isEmpty()) {
        Note original = note;
        original.quote = note.originalQuote;
        for (const bool forgiving : { false, true }) {
            if (const std::optional<Candidate> match = bestMatch(original, *article, forgiving)) {
                placeOn(&result, *article, *match, Outcome::Restored);
                result.note.originalQuote.clear();
                return result;
            }
        }
    }
    for (const bool forgiving : { false, true }) {
        if (const std::optional<Candidate> match = bestMatch(note, *article, forgiving)) {
            placeOn(&result, *article, *match, forgiving ? Outcome::Fuzzy : Outcome::Moved);
            return result;
        }
    }
    if (const std::optional<Candidate> match = similarMatch(note, *article, nearbyParagraphs)) {
        placeOn(&result, *article, *match, Outcome::Changed);
        result.note.originalQuote = note.originalQuote.isEmpty() ? note.quote : note.originalQuote;
        return result;
    }
    result.note.detached = true;
    result.outcome = Outcome::Detached;
    return result;
}

std::vector<NoteAnchor::Result> NoteAnchor::reanchorAll(const Notes &notes, const std::vector<Article> &articles,
                                                        const QSet<QString> &notLoaded)
{
    QHash<QString, const Article *> byId;
    for (const Article &article : articles)
        byId.insert(article.id, &article);
    // A renamed file's notes may go only to an article no note is on: one
    // with notes of its own is known, not the renamed one.
    QSet<QString> noted;
    for (const Note &note : notes)
        noted.insert(note.articleId);
    std::vector<const Article *> unnoted;
    for (const Article &article : articles) {
        if (!article.isVirtual && !noted.contains(article.id))
            unnoted.push_back(&article);
    }
    std::vector<Result> results;
    results.reserve(notes.size());
    for (const Note &note : notes) {
        const Article *article = byId.value(note.articleId, nullptr);
        std::optional<Result> followed;
        if (!article && !notLoaded.contains(note.articleId))
            followed = followRename(note, unnoted);
        results.push_back(followed ? *followed : reanchor(note, article));
    }
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
