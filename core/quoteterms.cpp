#include "quoteterms.h"

#include "factwords.h"
#include "flatdocument.h"
#include "lexicon.h"
#include "vocabulary.h"

#include <algorithm>

namespace WireDiff {

namespace {

// Whether tokens `i` and `j` (j after i) are written together, no space between.
bool touching(const FactExtractor::Source &source, qint32 i, qint32 j)
{
    const QStringView left = source.text(i), right = source.text(j);
    return left.data() + left.size() == right.data();
}

// An English contraction written out: "wasn't" -> {"was", "not"},
// "won't" -> {"will", "not"}, "I've" -> {"i", "have"}. Other words alone.
QStringList writtenOut(const QString &word)
{
    if (word == QLatin1String("cannot"))
        return { QStringLiteral("can"), QStringLiteral("not") };
    if (word.endsWith(QLatin1String("n't")) && word.size() > 3) {
        QString verb = word.chopped(3);
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
            return { word.chopped(ending.size()), QString(full) };
    }
    return { word };
}

} // namespace

QStringList QuoteTerms::words(const FactExtractor::Source &source, qint32 begin, qint32 end)
{
    QStringList words;
    bool joinNext = false;
    int brackets = 0;
    for (qint32 i = begin; i < end; ++i) {
        const QStringView text = source.text(i);
        if (text == QLatin1String("(") || text == QLatin1String("[")) {
            ++brackets;
            continue;
        }
        if ((text == QLatin1String(")") || text == QLatin1String("]")) && brackets > 0) {
            --brackets;
            continue;
        }
        if (brackets > 0)
            continue;
        if (source.lexicon.isPunctuation(source.flat.keys[size_t(i)])) {
            joinNext = text == QLatin1String("-") && !words.isEmpty() && i > begin && i + 1 < end
                && touching(source, i - 1, i) && touching(source, i, i + 1);
            continue;
        }
        if (joinNext)
            words.last().append(QLatin1Char('-')).append(source.key(i));
        else
            words.append(source.key(i).toString());
        joinNext = false;
    }
    return words;
}

namespace {

// The term of one word: its stem, marked weak for a function word other
// than a negation; the word itself when no text writes it.
QString termOf(const FactExtractor::Source &source, const QString &word)
{
    const qint32 key = source.vocabulary.find(word);
    if (key < 0 || key >= qint32(source.lexicon.size()))
        return word;
    const bool weak = source.lexicon.isStopword(key) && !source.lexicon.isNegation(key);
    return (weak ? QLatin1Char('~') : QLatin1Char('#')) + QString::number(source.lexicon.stem(key));
}

// The terms of one word of words(), without its hyphens: a unit written
// onto a number apart ("22st" -> "22", "stone"), a contraction written out,
// words run together at a full stop apart ("house.Most").
void appendTerms(const FactExtractor::Source &source, const QString &word, std::vector<QString> *terms)
{
    for (const QString &part : word.split(QLatin1Char('-'), Qt::SkipEmptyParts)) {
        for (const QString &piece : part.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
            const qint32 key = source.vocabulary.find(piece);
            if (const FactWords::UnitAmount *amount = key >= 0 ? source.words.unitAmount(key) : nullptr) {
                terms->push_back(termOf(source, amount->number));
                terms->push_back(termOf(source, amount->unit.mid(amount->unit.indexOf(QLatin1Char(':')) + 1)));
                continue;
            }
            for (const QString &spelt : writtenOut(piece))
                terms->push_back(termOf(source, spelt));
        }
    }
}

// A hyphenated word written as one: "long-standing" -> "longstanding".
QString joinedUp(const QString &word)
{
    return QString(word).remove(QLatin1Char('-'));
}

} // namespace

std::vector<QString> QuoteTerms::terms(const FactExtractor::Source &source, qint32 begin, qint32 end)
{
    std::vector<QString> terms;
    for (const QString &word : words(source, begin, end))
        appendTerms(source, word, &terms);
    std::sort(terms.begin(), terms.end());
    return terms;
}

std::vector<QString> QuoteTerms::statementTerms(const FactExtractor::Source &source, qint32 begin, qint32 end)
{
    std::vector<QString> terms;
    const QStringList written = words(source, begin, end);
    for (qsizetype w = 0; w < written.size(); ++w) {
        const QString &word = written[w];
        appendTerms(source, word, &terms);
        if (word.contains(QLatin1Char('-')))
            terms.push_back(termOf(source, joinedUp(word)));
        // "second hand" as some text writes it: "secondhand".
        if (w + 1 < written.size()) {
            const QString together = joinedUp(word + written[w + 1]);
            if (source.vocabulary.find(together) >= 0)
                terms.push_back(termOf(source, together));
        }
    }
    std::sort(terms.begin(), terms.end());
    return terms;
}

bool QuoteTerms::hasNewWord(const FactExtractor::Source &source, qint32 begin, qint32 end,
                            const std::vector<QString> &statement)
{
    const auto known = [&statement](const QString &term) {
        return isWeak(term) || std::binary_search(statement.begin(), statement.end(), term);
    };
    for (const QString &word : words(source, begin, end)) {
        std::vector<QString> terms;
        appendTerms(source, word, &terms);
        const bool found = std::all_of(terms.begin(), terms.end(), known)
            || (word.contains(QLatin1Char('-')) && known(termOf(source, joinedUp(word))));
        if (!found)
            return true;
    }
    return false;
}

bool QuoteTerms::isWeak(const QString &term)
{
    return term.startsWith(QLatin1Char('~'));
}

} // namespace WireDiff
