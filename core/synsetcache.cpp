#include "synsetcache.h"

#include "synonymdictionary.h"
#include "vocabulary.h"

namespace WireDiff {

SynsetCache::SynsetCache(const Vocabulary &vocabulary, const SynonymDictionary &synonyms)
    : m_vocabulary(vocabulary)
    , m_synonyms(synonyms)
    , m_state(new std::atomic<quint8>[size_t(vocabulary.size())]())
    , m_lists(size_t(vocabulary.size()))
{
}

std::vector<quint32> SynsetCache::synsets(qint32 key) const
{
    std::atomic<quint8> &state = m_state[size_t(key)];
    if (state.load(std::memory_order_acquire) == Known)
        return m_lists[size_t(key)];
    std::vector<quint32> found = m_synonyms.synsets(m_vocabulary.key(key));
    // Only the thread that moves the key from Unknown writes its list, and
    // readers read it only once it is Known.
    quint8 expected = Unknown;
    if (state.compare_exchange_strong(expected, Publishing, std::memory_order_acq_rel)) {
        m_lists[size_t(key)] = found;
        state.store(Known, std::memory_order_release);
    }
    return found;
}

} // namespace WireDiff
