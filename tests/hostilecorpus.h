#pragma once

#include "hostiletext.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace WireDiff {
struct Article;
}

// Builds the hostile-input corpus of issue 6 in a folder: every defect a wire
// folder can hold (empty, binary, misnamed, broken or legacy encodings, huge
// words and paragraphs, hostile HTML and XML, awkward names, links, unreadable
// files, ...) beside three honest versions of one story, each file with the
// outcome the loader must give it. Deterministic: the same call writes the
// same bytes. Used by tst_hostileinput and the fuzz seed corpora; the
// contents come from HostileText.
namespace HostileCorpus {

enum class Outcome {
    Loaded,    // an article
    Skipped,   // LoadResult::skipped, with a one-line reason
    NotListed, // never offered to the loader by default (hidden files)
};

struct Case
{
    QString file;        // relative to the corpus folder
    QString what;        // what the case is about, for the test's row name
    Outcome outcome = Outcome::Loaded;
    QString reason;      // Skipped: how the reason starts
    QString encoding;    // Loaded: the detected encoding, when it matters
    QString format;      // Loaded: articleFormatName(), when it matters
    bool decodingErrors = false;
    QString text;        // Loaded: a paragraph contains this
    QStringList absent;  // Loaded: no paragraph, title or warning contains these
    QString warning;     // Loaded: a warning contains this
    int minParagraphs = 1;
    int maxParagraphs = -1; // -1: no bound
};

struct Options
{
    // The 3 MB word, the 3 MB paragraph and the 50,000 paragraphs. Off, the
    // corpus is small enough for a sanitizer build or a quick check.
    bool huge = true;
    // A symbolic link, FIFO and unreadable-file cases (Unix only).
    bool filesystemOddities = true;
};

struct Corpus
{
    QString folder;
    std::vector<Case> cases;
    // A file outside the corpus folder that hostile XML points its external
    // entities at; `secretMarker` is its unique content, which must never
    // show up in any output.
    QString secretFile;
    QByteArray secretMarker;
    QStringList unreadable; // files made mode 000 (root reads them anyway)

    const Case *find(const QString &file) const;
    int count(Outcome outcome) const;
};

// Writes every case into `folder` (created when missing). Returns a corpus
// whose `folder` is empty when something could not be written.
Corpus build(const QString &folder, const QString &secretFolder, Options options = {});

// Writes `count` small articles (variants of HostileText::story()) into `folder`.
bool writeManyFiles(const QString &folder, int count);

// SHA-256 of every file below `folder`, hidden ones included, symbolic links
// as their target path (never followed), by relative path.
QHash<QString, QByteArray> digests(const QString &folder);
// Relative paths whose digest differs, or that appeared or vanished.
QStringList changedFiles(const QHash<QString, QByteArray> &before, const QHash<QString, QByteArray> &after);

bool writeFile(const QString &path, const QByteArray &bytes);

// The title, outlet, warning or paragraph of `article` that contains
// `needle` (its first 200 characters), or an empty string: where a case's
// `text` or `absent` shows up.
QString textContaining(const WireDiff::Article &article, const QString &needle);

} // namespace HostileCorpus
