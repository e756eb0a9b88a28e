#pragma once

#include "paragraph.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace WireDiff {

enum class ArticleFormat : quint8 {
    PlainText,
    Markdown,
    PressAssociationWire,
    Html,
    Nitf,
    NewsMLG2,
};

QString articleFormatName(ArticleFormat format);

// One version of the story as loaded from disk. A plain value: the loader
// fills it, the comparison reads it, nothing modifies it afterwards.
struct Article
{
    QString id;           // file name without extension; unique within a comparison
    QString filePath;     // absolute path of the source file (empty for in-memory articles)
    ArticleFormat format = ArticleFormat::PlainText;
    QString encoding;     // e.g. "UTF-8", "windows-1252", "UTF-16LE"
    QString title;        // headline where one was found, else empty
    QString outlet;       // publisher or agency where the metadata names one
    QString language;     // BCP 47 tag from metadata or a script-based guess; may be empty
    QDateTime published;  // from metadata, else the file's modification time; may be invalid
    bool publishedFromMetadata = false; // false: `published` is only the file's time
    bool hadDecodingErrors = false; // invalid byte sequences were replaced by U+FFFD
    bool isVirtual = false; // built by WireDiff (the consensus text), not read from a file
    QStringList warnings; // one line each, for display (already translated)
    std::vector<Paragraph> paragraphs;

    QString displayName() const;
};

} // namespace WireDiff
