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

// Where an article's publication time came from. Metadata and wire-header
// times say when the story was published or filed; a file's modification
// time is as often when it was copied or downloaded.
enum class TimeSource : quint8 {
    None,       // no time
    Metadata,   // the format's metadata: NITF, NewsML, HTML meta tags, front matter
    WireHeader, // a wire header's filing time (the PA slug line "16:52 01/03/00:")
    File,       // the file's modification time
};

QString timeSourceName(TimeSource source); // stable, for the report: "metadata", "wire-header", "file", ""

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
    QDateTime published;  // from metadata or a wire header, else the file's modification time; may be invalid
    TimeSource publishedFrom = TimeSource::None; // where `published` came from; None when it is invalid
    bool hadDecodingErrors = false; // invalid byte sequences were replaced by U+FFFD
    bool isVirtual = false; // built by WireDiff (the consensus text), not read from a file
    QStringList warnings; // one line each, for display (already translated)
    std::vector<Paragraph> paragraphs;

    QString displayName() const;
    // `published` says when the story was published or filed (metadata or
    // a wire header), not merely when its file was written. Only such
    // times are compared with each other; a file time is never weighed
    // against one (FamilyOrder).
    bool hasKnownTime() const
    {
        return published.isValid() && (publishedFrom == TimeSource::Metadata || publishedFrom == TimeSource::WireHeader);
    }
    bool hasFileTime() const { return published.isValid() && publishedFrom == TimeSource::File; }
    // A news agency's own copy, as its format shows: a Press Association
    // header block, NewsML-G2 as agencies send it. Outlets print from the
    // wire, not the wire from them.
    bool isAgencyCopy() const
    {
        return format == ArticleFormat::PressAssociationWire || format == ArticleFormat::NewsMLG2;
    }
};

} // namespace WireDiff
