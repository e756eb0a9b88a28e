#include "factextractor.h"

#include "factwords.h"

#include "flatdocument.h"
#include "lexicon.h"
#include "paragraph.h"
#include "token.h"
#include "vocabulary.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <array>
#include <limits>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace WireDiff {

namespace {

std::u16string_view viewOf(QStringView word)
{
    return { reinterpret_cast<const char16_t *>(word.utf16()), size_t(word.size()) };
}

// Fixed sets and maps of words, looked up by QStringView without building a
// QString: the scanner looks up several of them for every token.
class WordSet
{
public:
    WordSet(std::initializer_list<QString> words)
        : m_words(words)
    {
        for (const QString &word : m_words)
            m_views.insert(viewOf(word));
    }
    bool contains(QStringView word) const { return m_views.count(viewOf(word)) > 0; }

private:
    std::vector<QString> m_words; // owns the text the views point at
    std::unordered_set<std::u16string_view> m_views;
};

template<typename Value>
class WordMap
{
public:
    WordMap(std::initializer_list<std::pair<QString, Value>> entries)
    {
        for (const auto &[word, value] : entries)
            add(word, value);
    }
    explicit WordMap(const QHash<QString, Value> &table)
    {
        for (auto it = table.cbegin(); it != table.cend(); ++it)
            add(it.key(), it.value());
    }
    Value value(QStringView word, const Value &fallback = Value()) const
    {
        const auto it = m_map.find(viewOf(word));
        return it == m_map.end() ? fallback : it->second;
    }

private:
    void add(const QString &word, const Value &value)
    {
        m_words.push_back(std::make_unique<QString>(word));
        m_map.emplace(viewOf(*m_words.back()), value);
    }

    std::vector<std::unique_ptr<QString>> m_words; // owns the text the views point at
    std::unordered_map<std::u16string_view, Value> m_map;
};

// Day of the week, 1 (Monday) to 7, in the languages the app reads, so a
// version that names the day in another language or with a particle
// attached (Korean "화요일에", on Tuesday) is compared by the day.
const WordMap<int> &weekdays()
{
    static const WordMap<int> map {
        { QStringLiteral("monday"), 1 }, { QStringLiteral("tuesday"), 2 }, { QStringLiteral("wednesday"), 3 },
        { QStringLiteral("thursday"), 4 }, { QStringLiteral("friday"), 5 }, { QStringLiteral("saturday"), 6 },
        { QStringLiteral("sunday"), 7 }, { QStringLiteral("montag"), 1 }, { QStringLiteral("dienstag"), 2 },
        { QStringLiteral("mittwoch"), 3 }, { QStringLiteral("donnerstag"), 4 }, { QStringLiteral("freitag"), 5 },
        { QStringLiteral("samstag"), 6 }, { QStringLiteral("sonntag"), 7 }, { QStringLiteral("lundi"), 1 },
        { QStringLiteral("mardi"), 2 }, { QStringLiteral("mercredi"), 3 }, { QStringLiteral("jeudi"), 4 },
        { QStringLiteral("vendredi"), 5 }, { QStringLiteral("samedi"), 6 }, { QStringLiteral("dimanche"), 7 },
        { QStringLiteral("lunes"), 1 }, { QStringLiteral("martes"), 2 }, { QStringLiteral("miércoles"), 3 },
        { QStringLiteral("jueves"), 4 }, { QStringLiteral("viernes"), 5 }, { QStringLiteral("sábado"), 6 },
        { QStringLiteral("domingo"), 7 }, { QStringLiteral("понеділок"), 1 }, { QStringLiteral("вівторок"), 2 },
        { QStringLiteral("середа"), 3 }, { QStringLiteral("четвер"), 4 }, { QStringLiteral("пʼятниця"), 5 }, { QStringLiteral("п’ятниця"), 5 },
        { QStringLiteral("субота"), 6 }, { QStringLiteral("неділя"), 7 },
    };
    return map;
}

// Korean writes the day as one word with its particle ("화요일에", "화요일인"):
// the day is the word's first three syllables.
int koreanWeekday(QStringView key)
{
    static const std::array<QStringView, 7> days { u"월요일", u"화요일", u"수요일", u"목요일",
                                                   u"금요일", u"토요일", u"일요일" };
    for (size_t d = 0; d < days.size(); ++d) {
        if (key.startsWith(days[d]))
            return int(d) + 1;
    }
    return 0;
}

const WordSet &months()
{
    static const WordSet set {
        QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
        QStringLiteral("april"), QStringLiteral("june"), QStringLiteral("july"),
        QStringLiteral("august"), QStringLiteral("september"), QStringLiteral("october"),
        QStringLiteral("november"), QStringLiteral("december"), QStringLiteral("januar"),
        QStringLiteral("februar"), QStringLiteral("märz"), QStringLiteral("juni"), QStringLiteral("juli"),
        QStringLiteral("oktober"), QStringLiteral("dezember"), QStringLiteral("janvier"),
        QStringLiteral("février"), QStringLiteral("mars"), QStringLiteral("avril"), QStringLiteral("juin"),
        QStringLiteral("juillet"), QStringLiteral("août"), QStringLiteral("septembre"),
        QStringLiteral("octobre"), QStringLiteral("novembre"), QStringLiteral("décembre"),
        QStringLiteral("enero"), QStringLiteral("febrero"), QStringLiteral("marzo"), QStringLiteral("abril"),
        QStringLiteral("mayo"), QStringLiteral("junio"), QStringLiteral("julio"), QStringLiteral("agosto"),
        QStringLiteral("septiembre"), QStringLiteral("octubre"), QStringLiteral("noviembre"),
        QStringLiteral("diciembre"),
    };
    return set;
}

// Lower-case words that may sit inside a name: "Ministry of Health",
// "Charles de Gaulle", "Abu Bakr al-Baghdadi".
const WordSet &nameConnectors()
{
    static const WordSet set { QStringLiteral("of"), QStringLiteral("de"), QStringLiteral("da"),
                                     QStringLiteral("del"), QStringLiteral("la"), QStringLiteral("van"),
                                     QStringLiteral("von"), QStringLiteral("der"), QStringLiteral("al"),
                                     QStringLiteral("bin"), QStringLiteral("du"), QStringLiteral("for") };
    return set;
}

// Marks that open a quotation: English and French “ « ‹ ‘, German „ ‚ and
// the German chevrons » ›, CJK 「.
bool isOpeningQuote(QChar c)
{
    switch (c.unicode()) {
    case 0x201C: case 0x201E: case 0x201A: case 0x2018: case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:
    case 0x300C:
        return true;
    default:
        return false;
    }
}

// Whether `c` closes a quotation opened with `open`. Each style closes with
// its own mark: German „…“ closes with what opens an English quote, and
// German »…« with what opens a French one.
bool closesQuote(QChar open, QChar c)
{
    switch (open.unicode()) {
    case 0x201C: return c == QChar(0x201D);                        // “…”
    case 0x201E: return c == QChar(0x201C) || c == QChar(0x201D);  // „…“ (and „…”)
    case 0x201A: return c == QChar(0x2018) || c == QChar(0x2019);  // ‚…‘
    case 0x2018: return c == QChar(0x2019);                        // ‘…’
    case 0x00AB: return c == QChar(0x00BB);                        // «…»
    case 0x00BB: return c == QChar(0x00AB);                        // »…«
    case 0x2039: return c == QChar(0x203A);                        // ‹…›
    case 0x203A: return c == QChar(0x2039);                        // ›…‹
    case 0x300C: return c == QChar(0x300D);                        // 「…」
    default: return false;
    }
}

bool isCapitalised(QStringView text)
{
    return !text.isEmpty() && text.front().isUpper();
}

class Scanner
{
public:
    Scanner(const FactExtractor::Source &source, qint32 begin, qint32 end)
        : m_source(source)
        , m_begin(begin)
        , m_end(end)
    {
    }

    std::vector<Fact> run()
    {
        scanQuotes();
        for (qint32 i = m_begin; i < m_end;)
            i = scanToken(i);
        assignSpeakers();
        return std::move(m_facts);
    }

private:
    bool isPunctuation(qint32 i) const { return m_source.lexicon.isPunctuation(m_source.flat.keys[size_t(i)]); }
    bool isNumber(qint32 i) const { return m_source.lexicon.isNumber(m_source.flat.keys[size_t(i)]); }
    qint32 keyAt(qint32 i) const { return m_source.flat.keys[size_t(i)]; }
    // Weekdays and months are facts of their own, never part of a name.
    bool isCalendarWord(qint32 i) const { return m_source.words.isCalendarWord(keyAt(i)); }

    bool startsSentence(qint32 i) const
    {
        if (i == m_begin)
            return true;
        const auto &starts = m_source.flat.sentenceStarts;
        if (std::binary_search(starts.begin(), starts.end(), i))
            return true;
        return isPunctuation(i - 1) && isOpeningQuote(m_source.text(i - 1).front());
    }

    void add(FactKind kind, qint32 begin, qint32 end, const QString &value)
    {
        m_facts.push_back(Fact { kind, begin, end, value, -1, -1 });
    }

    qint32 scanToken(qint32 i)
    {
        const FactWords &words = m_source.words;
        const qint32 key = keyAt(i);
        if (isNumber(i) || words.numberWordValue(key) >= 0)
            return scanNumber(i);
        if (const QString *abbreviated = words.abbreviatedAmount(key)) {
            add(FactKind::Number, i, i + 1, *abbreviated);
            return i + 1;
        }
        if (words.isWeekday(key)) {
            add(FactKind::Weekday, i, i + 1, QString::number(FactExtractor::weekday(m_source.key(i))));
            return i + 1;
        }
        if (words.isMonth(key) && isCapitalised(m_source.text(i))) {
            add(FactKind::Date, i, i + 1, m_source.key(i).toString());
            return i + 1;
        }
        if (const QString *stance = words.stance(key)) {
            add(FactKind::Stance, i, i + 1, *stance);
            return i + 1;
        }
        if (isCapitalised(m_source.text(i)) && !isPunctuation(i) && !isCalendarWord(i))
            return scanName(i);
        return i + 1;
    }

    // A number with what spells it out after it: "twenty-five", "three
    // hundred", "1.2 million", "40-million-dollar". The value is the plain
    // number, so "1,200,000" and "1.2 million" are one value.
    qint32 scanNumber(qint32 i)
    {
        const FactWords &words = m_source.words;
        const int word = words.numberWordValue(keyAt(i));
        QString mantissa = word >= 0 ? QString::number(word) : FactExtractor::normalizeNumber(m_source.text(i));
        qint32 end = i + 1;
        if (word >= 20 && word <= 90 && word % 10 == 0) {
            const qint32 units = m_source.key(end) == QLatin1String("-") ? end + 1 : end;
            if (units < m_end) {
                if (const int value = FactExtractor::unitsWordValue(m_source.key(units)); value > 0) {
                    mantissa = QString::number(word + value);
                    end = units + 1;
                }
            }
        }
        int exponent = 0;
        while (end < m_end) {
            const qint32 next = m_source.key(end) == QLatin1String("-") ? end + 1 : end;
            const int power = next < m_end ? FactExtractor::multiplierPower(m_source.key(next)) : 0;
            if (power == 0)
                break;
            exponent += power;
            end = next + 1;
        }
        add(FactKind::Number, i, end, FactExtractor::scaledNumber(mantissa, exponent));
        return end;
    }

    qint32 scanName(qint32 i)
    {
        qint32 end = i + 1;
        while (end < m_end) {
            if (isCapitalised(m_source.text(end)) && !isPunctuation(end) && !isNumber(end) && !isCalendarWord(end)) {
                ++end;
                continue;
            }
            const bool hyphen = isPunctuation(end) && m_source.key(end) == QLatin1String("-");
            const bool connector = hyphen || m_source.words.isNameConnector(keyAt(end));
            if (connector && end + 1 < m_end && isCapitalised(m_source.text(end + 1)) && !isPunctuation(end + 1)) {
                end += 2;
                continue;
            }
            break;
        }
        // "The", "He" or "Police" opening a sentence is not a name.
        const bool single = end == i + 1;
        if (single && (startsSentence(i) || m_source.lexicon.isStopword(m_source.flat.keys[size_t(i)])))
            return end;
        qint32 first = i;
        while (first < end && m_source.lexicon.isStopword(m_source.flat.keys[size_t(first)]))
            ++first; // "The Hague" keeps "Hague"; "The Government" keeps "Government"
        if (first < end)
            add(FactKind::Name, first, end, nameValue(first, end));
        return end;
    }

    void scanQuotes()
    {
        // A mark that opens and is never closed ("Home » News") is no
        // quotation: the scan goes on from just after it.
        for (qint32 from = m_begin; from < m_end;) {
            const qint32 unclosed = scanQuotesFrom(from);
            if (unclosed < 0)
                break;
            from = unclosed + 1;
        }
        for (const auto &[begin, end] : m_quotes)
            add(FactKind::Quote, begin, end, joinedKeys(begin, end));
    }

    // Adds the quotations from `from` on; returns where a quotation opened
    // and was not closed, or -1.
    qint32 scanQuotesFrom(qint32 from)
    {
        qint32 open = -1;
        QChar openMark;
        for (qint32 i = from; i < m_end; ++i) {
            if (!isPunctuation(i))
                continue;
            const QChar c = m_source.text(i).front();
            const bool straight = c == QLatin1Char('"');
            if (open < 0 && (isOpeningQuote(c) || straight)) {
                open = i;
                openMark = c;
            } else if (open >= 0 && (openMark == QLatin1Char('"') ? straight : closesQuote(openMark, c))) {
                if (i > open + 1)
                    m_quotes.push_back({ open + 1, i });
                open = -1;
            }
        }
        return open;
    }

    // The names around a reporting verb ("Priya Raman of the National
    // Weather Service said", "…, said Priya Raman") are the speaker of the
    // paragraph's quotes. Names after the verb count only where the verb
    // opens a clause: in "X told Y", Y is the listener.
    void assignSpeakers()
    {
        const size_t names = m_facts.size();
        std::vector<std::pair<qint32, size_t>> verbs; // verb position, attribution fact
        for (qint32 i = m_begin; i < m_end; ++i) {
            if (insideQuote(i) || !isAttributionAt(i))
                continue;
            const bool namesAfterCount = i == m_begin || isPunctuation(i - 1);
            qint32 first = -1, last = -1;
            QStringList words;
            for (size_t f = 0; f < names; ++f) {
                const Fact &fact = m_facts[f];
                if (fact.kind != FactKind::Name || insideQuote(fact.begin))
                    continue;
                const bool before = fact.end <= i && i - fact.end < 6;
                const bool after = fact.begin > i && fact.begin - i < 6 && namesAfterCount;
                if (!before && !after)
                    continue;
                first = first < 0 ? fact.begin : std::min(first, fact.begin);
                last = std::max(last, fact.end);
                words.append(fact.value);
            }
            if (first < 0)
                continue;
            add(FactKind::Attribution, first, last, words.join(QLatin1Char(' ')));
            verbs.push_back({ i, m_facts.size() - 1 });
        }
        // Each quote is credited to the attribution whose verb is nearest.
        for (Fact &quote : m_facts) {
            if (quote.kind != FactKind::Quote)
                continue;
            qint32 bestDistance = std::numeric_limits<qint32>::max();
            for (const auto &[verb, attribution] : verbs) {
                const qint32 distance = verb < quote.begin ? quote.begin - verb : verb - quote.end;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    quote.speakerBegin = m_facts[attribution].begin;
                    quote.speakerEnd = m_facts[attribution].end;
                }
            }
        }
    }

    bool isAttributionAt(qint32 i) const
    {
        const bool verb = m_source.words.isReportingVerb(keyAt(i))
            || (m_source.key(i) == QLatin1String("according") && i + 1 < m_end
                && m_source.key(i + 1) == QLatin1String("to"));
        // A capitalised "States" is part of a name, not a verb.
        return verb && !(isCapitalised(m_source.text(i)) && !startsSentence(i));
    }

    bool insideQuote(qint32 i) const
    {
        return std::any_of(m_quotes.begin(), m_quotes.end(),
                           [i](const std::pair<qint32, qint32> &q) { return i >= q.first && i < q.second; });
    }

    // Name words in order, accents, possessives and plurals folded; the
    // detector compares them as sets ("Harbour Board of Port Ellis" is "Port
    // Ellis Harbour Board", "Lac-Bréval" is "Lac Breval").
    QString nameValue(qint32 begin, qint32 end) const
    {
        QStringList words;
        for (qint32 i = begin; i < end; ++i) {
            if (isPunctuation(i) || m_source.lexicon.isStopword(m_source.flat.keys[size_t(i)]))
                continue;
            words.append(FactExtractor::nameWord(m_source.key(i)));
        }
        return words.join(QLatin1Char(' '));
    }

    QString joinedKeys(qint32 begin, qint32 end) const
    {
        QString value;
        for (qint32 i = begin; i < end; ++i) {
            if (isPunctuation(i))
                continue;
            if (!value.isEmpty())
                value.append(QLatin1Char(' '));
            value.append(m_source.key(i));
        }
        return value;
    }

    const FactExtractor::Source &m_source;
    qint32 m_begin;
    qint32 m_end;
    std::vector<Fact> m_facts;
    std::vector<std::pair<qint32, qint32>> m_quotes;
};

} // namespace

QStringView FactExtractor::Source::text(qint32 flatIndex) const
{
    const FlatDocument::Position position = flat.position(flatIndex);
    const Token &token = tokens.paragraphs[size_t(position.paragraph)].tokens[size_t(position.token)];
    return QStringView(paragraphs[size_t(position.paragraph)].text).mid(token.start, token.end - token.start);
}

QStringView FactExtractor::Source::key(qint32 flatIndex) const
{
    return vocabulary.key(flat.keys[size_t(flatIndex)]);
}

QString FactExtractor::nameWord(QStringView key)
{
    // Accents, possessives and plural endings do not make another name:
    // "Bréval" is "Breval", "Korea’s" is "Korea", "Studies" is "Study".
    QString word = foldAccents(key.toString());
    if (word.endsWith(QLatin1String("'s")))
        word.chop(2);
    if (word.endsWith(QLatin1String("ies")) && word.size() > 4)
        word = word.chopped(3) + QLatin1Char('y');
    else if (word.endsWith(QLatin1Char('s')) && !word.endsWith(QLatin1String("ss")) && word.size() > 3)
        word.chop(1);
    return word;
}

std::vector<Fact> FactExtractor::extract(const Source &source, qint32 begin, qint32 end)
{
    return Scanner(source, begin, end).run();
}

QString FactExtractor::abbreviatedAmount(QStringView key)
{
    // "40m", "1.2bn", "500k" as written in headlines and financial copy.
    static const QRegularExpression amount(QStringLiteral("^(\\d+(?:[.,]\\d+)?)(k|m|bn)$"));
    if (key.isEmpty() || !key.front().isDigit())
        return {}; // the expression starts with a digit: skip it for the many words that do not
    const QRegularExpressionMatch match = amount.match(key.toString());
    if (!match.hasMatch())
        return {};
    const QString unit = match.captured(2);
    const int exponent = unit == QLatin1String("k") ? 3 : unit == QLatin1String("m") ? 6 : 9;
    return scaledNumber(normalizeNumber(match.captured(1)), exponent);
}

QString FactExtractor::foldAccents(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded;
}

QString FactExtractor::normalizeNumber(QStringView digits)
{
    // "3,200", "3.200", "3 200" and "3’200" are all three thousand two
    // hundred; "6.4" and "6,4" are six point four.
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}(?:[,.\u00A0\u202F' \u2019]\\d{3})+$"));
    const QString text = digits.toString();
    if (grouped.match(text).hasMatch()) {
        QString plain;
        for (const QChar c : text) {
            if (c.isDigit())
                plain.append(c);
        }
        return plain;
    }
    QString value = text;
    value.replace(QLatin1Char(','), QLatin1Char('.'));
    return value;
}

QString FactExtractor::scaledNumber(const QString &mantissa, int exponent)
{
    static const QRegularExpression decimal(QStringLiteral("^(\\d*)(?:\\.(\\d+))?$"));
    const QRegularExpressionMatch match = decimal.match(mantissa);
    if (!match.hasMatch() || mantissa.isEmpty())
        return exponent == 0 ? mantissa : mantissa + QLatin1Char('e') + QString::number(exponent);
    QString digits = match.captured(1) + match.captured(2);
    qsizetype integerDigits = match.capturedLength(1) + exponent;
    if (integerDigits < 0) {
        digits.prepend(QString(-integerDigits, QLatin1Char('0')));
        integerDigits = 0;
    }
    if (digits.size() < integerDigits)
        digits.append(QString(integerDigits - digits.size(), QLatin1Char('0')));
    QString integer = digits.left(integerDigits);
    QString fraction = digits.mid(integerDigits);
    while (integer.size() > 1 && integer.front() == QLatin1Char('0'))
        integer.remove(0, 1);
    if (integer.isEmpty())
        integer = QStringLiteral("0");
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return fraction.isEmpty() ? integer : integer + QLatin1Char('.') + fraction;
}

int FactExtractor::multiplierPower(QStringView key)
{
    static const WordMap<int> powers {
        { QStringLiteral("hundred"), 2 },   { QStringLiteral("thousand"), 3 },  { QStringLiteral("million"), 6 },
        { QStringLiteral("m"), 6 },         { QStringLiteral("billion"), 9 },   { QStringLiteral("bn"), 9 },
        { QStringLiteral("millionen"), 6 }, { QStringLiteral("mio"), 6 },       { QStringLiteral("milliarde"), 9 },
        { QStringLiteral("milliarden"), 9 }, { QStringLiteral("mrd"), 9 },      { QStringLiteral("millions"), 6 },
        { QStringLiteral("milliard"), 9 },  { QStringLiteral("milliards"), 9 }, { QStringLiteral("millones"), 6 },
    };
    return powers.value(key, 0);
}

int FactExtractor::unitsWordValue(QStringView key)
{
    static const WordMap<int> units {
        { QStringLiteral("one"), 1 },   { QStringLiteral("two"), 2 },   { QStringLiteral("three"), 3 },
        { QStringLiteral("four"), 4 },  { QStringLiteral("five"), 5 },  { QStringLiteral("six"), 6 },
        { QStringLiteral("seven"), 7 }, { QStringLiteral("eight"), 8 }, { QStringLiteral("nine"), 9 },
    };
    return units.value(key, 0);
}

int FactExtractor::numberWordValue(QStringView key)
{
    static const WordMap<int> words {
        { QStringLiteral("two"), 2 },
        { QStringLiteral("three"), 3 }, { QStringLiteral("four"), 4 }, { QStringLiteral("five"), 5 },
        { QStringLiteral("six"), 6 }, { QStringLiteral("seven"), 7 }, { QStringLiteral("eight"), 8 },
        { QStringLiteral("nine"), 9 }, { QStringLiteral("ten"), 10 }, { QStringLiteral("eleven"), 11 },
        { QStringLiteral("twelve"), 12 }, { QStringLiteral("thirteen"), 13 }, { QStringLiteral("fourteen"), 14 },
        { QStringLiteral("fifteen"), 15 }, { QStringLiteral("sixteen"), 16 }, { QStringLiteral("seventeen"), 17 },
        { QStringLiteral("eighteen"), 18 }, { QStringLiteral("nineteen"), 19 }, { QStringLiteral("twenty"), 20 },
        { QStringLiteral("thirty"), 30 }, { QStringLiteral("forty"), 40 }, { QStringLiteral("fifty"), 50 },
        { QStringLiteral("sixty"), 60 }, { QStringLiteral("seventy"), 70 }, { QStringLiteral("eighty"), 80 },
        { QStringLiteral("ninety"), 90 }, { QStringLiteral("hundred"), 100 }, { QStringLiteral("dozen"), 12 },
    };
    return words.value(key, -1);
}

QString FactExtractor::stanceOf(QStringView key)
{
    // Verbs that state what a source did with a claim; swapping one for
    // another changes the story ("denied sending" is not "refused to send").
    static const QHash<QString, QString> stances = [] {
        QHash<QString, QString> map;
        const auto forms = [&map](const char *stance, std::initializer_list<const char *> words) {
            for (const char *word : words)
                map.insert(QString::fromLatin1(word), QString::fromLatin1(stance));
        };
        forms("deny", { "deny", "denies", "denied", "denying", "denial" });
        forms("refuse", { "refuse", "refuses", "refused", "refusing", "refusal" });
        forms("reject", { "reject", "rejects", "rejected", "rejecting", "rejection" });
        forms("admit", { "admit", "admits", "admitted", "admitting", "admission" });
        forms("confirm", { "confirm", "confirms", "confirmed", "confirming", "confirmation" });
        forms("accept", { "accept", "accepts", "accepted", "accepting" });
        forms("agree", { "agree", "agrees", "agreed", "agreeing" });
        forms("dismiss", { "dismiss", "dismisses", "dismissed", "dismissing" });
        forms("acknowledge", { "acknowledge", "acknowledges", "acknowledged", "acknowledging" });
        forms("allege", { "allege", "alleges", "alleged", "alleging", "allegation" });
        forms("warn", { "warn", "warns", "warned", "warning" });
        forms("promise", { "promise", "promises", "promised", "promising", "pledge", "pledged", "pledges" });
        forms("threaten", { "threaten", "threatens", "threatened", "threatening" });
        forms("refute", { "refute", "refutes", "refuted" });
        forms("apologise", { "apologise", "apologised", "apologize", "apologized", "apology" });
        return map;
    }();
    static const WordMap<QString> lookup(stances);
    return lookup.value(key);
}

int FactExtractor::weekday(QStringView key)
{
    if (const int day = weekdays().value(key, 0))
        return day;
    return koreanWeekday(key);
}

bool FactExtractor::isWeekday(QStringView key)
{
    return weekday(key) > 0;
}

bool FactExtractor::isMonth(QStringView key)
{
    return months().contains(key);
}

bool FactExtractor::isNameConnector(QStringView key)
{
    return nameConnectors().contains(key);
}

bool FactExtractor::isReportingVerb(QStringView key)
{
    static const WordSet verbs {
        QStringLiteral("said"), QStringLiteral("says"), QStringLiteral("say"), QStringLiteral("told"),
        QStringLiteral("tells"), QStringLiteral("added"), QStringLiteral("adds"), QStringLiteral("stated"),
        QStringLiteral("states"), QStringLiteral("wrote"), QStringLiteral("writes"), QStringLiteral("insisted"),
        QStringLiteral("explained"), QStringLiteral("noted"), QStringLiteral("announced"),
        QStringLiteral("declared"), QStringLiteral("argued"), QStringLiteral("claimed"),
        QStringLiteral("warned"), QStringLiteral("confirmed"), QStringLiteral("sagte"), QStringLiteral("sagt"),
        QStringLiteral("erklärte"), QStringLiteral("betonte"), QStringLiteral("dit"), QStringLiteral("déclaré"),
        QStringLiteral("affirmé"), QStringLiteral("dijo"), QStringLiteral("afirmó"), QStringLiteral("declaró"),
        QStringLiteral("explicó"), QStringLiteral("сказав"), QStringLiteral("сказала"), QStringLiteral("заявив"),
        QStringLiteral("заявила"),
    };
    return verbs.contains(key);
}

} // namespace WireDiff
