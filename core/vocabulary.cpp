#include "vocabulary.h"

#include <cstring>

namespace WireDiff {

Vocabulary::Vocabulary()
    : m_slots(1024, -1)
{
}

quint32 Vocabulary::hashOf(QStringView key)
{
    // FNV-1a over UTF-16 units: fast for the short strings words are.
    quint32 hash = hashSeed;
    for (const QChar c : key)
        hash = hashStep(hash, c.unicode());
    return hash;
}

qsizetype Vocabulary::slotFor(QStringView key, quint32 hash) const
{
    const qsizetype mask = qsizetype(m_slots.size()) - 1;
    qsizetype slot = qsizetype(hash) & mask;
    while (true) {
        const qint32 id = m_slots[size_t(slot)];
        if (id < 0)
            return slot;
        const Entry &entry = m_entries[size_t(id)];
        if (entry.hash == hash && entry.length == key.size()
            && std::memcmp(m_storage.constData() + entry.offset, key.data(),
                           size_t(key.size()) * sizeof(char16_t)) == 0) {
            return slot;
        }
        slot = (slot + 1) & mask;
    }
}

qint32 Vocabulary::find(QStringView key) const
{
    return m_slots[size_t(slotFor(key, hashOf(key)))];
}

qint32 Vocabulary::intern(QStringView key, TokenKind kind)
{
    return intern(key, kind, hashOf(key));
}

qint32 Vocabulary::intern(QStringView key, TokenKind kind, quint32 hash)
{
    const qsizetype slot = slotFor(key, hash);
    if (m_slots[size_t(slot)] >= 0)
        return m_slots[size_t(slot)];
    const auto id = qint32(m_entries.size());
    Q_ASSERT(id <= Token::maxKey); // tokens keep keys in 29 bits (token.h)
    m_entries.push_back(Entry { m_storage.size(), qint32(key.size()), kind, hash });
    m_storage.append(key);
    m_slots[size_t(slot)] = id;
    // Keep the load factor under one half so probe runs stay short.
    if (m_entries.size() * 2 > m_slots.size())
        grow();
    return id;
}

void Vocabulary::grow()
{
    std::vector<qint32> table(m_slots.size() * 2, -1);
    const qsizetype mask = qsizetype(table.size()) - 1;
    for (size_t id = 0; id < m_entries.size(); ++id) {
        qsizetype slot = qsizetype(m_entries[id].hash) & mask;
        while (table[size_t(slot)] >= 0)
            slot = (slot + 1) & mask;
        table[size_t(slot)] = qint32(id);
    }
    m_slots.swap(table);
}

QStringView Vocabulary::key(qint32 id) const
{
    const Entry &entry = m_entries[size_t(id)];
    return QStringView(m_storage).mid(entry.offset, entry.length);
}

std::vector<qint32> Vocabulary::merge(const Vocabulary &other)
{
    std::vector<qint32> mapping(other.m_entries.size());
    for (size_t id = 0; id < other.m_entries.size(); ++id)
        mapping[id] = intern(other.key(qint32(id)), other.m_entries[id].kind, other.m_entries[id].hash);
    return mapping;
}

} // namespace WireDiff
