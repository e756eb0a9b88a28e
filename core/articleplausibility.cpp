#include "articleplausibility.h"

#include <algorithm>
#include <iterator>
#include <array>

namespace WireDiff {

namespace {

// Whether `line` ends as a sentence does: a full stop, question or
// exclamation mark, perhaps inside closing quotes or brackets. A record
// may end in a bracket ("(run-parts /etc/cron.hourly)") but not in a stop.
bool endsAsSentence(QStringView line)
{
    static constexpr std::array<char16_t, 7> closers { u'"', u'\'', u')', u']', u'\u201D', u'\u2019', u'\u00BB' };
    static constexpr std::array<char16_t, 6> stops { u'.', u'!', u'?', u'\u2026', u'\u3002', u'\uFF01' };
    while (!line.isEmpty() && std::find(closers.begin(), closers.end(), line.back().unicode()) != closers.end())
        line.chop(1);
    return !line.isEmpty() && std::find(stops.begin(), stops.end(), line.back().unicode()) != stops.end();
}

// The next whitespace-separated token of `line` from `*at`, moving `*at`
// past it; empty at the end.
QStringView nextToken(QStringView line, qsizetype *at)
{
    qsizetype i = *at;
    while (i < line.size() && line[i].isSpace())
        ++i;
    const qsizetype start = i;
    while (i < line.size() && !line[i].isSpace())
        ++i;
    *at = i;
    return line.mid(start, i - start);
}

// A time stamp, date, address or epoch second: mostly digits, in groups
// joined by the separators machines write ("2026-11-17T09:00:00.000Z",
// "10/Oct/2000:13:55:36", "192.168.0.1", "09:15"), or ten digits alone.
bool isStampToken(QStringView token)
{
    while (!token.isEmpty() && (token.front() == u'[' || token.front() == u'<' || token.front() == u'('))
        token = token.mid(1);
    while (!token.isEmpty() && (token.back() == u']' || token.back() == u'>' || token.back() == u')' || token.back() == u','))
        token.chop(1);
    qsizetype digits = 0;
    bool separated = false;
    for (const QChar c : token) {
        if (c.isDigit())
            ++digits;
        else if (c == u'-' || c == u'/' || c == u'.' || c == u':')
            separated = true;
    }
    if (!separated)
        return digits >= 9 && digits == token.size();
    return digits >= 4 && 2 * digits >= token.size();
}

bool isMonthAbbreviation(QStringView token)
{
    static constexpr std::array<const char16_t *, 12> months { u"Jan", u"Feb", u"Mar", u"Apr", u"May", u"Jun",
                                                               u"Jul", u"Aug", u"Sep", u"Oct", u"Nov", u"Dec" };
    return std::any_of(months.begin(), months.end(), [token](const char16_t *month) { return token == QStringView(month); });
}

bool isDayNumber(QStringView token)
{
    return !token.isEmpty() && token.size() <= 2 && std::all_of(token.begin(), token.end(), [](QChar c) { return c.isDigit(); });
}

// Where the line's leading stamp ends, or -1 when it has none. Syslog's
// "Nov 24 12:00:01" is three tokens.
qsizetype stampEnd(QStringView line)
{
    qsizetype at = 0;
    const QStringView first = nextToken(line, &at);
    if (isStampToken(first))
        return at;
    if (!isMonthAbbreviation(first))
        return -1;
    if (!isDayNumber(nextToken(line, &at)))
        return -1;
    return isStampToken(nextToken(line, &at)) ? at : -1;
}

// A word of prose: letters, perhaps with inner apostrophes or hyphens,
// perhaps quoted or followed by punctuation.
bool isProseWord(QStringView token)
{
    while (!token.isEmpty() && !token.front().isLetterOrNumber())
        token = token.mid(1);
    while (!token.isEmpty() && !token.back().isLetterOrNumber())
        token.chop(1);
    if (token.isEmpty())
        return false;
    return std::all_of(token.begin(), token.end(), [](QChar c) {
        return c.isLetter() || c == u'\'' || c == u'-' || c == u'\u2019';
    });
}

} // namespace

bool ArticlePlausibility::isMachineRecord(QStringView line)
{
    line = line.trimmed();
    if (line.size() >= 2 && line.front() == u'{' && line.back() == u'}')
        return true;
    qsizetype at = stampEnd(line);
    if (at < 0)
        return false;
    int tokens = 0;
    int proseWords = 0;
    for (QStringView token = nextToken(line, &at); !token.isEmpty(); token = nextToken(line, &at)) {
        ++tokens;
        proseWords += isProseWord(token) ? 1 : 0;
    }
    // A live blog's "14:02 Police confirm three arrests." is a stamped
    // sentence: words, ending as sentences end. A record is fields, or
    // words that stop without a sentence's end.
    const bool readsAsSentence = tokens > 0 && 10 * proseWords >= 6 * tokens && endsAsSentence(line);
    return !readsAsSentence;
}

ArticlePlausibility::LogVerdict ArticlePlausibility::judgeLog(QStringView text)
{
    LogVerdict verdict;
    qsizetype start = 0;
    while (start < text.size() && verdict.sampled < sampledLines) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QStringView line = text.mid(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        ++verdict.sampled;
        verdict.recordLines += isMachineRecord(line) ? 1 : 0;
    }
    verdict.isLog = verdict.sampled >= minimumLogLines && 10 * verdict.recordLines >= 6 * verdict.sampled;
    return verdict;
}

qsizetype ArticlePlausibility::wordCount(const Article &article)
{
    qsizetype words = 0;
    for (const Paragraph &paragraph : article.paragraphs) {
        bool inWord = false;
        for (const QChar c : paragraph.text) {
            const bool space = c.isSpace();
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
    }
    return words;
}

std::vector<ArticlePlausibility::LengthOutlier> ArticlePlausibility::lengthOutliers(const std::vector<Article> &articles)
{
    std::vector<qsizetype> words;
    words.reserve(articles.size());
    for (const Article &article : articles)
        words.push_back(article.isVirtual ? -1 : wordCount(article));
    return lengthOutliers(words);
}

std::vector<ArticlePlausibility::LengthOutlier> ArticlePlausibility::lengthOutliers(const std::vector<qsizetype> &words)
{
    std::vector<LengthOutlier> outliers;
    std::vector<qsizetype> sorted;
    std::copy_if(words.begin(), words.end(), std::back_inserter(sorted), [](qsizetype count) { return count >= 0; });
    if (sorted.size() < 3)
        return outliers; // with one other article, "the others" is not a norm
    std::sort(sorted.begin(), sorted.end());
    // The lower median of the others: sorted without one copy of the
    // article's own count.
    const size_t k = (sorted.size() - 2) / 2;
    for (size_t i = 0; i < words.size(); ++i) {
        if (words[i] < 0)
            continue;
        const size_t own = size_t(std::lower_bound(sorted.begin(), sorted.end(), words[i]) - sorted.begin());
        const qsizetype median = std::max<qsizetype>(1, own <= k ? sorted[k + 1] : sorted[k]);
        if (words[i] >= minimumOutlierWords && words[i] >= lengthFactor * median)
            outliers.push_back({ int(i), words[i], median });
    }
    return outliers;
}

bool ArticlePlausibility::isHeadlineOnly(const Article &article)
{
    const auto hasRole = [&article](ParagraphRole role) {
        return std::any_of(article.paragraphs.begin(), article.paragraphs.end(),
                           [role](const Paragraph &paragraph) { return paragraph.role == role; });
    };
    return hasRole(ParagraphRole::Headline) && !hasRole(ParagraphRole::Body);
}

std::vector<int> ArticlePlausibility::headlineOnly(const std::vector<Article> &articles)
{
    std::vector<int> found;
    for (int a = 0; a < int(articles.size()); ++a) {
        if (isHeadlineOnly(articles[size_t(a)]))
            found.push_back(a);
    }
    if (found.size() == articles.size())
        found.clear();
    return found;
}

} // namespace WireDiff
