#pragma once

#include "comparisonkey.h"
#include "paragraph.h"
#include "plainwordbreaker.h"
#include "token.h"
#include "vocabulary.h"

#include <QString>

#include <memory>
#include <vector>

struct UBreakIterator;

namespace WireDiff {

// Splits paragraphs into word, number and punctuation tokens with ICU's word
// break rules for the article's language (dictionary-based for Thai, Chinese,
// Japanese; Korean by spaces and syllables), marks sentence starts, and
// interns each token's comparison key. One Tokenizer per thread.
class Tokenizer
{
public:
    Tokenizer(const ComparisonOptions &options, Vocabulary *vocabulary);
    ~Tokenizer();
    Tokenizer(const Tokenizer &) = delete;
    Tokenizer &operator=(const Tokenizer &) = delete;

    TokenizedParagraph tokenize(const QString &text);
    TokenizedArticle tokenize(const std::vector<Paragraph> &paragraphs, const QString &language);

    void setLanguage(const QString &language);

private:
    // The tokens of ICU's segments of `text`; false when ICU cannot take it.
    bool appendIcuSegments(const QString &text, TokenizedParagraph *out);
    void appendSegment(const QString &text, qint32 from, qint32 to, PlainWordBreaker::Kind kind,
                       TokenizedParagraph *out);
    void appendPunctuation(const QString &text, qint32 from, qint32 to, TokenizedParagraph *out);
    void appendToken(const QString &text, qint32 from, qint32 to, TokenKind kind,
                     TokenizedParagraph *out);
    static void markSentenceStarts(const QString &text, TokenizedParagraph *paragraph);

    static constexpr qsizetype kShortToken = 48; // keys folded on the stack up to this length

    ComparisonKey m_key;
    Vocabulary *m_vocabulary;
    QString m_language;
    UBreakIterator *m_iterator = nullptr;
    bool m_rootRules = false; // m_iterator has ICU's root rules: PlainWordBreaker may stand in
    QString m_scratch;
    TokenizedParagraph m_gathered; // the paragraph being tokenized
};

} // namespace WireDiff
