#include "housestyle.h"

#include "flatdocument.h"
#include "tokenizer.h"
#include "vocabulary.h"

#include <algorithm>

namespace WireDiff {

HouseStyle::HouseStyle(QList<QStringList> groups)
    : m_groups(std::move(groups))
{
}

HouseStyle HouseStyle::defaults()
{
    // Spellings that differ by agency or era, not by meaning.
    return HouseStyle({
        { QStringLiteral("Kyiv"), QStringLiteral("Kiev") },
        { QStringLiteral("Kharkiv"), QStringLiteral("Kharkov") },
        { QStringLiteral("Odesa"), QStringLiteral("Odessa") },
        { QStringLiteral("Myanmar"), QStringLiteral("Burma") },
        { QStringLiteral("per cent"), QStringLiteral("percent"), QStringLiteral("%") },
        { QStringLiteral("South Korea"), QStringLiteral("S. Korea"), QStringLiteral("S Korea") },
        { QStringLiteral("North Korea"), QStringLiteral("N. Korea"), QStringLiteral("N Korea") },
        { QStringLiteral("US"), QStringLiteral("U.S.") },
        { QStringLiteral("UK"), QStringLiteral("U.K.") },
        { QStringLiteral("UN"), QStringLiteral("U.N.") },
        { QStringLiteral("EU"), QStringLiteral("E.U.") },
        { QStringLiteral("am"), QStringLiteral("a.m.") },
        { QStringLiteral("pm"), QStringLiteral("p.m.") },
    });
}

HouseStyle HouseStyle::fromText(const QString &text)
{
    QList<QStringList> groups;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QStringList variants;
        for (const QString &variant : line.split(QLatin1Char('='))) {
            const QString trimmed = variant.trimmed();
            if (!trimmed.isEmpty())
                variants.append(trimmed);
        }
        if (variants.size() >= 2)
            groups.append(variants);
    }
    return HouseStyle(groups);
}

QString HouseStyle::toText() const
{
    QStringList lines;
    for (const QStringList &group : m_groups)
        lines.append(group.join(QLatin1String(" = ")));
    return lines.join(QLatin1Char('\n'));
}

HouseStyleMatcher::HouseStyleMatcher(const HouseStyle &style, Tokenizer *tokenizer, Vocabulary *vocabulary)
{
    for (const QStringList &group : style.groups()) {
        // The canonical key is the group's first spelling, all its keys
        // joined; a space never occurs inside a real key, so it cannot
        // collide with a word.
        QString canonicalText;
        std::vector<std::vector<qint32>> sequences;
        for (const QString &variant : group) {
            std::vector<qint32> keys;
            for (const Token &token : tokenizer->tokenize(variant).tokens)
                keys.push_back(token.key);
            if (keys.empty())
                continue;
            if (canonicalText.isEmpty()) {
                for (const qint32 key : keys) {
                    canonicalText.append(vocabulary->key(key));
                    canonicalText.append(QLatin1Char(' '));
                }
            }
            sequences.push_back(std::move(keys));
        }
        if (sequences.size() < 2)
            continue;
        const qint32 canonical = vocabulary->intern(canonicalText.trimmed(), TokenKind::Word);
        for (std::vector<qint32> &keys : sequences)
            m_variants.push_back(Variant { std::move(keys), canonical });
    }
    std::stable_sort(m_variants.begin(), m_variants.end(),
                     [](const Variant &x, const Variant &y) { return x.keys.size() > y.keys.size(); });
    qint32 largest = -1;
    for (const Variant &variant : m_variants)
        largest = std::max(largest, variant.keys.front());
    m_startsVariant.assign(size_t(largest + 1), false);
    for (const Variant &variant : m_variants)
        m_startsVariant[size_t(variant.keys.front())] = true;
}

qint32 HouseStyleMatcher::longestMatch(const FlatDocument &flat, qint32 at, qint32 paragraphEnd) const
{
    // Most tokens start no variant: one look-up instead of trying each (a
    // binary search per token took 10 ms of a 1M-word pair).
    const qint32 first = flat.keys[size_t(at)];
    if (first < 0 || size_t(first) >= m_startsVariant.size() || !m_startsVariant[size_t(first)])
        return -1;
    for (qint32 v = 0; v < qint32(m_variants.size()); ++v) {
        const std::vector<qint32> &keys = m_variants[size_t(v)].keys;
        if (at + qint32(keys.size()) > paragraphEnd)
            continue;
        if (std::equal(keys.begin(), keys.end(), flat.keys.begin() + at))
            return v;
    }
    return -1;
}

void HouseStyleMatcher::apply(FlatDocument *flat) const
{
    if (m_variants.empty())
        return;
    FlatDocument out;
    out.keys.reserve(flat->keys.size());
    out.tokens.reserve(flat->tokens.size());
    out.roles = flat->roles;
    const auto paragraphs = qint32(flat->paragraphStart.size());
    size_t sentence = 0;
    for (qint32 p = 0; p < paragraphs; ++p) {
        out.paragraphStart.push_back(out.size());
        const qint32 end = p + 1 < paragraphs ? flat->paragraphStart[size_t(p + 1)] : flat->size();
        for (qint32 i = flat->paragraphStart[size_t(p)]; i < end;) {
            // Sentence starts move with the tokens they point at; one inside
            // a replaced variant moves to the variant.
            while (sentence < flat->sentenceStarts.size() && flat->sentenceStarts[sentence] <= i) {
                if (out.sentenceStarts.empty() || out.sentenceStarts.back() != out.size())
                    out.sentenceStarts.push_back(out.size());
                ++sentence;
            }
            const qint32 match = longestMatch(*flat, i, end);
            const qint32 length = match >= 0 ? qint32(m_variants[size_t(match)].keys.size()) : 1;
            out.keys.push_back(match >= 0 ? m_variants[size_t(match)].canonical : flat->keys[size_t(i)]);
            out.tokens.push_back(flat->tokens[size_t(i)]);
            i += length;
        }
    }
    out.indexParagraphs();
    *flat = std::move(out);
}

} // namespace WireDiff
