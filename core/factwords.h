#pragma once

#include <QHash>
#include <QString>

#include <vector>

namespace WireDiff {

class Vocabulary;
struct Paragraph;
struct TokenizedArticle;

// What fact extraction asks of a comparison key, decided once per
// vocabulary entry rather than once per token: whether it is a number word
// and its value, an abbreviated amount ("40m"), a weekday or a month name, a
// stance verb and its class, a reporting verb, a lower-case word that may
// sit inside a name, a title ("sgt"), a pronoun that can name a speaker
// ("he"), or a number with its unit written on ("22st"). Each answer is FactTerms' for the key's text; the
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
    bool isTitle(qint32 key) const { return m_flags[size_t(key)] & Title; } // NameTitles::isTitle
    bool isSpeakerPronoun(qint32 key) const { return m_flags[size_t(key)] & SpeakerPronoun; }
    // "22st" -> {"22", "weight:stone"} (FactUnits::splitUnitSuffix); nullptr if not one.
    struct UnitAmount
    {
        QString number;
        QString unit;
    };
    const UnitAmount *unitAmount(qint32 key) const;

    // Whether some compared text writes the word in lower case: then a
    // capitalised or all-capitals "Librarians", "BLACK" or "VILLAGE" is a
    // common word opening a sentence or shouted in a headline, not a name.
    // False until noteCase() has seen the articles.
    bool isWrittenLower(qint32 key) const { return m_flags[size_t(key)] & WrittenLower; }
    // Whether some compared text capitalises the word after another word
    // of its sentence, as names are: "told Roberts", "Joy Hendricks".
    bool isCapitalisedInside(qint32 key) const { return m_flags[size_t(key)] & CapitalisedInside; }
    // Reads how an article writes its words, for the two answers above.
    void noteCase(const TokenizedArticle &tokens, const std::vector<Paragraph> &paragraphs);

private:
    enum Flag : quint16 {
        Weekday = 1,
        Month = 2,
        ReportingVerb = 4,
        NameConnector = 8,
        Title = 16,
        SpeakerPronoun = 32,
        WrittenLower = 64,
        CapitalisedInside = 128,
        // The keys m_abbreviated and m_unitAmounts hold: the scanner asks
        // for every token, and a flag answers "no" without a hash lookup.
        HasAbbreviation = 256,
        HasUnitAmount = 512,
    };

    std::vector<qint32> m_numberWord;
    std::vector<quint16> m_flags;
    std::vector<qint8> m_stance;     // index into m_stances, or -1
    std::vector<QString> m_stances;  // the distinct stance classes met
    QHash<qint32, QString> m_abbreviated; // the few keys that are abbreviated amounts
    QHash<qint32, UnitAmount> m_unitAmounts; // the few keys that are numbers with a unit
};

} // namespace WireDiff
