#include "factextractor.h"

#include "factroles.h"
#include "factterms.h"
#include "factwords.h"
#include "quotescanner.h"
#include "quoteterms.h"

#include "flatdocument.h"
#include "lexicon.h"
#include "paragraph.h"
#include "token.h"
#include "vocabulary.h"

#include <algorithm>
#include <limits>

namespace WireDiff {

namespace {

bool isCapitalised(QStringView text)
{
    return !text.isEmpty() && text.front().isUpper();
}

// Letters in `text`, or -1 when one of them is lower case.
qsizetype capitalLetters(QStringView text)
{
    qsizetype letters = 0;
    for (const QChar c : text) {
        if (c.isLower())
            return -1;
        letters += c.isLetter();
    }
    return letters;
}

// A word of two or more letters written all in capitals: "NATO", "BLACK".
bool isAllCapitals(QStringView text)
{
    return capitalLetters(text) >= 2;
}

class Scanner
{
public:
    Scanner(const FactExtractor::Source &source, qint32 begin, qint32 end)
        : m_source(source)
        , m_begin(begin)
        , m_end(end)
        , m_texts(source.texts(begin, end))
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
    // The token as written: read once per token of the stretch, as the
    // scan asks most tokens several times (Source::text() finds a token's
    // paragraph each time).
    QStringView text(qint32 i) const
    {
        return i >= m_begin && i < m_end ? m_texts[size_t(i - m_begin)] : m_source.text(i);
    }
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
        // A quotation opens a sentence of its own: "Watch out, ..." (any
        // quote style; scanQuotes() has found them by now).
        return std::any_of(m_quotes.begin(), m_quotes.end(), [i](const auto &q) { return q.first == i; })
            || (isPunctuation(i - 1) && QuoteScanner::isOpeningMark(text(i - 1).front()));
    }

    // Whether `i` opens its sentence, or follows an article that does:
    // the first words of a lead in capitals ("A VILLAGE shopkeeper").
    bool opensSentence(qint32 i) const
    {
        return startsSentence(i) || (i - 1 >= m_begin && startsSentence(i - 1) && isDeterminer(i - 1));
    }

    bool isDeterminer(qint32 i) const
    {
        const QStringView key = m_source.key(i);
        return key == QLatin1String("a") || key == QLatin1String("an") || key == QLatin1String("the");
    }

    bool allCapitalsAt(qint32 i) const { return i >= m_begin && i < m_end && isAllCapitals(text(i)); }

    // A word in capitals that is headline or emphasis style, not an
    // acronym: five letters or more ("DIAMONDS", "VILLAGE"), beside another
    // word in capitals ("COURT TOLD"), or a word the texts also write in
    // lower case, when it has four letters or opens a sentence ("A SON").
    // "NATO", "BBC", "US" stay names.
    bool isShouted(qint32 i) const
    {
        const qsizetype letters = capitalLetters(text(i));
        if (letters < 2)
            return false;
        if (letters >= 5 || allCapitalsAt(i - 1) || allCapitalsAt(i + 1))
            return true;
        const bool common = m_source.words.isWrittenLower(keyAt(i));
        return common && (letters == 4 || opensSentence(i));
    }

    // A word that can be part of a name: capitalised, not a number, a
    // weekday or month, nor a word in capitals for emphasis.
    bool isNameWord(qint32 i) const
    {
        return i < m_end && isCapitalised(text(i)) && !isPunctuation(i) && !isNumber(i) && !isCalendarWord(i)
            && !isShouted(i);
    }

    // Whether tokens `i` and `i + 1` are written together, with no space.
    bool joined(qint32 i) const
    {
        if (i < m_begin || i + 1 >= m_end)
            return false;
        const QStringView left = text(i), right = text(i + 1);
        return left.data() + left.size() == right.data();
    }

    Fact &add(FactKind kind, qint32 begin, qint32 end, const QString &value, const QString &otherValue = {})
    {
        Fact fact;
        fact.kind = kind;
        fact.begin = begin;
        fact.end = end;
        fact.value = value;
        fact.otherValue = otherValue;
        m_facts.push_back(std::move(fact));
        return m_facts.back();
    }

    // Adds a number of value `value` at [begin, end) with the role the
    // words around it give it; returns where the scan goes on (after a
    // unit or currency word that belongs to it).
    qint32 addNumber(qint32 begin, qint32 end, const QString &value, const QString &otherValue, bool ambiguous)
    {
        const FactRoles::NumberReading reading =
            FactRoles::readNumber(m_source, m_begin, m_end, begin, end, value, ambiguous);
        Fact &fact = add(FactKind::Number, reading.begin, reading.end, value, otherValue);
        fact.numberRole = reading.role;
        fact.unit = reading.unit;
        fact.head = reading.head;
        fact.bound = FactRoles::readBound(m_source, m_begin, m_end, reading.begin);
        return std::max(end, reading.end);
    }

    // After a currency sign ("£40m", "$ 1.2 m") "m" can only be a million.
    bool followsCurrencySign(qint32 i) const
    {
        if (i <= m_begin)
            return false;
        const QStringView before = text(i - 1);
        return before.size() == 1 && before.front().category() == QChar::Symbol_Currency;
    }

    qint32 scanToken(qint32 i)
    {
        const FactWords &words = m_source.words;
        const qint32 key = keyAt(i);
        if (words.numberWordValue(key) >= 0)
            return scanNumber(i);
        if (isNumber(i)) {
            // "l2", "11O": digits and letters mixed are a misprint, not a value.
            const QStringView written = text(i);
            const bool letters = std::any_of(written.begin(), written.end(), [](QChar c) { return c.isLetter(); });
            return letters ? i + 1 : scanNumber(i);
        }
        if (const QString *abbreviated = words.abbreviatedAmount(key)) {
            const QStringView written = text(i);
            const bool metres = written.endsWith(QLatin1Char('m')) && !followsCurrencySign(i);
            return addNumber(i, i + 1, *abbreviated, metres ? FactTerms::normalizeNumber(written.chopped(1)) : QString(),
                             metres);
        }
        if (const FactWords::UnitAmount *amount = words.unitAmount(key)) {
            // "22st", "5ft": a measure whatever stands around it.
            Fact &fact = add(FactKind::Number, i, i + 1, amount->number);
            fact.numberRole = NumberRole::Measure;
            fact.unit = amount->unit;
            return i + 1;
        }
        if (words.isWeekday(key)) {
            add(FactKind::Weekday, i, i + 1, QString::number(FactTerms::weekday(m_source.key(i))));
            return i + 1;
        }
        if (words.isMonth(key) && isCapitalised(text(i))) {
            add(FactKind::Date, i, i + 1, m_source.key(i).toString());
            return i + 1;
        }
        if (const QString *stance = words.stance(key)) {
            add(FactKind::Stance, i, i + 1, *stance);
            return i + 1;
        }
        if (isNameWord(i))
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
        QString mantissa = word >= 0 ? QString::number(word) : FactTerms::normalizeNumber(text(i));
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
        const bool ambiguous = lastIsM && !followsCurrencySign(i);
        const QString other = ambiguous ? FactTerms::scaledNumber(mantissa, exponent - 6) : QString();
        return addNumber(i, end, FactTerms::scaledNumber(mantissa, exponent), other, ambiguous);
    }

    qint32 scanName(qint32 i)
    {
        qint32 end = i + 1;
        while (end < m_end) {
            if (isNameWord(end)) {
                ++end;
                continue;
            }
            const qint32 joint = nameJoint(end);
            if (joint == 0)
                break;
            end += joint;
        }
        // "The", "He" or "Police" opening a sentence is not a name; a word
        // the compared texts capitalise inside sentences and never write in
        // lower case is ("Roberts denies …", "Joy said …").
        const bool single = end == i + 1;
        const FactWords &words = m_source.words;
        const bool proper = words.isCapitalisedInside(keyAt(i)) && !words.isWrittenLower(keyAt(i));
        if (single && (m_source.lexicon.isStopword(keyAt(i)) || (startsSentence(i) && !proper)))
            return end;
        qint32 first = i;
        while (first < end && m_source.lexicon.isStopword(keyAt(first)))
            ++first; // "The Hague" keeps "Hague"; "The Government" keeps "Government"
        // A common word opening the sentence before a name is capitalised
        // for the sentence's sake ("Librarians John and Carol Marshall"):
        // it stays in the fact's range, not in what the name is.
        qint32 named = first;
        if (first == i && first + 1 < end && startsSentence(first) && !words.isTitle(keyAt(first))
            && words.isWrittenLower(keyAt(first)) && isNameWord(first + 1))
            ++named;
        // Titles and ranks are not part of who a name names (NameTitles).
        const qint32 untitled = named;
        while (named < end && (words.isTitle(keyAt(named)) || isPunctuation(named)))
            ++named;
        if (named >= end)
            return end; // titles alone: "the Judge", "Chief Constable"
        Fact &fact = add(FactKind::Name, first, end, nameValue(named, end));
        fact.titled = named > untitled;
        fact.nameRole = FactRoles::readName(m_source, m_begin, m_end, first, end, fact.titled);
        return end;
    }

    // How many tokens from `at` join the name before it to a name word
    // after them; 0 when they do not. A hyphen or a connector ("Lac-Bréval",
    // "Ministry of Health"), small words between hyphens ("Eccles-on-Sea",
    // "Stratford-upon-Avon"), the apostrophe of a plural possessive
    // ("Magistrates' Court"), the full stop of an abbreviated title ("Dr.
    // Ruiz").
    qint32 nameJoint(qint32 at) const
    {
        const QStringView key = m_source.key(at);
        const bool hyphen = isPunctuation(at) && key == QLatin1String("-");
        if ((hyphen || m_source.words.isNameConnector(keyAt(at))) && isNameWord(at + 1))
            return 2;
        if (hyphen && at + 3 < m_end && !isPunctuation(at + 1) && text(at + 1).size() <= 5
            && m_source.key(at + 2) == QLatin1String("-") && isNameWord(at + 3) && joined(at - 1) && joined(at)
            && joined(at + 1) && joined(at + 2))
            return 4;
        const bool apostrophe = key == QLatin1String("'") || key == QStringLiteral("\u2019");
        if (apostrophe && joined(at - 1) && text(at - 1).endsWith(QLatin1Char('s'), Qt::CaseInsensitive)
            && isNameWord(at + 1))
            return 2;
        const bool titleStop = key == QLatin1String(".") && joined(at - 1) && m_source.words.isTitle(keyAt(at - 1));
        return titleStop && isNameWord(at + 1) ? 2 : 0;
    }

    // The quotations of the stretch, one paragraph (QuoteScanner).
    void scanQuotes()
    {
        for (const auto &[begin, end] : QuoteScanner(m_texts).quotes()) {
            m_quotes.push_back({ m_begin + begin, m_begin + end });
            add(FactKind::Quote, m_begin + begin, m_begin + end, joinedKeys(m_begin + begin, m_begin + end));
        }
    }

    // The names around a reporting verb ("Priya Raman of the National
    // Weather Service said", "…, said Priya Raman") are the speaker of the
    // paragraph's quotes. Names after the verb count only where the verb
    // opens a clause: in "X told Y", Y is the listener. With no name there,
    // a pronoun beside the verb ("…," he said) is an attribution without a
    // value, standing for the nearest speaker named before it.
    void assignSpeakers()
    {
        const size_t names = m_facts.size();
        std::vector<std::pair<qint32, size_t>> verbs; // verb position, attribution fact
        for (qint32 i = m_begin; i < m_end; ++i) {
            if (insideQuote(i) || !isAttributionAt(i))
                continue;
            // A passive verb names its speaker after "by": "was told by Mr
            // Justice Smedley: …".
            const bool namesAfterCount = i == m_begin || isPunctuation(i - 1)
                || (i + 1 < m_end && m_source.key(i + 1) == QLatin1String("by"));
            qint32 first = -1, last = -1;
            QStringList words;
            for (size_t f = 0; f < names; ++f) {
                const Fact &fact = m_facts[f];
                if (fact.kind != FactKind::Name || insideQuote(fact.begin))
                    continue;
                const bool before = fact.end <= i && i - fact.end < 6 && sameSentence(fact.begin, i);
                const bool after = fact.begin > i && fact.begin - i < 6 && namesAfterCount
                    && !functionWordBetween(i + 1, fact.begin);
                if (!before && !after)
                    continue;
                first = first < 0 ? fact.begin : std::min(first, fact.begin);
                last = std::max(last, fact.end);
                words.append(fact.value);
            }
            if (first < 0) {
                const qint32 pronoun = pronounBeside(i, namesAfterCount);
                if (pronoun < 0)
                    continue;
                first = pronoun;
                last = pronoun + 1;
            }
            add(FactKind::Attribution, first, last, words.join(QLatin1Char(' ')));
            verbs.push_back({ i, m_facts.size() - 1 });
        }
        // Each quote is credited to the attribution whose verb is nearest.
        // A pronoun's only where nothing but punctuation stands between
        // them ("…," he said; He added: "…"): in "She said Sgt Workman
        // called her 'dodgy'" the words are not hers.
        for (Fact &quote : m_facts) {
            if (quote.kind != FactKind::Quote)
                continue;
            qint32 bestDistance = std::numeric_limits<qint32>::max();
            const Fact *speaker = nullptr;
            for (const auto &[verb, attribution] : verbs) {
                if (m_facts[attribution].value.isEmpty() && !borders(m_facts[attribution], verb, quote))
                    continue;
                const qint32 distance = verb < quote.begin ? quote.begin - verb : verb - quote.end;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    speaker = &m_facts[attribution];
                }
            }
            if (!speaker)
                continue;
            quote.speakerBegin = speaker->begin;
            quote.speakerEnd = speaker->end;
            quote.speaker = speaker->value.isEmpty() ? namedSpeakerBefore(speaker->begin) : speaker->value;
        }
    }

    // Whether a function word other than "by" or an article stands in
    // [from, to): a name after a reporting verb is its speaker ("said
    // Ana Ruiz", "told by Judge Ann Smedley", "said the Reverend Ruiz"),
    // not one across a preposition or a conjunction ("said at her Leeds
    // office", "said that Ruiz").
    bool functionWordBetween(qint32 from, qint32 to) const
    {
        for (qint32 i = from; i < to; ++i) {
            const QStringView key = m_source.key(i);
            const bool passes = key == QLatin1String("by") || key == QLatin1String("the")
                || key == QLatin1String("a") || key == QLatin1String("an");
            if (!passes && m_source.lexicon.isStopword(keyAt(i)))
                return true;
        }
        return false;
    }

    bool sameSentence(qint32 a, qint32 b) const
    {
        const auto &starts = m_source.flat.sentenceStarts;
        return std::upper_bound(starts.begin(), starts.end(), a) == std::upper_bound(starts.begin(), starts.end(), b);
    }

    // Whether only punctuation (the quotation marks among it) separates the
    // quote from the pronoun and verb of `attribution`.
    bool borders(const Fact &attribution, qint32 verb, const Fact &quote) const
    {
        const qint32 first = std::min(attribution.begin, verb), last = std::max(attribution.end, verb + 1);
        const qint32 from = last <= quote.begin ? last : quote.end;
        const qint32 to = last <= quote.begin ? quote.begin : first;
        for (qint32 i = from; i < to; ++i) {
            if (!isPunctuation(i))
                return false;
        }
        return from <= to;
    }

    // "he said", "said she": the pronoun beside reporting verb `verb`, or -1.
    qint32 pronounBeside(qint32 verb, bool afterCounts) const
    {
        if (verb - 1 >= m_begin && m_source.words.isSpeakerPronoun(keyAt(verb - 1)))
            return verb - 1;
        if (afterCounts && verb + 1 < m_end && m_source.words.isSpeakerPronoun(keyAt(verb + 1)))
            return verb + 1;
        return -1;
    }

    // The value of the last named attribution of the stretch before `at`,
    // or empty: whom "he" in "…," he said stands for, when the paragraph
    // names them (FactDetector looks further back in the base).
    QString namedSpeakerBefore(qint32 at) const
    {
        const Fact *nearest = nullptr;
        for (const Fact &fact : m_facts) {
            if (fact.kind == FactKind::Attribution && !fact.value.isEmpty() && fact.begin < at
                && (!nearest || fact.begin > nearest->begin))
                nearest = &fact;
        }
        return nearest ? nearest->value : QString();
    }

    bool isAttributionAt(qint32 i) const
    {
        const bool verb = m_source.words.isReportingVerb(keyAt(i))
            || (m_source.key(i) == QLatin1String("according") && i + 1 < m_end
                && m_source.key(i + 1) == QLatin1String("to"));
        // A capitalised "States" is part of a name, not a verb.
        return verb && !(isCapitalised(text(i)) && !startsSentence(i));
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
            if (isPunctuation(i) || m_source.lexicon.isStopword(keyAt(i)))
                continue;
            const QStringView key = m_source.key(i);
            words.append(FactExtractor::nameWord(key));
            // A possessive inside a name ends who it names: "North Korea's
            // Department of US Affairs" is a department, not North Korea
            // (FactNames::sameName).
            if (i + 1 < end && (key.endsWith(QLatin1String("'s")) || key.endsWith(QStringLiteral("\u2019s"))))
                words.append(QString(FactExtractor::possessiveMark));
        }
        return words.join(QLatin1Char(' '));
    }

    QString joinedKeys(qint32 begin, qint32 end) const
    {
        return QuoteTerms::words(m_source, begin, end).join(QLatin1Char(' '));
    }

    const FactExtractor::Source &m_source;
    qint32 m_begin;
    qint32 m_end;
    std::vector<Fact> m_facts;
    std::vector<QStringView> m_texts; // of [m_begin, m_end)
    std::vector<std::pair<qint32, qint32>> m_quotes;
};

} // namespace

QStringView FactExtractor::Source::text(qint32 flatIndex) const
{
    const FlatDocument::Position position = flat.position(flatIndex);
    const Token &token = tokens.paragraphs[size_t(position.paragraph)].tokens[size_t(position.token)];
    return QStringView(paragraphs[size_t(position.paragraph)].text).mid(token.start, token.end - token.start);
}

std::vector<QStringView> FactExtractor::Source::texts(qint32 begin, qint32 end) const
{
    std::vector<QStringView> result;
    if (begin >= end)
        return result;
    result.reserve(size_t(end - begin));
    // The paragraph of each token as FlatDocument::paragraphOf() finds it,
    // the last one starting at or before it, followed along.
    const auto &starts = flat.paragraphStart;
    size_t paragraph = size_t(flat.paragraphOf(begin));
    for (qint32 i = begin; i < end; ++i) {
        while (paragraph + 1 < starts.size() && starts[paragraph + 1] <= i)
            ++paragraph;
        const Token &token = tokens.paragraphs[paragraph].tokens[size_t(flat.tokens[size_t(i)])];
        result.push_back(QStringView(paragraphs[paragraph].text).mid(token.start, token.end - token.start));
    }
    return result;
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
