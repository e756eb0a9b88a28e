#include "antonymdictionary.h"

#include "synonymdictionary.h"

#include <algorithm>
#include <cstring>

#include <unistd.h>

namespace WireDiff {

namespace {

// A data line's fields: "offset lex_filenum ss_type w_cnt word lex_id …
// p_cnt [symbol offset pos source/target]… | gloss", up to the gloss.
std::vector<QByteArrayView> fieldsBeforeGloss(QByteArrayView line)
{
    return SynonymDictionary::fields(line, "|");
}

// A synset's word as compared: lower case, an adjective's position marker
// ("most(a)", "galore(ip)") left off.
QByteArray wordOf(QByteArrayView field)
{
    const qsizetype bracket = field.indexOf('(');
    return (bracket > 0 ? field.first(bracket) : field).toByteArray().toLower();
}

// The part of speech number of a pointer's part of speech letter ("s", an
// adjective satellite, lives in data.adj), or -1.
int partOfSpeech(QByteArrayView letter)
{
    if (letter == "n")
        return 0;
    if (letter == "v")
        return 1;
    if (letter == "a" || letter == "s")
        return 2;
    return letter == "r" ? 3 : -1;
}

// One synset's words and pointers, read from its data line.
struct Synset
{
    std::vector<QByteArray> words;
    struct Pointer
    {
        QByteArrayView symbol;
        quint32 target = 0; // offset | part of speech << 30
        int source = 0;     // word number in this synset, 0 for all of them
        int targetWord = 0; // word number in the target, 0 for all of them
    };
    std::vector<Pointer> pointers;

    static Synset parse(QByteArrayView line)
    {
        Synset synset;
        const std::vector<QByteArrayView> f = fieldsBeforeGloss(line);
        if (f.size() < 4)
            return synset;
        bool ok = false;
        const int wordCount = f[3].toInt(&ok, 16);
        size_t at = 4;
        for (int w = 0; ok && w < wordCount && at + 1 < f.size(); ++w, at += 2)
            synset.words.push_back(wordOf(f[at]));
        if (at >= f.size())
            return synset;
        const int pointerCount = f[at].toInt();
        ++at;
        for (int p = 0; p < pointerCount && at + 3 < f.size(); ++p, at += 4) {
            const int pos = partOfSpeech(f[at + 2]);
            const QByteArrayView sourceTarget = f[at + 3];
            if (pos < 0 || sourceTarget.size() != 4)
                continue;
            synset.pointers.push_back({ f[at], f[at + 1].toUInt() | (quint32(pos) << 30),
                                        sourceTarget.first(2).toInt(nullptr, 16),
                                        sourceTarget.sliced(2).toInt(nullptr, 16) });
        }
        return synset;
    }

    // The number of `lemma` among the words (from 1), or 0.
    int numberOf(QByteArrayView lemma) const
    {
        const auto it = std::find(words.begin(), words.end(), lemma);
        return it == words.end() ? 0 : int(it - words.begin()) + 1;
    }
};

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

QByteArray AntonymDictionary::dataLine(quint32 synset) const
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
    }
    return line;
}

void AntonymDictionary::addAntonymsOf(QByteArrayView lemma, quint32 synsetId, bool followHypernyms,
                                      std::vector<QByteArray> *out) const
{
    const QByteArray line = dataLine(synsetId); // the pointers' symbols are views into it
    const Synset synset = Synset::parse(line);
    const int number = synset.numberOf(lemma);
    for (const Synset::Pointer &pointer : synset.pointers) {
        if (pointer.symbol == "!" && (pointer.source == 0 || pointer.source == number)) {
            const QByteArray targetLine = dataLine(pointer.target);
            const Synset target = Synset::parse(targetLine);
            for (size_t w = 0; w < target.words.size(); ++w) {
                if (pointer.targetWord == 0 || pointer.targetWord == int(w) + 1)
                    out->push_back(target.words[w]);
            }
        } else if (followHypernyms && pointer.symbol == "@") {
            // A prefixed derivation: "reopen" is filed under "open".
            const QByteArray hypernymLine = dataLine(pointer.target);
            const Synset hypernym = Synset::parse(hypernymLine);
            for (const QByteArray &word : hypernym.words) {
                if (word.size() >= shortestStem && lemma.size() > word.size() && lemma.endsWith(word))
                    addAntonymsOf(word, pointer.target, false, out);
            }
        }
    }
}

std::vector<QByteArray> AntonymDictionary::antonyms(QStringView foldedWord) const
{
    std::vector<QByteArray> result;
    for (const QByteArray &lemma : m_synonyms->lemmas(foldedWord)) {
        for (const quint32 synset : m_synonyms->lemmaSynsets(lemma))
            addAntonymsOf(lemma, synset, true, &result);
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
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
    for (const QByteArray &antonym : antonyms(folded)) {
        result.antonyms.push_back(antonym);
        // "fewest" stands for "few".
        for (QByteArray &lemma : m_synonyms->lemmas(QString::fromUtf8(antonym)))
            result.antonyms.push_back(std::move(lemma));
    }
    std::sort(result.lemmas.begin(), result.lemmas.end());
    std::sort(result.antonyms.begin(), result.antonyms.end());
    result.antonyms.erase(std::unique(result.antonyms.begin(), result.antonyms.end()), result.antonyms.end());
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
