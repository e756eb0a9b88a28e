#include "quoteterms.h"

#include "factwords.h"
#include "flatdocument.h"
#include "lexicon.h"
#include "vocabulary.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>

namespace WireDiff {

namespace {

using Term = QuoteTerms::Term;
constexpr Term weakFlag = Term(1) << 62;
constexpr Term hashFlag = Term(1) << 61;
// A starred word's term, its first letters and length ("d***" -> "d",
// 4), and a statement word's as a starred word would show it ("damn" ->
// "d", 4 and "da", 4): print stars each letter it hides.
constexpr Term starredFlag = Term(1) << 60;
constexpr Term prefixFlag = Term(1) << 59;
constexpr Term hashMask = (Term(1) << 40) - 1;
constexpr qsizetype starredLetters = 2; // the most first letters print shows

Term starred(QStringView letters, qsizetype length, Term flag)
{
    return flag | (Term(quint8(length)) << 40) | (Term(qHash(letters)) & hashMask);
}

// Flat tokens [begin, end) of an article and how they are written, read
// once (Source::texts()): the words are read several times each.
struct Stretch
{
    Stretch(const FactExtractor::Source &source, qint32 begin, qint32 end)
        : source(source)
        , begin(begin)
        , end(end)
        , texts(source.texts(begin, end))
    {
    }

    QStringView text(qint32 i) const { return texts[size_t(i - begin)]; }

    const FactExtractor::Source &source;
    qint32 begin;
    qint32 end;
    std::vector<QStringView> texts;
};

// Whether tokens `i` and `j` (j after i) are written together, no space between.
bool touching(const Stretch &stretch, qint32 i, qint32 j)
{
    const QStringView left = stretch.text(i), right = stretch.text(j);
    return left.data() + left.size() == right.data();
}

// How many asterisks are written onto the word ending at token `last`
// ("b******": 6), or 0 when it is not starred out.
qsizetype starsAfter(const Stretch &stretch, qint32 last)
{
    qsizetype stars = 0;
    for (qint32 i = last + 1; i < stretch.end && touching(stretch, i - 1, i); ++i) {
        const QStringView text = stretch.text(i);
        if (text.count(QLatin1Char('*')) != text.size())
            break;
        stars += text.size();
    }
    return stars;
}

bool isOpeningBracket(QStringView text)
{
    return text == QLatin1String("(") || text == QLatin1String("[");
}

bool isClosingBracket(QStringView text)
{
    return text == QLatin1String(")") || text == QLatin1String("]");
}

// An English contraction written out: "wasn't" -> {"was", "not"},
// "won't" -> {"will", "not"}, "I've" -> {"i", "have"}. Other words alone.
QStringList writtenOut(QStringView word)
{
    if (word == QLatin1String("cannot"))
        return { QStringLiteral("can"), QStringLiteral("not") };
    if (word.endsWith(QLatin1String("n't")) && word.size() > 3) {
        QString verb = word.chopped(3).toString();
        if (verb == QLatin1String("wo"))
            verb = QStringLiteral("will");
        else if (verb == QLatin1String("ca"))
            verb = QStringLiteral("can");
        else if (verb == QLatin1String("sha"))
            verb = QStringLiteral("shall");
        return { verb, QStringLiteral("not") };
    }
    static const std::pair<QLatin1StringView, QLatin1StringView> endings[] = {
        { QLatin1StringView("'ve"), QLatin1StringView("have") },
        { QLatin1StringView("'m"), QLatin1StringView("am") },
        { QLatin1StringView("'re"), QLatin1StringView("are") },
        { QLatin1StringView("'ll"), QLatin1StringView("will") },
    };
    for (const auto &[ending, full] : endings) {
        if (word.endsWith(ending) && word.size() > ending.size())
            return { word.chopped(ending.size()).toString(), QString(full) };
    }
    return { word.toString() };
}

// Builds the terms of a quote's words.
class TermReader
{
public:
    explicit TermReader(const FactExtractor::Source &source)
        : m_source(source)
    {
    }

    // The term of vocabulary key `key`: its stem, weak for a function word.
    Term ofKey(qint32 key) const
    {
        const bool weak = m_source.lexicon.isStopword(key) && !m_source.lexicon.isNegation(key);
        return Term(m_source.lexicon.stem(key)) | (weak ? weakFlag : 0);
    }

    // The term of a word as written: its key's, or the word's hash when no
    // text writes it.
    Term ofWord(QStringView word) const
    {
        const qint32 key = m_source.vocabulary.find(word);
        if (key >= 0 && key < qint32(m_source.lexicon.size()))
            return ofKey(key);
        return hashFlag | Term(qHash(word));
    }

    // The terms of one word written without a hyphen in it (flat token `i`).
    void append(qint32 i, std::vector<Term> *terms) const
    {
        const qint32 key = m_source.flat.keys[size_t(i)];
        const QStringView word = m_source.key(i);
        if (const FactWords::UnitAmount *amount = m_source.words.unitAmount(key)) {
            terms->push_back(ofWord(amount->number)); // "22st" is "22 stone"
            terms->push_back(ofWord(QStringView(amount->unit).mid(amount->unit.indexOf(QLatin1Char(':')) + 1)));
            return;
        }
        const bool plain = !word.contains(QLatin1Char('\'')) && !word.contains(QLatin1Char('.'))
            && word != QLatin1String("cannot");
        if (plain) {
            terms->push_back(ofKey(key));
            return;
        }
        for (const QStringView piece : word.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
            for (const QString &spelt : writtenOut(piece))
                terms->push_back(ofWord(spelt));
        }
    }

    // The terms of the word of tokens `first` to `last` (parts of a
    // hyphenated word every other token), a starred word's its starred one.
    void appendWord(qint32 first, qint32 last, qsizetype stars, std::vector<Term> *terms) const
    {
        if (stars > 0 && first == last) {
            const QStringView letters = m_source.key(first);
            terms->push_back(starred(letters, letters.size() + stars, starredFlag));
            return;
        }
        for (qint32 i = first; i <= last; i += 2)
            append(i, terms);
    }

private:
    const FactExtractor::Source &m_source;
};

// Calls `visit(first, last)` for each word of [begin, end) outside
// brackets, `first` to `last` (inclusive, flat tokens) being the parts of a
// word written with hyphens between them, or one token.
template<typename Visit>
void forEachWord(const Stretch &stretch, Visit visit)
{
    const FactExtractor::Source &source = stretch.source;
    const qint32 end = stretch.end;
    int brackets = 0;
    for (qint32 i = stretch.begin; i < end; ++i) {
        const QStringView text = stretch.text(i);
        if (isOpeningBracket(text)) {
            ++brackets;
            continue;
        }
        if (isClosingBracket(text) && brackets > 0) {
            --brackets;
            continue;
        }
        if (brackets > 0 || source.lexicon.isPunctuation(source.flat.keys[size_t(i)]))
            continue;
        qint32 last = i;
        while (last + 2 < end && stretch.text(last + 1) == QLatin1String("-") && touching(stretch, last, last + 1)
               && touching(stretch, last + 1, last + 2) && !source.lexicon.isPunctuation(source.flat.keys[size_t(last + 2)]))
            last += 2;
        visit(i, last);
        i = last;
    }
}

// "long-standing" as one word: "longstanding".
QString joinedUp(const FactExtractor::Source &source, qint32 first, qint32 last)
{
    QString word;
    for (qint32 i = first; i <= last; i += 2)
        word.append(source.key(i));
    return word;
}

} // namespace

QStringList QuoteTerms::words(const FactExtractor::Source &source, qint32 begin, qint32 end)
{
    QStringList words;
    forEachWord(Stretch(source, begin, end), [&source, &words](qint32 first, qint32 last) {
        QString word = source.key(first).toString();
        for (qint32 i = first + 2; i <= last; i += 2)
            word.append(QLatin1Char('-')).append(source.key(i));
        words.append(word);
    });
    return words;
}

std::vector<QuoteTerms::Term> QuoteTerms::terms(const FactExtractor::Source &source, qint32 begin, qint32 end)
{
    const TermReader reader(source);
    std::vector<Term> terms;
    const Stretch stretch(source, begin, end);
    forEachWord(stretch, [&](qint32 first, qint32 last) {
        reader.appendWord(first, last, starsAfter(stretch, last), &terms);
    });
    std::sort(terms.begin(), terms.end());
    return terms;
}

std::vector<QuoteTerms::Term> QuoteTerms::statementTerms(const FactExtractor::Source &source, qint32 begin,
                                                         qint32 end)
{
    const TermReader reader(source);
    std::vector<Term> terms;
    qint32 previous = -1; // the last token of the word before
    const Stretch stretch(source, begin, end);
    QVarLengthArray<QChar, 64> together;
    forEachWord(stretch, [&](qint32 first, qint32 last) {
        const qsizetype stars = starsAfter(stretch, last);
        reader.appendWord(first, last, stars, &terms);
        if (first == last && stars == 0) {
            const QStringView word = source.key(first);
            for (qsizetype letters = 1; letters <= starredLetters && letters < word.size(); ++letters)
                terms.push_back(starred(word.first(letters), word.size(), prefixFlag));
        }
        if (last > first)
            terms.push_back(reader.ofWord(joinedUp(source, first, last)));
        // "second hand" as some text writes it: "secondhand".
        if (previous >= 0) {
            const QStringView left = source.key(previous), right = source.key(first);
            together.clear();
            together.append(left.data(), left.size());
            together.append(right.data(), right.size());
            const QStringView word(together.data(), together.size());
            if (source.vocabulary.find(word) >= 0)
                terms.push_back(reader.ofWord(word));
        }
        previous = last;
    });
    std::sort(terms.begin(), terms.end());
    return terms;
}

bool QuoteTerms::hasNewWord(const FactExtractor::Source &source, qint32 begin, qint32 end,
                            const std::vector<Term> &statement)
{
    const std::vector<ReadTerm> read = termsInOrder(source, begin, end, &statement);
    return std::any_of(read.begin(), read.end(), [](const ReadTerm &term) { return term.newWord; });
}

std::vector<QuoteTerms::ReadTerm> QuoteTerms::termsInOrder(const FactExtractor::Source &source, qint32 begin,
                                                           qint32 end, const std::vector<Term> *statement)
{
    const TermReader reader(source);
    const auto holds = [statement](Term term) {
        return std::binary_search(statement->begin(), statement->end(), term);
    };
    const auto known = [&holds](Term term) { return isWeak(term) || holds(term); };
    std::vector<ReadTerm> read;
    std::vector<Term> terms;
    const Stretch stretch(source, begin, end);
    forEachWord(stretch, [&](qint32 first, qint32 last) {
        const qsizetype stars = starsAfter(stretch, last);
        terms.clear();
        reader.appendWord(first, last, stars, &terms);
        bool isNew = false;
        if (statement) {
            const QStringView word = source.key(first);
            // A starred word stands for a statement word with its first
            // letters and length, and a word for a starred one of the statement.
            const bool starredOut = stars > 0 && first == last;
            bool starredKnown = starredOut
                && (holds(starred(word, word.size() + stars, prefixFlag)) || holds(terms.front()));
            for (qsizetype letters = 1; !starredOut && letters <= starredLetters && letters < word.size(); ++letters)
                starredKnown = starredKnown || holds(starred(word.first(letters), word.size(), starredFlag));
            isNew = !starredKnown && !std::all_of(terms.begin(), terms.end(), known)
                && !(last > first && known(reader.ofWord(joinedUp(source, first, last))));
        }
        for (const Term term : terms)
            read.push_back({ term, isNew });
    });
    return read;
}

} // namespace WireDiff
