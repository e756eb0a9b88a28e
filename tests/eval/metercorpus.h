#pragma once

#include "article.h"

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace WireDiff {
class ArticleLoader;
}

// The METER courts corpus as the evaluation reads it: stories, their wire
// files, the newspaper articles with the gold class of every word.
namespace WireDiff::Eval::Meter {

enum WordClass { Verbatim, Rewrite, New, WordClassCount };
inline const std::array<QString, WordClassCount> wordClassNames { QStringLiteral("Verbatim"), QStringLiteral("Rewrite"),
                                                                  QStringLiteral("New") };

struct GoldWord
{
    qint32 start = 0; // UTF-16 offsets into MeterArticle::text
    qint32 end = 0;
    int label = -1;   // WordClass, or -1 where the article has no word-level tags
};

struct MeterArticle
{
    QString id;
    QString classification;
    QString text;
    std::vector<GoldWord> words;
    bool wordLevel = false;
};

struct Story
{
    QString key; // "date/catchline"
    QStringList wireFiles;
    std::vector<MeterArticle> articles;
};

// Where a gold word sits in the article as WireDiff loaded it.
struct WordPlace
{
    qint32 paragraph = -1; // in the loaded article; -1: not found
    qint32 offset = 0;
};

// Every story of `root`/newspapers/annotated/courts with its wire files and
// annotated articles; empty, with `problem` set, when the folders are missing.
std::vector<Story> readStories(const QString &root, QString *problem);

// All wire copy of a story as one base article: every PA file in name order
// (first take, leads, substitutes, night leads), each paragraph once.
Article wireArticle(const Story &story, const ArticleLoader &loader);

// Finds each gold word in the loaded article's paragraphs, in order.
std::vector<WordPlace> locateWords(const MeterArticle &gold, const Article &loaded);

} // namespace WireDiff::Eval::Meter
