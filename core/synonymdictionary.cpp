#include "synonymdictionary.h"

#include <QFile>

#include <algorithm>
#include <array>

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

} // namespace

QString SynonymDictionary::defaultFolder()
{
    return QStringLiteral("/usr/share/wordnet");
}

std::shared_ptr<const SynonymDictionary> SynonymDictionary::load(const QString &folder)
{
    std::shared_ptr<SynonymDictionary> dictionary(new SynonymDictionary);
    const std::array<QString, 4> parts { QStringLiteral("noun"), QStringLiteral("verb"),
                                         QStringLiteral("adj"), QStringLiteral("adv") };
    bool any = false;
    for (quint32 pos = 0; pos < parts.size(); ++pos) {
        any |= dictionary->readIndex(folder + QStringLiteral("/index.") + parts[pos], pos);
        dictionary->readExceptions(folder + QLatin1Char('/') + parts[pos] + QStringLiteral(".exc"));
    }
    if (!any)
        return nullptr;
    return dictionary;
}

bool SynonymDictionary::readIndex(const QString &path, quint32 partOfSpeech)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray data = file.readAll();
    for (const QByteArray &line : data.split('\n')) {
        if (line.isEmpty() || line.startsWith(' '))
            continue; // licence header lines start with spaces
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 6)
            continue;
        const int synsetCount = fields.at(2).toInt();
        const int pointerCount = fields.at(3).toInt();
        const qsizetype firstOffset = 4 + pointerCount + 2;
        if (firstOffset + synsetCount > fields.size())
            continue;
        std::vector<quint32> &ids = m_synsets[QString::fromUtf8(fields.at(0))];
        for (int s = 0; s < std::min(synsetCount, sensesPerWord); ++s) {
            // Offsets are unique per part of speech; the top bits keep the
            // four parts apart.
            const quint32 offset = fields.at(firstOffset + s).toUInt();
            ids.push_back(offset | (partOfSpeech << 30));
        }
    }
    return true;
}

bool SynonymDictionary::readExceptions(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray data = file.readAll();
    for (const QByteArray &line : data.split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 2)
            continue;
        std::vector<QString> &forms = m_exceptions[QString::fromUtf8(fields.at(0))];
        for (qsizetype i = 1; i < fields.size(); ++i)
            forms.push_back(QString::fromUtf8(fields.at(i)));
    }
    return true;
}

std::vector<QString> SynonymDictionary::baseForms(QStringView word) const
{
    std::vector<QString> forms { word.toString() };
    const auto exception = m_exceptions.constFind(forms.front());
    if (exception != m_exceptions.constEnd())
        forms.insert(forms.end(), exception->begin(), exception->end());
    for (const Suffix &suffix : suffixes) {
        const QLatin1String ending(suffix.ending);
        if (word.size() > ending.size() + 2 && word.endsWith(ending))
            forms.push_back(word.chopped(ending.size()).toString() + QLatin1String(suffix.replacement));
    }
    return forms;
}

std::vector<quint32> SynonymDictionary::synsets(QStringView foldedWord) const
{
    std::vector<quint32> ids;
    for (const QString &form : baseForms(foldedWord)) {
        const auto it = m_synsets.constFind(form);
        if (it != m_synsets.constEnd())
            ids.insert(ids.end(), it->begin(), it->end());
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

bool SynonymDictionary::areSynonyms(QStringView a, QStringView b) const
{
    const std::vector<quint32> left = synsets(a);
    const std::vector<quint32> right = synsets(b);
    std::vector<quint32> shared;
    std::set_intersection(left.begin(), left.end(), right.begin(), right.end(), std::back_inserter(shared));
    return !shared.empty();
}

} // namespace WireDiff
