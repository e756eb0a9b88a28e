#pragma once

// The bodies of the libFuzzer targets, one function each, shared by the
// fuzzers (tests/fuzz/fuzz_*.cpp) and tst_fuzzregressions, which replays the
// inputs kept in tests/data/fuzz-regressions/<target>/ through them. A
// failed invariant aborts, as a crash would.

#include "fuzzsupport.h"

#include "articleloader.h"
#include "comparator.h"
#include "comparisonoptions.h"
#include "flatdocument.h"
#include "htmlentities.h"
#include "htmlparser.h"
#include "htmltokenizer.h"
#include "lexicon.h"
#include "newsxmlparser.h"
#include "paragraphsplitter.h"
#include "reportwriter.h"
#include "roleclassifier.h"
#include "sequencediff.h"
#include "synonymdictionary.h"
#include "tokenizer.h"
#include "vocabulary.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace FuzzTargets {

using namespace WireDiff;

// Plain text, Markdown and the PA wire layout through the whole loader:
// encoding detection, line endings, paragraphs, roles and the paragraph
// length limit. The first byte picks the file name the bytes pretend to have.
inline int loaderText(const uint8_t *data, size_t size)
{
    FuzzSupport::ensureApplication();
    if (size == 0)
        return 0;
    static const char *const names[] = { "story.txt", "story.md", "story", "story.text" };
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    LoadOptions options;
    options.maxParagraphChars = 1 + data[0] % 300; // small, so the splitter's cuts are exercised
    const ArticleLoader loader(options);
    Article article;
    QString reason;
    const bool loaded = loader.loadBytes(bytes, QString::fromLatin1(names[data[0] % 4]), &article, &reason);
    if (loaded) {
        FUZZ_CHECK(!article.paragraphs.empty());
        for (const Paragraph &paragraph : article.paragraphs) {
            FUZZ_CHECK(!paragraph.text.isEmpty());
            // Pieces stay within the limit (one character over only to keep a surrogate pair whole).
            FUZZ_CHECK(paragraph.text.size() <= options.maxParagraphChars + 1);
            FUZZ_CHECK(!paragraph.text.contains(QLatin1Char('\r')));
        }
    } else {
        FUZZ_CHECK(!reason.isEmpty() && !reason.contains(QLatin1Char('\n')));
    }
    return 0;
}

// HTML: the tokenizer and article extraction on decoded text, then the same
// bytes through the loader as a .html file (charset sniffing included).
inline int loaderHtml(const uint8_t *data, size_t size)
{
    FuzzSupport::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString html = QString::fromUtf8(bytes);

    HtmlTokenizer tokenizer(html);
    qsizetype tokens = 0;
    for (HtmlToken token = tokenizer.next(); token.kind != HtmlToken::Kind::EndOfInput; token = tokenizer.next()) {
        FUZZ_CHECK(++tokens <= html.size() + 1); // every token consumes input
        for (const HtmlAttribute &attribute : token.attributes)
            FUZZ_CHECK(!attribute.name.startsWith(QLatin1String("on"))); // event handlers never kept
    }
    HtmlEntities::decode(html, HtmlEntities::Context::Attribute);

    const ParsedDocument document = HtmlParser::parse(html);
    for (const Paragraph &paragraph : document.paragraphs)
        FUZZ_CHECK(!paragraph.text.isEmpty());

    Article article;
    QString reason;
    ArticleLoader().loadBytes(bytes, QStringLiteral("page.html"), &article, &reason);
    return 0;
}

// NITF: the XML reader with its entity limits, on whatever bytes come.
inline int loaderNitf(const uint8_t *data, size_t size)
{
    FuzzSupport::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    NewsXmlParser::sniff(bytes);
    const ParsedDocument document = NewsXmlParser::parse(bytes, NewsXmlParser::Dialect::Nitf);
    for (const Paragraph &paragraph : document.paragraphs)
        FUZZ_CHECK(!paragraph.text.isEmpty());
    Article article;
    QString reason;
    ArticleLoader().loadBytes(bytes, QStringLiteral("story.xml"), &article, &reason);
    return 0;
}

// NewsML-G2: the XML reader, inline XHTML and inline plain text.
inline int loaderNewsml(const uint8_t *data, size_t size)
{
    FuzzSupport::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ParsedDocument document = NewsXmlParser::parse(bytes, NewsXmlParser::Dialect::NewsMLG2);
    for (const Paragraph &paragraph : document.paragraphs)
        FUZZ_CHECK(!paragraph.text.isEmpty());
    return 0;
}

// The segmenter and tokenizer: ICU word and sentence breaks for the
// article's language, comparison keys, and the flat document the diff reads.
// Lines of the input are paragraphs; the first byte picks the language.
inline int tokenizer(const uint8_t *data, size_t size)
{
    FuzzSupport::ensureApplication();
    if (size == 0)
        return 0;
    static const char *const languages[] = { "en", "de", "fr", "th", "zh", "ja", "ko", "ar", "he", "ru", "tr", "" };
    const QString language = QString::fromLatin1(languages[data[0] % 12]);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    std::vector<Paragraph> paragraphs;
    const ParagraphRole roles[] = { ParagraphRole::Body, ParagraphRole::Headline, ParagraphRole::Boilerplate };
    int line = 0;
    for (const QStringView piece : QStringView(text).split(QLatin1Char('\n')))
        paragraphs.push_back(Paragraph { piece.toString(), roles[line++ % 3] });
    paragraphs = ParagraphSplitter::limitLength(std::move(paragraphs), 1 + data[0] % 97);

    ComparisonOptions options;
    options.ignorePunctuation = data[0] & 0x80;
    options.ignoreCase = data[0] & 0x40;
    Vocabulary vocabulary;
    Tokenizer tokenizer(options, &vocabulary);
    const TokenizedArticle article = tokenizer.tokenize(paragraphs, language);
    FUZZ_CHECK(article.paragraphs.size() == paragraphs.size());
    for (size_t p = 0; p < paragraphs.size(); ++p) {
        qint32 previousEnd = 0;
        for (const Token &token : article.paragraphs[p].tokens) {
            FUZZ_CHECK(token.start >= previousEnd && token.start < token.end);
            FUZZ_CHECK(token.end <= paragraphs[p].text.size());
            FUZZ_CHECK(token.key >= 0 && token.key < vocabulary.size());
            previousEnd = token.end;
        }
    }
    const Lexicon lexicon(vocabulary, language);
    const FlatDocument flat = FlatDocument::build(article, paragraphs, lexicon, options.ignorePunctuation);
    FUZZ_CHECK(flat.paragraphStart.size() == paragraphs.size());
    for (size_t s = 0; s < flat.sentenceStarts.size(); ++s) {
        FUZZ_CHECK(flat.sentenceEnd(qint32(s)) - flat.sentenceStarts[s] <= FlatDocument::maxSentenceTokens);
        FUZZ_CHECK(s == 0 || flat.sentenceStarts[s] > flat.sentenceStarts[s - 1]);
    }
    return 0;
}

// The word diff on two token sequences over a small alphabet (so that
// repeats, missing anchors and the coarse fallback all occur): the edit
// script must cover both sequences in order, and equal runs must be equal.
inline int sequenceDiff(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    const int alphabet = 1 + data[0] % 24;
    const size_t split = 3 + data[1] % (size - 2);
    SequenceDiff::Limits limits;
    limits.maxExactCells = (data[2] & 1) ? 64 : 4'000'000; // small: the coarse path
    std::vector<qint32> a, b;
    for (size_t i = 3; i < size; ++i)
        (i < split ? a : b).push_back(qint32(data[i] % alphabet));

    const EditScript script = SequenceDiff::diff(a, b, limits);
    qint32 i = 0, j = 0;
    for (const EditRun &run : script.runs) {
        FUZZ_CHECK(run.length > 0 && run.aStart == i && run.bStart == j);
        if (run.op == EditOp::Equal) {
            for (qint32 k = 0; k < run.length; ++k)
                FUZZ_CHECK(a[size_t(i + k)] == b[size_t(j + k)]);
        }
        i = run.aEnd();
        j = run.bEnd();
        FUZZ_CHECK(i <= qint32(a.size()) && j <= qint32(b.size()));
    }
    FUZZ_CHECK(i == qint32(a.size()) && j == qint32(b.size()));
    if (!script.coarse && a.size() * b.size() <= 4096)
        FUZZ_CHECK(script.editCount() >= SequenceDiff::minimalEditCount(a, b));
    return 0;
}

// The whole comparison on two to four small articles: the input is split at
// NUL bytes into articles and at line breaks into paragraphs. Checks the
// alignment's promise (every paragraph in exactly one row) and that spans
// stay inside their paragraphs, then writes the JSON report.
inline int comparator(const uint8_t *data, size_t size)
{
    FuzzSupport::ensureApplication();
    static const std::shared_ptr<const SynonymDictionary> synonyms = SynonymDictionary::load();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    std::vector<Article> articles;
    for (const QByteArray &part : bytes.split('\0')) {
        if (articles.size() == 4)
            break;
        Article article;
        article.id = QStringLiteral("a%1").arg(articles.size());
        for (const QString &line : QString::fromUtf8(part).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            article.paragraphs.push_back(Paragraph { line, ParagraphRole::Body });
        RoleClassifier::classify(article.paragraphs);
        if (!article.paragraphs.empty())
            articles.push_back(std::move(article));
    }
    if (articles.size() < 2)
        return 0;

    ComparisonOptions options;
    options.threads = 1;
    options.ignorePunctuation = size % 2;
    options.maxExactDiffCells = size % 3 ? 4'000'000 : 16;
    const ComparisonOutcome outcome = Comparator(options, synonyms).compare(articles);
    FUZZ_CHECK(outcome.comparison.has_value());
    const Comparison &comparison = *outcome.comparison;

    for (size_t a = 0; a < comparison.articles.size(); ++a) {
        std::vector<int> seen(comparison.articles[a].paragraphs.size(), 0);
        for (const AlignedRow &row : comparison.rows) {
            FUZZ_CHECK(row.cells.size() == comparison.articles.size());
            for (const qint32 p : row.cells[a].paragraphs) {
                FUZZ_CHECK(p >= 0 && size_t(p) < seen.size());
                ++seen[size_t(p)];
            }
        }
        for (const int count : seen)
            FUZZ_CHECK(count == 1);
    }
    for (const ArticleComparison &pair : comparison.comparisons) {
        if (!pair.isValid())
            continue;
        const auto checkSpans = [&](const std::vector<DiffSpan> &spans, qint32 article) {
            const auto &paragraphs = comparison.articles[size_t(article)].paragraphs;
            for (const DiffSpan &span : spans) {
                FUZZ_CHECK(span.paragraph >= 0 && size_t(span.paragraph) < paragraphs.size());
                FUZZ_CHECK(0 <= span.start && span.start <= span.end);
                FUZZ_CHECK(span.end <= paragraphs[size_t(span.paragraph)].text.size());
            }
        };
        checkSpans(pair.baseSpans, pair.base);
        checkSpans(pair.otherSpans, pair.other);
    }
    FUZZ_CHECK(!ReportWriter::toBytes(comparison).isEmpty());
    return 0;
}

} // namespace FuzzTargets
