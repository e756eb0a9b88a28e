#include "factnames.h"

#include "factroles.h"
#include "flatdocument.h"
#include "lexicon.h"

#include <QStringList>

#include <algorithm>

namespace WireDiff {

namespace {

// A name's value split into its words, read in place: sameName() is asked
// for many pairs of facts, and splitting into strings of their own took
// most of its time.
using Words = QList<QStringView>;

// "Russia" and "Russian", "Ukraine" and "Ukrainian" name the same thing:
// a shared start of five letters or more, at most three letters more on
// either side.
bool wordsMatch(QStringView a, QStringView b)
{
    if (a == b)
        return true;
    qsizetype common = 0;
    while (common < a.size() && common < b.size() && a.at(common) == b.at(common))
        ++common;
    return common >= 5 && a.size() - common <= 3 && b.size() - common <= 3;
}

// "met" of "metropolitan": a word cut short, three letters or more.
bool startsWord(QStringView shortWord, QStringView word)
{
    return wordsMatch(shortWord, word) || (shortWord.size() >= 3 && word.startsWith(shortWord));
}

bool isPossessive(QStringView word)
{
    return word == FactExtractor::possessiveMark;
}

// The words of `value` as written, possessive marks kept.
Words markedWords(const QString &value)
{
    return QStringView(value).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

Words nameWords(Words words)
{
    words.removeIf(isPossessive);
    return words;
}

bool within(const Words &small, const Words &large)
{
    return std::all_of(small.begin(), small.end(), [&large](QStringView w) {
        return std::any_of(large.begin(), large.end(), [&w](QStringView v) { return wordsMatch(w, v); });
    });
}

// Whether `shorter` (as written, possessive marks kept) is the start of
// `longer`, word by word.
bool isStartOf(const Words &shorter, const Words &longer)
{
    if (shorter.isEmpty() || shorter.size() > longer.size())
        return false;
    for (qsizetype k = 0; k < shorter.size(); ++k) {
        if (isPossessive(shorter[k]) != isPossessive(longer[k]) || !startsWord(shorter[k], longer[k]))
            return false;
    }
    return shorter.size() == longer.size() || !isPossessive(longer[shorter.size()]);
}

bool spellsInitials(const Words &acronym, const Words &words)
{
    if (acronym.size() != 1 || words.size() < 2 || acronym.front().size() != words.size())
        return false;
    for (qsizetype k = 0; k < words.size(); ++k) {
        if (words[k].isEmpty() || words[k].front() != acronym.front().at(k))
            return false;
    }
    return true;
}

// The words beside a name that say where it stands: one content word, or
// a function word or comma and the word after it.
class Neighbours
{
public:
    Neighbours(const FactExtractor::Source &source, const Fact &fact)
        : m_source(source)
        , m_paragraphBegin(source.flat.paragraphStart[size_t(source.flat.paragraphOf(fact.begin))])
        , m_paragraphEnd(source.flat.paragraphEnd(source.flat.paragraphOf(fact.begin)))
    {
        qint32 before = fact.begin - 1;
        while (inside(before) && isDeterminer(before))
            --before;
        m_before = read(before, -1);
        m_after = read(fact.end, 1);
    }

    QStringList before() const { return m_before; }
    QStringList after() const { return m_after; }

private:
    bool inside(qint32 i) const { return i >= m_paragraphBegin && i < m_paragraphEnd; }
    qint32 keyId(qint32 i) const { return m_source.flat.keys[size_t(i)]; }
    bool isDeterminer(qint32 i) const
    {
        const QStringView key = m_source.key(i);
        return key == QLatin1String("the") || key == QLatin1String("a") || key == QLatin1String("an");
    }

    QStringList read(qint32 from, qint32 step) const
    {
        QStringList words;
        bool content = false;
        for (qint32 i = from; inside(i) && words.size() < 2 && !content; i += step) {
            const bool punctuation = m_source.lexicon.isPunctuation(keyId(i));
            if (punctuation && m_source.key(i) != QLatin1String(","))
                break; // a sentence, a quotation or a bracket ends here
            words.append(m_source.key(i).toString());
            content = !punctuation && !m_source.lexicon.isStopword(keyId(i));
        }
        // A function word or a comma alone, at the sentence's edge, says nothing.
        return content || words.size() == 2 ? words : QStringList();
    }

    const FactExtractor::Source &m_source;
    qint32 m_paragraphBegin;
    qint32 m_paragraphEnd;
    QStringList m_before;
    QStringList m_after;
};

} // namespace

bool FactNames::sameName(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    const Words markedA = markedWords(a), markedB = markedWords(b);
    const Words left = nameWords(markedA), right = nameWords(markedB);
    if (left.isEmpty() || right.isEmpty())
        return false;
    const bool sameWords = left.size() == right.size() && within(left, right) && within(right, left);
    const bool sameEnd = wordsMatch(left.last(), right.last());
    if (sameWords || (sameEnd && (within(left, right) || within(right, left))))
        return true;
    if (isStartOf(markedA, markedB) || isStartOf(markedB, markedA))
        return true;
    return spellsInitials(left, right) || spellsInitials(right, left);
}

bool FactNames::samePlace(const FactExtractor::Source &a, const Fact &fa, const FactExtractor::Source &b,
                          const Fact &fb)
{
    const Neighbours left(a, fa), right(b, fb);
    return (!left.before().isEmpty() && left.before() == right.before())
        || (!left.after().isEmpty() && left.after() == right.after());
}

bool FactNames::comparable(const Fact &a, const Fact &b)
{
    if (!FactRoles::nameRolesAgree(a, b))
        return false;
    const bool oneWordA = nameWords(markedWords(a.value)).size() == 1;
    const bool oneWordB = nameWords(markedWords(b.value)).size() == 1;
    return !(oneWordA && oneWordB && a.titled != b.titled);
}

} // namespace WireDiff
