#include "factwords.h"

#include "factterms.h"
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
        quint8 flags = 0;
        if (FactTerms::isWeekday(text))
            flags |= Weekday;
        if (FactTerms::isMonth(text))
            flags |= Month;
        if (FactTerms::isReportingVerb(text))
            flags |= ReportingVerb;
        if (FactTerms::isNameConnector(text))
            flags |= NameConnector;
        m_flags[size_t(key)] = flags;
        if (const QString stance = FactTerms::stanceOf(text); !stance.isEmpty()) {
            // A dozen classes at most (FactTerms::stanceOf()'s table).
            auto known = std::find(m_stances.begin(), m_stances.end(), stance);
            if (known == m_stances.end()) {
                m_stances.push_back(stance);
                known = m_stances.end() - 1;
            }
            m_stance[size_t(key)] = qint8(known - m_stances.begin());
        }
        if (const QString amount = FactTerms::abbreviatedAmount(text); !amount.isEmpty())
            m_abbreviated.insert(key, amount);
    }
}

const QString *FactWords::abbreviatedAmount(qint32 key) const
{
    const auto it = m_abbreviated.constFind(key);
    return it == m_abbreviated.constEnd() ? nullptr : &*it;
}

const QString *FactWords::stance(qint32 key) const
{
    const qint8 index = m_stance[size_t(key)];
    return index < 0 ? nullptr : &m_stances[size_t(index)];
}

} // namespace WireDiff
