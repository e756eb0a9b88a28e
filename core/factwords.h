#pragma once

#include <QHash>
#include <QString>

#include <vector>

namespace WireDiff {

class Vocabulary;

// What fact extraction asks of a comparison key, decided once per
// vocabulary entry rather than once per token: whether it is a number word
// and its value, an abbreviated amount ("40m"), a weekday or a month name, a
// stance verb and its class, a reporting verb, or a lower-case word that may
// sit inside a name. Each answer is FactTerms' for the key's text; the
// table only saves asking its word lists again for every token (a 100k-word
// article repeats a few thousand distinct keys). Built once per comparison
// after all articles are tokenized, like Lexicon.
class FactWords
{
public:
    FactWords() = default;
    explicit FactWords(const Vocabulary &vocabulary);

    int numberWordValue(qint32 key) const { return m_numberWord[size_t(key)]; } // -1: not a number word
    const QString *abbreviatedAmount(qint32 key) const; // "40000000" for "40m"; nullptr if not one
    bool isWeekday(qint32 key) const { return m_flags[size_t(key)] & Weekday; }
    bool isMonth(qint32 key) const { return m_flags[size_t(key)] & Month; }
    bool isCalendarWord(qint32 key) const { return m_flags[size_t(key)] & (Weekday | Month); }
    const QString *stance(qint32 key) const; // the stance class; nullptr if not a stance verb
    bool isReportingVerb(qint32 key) const { return m_flags[size_t(key)] & ReportingVerb; }
    bool isNameConnector(qint32 key) const { return m_flags[size_t(key)] & NameConnector; }

private:
    enum Flag : quint8 { Weekday = 1, Month = 2, ReportingVerb = 4, NameConnector = 8 };

    std::vector<qint32> m_numberWord;
    std::vector<quint8> m_flags;
    std::vector<qint8> m_stance;     // index into m_stances, or -1
    std::vector<QString> m_stances;  // the distinct stance classes met
    QHash<qint32, QString> m_abbreviated; // the few keys that are abbreviated amounts
};

} // namespace WireDiff
