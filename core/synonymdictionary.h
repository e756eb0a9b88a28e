#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

#include <memory>
#include <vector>

namespace WireDiff {

// English synonyms from WordNet 3.0 (Debian's wordnet-base, read at run time
// from /usr/share/wordnet). Two words are synonyms when a base form of each
// shares one of its most common senses (synsets), so "deny" and "refuse",
// "said" and "stated" match. Loading reads about 6 MB and is done once per
// process by whoever owns the dictionary; without the files load() returns
// null and paraphrase detection works on stems alone.
class SynonymDictionary
{
public:
    static std::shared_ptr<const SynonymDictionary> load(const QString &folder = defaultFolder());
    static QString defaultFolder();

    // Synset ids of the word's base forms (empty when unknown), most common
    // senses first, at most `sensesPerWord` per part of speech.
    std::vector<quint32> synsets(QStringView foldedWord) const;
    bool areSynonyms(QStringView a, QStringView b) const;
    qsizetype lemmaCount() const { return m_synsets.size(); }

    static constexpr int sensesPerWord = 4;

private:
    SynonymDictionary() = default;
    bool readIndex(const QString &path, quint32 partOfSpeech);
    bool readExceptions(const QString &path);
    std::vector<QString> baseForms(QStringView word) const;

    QHash<QString, std::vector<quint32>> m_synsets;
    QHash<QString, std::vector<QString>> m_exceptions; // irregular inflection -> base forms
};

} // namespace WireDiff
