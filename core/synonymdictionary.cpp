#include "synonymdictionary.h"

#include <QFile>

#include <algorithm>
#include <cstring>

#include <unistd.h>

namespace WireDiff {

namespace {

// Inflection endings and their replacements, after WordNet's own "morphy".
struct Suffix
{
    const char *ending;
    const char *replacement;
};

constexpr std::array<Suffix, 18> suffixes {{
    { "s", "" }, { "ses", "s" }, { "xes", "x" }, { "zes", "z" }, { "ches", "ch" },
    { "shes", "sh" }, { "men", "man" }, { "ies", "y" }, { "es", "e" }, { "es", "" },
    { "ed", "e" }, { "ed", "" }, { "ing", "e" }, { "ing", "" }, { "er", "" }, { "est", "" },
    { "er", "e" }, { "est", "e" },
}};

// The Relation bits of a pointer symbol, 0 for the pointers not followed.
quint8 relationOf(QByteArrayView symbol)
{
    if (symbol == "+" || symbol == "\\")
        return SynonymDictionary::Derived;
    if (symbol == "@" || symbol == "@i")
        return SynonymDictionary::Broader;
    if (symbol == "~" || symbol == "~i")
        return SynonymDictionary::Narrower;
    if (symbol == "&" || symbol == "^" || symbol == "=")
        return SynonymDictionary::Similar;
    return 0;
}

} // namespace

std::vector<QByteArrayView> SynonymDictionary::fields(QByteArrayView line, QByteArrayView stopAt)
{
    std::vector<QByteArrayView> result;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line.at(i) == ' ') {
            const QByteArrayView field = line.sliced(start, i - start);
            if (!stopAt.isEmpty() && field == stopAt)
                break;
            if (!field.isEmpty())
                result.push_back(field);
            start = i + 1;
        }
    }
    return result;
}

bool SynonymDictionary::SortedFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    bytes = file.readAll();
    const char *data = bytes.constData();
    const auto size = quint32(bytes.size());
    for (quint32 start = 0; start < size;) {
        const void *newline = std::memchr(data + start, '\n', size - start);
        const quint32 end = newline ? quint32(static_cast<const char *>(newline) - data) : size;
        if (end > start && data[start] != ' ') {
            const void *space = std::memchr(data + start, ' ', end - start);
            const quint32 keyEnd = space ? quint32(static_cast<const char *>(space) - data) : end;
            lines.push_back({ start, keyEnd - start });
        }
        start = end + 1;
    }
    // The files are sorted by bytes, so each first byte's lines are one run.
    size_t line = 0;
    for (int b = 0; b < 256; ++b) {
        firstByte[size_t(b)] = quint32(line);
        while (line < lines.size() && quint8(data[lines[line].start]) == b)
            ++line;
    }
    firstByte[256] = quint32(lines.size());
    return !lines.empty();
}

QByteArrayView SynonymDictionary::SortedFile::find(QByteArrayView key) const
{
    if (key.isEmpty() || lines.empty())
        return {};
    const char *data = bytes.constData();
    const auto keyOf = [data](const Line &line) { return QByteArrayView(data + line.start, line.keyLength); };
    // Byte order is the files' sort order (lower-case ASCII, '_' in lemmas).
    const auto lessThan = [](QByteArrayView a, QByteArrayView b) {
        const int order = std::memcmp(a.data(), b.data(), size_t(std::min(a.size(), b.size())));
        return order < 0 || (order == 0 && a.size() < b.size());
    };
    const quint8 first = quint8(key.front());
    const auto begin = lines.begin() + firstByte[first];
    const auto end = lines.begin() + firstByte[first + 1];
    const auto it = std::lower_bound(begin, end, key,
                                     [&](const Line &line, QByteArrayView k) { return lessThan(keyOf(line), k); });
    if (it == end || keyOf(*it) != key)
        return {};
    const void *newline = std::memchr(data + it->start, '\n', size_t(bytes.size()) - it->start);
    const qsizetype lineEnd = newline ? static_cast<const char *>(newline) - data : bytes.size();
    return QByteArrayView(data + it->start, lineEnd - it->start);
}

QString SynonymDictionary::defaultFolder()
{
    return QStringLiteral("/usr/share/wordnet");
}

std::shared_ptr<const SynonymDictionary> SynonymDictionary::load(const QString &folder)
{
    std::shared_ptr<SynonymDictionary> dictionary(new SynonymDictionary);
    bool any = false;
    for (size_t pos = 0; pos < partsOfSpeech.size(); ++pos) {
        const QString name = QString::fromLatin1(partsOfSpeech[pos]);
        any |= dictionary->m_indexes[pos].read(folder + QStringLiteral("/index.") + name);
        dictionary->m_exceptions[pos].read(folder + QLatin1Char('/') + name + QStringLiteral(".exc"));
        // Opened, not read: related() reads the few lines it needs.
        auto data = std::make_unique<QFile>(folder + QStringLiteral("/data.") + name);
        if (data->open(QIODevice::ReadOnly | QIODevice::Unbuffered) && data->handle() >= 0)
            dictionary->m_data[pos] = std::move(data);
    }
    if (!any)
        return nullptr;
    dictionary->m_folder = folder;
    return dictionary;
}

qsizetype SynonymDictionary::lemmaCount() const
{
    qsizetype count = 0;
    for (const SortedFile &index : m_indexes)
        count += qsizetype(index.lines.size());
    return count;
}

void SynonymDictionary::addIndexSynsets(QByteArrayView lemma, std::vector<quint32> *ids) const
{
    for (size_t pos = 0; pos < m_indexes.size(); ++pos) {
        // "lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…"
        const std::vector<QByteArrayView> f = fields(m_indexes[pos].find(lemma));
        if (f.size() < 6)
            continue;
        const int synsetCount = f[2].toInt();
        const int pointerCount = f[3].toInt();
        const size_t firstOffset = 4 + size_t(pointerCount) + 2;
        for (int s = 0; s < std::min(synsetCount, sensesPerWord) && firstOffset + size_t(s) < f.size(); ++s) {
            // Offsets are unique per part of speech; the top bits keep the
            // four parts apart.
            ids->push_back(f[firstOffset + size_t(s)].toUInt() | (quint32(pos) << 30));
        }
    }
}

std::vector<QByteArray> SynonymDictionary::baseForms(QStringView word) const
{
    const QByteArray utf8 = word.toUtf8();
    std::vector<QByteArray> forms { utf8 };
    for (const SortedFile &exceptions : m_exceptions) {
        const std::vector<QByteArrayView> f = fields(exceptions.find(utf8));
        for (size_t i = 1; i < f.size(); ++i)
            forms.push_back(f[i].toByteArray());
    }
    for (const Suffix &suffix : suffixes) {
        const QByteArrayView ending(suffix.ending);
        if (utf8.size() > ending.size() + 2 && utf8.endsWith(ending))
            forms.push_back(utf8.chopped(ending.size()) + suffix.replacement);
    }
    return forms;
}

std::vector<quint32> SynonymDictionary::synsets(QStringView foldedWord) const
{
    std::vector<quint32> ids;
    for (const QByteArray &form : baseForms(foldedWord))
        addIndexSynsets(form, &ids);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

std::vector<QByteArray> SynonymDictionary::lemmas(QStringView foldedWord) const
{
    std::vector<QByteArray> result;
    for (QByteArray &form : baseForms(foldedWord)) {
        const bool listed = std::any_of(m_indexes.begin(), m_indexes.end(),
                                        [&form](const SortedFile &index) { return !index.find(form).isEmpty(); });
        if (listed && std::find(result.begin(), result.end(), form) == result.end())
            result.push_back(std::move(form));
    }
    return result;
}

std::vector<quint32> SynonymDictionary::lemmaSynsets(QByteArrayView lemma) const
{
    std::vector<quint32> ids;
    addIndexSynsets(lemma, &ids);
    return ids;
}

std::vector<SynonymDictionary::Related> SynonymDictionary::pointersOf(quint32 synset) const
{
    std::vector<Related> result;
    const QFile *file = m_data[synset >> 30].get();
    if (!file)
        return result;
    // A synset's id is its line's byte offset; pread() keeps no file
    // position, so threads read side by side.
    const qint64 offset = qint64(synset & ((quint32(1) << 30) - 1));
    QByteArray line;
    std::array<char, 4096> buffer {};
    for (;;) {
        const ssize_t read = ::pread(file->handle(), buffer.data(), buffer.size(), off_t(offset + line.size()));
        if (read <= 0)
            break;
        const void *newline = std::memchr(buffer.data(), '\n', size_t(read));
        line.append(buffer.data(), newline ? static_cast<const char *>(newline) - buffer.data() : qsizetype(read));
        if (newline)
            break;
    }
    // "offset lex_filenum ss_type w_cnt [word lex_id]… p_cnt [symbol offset pos source/target]… | gloss"
    const std::vector<QByteArrayView> f = fields(line, "|");
    if (f.size() < 4 || f[0].toUInt() != (synset & ((quint32(1) << 30) - 1)))
        return result;
    bool ok = false;
    const size_t words = size_t(f[3].toInt(&ok, 16));
    const size_t countAt = 4 + 2 * words;
    if (!ok || countAt >= f.size())
        return result;
    const size_t pointers = size_t(f[countAt].toInt());
    for (size_t p = 0; p < pointers && countAt + 4 * p + 4 < f.size(); ++p) {
        const size_t at = countAt + 1 + 4 * p;
        const quint8 kinds = relationOf(f[at]);
        const int pos = SynonymDictionary::partOfSpeech(f[at + 2]);
        if (kinds && pos >= 0)
            result.push_back({ f[at + 1].toUInt() | (quint32(pos) << 30), kinds });
    }
    return result;
}

std::vector<SynonymDictionary::Related> SynonymDictionary::related(QStringView foldedWord) const
{
    std::vector<Related> result;
    for (const QByteArray &form : baseForms(foldedWord)) {
        for (size_t pos = 0; pos < m_indexes.size(); ++pos) {
            std::vector<quint32> ids;
            const std::vector<QByteArrayView> f = fields(m_indexes[pos].find(form));
            if (f.size() < 6)
                continue;
            const int synsetCount = f[2].toInt();
            const size_t firstOffset = 4 + size_t(f[3].toInt()) + 2;
            for (int s = 0; s < std::min(synsetCount, sensesPerWord) && firstOffset + size_t(s) < f.size(); ++s) {
                for (Related pointer : pointersOf(f[firstOffset + size_t(s)].toUInt() | (quint32(pos) << 30))) {
                    if (s > 0)
                        pointer.kinds &= Derived;
                    if (pointer.kinds)
                        result.push_back(pointer);
                }
            }
        }
    }
    std::sort(result.begin(), result.end(), [](const Related &a, const Related &b) { return a.synset < b.synset; });
    // One entry per synset, with the kinds of all pointers to it.
    size_t kept = 0;
    for (size_t i = 0; i < result.size(); ++i) {
        if (kept > 0 && result[kept - 1].synset == result[i].synset)
            result[kept - 1].kinds |= result[i].kinds;
        else
            result[kept++] = result[i];
    }
    result.resize(kept);
    return result;
}

bool SynonymDictionary::areSynonyms(QStringView a, QStringView b) const
{
    const std::vector<quint32> left = synsets(a);
    const std::vector<quint32> right = synsets(b);
    std::vector<quint32> shared;
    std::set_intersection(left.begin(), left.end(), right.begin(), right.end(), std::back_inserter(shared));
    return !shared.empty();
}

int SynonymDictionary::partOfSpeech(QByteArrayView letter)
{
    if (letter == "n")
        return 0;
    if (letter == "v")
        return 1;
    if (letter == "a" || letter == "s")
        return 2;
    return letter == "r" ? 3 : -1;
}

} // namespace WireDiff
