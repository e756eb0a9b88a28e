#include "factextractor.h"

#include "factterms.h"
#include "factwords.h"

#include "flatdocument.h"
#include "lexicon.h"
#include "paragraph.h"
#include "token.h"
#include "vocabulary.h"

#include <algorithm>
#include <limits>

namespace WireDiff {

namespace {

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

    void add(FactKind kind, qint32 begin, qint32 end, const QString &value, const QString &otherValue = {})
    {
        m_facts.push_back(Fact { kind, begin, end, value, -1, -1, otherValue });
    }

    // After a currency sign ("£40m", "$ 1.2 m") "m" can only be a million.
    bool followsCurrencySign(qint32 i) const
    {
        if (i <= m_begin)
            return false;
        const QStringView before = m_source.text(i - 1);
        return before.size() == 1 && before.front().category() == QChar::Symbol_Currency;
    }

    qint32 scanToken(qint32 i)
    {
        const FactWords &words = m_source.words;
        const qint32 key = keyAt(i);
        if (isNumber(i) || words.numberWordValue(key) >= 0)
            return scanNumber(i);
        if (const QString *abbreviated = words.abbreviatedAmount(key)) {
            const QStringView text = m_source.text(i);
            const bool metres = text.endsWith(QLatin1Char('m')) && !followsCurrencySign(i);
            add(FactKind::Number, i, i + 1, *abbreviated, metres ? FactTerms::normalizeNumber(text.chopped(1)) : QString());
            return i + 1;
        }
        if (words.isWeekday(key)) {
            add(FactKind::Weekday, i, i + 1, QString::number(FactTerms::weekday(m_source.key(i))));
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
        QString mantissa = word >= 0 ? QString::number(word) : FactTerms::normalizeNumber(m_source.text(i));
        qint32 end = i + 1;
        if (word >= 20 && word <= 90 && word % 10 == 0) {
            const qint32 units = m_source.key(end) == QLatin1String("-") ? end + 1 : end;
            if (units < m_end) {
                if (const int value = FactTerms::unitsWordValue(m_source.key(units)); value > 0) {
                    mantissa = QString::number(word + value);
                    end = units + 1;
                }
            }
        }
        int exponent = 0;
        bool lastIsM = false; // "6.4 m": see Fact::otherValue
        while (end < m_end) {
            const qint32 next = m_source.key(end) == QLatin1String("-") ? end + 1 : end;
            const int power = next < m_end ? FactTerms::multiplierPower(m_source.key(next)) : 0;
            if (power == 0)
                break;
            exponent += power;
            lastIsM = m_source.key(next) == QLatin1String("m");
            end = next + 1;
        }
        const QString other = lastIsM && !followsCurrencySign(i) ? FactTerms::scaledNumber(mantissa, exponent - 6) : QString();
        add(FactKind::Number, i, end, FactTerms::scaledNumber(mantissa, exponent), other);
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

QString FactExtractor::foldAccents(const QString &text)
{
    // ASCII has nothing to decompose (most names in an English text).
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return text;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded;
}

} // namespace WireDiff
