#pragma once

#include "token.h"

#include <QString>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace WireDiff {

// Interns comparison keys as dense integer ids, so the diff and every later
// stage compare ints instead of strings. Not thread-safe: tokenizing threads
// each fill their own Vocabulary and merge() maps them into the shared one.
class Vocabulary
{
public:
    Vocabulary();

    qint32 intern(QStringView key, TokenKind kind);
    // The same, with the key's hashOf() already computed (the tokenizer
    // hashes while it folds a word).
    qint32 intern(QStringView key, TokenKind kind, quint32 hash);
    qint32 find(QStringView key) const; // -1 when absent

    qsizetype size() const { return qsizetype(m_entries.size()); }
    QStringView key(qint32 id) const;
    TokenKind kind(qint32 id) const { return m_entries[size_t(id)].kind; }

    // Adds every key of `other`; returns, for each id of `other`, its id here.
    std::vector<qint32> merge(const Vocabulary &other);

    // FNV-1a over UTF-16 units, step by step: hashStep(hashSeed, c0), ...
    static constexpr quint32 hashSeed = 2166136261u;
    static constexpr quint32 hashStep(quint32 hash, char16_t unit) { return (hash ^ unit) * 16777619u; }
    static quint32 hashOf(QStringView key);

private:
    struct Entry
    {
        qsizetype offset;
        qint32 length;
        TokenKind kind;
        quint32 hash;
    };

    void grow();
    qsizetype slotFor(QStringView key, quint32 hash) const;

    QString m_storage;                 // all keys back to back
    std::vector<Entry> m_entries;      // id -> key
    std::vector<qint32> m_slots;       // open addressing, -1 = empty
};

} // namespace WireDiff
