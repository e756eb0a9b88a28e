#pragma once

#include <QString>
#include <QStringView>

struct sb_stemmer;

namespace WireDiff {

// A Snowball stemmer (libstemmer) for one language, chosen from a BCP 47
// tag; languages without a Snowball algorithm get an identity stemmer.
// Not thread-safe: one per thread.
class Stemmer
{
public:
    explicit Stemmer(const QString &language);
    ~Stemmer();
    Stemmer(const Stemmer &) = delete;
    Stemmer &operator=(const Stemmer &) = delete;

    QString stem(QStringView word) const;
    bool isAvailable() const { return m_stemmer != nullptr; }

    static const char *algorithmFor(const QString &language);

private:
    sb_stemmer *m_stemmer = nullptr;
};

} // namespace WireDiff
