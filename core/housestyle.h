#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace WireDiff {

struct FlatDocument;
class Tokenizer;
class Vocabulary;

// The newsroom's house-style equivalences: spellings that mean the same and
// must not show up as changes ("Kiev" = "Kyiv", "per cent" = "%",
// "S. Korea" = "South Korea"). Each group's variants compare as one word.
// Text form, for settings and the sidecar: one group per line, variants
// separated by " = ".
class HouseStyle
{
public:
    HouseStyle() = default;
    explicit HouseStyle(QList<QStringList> groups);

    static HouseStyle defaults();
    static HouseStyle fromText(const QString &text);
    QString toText() const;

    const QList<QStringList> &groups() const { return m_groups; }
    bool isEmpty() const { return m_groups.isEmpty(); }
    friend bool operator==(const HouseStyle &, const HouseStyle &) = default;

private:
    QList<QStringList> m_groups;
};

// HouseStyle made concrete for one comparison: every variant as a sequence
// of comparison keys, each group with one canonical key. Applying it to a
// FlatDocument replaces each variant by its group's key; the tokens a
// variant spanned beyond its first drop out of the flat sequence (views
// then show them with their neighbour's class).
class HouseStyleMatcher
{
public:
    HouseStyleMatcher() = default;
    HouseStyleMatcher(const HouseStyle &style, Tokenizer *tokenizer, Vocabulary *vocabulary);

    void apply(FlatDocument *flat) const;
    bool isEmpty() const { return m_variants.empty(); }

private:
    struct Variant
    {
        std::vector<qint32> keys;
        qint32 canonical;
    };
    qint32 longestMatch(const FlatDocument &flat, qint32 at, qint32 paragraphEnd) const;

    std::vector<Variant> m_variants; // longest first
    std::vector<bool> m_startsVariant; // per key up to the largest that starts a variant: whether one does
};

} // namespace WireDiff
