#include "stemmer.h"

#include <libstemmer.h>

#include <array>
#include <utility>

namespace WireDiff {

const char *Stemmer::algorithmFor(const QString &language)
{
    static constexpr std::array<std::pair<const char *, const char *>, 24> algorithms {{
        { "ar", "arabic" }, { "da", "danish" }, { "de", "german" }, { "el", "greek" },
        { "en", "english" }, { "es", "spanish" }, { "fi", "finnish" }, { "fr", "french" },
        { "hu", "hungarian" }, { "id", "indonesian" }, { "it", "italian" }, { "lt", "lithuanian" },
        { "ne", "nepali" }, { "nl", "dutch" }, { "no", "norwegian" }, { "nb", "norwegian" },
        { "pt", "portuguese" }, { "ro", "romanian" }, { "ru", "russian" }, { "sv", "swedish" },
        { "ta", "tamil" }, { "tr", "turkish" }, { "ga", "irish" }, { "ca", "catalan" },
    }};
    const QString primary = language.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    const QString key = primary.isEmpty() ? QStringLiteral("en") : primary;
    for (const auto &[code, algorithm] : algorithms) {
        if (key == QLatin1String(code))
            return algorithm;
    }
    return nullptr;
}

Stemmer::Stemmer(const QString &language)
{
    if (const char *algorithm = algorithmFor(language))
        m_stemmer = sb_stemmer_new(algorithm, "UTF_8");
}

Stemmer::~Stemmer()
{
    if (m_stemmer)
        sb_stemmer_delete(m_stemmer);
}

QString Stemmer::stem(QStringView word) const
{
    if (!m_stemmer)
        return word.toString();
    const QByteArray utf8 = word.toUtf8();
    const sb_symbol *stemmed = sb_stemmer_stem(
        m_stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (!stemmed)
        return word.toString();
    return QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(m_stemmer));
}

} // namespace WireDiff
