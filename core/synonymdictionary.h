#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <QFile>

#include <array>
#include <memory>
#include <vector>

namespace WireDiff {

// English synonyms from WordNet 3.0 (Debian's wordnet-base, read at run time
// from /usr/share/wordnet). Two words are synonyms when a base form of each
// shares one of its most common senses (synsets), so "deny" and "refuse",
// "said" and "stated" match. Without the files load() returns null and
// paraphrase detection works on stems alone.
//
// WordNet's index and exception files are sorted by lemma, so loading only
// reads them (about 6 MB) and notes where each line starts; a lookup is a
// binary search over those lines. Loading takes milliseconds, not the
// second that parsing every line into a hash took, so no window or export
// waits for it. Immutable after load(): safe to share between threads.
class SynonymDictionary
{
public:
    static std::shared_ptr<const SynonymDictionary> load(const QString &folder = defaultFolder());

    // WordNet's parts of speech in the order of its file names (index.noun,
    // data.verb, ...), which both dictionaries number them by.
    static constexpr std::array<const char *, 4> partsOfSpeech { "noun", "verb", "adj", "adv" };
    // The number of a data line's part of speech letter in that order ("s",
    // an adjective satellite, lives in data.adj), or -1.
    static int partOfSpeech(QByteArrayView letter);
    // A WordNet line's space-separated fields, up to a field equal to
    // `stopAt` when given (a data line's "|" before its gloss), without
    // allocating more than the list.
    static std::vector<QByteArrayView> fields(QByteArrayView line, QByteArrayView stopAt = {});
    static QString defaultFolder();

    // Synset ids of the word's base forms (empty when unknown), most common
    // senses first, at most `sensesPerWord` per part of speech.
    std::vector<quint32> synsets(QStringView foldedWord) const;
    bool areSynonyms(QStringView a, QStringView b) const;
    qsizetype lemmaCount() const;
    // The base forms of a word that WordNet lists ("fewest" -> "few",
    // "reopened" -> "reopen"), by the same morphology as synsets(), and the
    // synset ids of one such lemma (offset | part of speech << 30). For
    // AntonymDictionary, which reads the synsets' data lines.
    std::vector<QByteArray> lemmas(QStringView foldedWord) const;
    std::vector<quint32> lemmaSynsets(QByteArrayView lemma) const;
    const QString &folder() const { return m_folder; }

    // Kinds of WordNet pointer by which a reader takes one word for a
    // rewording of another without their sharing a sense: a derivationally
    // related form ("+", and an adjective's pertainym, a backslash: "jailed" ~
    // "imprisonment"), a broader or narrower sense ("@", "~" and their
    // instance forms: "court" ~ "tribunal"), a similar or see-also
    // adjective or an attribute ("&", "^", "=": "huge" ~ "large").
    enum Relation : quint8 { Derived = 1, Broader = 2, Narrower = 4, Similar = 8 };
    struct Related
    {
        quint32 synset = 0; // as synsets() numbers them
        quint8 kinds = 0;   // Relation bits
        friend bool operator==(const Related &, const Related &) = default;
    };
    // The synsets one such pointer away from the word's synsets, sorted by
    // id, each once with all its kinds: derivations from each of the senses
    // synsets() gives, the other kinds from a base form's most common sense
    // per part of speech only (the rarer senses' hypernyms and hyponyms
    // relate a word to much of any story). Reads the
    // synsets' lines from the data files (not loaded: a synset's id is its
    // line's offset); empty without them. Safe from any thread. Measured
    // by `wirediff-eval --relations`; no comparison reads it yet.
    std::vector<Related> related(QStringView foldedWord) const;
    // Such pointers of one synset, in the line's order.
    std::vector<Related> pointersOf(quint32 synset) const;

    static constexpr int sensesPerWord = 4;

private:
    // One sorted WordNet file held in memory, with the start and key length
    // of each data line (licence lines, which start with spaces, left out)
    // and where the lines of each first byte begin, so a lookup is a short
    // binary search of memcmp()s (lookups run for every word a paraphrase
    // check meets).
    struct SortedFile
    {
        struct Line
        {
            quint32 start = 0;
            quint32 keyLength = 0;
        };
        QByteArray bytes;
        std::vector<Line> lines;
        std::array<quint32, 257> firstByte {}; // lines [firstByte[b], firstByte[b + 1]) start with byte b

        bool read(const QString &path);
        // The rest of the line whose first field is `key`, or an empty view.
        QByteArrayView find(QByteArrayView key) const;
    };

    SynonymDictionary() = default;
    void addIndexSynsets(QByteArrayView lemma, std::vector<quint32> *ids) const;
    std::vector<QByteArray> baseForms(QStringView word) const;

    std::array<SortedFile, 4> m_indexes;    // noun, verb, adj, adv
    std::array<SortedFile, 4> m_exceptions; // irregular inflection -> base forms
    // data.noun .. data.adv, open for pread(); null when missing.
    std::array<std::unique_ptr<QFile>, 4> m_data;
    QString m_folder;
};

} // namespace WireDiff
