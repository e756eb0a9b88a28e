#include "metercorpus.h"

#include "articleloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace WireDiff::Eval::Meter {

namespace {

int labelOfTag(QStringView tag)
{
    if (tag == QLatin1String("Verbatim"))
        return Verbatim;
    if (tag == QLatin1String("Rewrite"))
        return Rewrite;
    if (tag == QLatin1String("New"))
        return New;
    return -1;
}

// Reads one annotated newspaper article: the text as the reporter wrote it
// (tags removed, paragraphs separated by blank lines) and the gold class of
// each word.
bool readAnnotated(const QString &path, MeterArticle *article)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QString sgml = QString::fromLatin1(file.readAll());
    static const QRegularExpression classification(QStringLiteral("classification=\"([a-z-]+)\""));
    article->classification = classification.match(sgml).captured(1);
    const qsizetype bodyStart = sgml.indexOf(QLatin1String("<body>"));
    const qsizetype bodyEnd = sgml.indexOf(QLatin1String("</body>"));
    if (bodyStart < 0 || bodyEnd < bodyStart)
        return false;
    const QString body = sgml.mid(bodyStart + 6, bodyEnd - bodyStart - 6);
    static const QRegularExpression element(QStringLiteral("<(Verbatim|Rewrite|New|unclassified)\\b[^>]*>(.*?)</\\1\\s*>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    std::vector<int> labels;
    qsizetype at = 0;
    for (auto it = element.globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QStringView between = QStringView(body).mid(at, match.capturedStart() - at);
        at = match.capturedEnd();
        const int label = labelOfTag(match.capturedView(1));
        article->wordLevel = article->wordLevel || label >= 0;
        QString inner = match.captured(2);
        if (between.count(QLatin1Char('\n')) >= 2 && !article->text.isEmpty()) {
            while (article->text.endsWith(QLatin1Char(' ')) || article->text.endsWith(QLatin1Char('\n'))) {
                article->text.chop(1);
                labels.pop_back();
            }
            article->text += QLatin1String("\n\n");
            labels.insert(labels.end(), 2, -1);
        } else if (!article->text.isEmpty() && !inner.isEmpty() && article->text.back().isLetterOrNumber()
                   && inner.front().isLetterOrNumber()) {
            article->text += QLatin1Char(' ');
            labels.push_back(-1);
        }
        article->text += inner;
        labels.insert(labels.end(), size_t(inner.size()), label);
    }
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)*"));
    for (auto it = word.globalMatch(article->text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        article->words.push_back(GoldWord { qint32(match.capturedStart()), qint32(match.capturedEnd()),
                                            labels[size_t(match.capturedStart())] });
    }
    return !article->text.trimmed().isEmpty();
}

} // namespace

std::vector<Story> readStories(const QString &root, QString *problem)
{
    const QString annotated = root + QStringLiteral("/newspapers/annotated/courts");
    const QString wire = root + QStringLiteral("/PA/rawtexts/courts");
    std::vector<Story> stories;
    if (!QFileInfo(annotated).isDir() || !QFileInfo(wire).isDir()) {
        *problem = QStringLiteral("METER courts folders not found under ") + root;
        return stories;
    }
    const QDir::Filters dirs = QDir::Dirs | QDir::NoDotAndDotDot;
    for (const QString &date : QDir(annotated).entryList(dirs, QDir::Name)) {
        for (const QString &catchline : QDir(annotated + QLatin1Char('/') + date).entryList(dirs, QDir::Name)) {
            Story story;
            story.key = date + QLatin1Char('/') + catchline;
            const QDir wireDir(wire + QLatin1Char('/') + story.key);
            for (const QString &name : wireDir.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name))
                story.wireFiles.append(wireDir.filePath(name));
            const QDir newsDir(annotated + QLatin1Char('/') + story.key);
            for (const QString &name : newsDir.entryList({ QStringLiteral("*.sgml") }, QDir::Files, QDir::Name)) {
                MeterArticle article;
                article.id = QFileInfo(name).completeBaseName();
                if (readAnnotated(newsDir.filePath(name), &article))
                    story.articles.push_back(std::move(article));
            }
            if (!story.wireFiles.isEmpty() && !story.articles.empty())
                stories.push_back(std::move(story));
        }
    }
    return stories;
}

Article wireArticle(const Story &story, const ArticleLoader &loader)
{
    Article wire;
    wire.id = QStringLiteral("PA");
    wire.language = QStringLiteral("en");
    wire.format = ArticleFormat::PressAssociationWire;
    QSet<QString> seen;
    for (const QString &path : story.wireFiles) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Article part;
        QString reason;
        if (!loader.loadBytes(file.readAll(), path, &part, &reason))
            continue;
        for (const Paragraph &paragraph : part.paragraphs) {
            if (!seen.contains(paragraph.text)) {
                seen.insert(paragraph.text);
                wire.paragraphs.push_back(paragraph);
            }
        }
    }
    return wire;
}


std::vector<WordPlace> locateWords(const MeterArticle &gold, const Article &loaded)
{
    QString joined;
    std::vector<qint32> starts;
    for (const Paragraph &paragraph : loaded.paragraphs) {
        starts.push_back(qint32(joined.size()));
        joined += paragraph.text;
        joined += QLatin1Char('\n');
    }
    std::vector<WordPlace> places(gold.words.size());
    qsizetype cursor = 0;
    for (size_t w = 0; w < gold.words.size(); ++w) {
        const GoldWord &word = gold.words[w];
        const QStringView text = QStringView(gold.text).mid(word.start, word.end - word.start);
        const qsizetype found = joined.indexOf(text, cursor);
        if (found < 0 || found > cursor + 400)
            continue;
        cursor = found + text.size();
        const auto paragraph = qint32(std::upper_bound(starts.begin(), starts.end(), qint32(found)) - starts.begin() - 1);
        places[w] = WordPlace { paragraph, qint32(found) - starts[size_t(paragraph)] };
    }
    return places;
}

} // namespace WireDiff::Eval::Meter
