#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QHash>
#include <QReadWriteLock>
#include <QString>
#include <QStringView>

#include <array>
#include <memory>
#include <vector>

namespace WireDiff {

class SynonymDictionary;

// English antonyms from WordNet 3.0's antonym pointers ("!"), for
// PolarityCheck. Two words are antonyms when a base form of one (as
// SynonymDictionary::lemmas() finds them) has, in one of its most common
// senses, an antonym pointer to a synset holding a base form of the other:
// "above"/"below", "opened"/"closed", "most"/"few" ("most" points to
// "fewest", whose base form is "few"). A word made from another by a
// prefix, which WordNet files under that word as its hypernym ("reopen" is
// a kind of "open"), has that word's antonyms too: "reopened"/"closed".
// Nothing else is guessed: without a pointer there is no antonym.
//
// The data files (22 MB) are neither loaded nor mapped: a synset's offset
// is the byte offset of its line in data.<part of speech>, so a lookup
// reads the few lines it needs with pread(), and the dictionary holds no
// more than four open files (mapped, the pages the kernel maps around each
// line read counted in the process's memory: 10 MB more on the seeds).
// What it answers does not change after load(); the words looked up are
// kept, under a lock, so that every comparison after the first (the
// pairs of a folder repeat the base's words) reads no data line again:
// safe to share between threads.
class AntonymDictionary
{
public:
    // Null when `synonyms` is null or its folder lacks the data files.
    static std::shared_ptr<const AntonymDictionary> load(std::shared_ptr<const SynonymDictionary> synonyms);

    bool areAntonyms(QStringView foldedA, QStringView foldedB) const;

    // What a comparison keeps of a word to pair it with many others: its
    // base forms, and its antonyms with their base forms ("fewest", "few").
    struct Word
    {
        std::vector<QByteArray> lemmas;
        std::vector<QByteArray> antonyms;
    };
    Word word(QStringView folded) const;
    static bool areAntonyms(const Word &a, const Word &b);

    // The words WordNet names as antonyms of the word's base forms, as
    // written there (lower case, "_" between the words of a phrase).
    std::vector<QByteArray> antonyms(QStringView foldedWord) const;

private:
    AntonymDictionary() = default;
    Word lookUp(QStringView folded) const;
    // The antonyms of one base form with their own base forms, kept.
    std::vector<QByteArray> lemmaAntonyms(const QByteArray &lemma) const;
    void antonymsOfLemma(const QByteArray &lemma, std::vector<QByteArray> *out) const;
    // The line of `synset` in its data file; with `wordsOnly`, a long line
    // may end, after a whole field, once its words are read.
    QByteArray dataLine(quint32 synset, bool wordsOnly) const;
    void addAntonymsOf(QByteArrayView lemma, quint32 synset, bool followHypernyms,
                       std::vector<QByteArray> *out) const;

    std::shared_ptr<const SynonymDictionary> m_synonyms;
    std::array<std::unique_ptr<QFile>, 4> m_files; // noun, verb, adj, adv, as SynonymDictionary numbers them
    // Words already looked up: a lookup reads and parses several data
    // lines. Bounded by the vocabulary of what was compared (a few hundred
    // bytes a word).
    mutable QReadWriteLock m_lookedUpLock;
    mutable QHash<QString, Word> m_lookedUp;
    mutable QHash<QByteArray, std::vector<QByteArray>> m_lemmaAntonyms; // see lemmaAntonyms(), under the same lock
};

} // namespace WireDiff
