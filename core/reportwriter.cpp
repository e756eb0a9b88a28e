#include "reportwriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace WireDiff {

namespace {

double rounded(double value)
{
    return std::round(value * 10000.0) / 10000.0;
}

QJsonObject statsJson(const ClassCounts &counts)
{
    return QJsonObject {
        { QStringLiteral("words"), double(counts.words) },
        { QStringLiteral("same"), double(counts.same) },
        { QStringLiteral("moved"), double(counts.moved) },
        { QStringLiteral("changedFacts"), double(counts.changedFacts) },
        { QStringLiteral("paraphrased"), double(counts.paraphrased) },
        { QStringLiteral("added"), double(counts.added) },
        { QStringLiteral("removed"), double(counts.removed) },
        { QStringLiteral("verbatimShare"), rounded(counts.share(counts.same + counts.moved)) },
        { QStringLiteral("rewordedShare"), rounded(counts.share(counts.paraphrased)) },
        { QStringLiteral("newShare"), rounded(counts.share(counts.added)) },
    };
}

QJsonObject articleJson(const Comparison &comparison, qint32 index)
{
    const Article &article = comparison.articles[size_t(index)];
    QJsonArray paragraphs;
    for (size_t p = 0; p < article.paragraphs.size(); ++p) {
        paragraphs.append(QJsonObject {
            { QStringLiteral("text"), article.paragraphs[p].text },
            { QStringLiteral("role"), paragraphRoleName(article.paragraphs[p].role) },
            { QStringLiteral("unique"), bool(comparison.unique[size_t(index)][p]) },
        });
    }
    QJsonObject json {
        { QStringLiteral("id"), article.id },
        { QStringLiteral("file"), article.filePath },
        { QStringLiteral("format"), articleFormatName(article.format) },
        { QStringLiteral("encoding"), article.encoding },
        { QStringLiteral("title"), article.title },
        { QStringLiteral("outlet"), article.outlet },
        { QStringLiteral("language"), article.language },
        { QStringLiteral("published"), article.published.isValid()
              ? article.published.toUTC().toString(Qt::ISODate) : QString() },
        { QStringLiteral("decodingErrors"), article.hadDecodingErrors },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(article.warnings) },
        { QStringLiteral("paragraphs"), paragraphs },
        { QStringLiteral("stats"), statsJson(comparison.counts[size_t(index)]) },
    };
    return json;
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

QJsonArray spansJson(const Comparison &comparison, qint32 article, qint32 linkedArticle,
                     const std::vector<DiffSpan> &spans)
{
    const Article &own = comparison.articles[size_t(article)];
    const Article &linked = comparison.articles[size_t(linkedArticle)];
    QJsonArray array;
    CodePointCursor ownCursor;
    CodePointCursor linkCursor;
    for (const DiffSpan &span : spans) {
        const QString &text = own.paragraphs[size_t(span.paragraph)].text;
        QJsonObject json {
            { QStringLiteral("article"), own.id },
            { QStringLiteral("paragraph"), span.paragraph },
            { QStringLiteral("start"), ownCursor.at(text, span.start) },
            { QStringLiteral("end"), ownCursor.at(text, span.end) },
            { QStringLiteral("class"), changeClassName(span.changeClass) },
        };
        if (span.hasLink() && span.changeClass != ChangeClass::Same) {
            const QString &linkText = linked.paragraphs[size_t(span.linkParagraph)].text;
            json.insert(QStringLiteral("link"), QJsonObject {
                { QStringLiteral("article"), linked.id },
                { QStringLiteral("paragraph"), span.linkParagraph },
                { QStringLiteral("start"), linkCursor.at(linkText, span.linkStart) },
                { QStringLiteral("end"), linkCursor.at(linkText, span.linkEnd) },
            });
        }
        array.append(json);
    }
    return array;
}

QJsonArray factsJson(const Comparison &comparison, const ArticleComparison &pair)
{
    const Article &other = comparison.articles[size_t(pair.other)];
    const Article &base = comparison.articles[size_t(pair.base)];
    QJsonArray facts;
    for (const FactChange &change : pair.factChanges) {
        const QString &text = other.paragraphs[size_t(change.paragraph)].text;
        const QString &sourceText = base.paragraphs[size_t(change.sourceParagraph)].text;
        facts.append(QJsonObject {
            { QStringLiteral("kind"), factKindName(change.kind) },
            { QStringLiteral("article"), other.id },
            { QStringLiteral("paragraph"), change.paragraph },
            { QStringLiteral("start"), ReportWriter::codePointOffset(text, change.start) },
            { QStringLiteral("end"), ReportWriter::codePointOffset(text, change.end) },
            { QStringLiteral("text"), change.text },
            { QStringLiteral("source"), QJsonObject {
                  { QStringLiteral("article"), base.id },
                  { QStringLiteral("paragraph"), change.sourceParagraph },
                  { QStringLiteral("start"), ReportWriter::codePointOffset(sourceText, change.sourceStart) },
                  { QStringLiteral("end"), ReportWriter::codePointOffset(sourceText, change.sourceEnd) },
                  { QStringLiteral("text"), change.sourceText },
              } },
        });
    }
    return facts;
}

QJsonObject agreementJson(const Comparison &comparison)
{
    QJsonObject byArticle;
    for (size_t a = 0; a < comparison.agreement.size(); ++a) {
        const Article &article = comparison.articles[a];
        QJsonArray spans;
        CodePointCursor cursor;
        for (const AgreementSpan &span : comparison.agreement[a]) {
            const QString &text = article.paragraphs[size_t(span.paragraph)].text;
            const qint32 start = cursor.at(text, span.start);
            spans.append(QJsonArray { span.paragraph, start, cursor.at(text, span.end), span.count });
        }
        byArticle.insert(article.id, spans);
    }
    return byArticle;
}

QJsonObject consensusJson(const Comparison &comparison)
{
    QJsonArray paragraphs;
    for (const ConsensusText::Paragraph &paragraph : comparison.consensus.paragraphs) {
        QJsonArray sources;
        for (const qint32 p : paragraph.paragraphs)
            sources.append(p);
        paragraphs.append(QJsonObject {
            { QStringLiteral("row"), paragraph.row },
            { QStringLiteral("article"), comparison.articles[size_t(paragraph.article)].id },
            { QStringLiteral("paragraphs"), sources },
            { QStringLiteral("support"), paragraph.support },
            { QStringLiteral("text"), paragraph.text },
        });
    }
    QJsonObject distance;
    for (size_t a = 0; a < comparison.consensus.distance.size(); ++a)
        distance.insert(comparison.articles[a].id, rounded(comparison.consensus.distance[a]));
    return QJsonObject { { QStringLiteral("paragraphs"), paragraphs }, { QStringLiteral("distance"), distance } };
}

QJsonObject familyTreeJson(const Comparison &comparison)
{
    const FamilyTree &tree = comparison.familyTree;
    QJsonObject nodes;
    for (size_t a = 0; a < tree.parent.size(); ++a) {
        const FamilyTree::Evidence &evidence = tree.evidence[a];
        const qint32 parent = tree.parent[a];
        nodes.insert(comparison.articles[a].id, QJsonObject {
            { QStringLiteral("parent"), parent < 0 ? QJsonValue() : QJsonValue(comparison.articles[size_t(parent)].id) },
            { QStringLiteral("childInParent"), rounded(evidence.childInParent) },
            { QStringLiteral("parentInChild"), rounded(evidence.parentInChild) },
            { QStringLiteral("sharedPeculiar"), evidence.sharedPeculiar },
            { QStringLiteral("orderedByTime"), evidence.orderedByTime },
            { QStringLiteral("evidence"), tree.describe(qint32(a), comparison.articles) },
        });
    }
    return nodes;
}

QJsonArray rowsJson(const Comparison &comparison)
{
    QJsonArray rows;
    for (const AlignedRow &row : comparison.rows) {
        QJsonObject cells;
        QJsonArray moved;
        for (size_t a = 0; a < row.cells.size(); ++a) {
            const RowCell &cell = row.cells[a];
            if (cell.isGap())
                continue;
            QJsonArray indices;
            for (const qint32 p : cell.paragraphs)
                indices.append(p);
            cells.insert(comparison.articles[a].id, indices);
            if (cell.moved)
                moved.append(comparison.articles[a].id);
        }
        QJsonObject json { { QStringLiteral("cells"), cells } };
        if (!moved.isEmpty())
            json.insert(QStringLiteral("moved"), moved);
        rows.append(json);
    }
    return rows;
}

QJsonObject containmentJson(const Comparison &comparison)
{
    QJsonObject matrix;
    for (size_t a = 0; a < comparison.articles.size(); ++a) {
        QJsonObject row;
        for (size_t b = 0; b < comparison.articles.size(); ++b) {
            if (a == b)
                continue;
            const ContainmentShare &share = comparison.containment[a][b];
            row.insert(comparison.articles[b].id, QJsonObject {
                { QStringLiteral("verbatim"), rounded(share.verbatim) },
                { QStringLiteral("reworded"), rounded(share.reworded) },
            });
        }
        matrix.insert(comparison.articles[a].id, row);
    }
    return matrix;
}

} // namespace

qint32 ReportWriter::codePointOffset(const QString &text, qint32 utf16Offset)
{
    return codePointsBetween(text, 0, qint32(std::clamp<qsizetype>(utf16Offset, 0, text.size())));
}

QJsonObject ReportWriter::toJson(const Comparison &comparison, const std::vector<SkippedFile> &skipped)
{
    QJsonArray articles;
    for (qint32 a = 0; a < qint32(comparison.articles.size()); ++a)
        articles.append(articleJson(comparison, a));
    QJsonArray comparisons;
    for (const ArticleComparison &pair : comparison.comparisons) {
        if (!pair.isValid())
            continue;
        QJsonArray spans = spansJson(comparison, pair.base, pair.other, pair.baseSpans);
        for (const QJsonValue &span : spansJson(comparison, pair.other, pair.base, pair.otherSpans))
            spans.append(span);
        comparisons.append(QJsonObject {
            { QStringLiteral("base"), comparison.articles[size_t(pair.base)].id },
            { QStringLiteral("other"), comparison.articles[size_t(pair.other)].id },
            { QStringLiteral("coarse"), pair.coarse },
            { QStringLiteral("spans"), spans },
            { QStringLiteral("facts"), factsJson(comparison, pair) },
        });
    }
    QJsonArray skippedJson;
    for (const SkippedFile &file : skipped)
        skippedJson.append(QJsonObject { { QStringLiteral("file"), file.filePath }, { QStringLiteral("reason"), file.reason } });
    return QJsonObject {
        { QStringLiteral("schema"), QLatin1String(schema) },
        { QStringLiteral("generator"), QStringLiteral("WireDiff %1").arg(QCoreApplication::applicationVersion()) },
        { QStringLiteral("base"), comparison.articles[size_t(comparison.base)].id },
        { QStringLiteral("articles"), articles },
        { QStringLiteral("rows"), rowsJson(comparison) },
        { QStringLiteral("comparisons"), comparisons },
        { QStringLiteral("containment"), containmentJson(comparison) },
        { QStringLiteral("agreement"), agreementJson(comparison) },
        { QStringLiteral("consensus"), consensusJson(comparison) },
        { QStringLiteral("familyTree"), familyTreeJson(comparison) },
        { QStringLiteral("skipped"), skippedJson },
        { QStringLiteral("notices"), QJsonArray::fromStringList(comparison.notices) },
    };
}

QByteArray ReportWriter::toBytes(const Comparison &comparison, const std::vector<SkippedFile> &skipped)
{
    return QJsonDocument(toJson(comparison, skipped)).toJson(QJsonDocument::Indented);
}

} // namespace WireDiff
