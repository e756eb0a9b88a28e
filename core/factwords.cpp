#include "factwords.h"

#include "factterms.h"
#include "factunits.h"
#include "nametitles.h"
#include "paragraph.h"
#include "token.h"
#include "vocabulary.h"

#include <algorithm>

namespace WireDiff {

FactWords::FactWords(const Vocabulary &vocabulary)
{
    const auto size = size_t(vocabulary.size());
    m_numberWord.resize(size);
    m_flags.resize(size);
    m_stance.assign(size, -1);
    for (qint32 key = 0; key < qint32(size); ++key) {
        const QStringView text = vocabulary.key(key);
        m_numberWord[size_t(key)] = FactTerms::numberWordValue(text);
        quint16 flags = 0;
        if (FactTerms::isWeekday(text))
            flags |= Weekday;
        if (FactTerms::isMonth(text))
            flags |= Month;
        if (FactTerms::isReportingVerb(text))
            flags |= ReportingVerb;
        if (FactTerms::isNameConnector(text))
            flags |= NameConnector;
        if (NameTitles::isTitle(text))
            flags |= Title;
        if (FactTerms::isSpeakerPronoun(text))
            flags |= SpeakerPronoun;
        if (const QString stance = FactTerms::stanceOf(text); !stance.isEmpty()) {
            // A dozen classes at most (FactTerms::stanceOf()'s table).
            auto known = std::find(m_stances.begin(), m_stances.end(), stance);
            if (known == m_stances.end()) {
                m_stances.push_back(stance);
                known = m_stances.end() - 1;
            }
            m_stance[size_t(key)] = qint8(known - m_stances.begin());
        }
        if (const QString amount = FactTerms::abbreviatedAmount(text); !amount.isEmpty()) {
            m_abbreviated.insert(key, amount);
            flags |= HasAbbreviation;
        }
        if (UnitAmount amount; FactUnits::splitUnitSuffix(text, &amount.number, &amount.unit)) {
            m_unitAmounts.insert(key, amount);
            flags |= HasUnitAmount;
        }
        m_flags[size_t(key)] = flags;
    }
}

void FactWords::noteCase(const TokenizedArticle &tokens, const std::vector<Paragraph> &paragraphs)
{
    for (size_t p = 0; p < tokens.paragraphs.size() && p < paragraphs.size(); ++p) {
        const QString &text = paragraphs[p].text;
        const std::vector<Token> &words = tokens.paragraphs[p].tokens;
        for (size_t t = 0; t < words.size(); ++t) {
            const Token &token = words[t];
            if (token.kind != TokenKind::Word || token.key < 0 || size_t(token.key) >= m_flags.size())
                continue;
            const QChar first = text.at(token.start);
            // After a word of the same sentence: not after a quotation mark,
            // a bracket or a colon, which may open a sentence of their own.
            static const QString openers = QStringLiteral("\"'\u201C\u201D\u201E\u2018\u2019\u00AB\u00BB([:");
            const Token &previous = words[t > 0 ? t - 1 : 0];
            const bool opener = previous.kind == TokenKind::Punctuation && previous.end - previous.start == 1
                && openers.contains(text.at(previous.start));
            const bool inside = !token.sentenceStart && t > 0 && !opener;
            if (first.isLower())
                m_flags[size_t(token.key)] |= WrittenLower;
            else if (first.isUpper() && inside)
                m_flags[size_t(token.key)] |= CapitalisedInside;
        }
    }
}

const FactWords::UnitAmount *FactWords::unitAmount(qint32 key) const
{
    if (!(m_flags[size_t(key)] & HasUnitAmount))
        return nullptr;
    const auto it = m_unitAmounts.constFind(key);
    return it == m_unitAmounts.constEnd() ? nullptr : &*it;
}

const QString *FactWords::abbreviatedAmount(qint32 key) const
{
    if (!(m_flags[size_t(key)] & HasAbbreviation))
        return nullptr;
    const auto it = m_abbreviated.constFind(key);
    return it == m_abbreviated.constEnd() ? nullptr : &*it;
}

const QString *FactWords::stance(qint32 key) const
{
    const qint8 index = m_stance[size_t(key)];
    return index < 0 ? nullptr : &m_stances[size_t(index)];
}

} // namespace WireDiff
