#pragma once

#include <QtGlobal>

#include <atomic>
#include <memory>
#include <vector>

namespace WireDiff {

class SynonymDictionary;
class Vocabulary;

// The WordNet synsets of the vocabulary's keys, each looked up in the
// dictionary once for all the paraphrase scorers of a comparison (the
// word diffs' and the reworded shares', on their threads): every scorer
// looked up every word it met itself, up to four times the lookups. Safe
// to share between threads: a key is published once, with the list the
// dictionary gives; two threads that ask for a new key at the same time
// both look it up and get the same list.
class SynsetCache
{
public:
    // Keeps references; the vocabulary does not change while it is used.
    SynsetCache(const Vocabulary &vocabulary, const SynonymDictionary &synonyms);

    // As SynonymDictionary::synsets() of the key's text.
    std::vector<quint32> synsets(qint32 key) const;

private:
    enum State : quint8 { Unknown, Publishing, Known };

    const Vocabulary &m_vocabulary;
    const SynonymDictionary &m_synonyms;
    std::unique_ptr<std::atomic<quint8>[]> m_state; // per key, a State
    mutable std::vector<std::vector<quint32>> m_lists; // per key, read once Known
};

} // namespace WireDiff
