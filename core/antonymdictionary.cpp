#include "antonymdictionary.h"

#include "synonymdictionary.h"

#include <algorithm>
#include <cstring>

#include <unistd.h>

namespace WireDiff {

namespace {

// A data line's fields: "offset lex_filenum ss_type w_cnt word lex_id …
// p_cnt [symbol offset pos source/target]… | gloss", read one at a time up
// to the gloss. A general synset's line ("person", "act") lists thousands
// of pointers: a lookup splits no line into a list of fields and reads only
// the pointers it follows (the lists took most of a lookup's time).
class DataFields
{
public:
    explicit DataFields(QByteArrayView line)
        : m_line(line)
    {
    }

    // The next field, or an empty view at the gloss or the line's end.
    QByteArrayView next()
    {
        while (m_at < m_line.size() && m_line.at(m_at) == ' ')
            ++m_at;
        const qsizetype start = m_at;
        while (m_at < m_line.size() && m_line.at(m_at) != ' ')
            ++m_at;
        const QByteArrayView field = m_line.sliced(start, m_at - start);
        if (field == "|") {
            m_at = m_line.size();
            return {};
        }
        return field;
    }

private:
    QByteArrayView m_line;
    qsizetype m_at = 0;
};

// A synset's word as written, an adjective's position marker ("most(a)",
// "galore(ip)") left off; compared in lower case.
QByteArrayView withoutMarker(QByteArrayView field)
{
    const qsizetype bracket = field.indexOf('(');
    return bracket > 0 ? field.first(bracket) : field;
}

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

// Whether `word` in lower case is `lower`.
bool equalsLowered(QByteArrayView word, QByteArrayView lower)
{
    if (word.size() != lower.size())
        return false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (asciiLower(word.at(i)) != lower.at(i))
            return false;
    }
    return true;
}

// Reads the header and the words of a synset's line, calling fn(word, its
// number from 1) for each word (withoutMarker(), as written); leaves
// `fields` at the pointer count. False when the line ends before its last
// word's lex_id.
template<typename Fn>
bool readWords(DataFields &fields, Fn fn)
{
    for (int header = 0; header < 3; ++header) {
        if (fields.next().isEmpty())
            return false;
    }
    bool ok = false;
    const int wordCount = fields.next().toInt(&ok, 16);
    if (!ok)
        return false;
    for (int w = 1; w <= wordCount; ++w) {
        const QByteArrayView word = fields.next();
        if (fields.next().isEmpty()) // lex_id
            return false;
        fn(withoutMarker(word), w);
    }
    return true;
}

// A pointer of a synset's line.
struct Pointer
{
    QByteArrayView symbol;
    quint32 target = 0; // offset | part of speech << 30
    int source = 0;     // word number in this synset, 0 for all of them
    int targetWord = 0; // word number in the target, 0 for all of them
};

// Calls fn(pointer) for each well-formed pointer whose symbol `wanted`
// accepts, `fields` standing at the pointer count.
template<typename Wanted, typename Fn>
void readPointers(DataFields &fields, Wanted wanted, Fn fn)
{
    const int pointerCount = fields.next().toInt();
    for (int p = 0; p < pointerCount; ++p) {
        const QByteArrayView symbol = fields.next();
        const QByteArrayView offset = fields.next();
        const QByteArrayView letter = fields.next();
        const QByteArrayView sourceTarget = fields.next();
        if (sourceTarget.isEmpty())
            return;
        const int pos = SynonymDictionary::partOfSpeech(letter);
        if (!wanted(symbol) || pos < 0 || sourceTarget.size() != 4)
            continue;
        fn(Pointer { symbol, offset.toUInt() | (quint32(pos) << 30), sourceTarget.first(2).toInt(nullptr, 16),
                     sourceTarget.sliced(2).toInt(nullptr, 16) });
    }
}

// Whether `prefix` of a line, cut after a complete field, holds all of the
// synset's words.
bool holdsWords(QByteArrayView prefix)
{
    DataFields fields(prefix);
    return readWords(fields, [](QByteArrayView, int) {});
}

// The shortest word a prefixed derivation is made from ("open" in "reopen").
constexpr qsizetype shortestStem = 3;

} // namespace

std::shared_ptr<const AntonymDictionary> AntonymDictionary::load(std::shared_ptr<const SynonymDictionary> synonyms)
{
    if (!synonyms)
        return nullptr;
    std::shared_ptr<AntonymDictionary> dictionary(new AntonymDictionary);
    for (size_t pos = 0; pos < SynonymDictionary::partsOfSpeech.size(); ++pos) {
        auto file = std::make_unique<QFile>(synonyms->folder() + QStringLiteral("/data.")
                                            + QString::fromLatin1(SynonymDictionary::partsOfSpeech[pos]));
        if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered) || file->size() == 0 || file->handle() < 0)
            return nullptr;
        dictionary->m_files[pos] = std::move(file);
    }
    dictionary->m_synonyms = std::move(synonyms);
    return dictionary;
}

QByteArray AntonymDictionary::dataLine(quint32 synset, bool wordsOnly) const
{
    // pread() keeps no file position, so threads may read side by side.
    const int descriptor = m_files[synset >> 30]->handle();
    const qint64 offset = qint64(synset & ((quint32(1) << 30) - 1));
    QByteArray line;
    std::array<char, 1024> buffer {};
    for (;;) {
        const ssize_t read = ::pread(descriptor, buffer.data(), buffer.size(), off_t(offset + line.size()));
        if (read <= 0)
            break;
        const void *newline = std::memchr(buffer.data(), '\n', size_t(read));
        if (newline) {
            line.append(buffer.data(), static_cast<const char *>(newline) - buffer.data());
            break;
        }
        line.append(buffer.data(), qsizetype(read));
        // The words come first: the rest of a long line is not read.
        const qsizetype lastSpace = line.lastIndexOf(' ');
        if (wordsOnly && lastSpace > 0 && holdsWords(QByteArrayView(line).first(lastSpace))) {
            line.truncate(lastSpace);
            break;
        }
    }
    return line;
}

void AntonymDictionary::addAntonymsOf(QByteArrayView lemma, quint32 synsetId, bool followHypernyms,
                                      std::vector<QByteArray> *out) const
{
    const QByteArray line = dataLine(synsetId, false);
    DataFields fields(line);
    int number = 0; // of `lemma` among the synset's words, from 1; 0 when absent
    if (!readWords(fields, [&](QByteArrayView word, int n) {
            if (number == 0 && equalsLowered(word, lemma))
                number = n;
        }))
        return;
    const auto wanted = [&](QByteArrayView symbol) { return symbol == "!" || (followHypernyms && symbol == "@"); };
    readPointers(fields, wanted, [&](const Pointer &pointer) {
        if (pointer.symbol == "!") {
            if (pointer.source != 0 && pointer.source != number)
                return;
            const QByteArray targetLine = dataLine(pointer.target, true);
            DataFields target(targetLine);
            readWords(target, [&](QByteArrayView word, int n) {
                if (pointer.targetWord == 0 || pointer.targetWord == n)
                    out->push_back(word.toByteArray().toLower());
            });
            return;
        }
        // A prefixed derivation: "reopen" is filed under "open".
        const QByteArray hypernymLine = dataLine(pointer.target, true);
        DataFields hypernym(hypernymLine);
        readWords(hypernym, [&](QByteArrayView word, int) {
            if (word.size() >= shortestStem && lemma.size() > word.size()
                && equalsLowered(word, lemma.last(word.size())))
                addAntonymsOf(word.toByteArray().toLower(), pointer.target, false, out);
        });
    });
}

std::vector<QByteArray> AntonymDictionary::antonyms(QStringView foldedWord) const
{
    std::vector<QByteArray> result;
    for (const QByteArray &lemma : m_synonyms->lemmas(foldedWord))
        antonymsOfLemma(lemma, &result);
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

void AntonymDictionary::antonymsOfLemma(const QByteArray &lemma, std::vector<QByteArray> *out) const
{
    for (const quint32 synset : m_synonyms->lemmaSynsets(lemma))
        addAntonymsOf(lemma, synset, true, out);
}

AntonymDictionary::Word AntonymDictionary::word(QStringView folded) const
{
    const QString key = folded.toString();
    {
        const QReadLocker reading(&m_lookedUpLock);
        if (const auto found = m_lookedUp.constFind(key); found != m_lookedUp.cend())
            return *found;
    }
    Word result = lookUp(folded);
    const QWriteLocker writing(&m_lookedUpLock);
    m_lookedUp.insert(key, result);
    return result;
}

AntonymDictionary::Word AntonymDictionary::lookUp(QStringView folded) const
{
    Word result;
    result.lemmas = m_synonyms->lemmas(folded);
    // A word's antonyms are those of its base forms: each base form's are
    // kept, so the forms of a word ("closes", "closed", "closing") read
    // its data lines once.
    for (const QByteArray &lemma : result.lemmas) {
        const std::vector<QByteArray> ofLemma = lemmaAntonyms(lemma);
        result.antonyms.insert(result.antonyms.end(), ofLemma.begin(), ofLemma.end());
    }
    std::sort(result.lemmas.begin(), result.lemmas.end());
    std::sort(result.antonyms.begin(), result.antonyms.end());
    result.antonyms.erase(std::unique(result.antonyms.begin(), result.antonyms.end()), result.antonyms.end());
    return result;
}

std::vector<QByteArray> AntonymDictionary::lemmaAntonyms(const QByteArray &lemma) const
{
    {
        const QReadLocker reading(&m_lookedUpLock);
        if (const auto found = m_lemmaAntonyms.constFind(lemma); found != m_lemmaAntonyms.cend())
            return *found;
    }
    std::vector<QByteArray> antonyms;
    antonymsOfLemma(lemma, &antonyms);
    std::vector<QByteArray> result;
    for (const QByteArray &antonym : antonyms) {
        result.push_back(antonym);
        // "fewest" stands for "few".
        for (QByteArray &form : m_synonyms->lemmas(QString::fromUtf8(antonym)))
            result.push_back(std::move(form));
    }
    const QWriteLocker writing(&m_lookedUpLock);
    m_lemmaAntonyms.insert(lemma, result);
    return result;
}

bool AntonymDictionary::areAntonyms(const Word &a, const Word &b)
{
    const auto meet = [](const std::vector<QByteArray> &x, const std::vector<QByteArray> &y) {
        for (auto i = x.begin(), j = y.begin(); i != x.end() && j != y.end();) {
            if (*i == *j)
                return true;
            *i < *j ? ++i : ++j;
        }
        return false;
    };
    // Two forms of one word ("left" is "leave" and the adjective "left")
    // are never antonyms of each other.
    if (meet(a.lemmas, b.lemmas))
        return false;
    return meet(a.antonyms, b.lemmas) || meet(b.antonyms, a.lemmas);
}

bool AntonymDictionary::areAntonyms(QStringView foldedA, QStringView foldedB) const
{
    return areAntonyms(word(foldedA), word(foldedB));
}

} // namespace WireDiff
