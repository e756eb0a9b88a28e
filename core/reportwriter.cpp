#include "reportwriter.h"

#include "jsonstreamwriter.h"
#include "notenumbering.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace WireDiff {

namespace {

double rounded(double value)
{
    return std::round(value * 10000.0) / 10000.0;
}

// Code points among the UTF-16 units [from, to) of `text`: every unit
// counts except the second half of a surrogate pair. Reports ask this for
// every span of every paragraph, so four units are tested at once for any
// surrogate at all (most text has none): a 16-bit lane of `v` is zero
// exactly where a unit is one.
qint32 codePointsBetween(const QString &text, qint32 from, qint32 to)
{
    if (to <= from)
        return 0;
    const char16_t *units = reinterpret_cast<const char16_t *>(text.utf16());
    const auto secondHalf = [units](qint32 i) {
        return int((units[i] & 0xFC00) == 0xDC00) & int((units[i - 1] & 0xFC00) == 0xD800);
    };
    qint32 pairs = 0;
    qint32 i = std::max(from, 1);
    for (; i + 4 <= to; i += 4) {
        quint64 block;
        std::memcpy(&block, units + i, sizeof block);
        const quint64 v = (block & 0xF800F800F800F800ull) ^ 0xD800D800D800D800ull;
        if (((v - 0x0001000100010001ull) & ~v & 0x8000800080008000ull) == 0)
            continue;
        for (qint32 k = i; k < i + 4; ++k)
            pairs += secondHalf(k);
    }
    for (; i < to; ++i)
        pairs += secondHalf(i);
    return to - from - pairs;
}

// Code-point offsets of the spans of one list, which mostly go forward
// through each paragraph: counted on from the last offset asked in the
// same text instead of from its start each time (the same sums).
class CodePointCursor
{
public:
    qint32 at(const QString &text, qint32 utf16Offset)
    {
        const auto end = qint32(std::clamp<qsizetype>(utf16Offset, 0, text.size()));
        if (&text != m_text || end < m_end) {
            m_text = &text;
            m_end = 0;
            m_codePoints = 0;
        }
        m_codePoints += codePointsBetween(text, m_end, end);
        m_end = end;
        return m_codePoints;
    }

private:
    const QString *m_text = nullptr;
    qint32 m_end = 0;        // UTF-16 offset counted up to
    qint32 m_codePoints = 0; // code points before it
};

// Article indices in the order QJsonObject keeps its keys, for the objects
// keyed by article id. Stable: of articles sharing an id (the loader never
// makes two, but a Comparison built otherwise may hold them) the later one
// stays later.
std::vector<qint32> articlesById(const std::vector<Article> &articles)
{
    std::vector<qint32> order(articles.size());
    for (size_t a = 0; a < order.size(); ++a)
        order[a] = qint32(a);
    std::stable_sort(order.begin(), order.end(), [&articles](qint32 a, qint32 b) {
        return JsonStreamWriter::keyLess(articles[size_t(a)].id, articles[size_t(b)].id);
    });
    return order;
}

// An object with one member per article that `accepted(a)`, keyed by the
// article's id in `byId` order; `writeValue(a)` writes the member's value.
// Of accepted articles sharing an id only the last one is written, as
// QJsonObject::insert replaces the value of a key it already holds.
template <typename Accepted, typename WriteValue>
void writeKeyedByArticle(JsonStreamWriter &w, const Comparison &comparison, const std::vector<qint32> &byId,
                         Accepted accepted, WriteValue writeValue)
{
    w.beginObject();
    for (size_t i = 0; i < byId.size(); ++i) {
        const qint32 a = byId[i];
        if (!accepted(a))
            continue;
        const QString &id = comparison.articles[size_t(a)].id;
        bool replacedLater = false;
        for (size_t j = i + 1; j < byId.size() && comparison.articles[size_t(byId[j])].id == id; ++j)
            replacedLater = replacedLater || accepted(byId[j]);
        if (replacedLater)
            continue;
        w.key(id);
        writeValue(a);
    }
    w.endObject();
}

// Counts go through double, as they always have in the report: a count
// beyond 2^53 would be written as a double, not an integer.
void writeStats(JsonStreamWriter &w, const ClassCounts &counts)
{
    w.beginObject();
    w.key(u"added").number(double(counts.added));
    w.key(u"changedFactShare").number(rounded(counts.changedFactShare()));
    w.key(u"changedFacts").number(double(counts.changedFacts));
    w.key(u"moved").number(double(counts.moved));
    w.key(u"newShare").number(rounded(counts.newShare()));
    w.key(u"paraphrased").number(double(counts.paraphrased));
    w.key(u"removed").number(double(counts.removed));
    w.key(u"rewordedShare").number(rounded(counts.rewordedShare()));
    w.key(u"same").number(double(counts.same));
    w.key(u"verbatimShare").number(rounded(counts.verbatimShare()));
    w.key(u"words").number(double(counts.words));
    w.endObject();
}

void writeArticle(JsonStreamWriter &w, const Comparison &comparison, size_t index)
{
    const Article &article = comparison.articles[index];
    w.beginObject();
    w.key(u"decodingErrors").boolean(article.hadDecodingErrors);
    w.key(u"encoding").string(article.encoding);
    w.key(u"file").string(article.filePath);
    w.key(u"format").string(articleFormatName(article.format));
    w.key(u"id").string(article.id);
    w.key(u"language").string(article.language);
    w.key(u"outlet").string(article.outlet);
    w.key(u"paragraphs").beginArray();
    for (size_t p = 0; p < article.paragraphs.size(); ++p) {
        w.beginObject();
        w.key(u"role").string(paragraphRoleName(article.paragraphs[p].role));
        w.key(u"text").string(article.paragraphs[p].text);
        w.key(u"unique").boolean(comparison.unique[index][p]);
        // Sentences found in no other source inside a paragraph that is
        // not unique as a whole; code point offsets into `text`. Only on
        // the paragraphs that have some, as few do.
        const auto &sentences = comparison.uniqueSentences;
        const auto from = std::lower_bound(sentences.begin(), sentences.end(), std::pair(qint32(index), qint32(p)),
                                           [](const UniqueSentence &s, std::pair<qint32, qint32> at) {
                                               return std::pair(s.article, s.paragraph) < at;
                                           });
        const auto inParagraph = [&](auto it) {
            return it != sentences.end() && it->article == qint32(index) && it->paragraph == qint32(p);
        };
        if (inParagraph(from))
            w.key(u"uniqueSentences").beginArray();
        for (auto it = from; inParagraph(it); ++it) {
            const UniqueSentence &sentence = *it;
            const QString &text = article.paragraphs[p].text;
            w.beginObject();
            w.key(u"end").number(ReportWriter::codePointOffset(text, sentence.end));
            w.key(u"start").number(ReportWriter::codePointOffset(text, sentence.start));
            w.key(u"text").string(text.mid(sentence.start, sentence.end - sentence.start));
            w.endObject();
        }
        if (inParagraph(from))
            w.endArray();
        w.endObject();
    }
    w.endArray();
    w.key(u"published").string(article.published.isValid() ? article.published.toUTC().toString(Qt::ISODate)
                                                             : QString());
    w.key(u"publishedFrom").string(article.published.isValid() ? timeSourceName(article.publishedFrom) : QString());
    w.key(u"stats");
    writeStats(w, comparison.counts[index]);
    w.key(u"title").string(article.title);
    w.key(u"warnings").beginArray();
    for (const QString &warning : article.warnings)
        w.string(warning);
    w.endArray();
    w.endObject();
}

// The spans of one side of a comparison, as elements of the enclosing array.
void writeSpans(JsonStreamWriter &w, const Comparison &comparison, qint32 article, qint32 linkedArticle,
                const std::vector<DiffSpan> &spans)
{
    const Article &own = comparison.articles[size_t(article)];
    const Article &linked = comparison.articles[size_t(linkedArticle)];
    CodePointCursor ownCursor;
    CodePointCursor linkCursor;
    for (const DiffSpan &span : spans) {
        const QString &text = own.paragraphs[size_t(span.paragraph)].text;
        const qint32 start = ownCursor.at(text, span.start);
        const qint32 end = ownCursor.at(text, span.end);
        w.beginObject();
        w.key(u"article").string(own.id);
        w.key(u"class").string(changeClassName(span.changeClass));
        w.key(u"end").number(end);
        if (span.hasLink() && span.changeClass != ChangeClass::Same) {
            const QString &linkText = linked.paragraphs[size_t(span.linkParagraph)].text;
            const qint32 linkStart = linkCursor.at(linkText, span.linkStart);
            const qint32 linkEnd = linkCursor.at(linkText, span.linkEnd);
            w.key(u"link").beginObject();
            w.key(u"article").string(linked.id);
            w.key(u"end").number(linkEnd);
            w.key(u"paragraph").number(span.linkParagraph);
            w.key(u"start").number(linkStart);
            w.endObject();
        }
        w.key(u"paragraph").number(span.paragraph);
        w.key(u"start").number(start);
        w.endObject();
    }
}

void writeFacts(JsonStreamWriter &w, const Comparison &comparison, const ArticleComparison &pair)
{
    const Article &other = comparison.articles[size_t(pair.other)];
    const Article &base = comparison.articles[size_t(pair.base)];
    w.beginArray();
    for (const FactChange &change : pair.factChanges) {
        const QString &text = other.paragraphs[size_t(change.paragraph)].text;
        const QString &sourceText = base.paragraphs[size_t(change.sourceParagraph)].text;
        w.beginObject();
        w.key(u"article").string(other.id);
        w.key(u"end").number(ReportWriter::codePointOffset(text, change.end));
        w.key(u"kind").string(factKindName(change.kind));
        w.key(u"paragraph").number(change.paragraph);
        w.key(u"source").beginObject();
        w.key(u"article").string(base.id);
        w.key(u"end").number(ReportWriter::codePointOffset(sourceText, change.sourceEnd));
        w.key(u"paragraph").number(change.sourceParagraph);
        w.key(u"start").number(ReportWriter::codePointOffset(sourceText, change.sourceStart));
        w.key(u"text").string(change.sourceText);
        w.endObject();
        w.key(u"start").number(ReportWriter::codePointOffset(text, change.start));
        w.key(u"text").string(change.text);
        w.endObject();
    }
    w.endArray();
}

void writeComparisons(JsonStreamWriter &w, const Comparison &comparison)
{
    w.beginArray();
    for (const ArticleComparison &pair : comparison.comparisons) {
        if (!pair.isValid())
            continue;
        w.beginObject();
        w.key(u"base").string(comparison.articles[size_t(pair.base)].id);
        w.key(u"coarse").boolean(pair.coarse);
        w.key(u"facts");
        writeFacts(w, comparison, pair);
        w.key(u"other").string(comparison.articles[size_t(pair.other)].id);
        w.key(u"spans").beginArray();
        writeSpans(w, comparison, pair.base, pair.other, pair.baseSpans);
        writeSpans(w, comparison, pair.other, pair.base, pair.otherSpans);
        w.endArray();
        w.endObject();
    }
    w.endArray();
}

// [paragraph, start, end, count] per span, by article.
void writeAgreement(JsonStreamWriter &w, const Comparison &comparison, const std::vector<qint32> &byId)
{
    const auto present = [&comparison](qint32 a) { return size_t(a) < comparison.agreement.size(); };
    writeKeyedByArticle(w, comparison, byId, present, [&](qint32 a) {
        CodePointCursor cursor;
        w.beginArray();
        for (const AgreementSpan &span : comparison.agreement[size_t(a)]) {
            const QString &text = comparison.articles[size_t(a)].paragraphs[size_t(span.paragraph)].text;
            const qint32 start = cursor.at(text, span.start);
            const qint32 end = cursor.at(text, span.end);
            w.beginArray().number(span.paragraph).number(start).number(end).number(span.count).endArray();
        }
        w.endArray();
    });
}

void writeConsensus(JsonStreamWriter &w, const Comparison &comparison, const std::vector<qint32> &byId)
{
    const std::vector<double> &distance = comparison.consensus.distance;
    w.beginObject();
    w.key(u"distance");
    writeKeyedByArticle(w, comparison, byId, [&distance](qint32 a) { return size_t(a) < distance.size(); },
                        [&](qint32 a) { w.number(rounded(distance[size_t(a)])); });
    w.key(u"paragraphs").beginArray();
    for (const ConsensusText::Paragraph &paragraph : comparison.consensus.paragraphs) {
        w.beginObject();
        w.key(u"article").string(comparison.articles[size_t(paragraph.article)].id);
        w.key(u"paragraphs").beginArray();
        for (const qint32 p : paragraph.paragraphs)
            w.number(p);
        w.endArray();
        w.key(u"row").number(paragraph.row);
        w.key(u"support").number(paragraph.support);
        w.key(u"text").string(paragraph.text);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeFamilyTree(JsonStreamWriter &w, const Comparison &comparison, const std::vector<qint32> &byId)
{
    const FamilyTree &tree = comparison.familyTree;
    const auto present = [&tree](qint32 a) { return size_t(a) < tree.parent.size(); };
    writeKeyedByArticle(w, comparison, byId, present, [&](qint32 a) {
        const FamilyTree::Evidence &evidence = tree.evidence[size_t(a)];
        const qint32 parent = tree.parent[size_t(a)];
        w.beginObject();
        w.key(u"childInParent").number(rounded(evidence.childInParent));
        w.key(u"evidence").string(tree.describe(a, comparison.articles));
        w.key(u"factsConflicting").number(evidence.factsConflicting);
        w.key(u"factsShared").number(evidence.factsShared);
        w.key(u"identical").boolean(evidence.identical);
        w.key(u"orderedByTime").boolean(evidence.orderedByTime);
        w.key(u"parent");
        if (parent < 0)
            w.null();
        else
            w.string(comparison.articles[size_t(parent)].id);
        w.key(u"parentInChild").number(rounded(evidence.parentInChild));
        w.key(u"sharedPeculiar").number(evidence.sharedPeculiar);
        w.endObject();
    });
}

void writeRows(JsonStreamWriter &w, const Comparison &comparison, const std::vector<qint32> &byId)
{
    w.beginArray();
    for (const AlignedRow &row : comparison.rows) {
        const auto filled = [&row](qint32 a) { return size_t(a) < row.cells.size() && !row.cells[size_t(a)].isGap(); };
        w.beginObject();
        w.key(u"cells");
        writeKeyedByArticle(w, comparison, byId, filled, [&](qint32 a) {
            w.beginArray();
            for (const qint32 p : row.cells[size_t(a)].paragraphs)
                w.number(p);
            w.endArray();
        });
        // In article order, unlike the keys.
        const bool anyMoved = std::any_of(row.cells.cbegin(), row.cells.cend(),
                                          [](const RowCell &cell) { return !cell.isGap() && cell.moved; });
        if (anyMoved) {
            w.key(u"moved").beginArray();
            for (size_t a = 0; a < row.cells.size(); ++a) {
                if (!row.cells[a].isGap() && row.cells[a].moved)
                    w.string(comparison.articles[a].id);
            }
            w.endArray();
        }
        w.endObject();
    }
    w.endArray();
}

void writeContainment(JsonStreamWriter &w, const Comparison &comparison, const std::vector<qint32> &byId)
{
    const auto all = [](qint32) { return true; };
    writeKeyedByArticle(w, comparison, byId, all, [&](qint32 a) {
        const auto other = [a](qint32 b) { return b != a; };
        writeKeyedByArticle(w, comparison, byId, other, [&](qint32 b) {
            const ContainmentShare &share = comparison.containment[size_t(a)][size_t(b)];
            w.beginObject();
            w.key(u"reworded").number(rounded(share.reworded));
            w.key(u"verbatim").number(rounded(share.verbatim));
            w.endObject();
        });
    });
}

// A time as the notes file writes it: ISO 8601 UTC with milliseconds;
// empty when there is none.
QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// The notes in the order given, numbered and called detached as in every
// export (NoteNumbering). A detached note keeps its
// last position and, in "quote", the words it was on; "originalQuote" holds
// the wording a note was written on when its passage was reworded since.
// Offsets are code points, as everywhere in the report and in Note.
void writeNotes(JsonStreamWriter &w, const Comparison &comparison, const Notes &notes)
{
    w.beginArray();
    for (const NoteNumbering::Entry &entry : NoteNumbering::of(comparison, notes)) {
        const Note &note = *entry.note;
        w.beginObject();
        w.key(u"article").string(note.articleId);
        w.key(u"author").string(note.author);
        w.key(u"created").string(timeText(note.created));
        w.key(u"detached").boolean(!entry.placed);
        w.key(u"end").number(note.end);
        w.key(u"id").string(note.id);
        w.key(u"modified").string(timeText(note.modified));
        w.key(u"number").number(entry.number);
        w.key(u"originalQuote").string(note.originalQuote);
        w.key(u"paragraph").number(note.paragraph);
        w.key(u"quote").string(note.quote);
        w.key(u"start").number(note.start);
        w.key(u"text").string(note.text);
        w.endObject();
    }
    w.endArray();
}

// Bytes the report will take, from what it holds, so the buffer is allocated
// once: the figures per item are the indented report's, fitted on the
// benchmark folders, the corpora and the hostile folder, where this came to
// 0.98 to 1.18 times the report before the last 1/16 added here. A note
// (not fitted: folders hold a few) counts about 40 bytes for each of its
// thirteen indented members plus a byte per UTF-16 unit of its strings (too
// few for text beyond ASCII; the buffer grows past the estimate).
qsizetype expectedReportBytes(const Comparison &comparison, const Notes *notes)
{
    qsizetype bytes = 4096;
    if (notes) {
        for (const Note &note : *notes)
            bytes += 500 + note.articleId.size() + note.author.size() + note.id.size() + note.originalQuote.size()
                + note.quote.size() + note.text.size();
    }
    for (const Article &article : comparison.articles) {
        for (const Paragraph &paragraph : article.paragraphs)
            bytes += paragraph.text.size() + 120;
    }
    for (const ConsensusText::Paragraph &paragraph : comparison.consensus.paragraphs)
        bytes += paragraph.text.size() + 200;
    for (const ArticleComparison &pair : comparison.comparisons) {
        bytes += 300 + qsizetype(pair.baseSpans.size() + pair.otherSpans.size()) * 300;
        for (const FactChange &change : pair.factChanges)
            bytes += 600 + change.text.size() + change.sourceText.size();
    }
    for (const std::vector<AgreementSpan> &spans : comparison.agreement)
        bytes += qsizetype(spans.size()) * 115;
    for (const AlignedRow &row : comparison.rows) {
        bytes += 100;
        for (size_t a = 0; a < row.cells.size(); ++a) {
            if (!row.cells[a].isGap())
                bytes += 60 + comparison.articles[a].id.size();
        }
    }
    const auto articles = qsizetype(comparison.articles.size());
    bytes += articles * articles * 160 + articles * 600;
    return bytes + bytes / 16;
}

} // namespace

qint32 ReportWriter::codePointOffset(const QString &text, qint32 utf16Offset)
{
    return codePointsBetween(text, 0, qint32(std::clamp<qsizetype>(utf16Offset, 0, text.size())));
}

// Streamed member by member in the order QJsonObject sorts its keys, so the
// bytes are those QJsonDocument::toJson(Indented) wrote when the report was
// built as a QJsonObject tree first (tst_reportwriter's golden file).
QByteArray ReportWriter::toBytes(const Comparison &comparison, const std::vector<SkippedFile> &skipped,
                                 const Notes *notes, const ComparisonOptions *options)
{
    const std::vector<qint32> byId = articlesById(comparison.articles);
    JsonStreamWriter w(JsonStreamWriter::Format::Indented, expectedReportBytes(comparison, notes));
    w.beginObject();
    w.key(u"agreement");
    writeAgreement(w, comparison, byId);
    w.key(u"articles").beginArray();
    for (size_t a = 0; a < comparison.articles.size(); ++a)
        writeArticle(w, comparison, a);
    w.endArray();
    w.key(u"base").string(comparison.articles[size_t(comparison.base)].id);
    w.key(u"comparisons");
    writeComparisons(w, comparison);
    w.key(u"consensus");
    writeConsensus(w, comparison, byId);
    w.key(u"containment");
    writeContainment(w, comparison, byId);
    w.key(u"familyTree");
    writeFamilyTree(w, comparison, byId);
    w.key(u"generator").string(QStringLiteral("WireDiff %1").arg(QCoreApplication::applicationVersion()));
    if (notes) {
        w.key(u"notes");
        writeNotes(w, comparison, *notes);
    }
    w.key(u"notices").beginArray();
    for (const QString &notice : comparison.notices)
        w.string(notice);
    w.endArray();
    if (options) {
        w.key(u"options").beginObject();
        w.key(u"houseStyleEdited").boolean(!(options->houseStyle == HouseStyle::defaults()));
        w.key(u"ignoreCase").boolean(options->ignoreCase);
        w.key(u"ignorePunctuation").boolean(options->ignorePunctuation);
        w.key(u"ignoreQuoteStyle").boolean(options->ignoreQuoteStyle);
        w.key(u"paraphraseSensitivity").number(options->paraphraseSensitivity);
        w.endObject();
    }
    w.key(u"rows");
    writeRows(w, comparison, byId);
    w.key(u"schema").string(QString::fromLatin1(schema));
    w.key(u"skipped").beginArray();
    for (const SkippedFile &file : skipped)
        w.beginObject().key(u"file").string(file.filePath).key(u"reason").string(file.reason).endObject();
    w.endArray();
    w.endObject();
    return w.take();
}

} // namespace WireDiff
