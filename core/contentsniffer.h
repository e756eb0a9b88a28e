#pragma once

#include <QByteArray>
#include <QString>

namespace WireDiff {

// What kind of file an article file is, from its first bytes, with its
// extension as a hint: a misnamed file is still read for what it is, and a
// file that is plainly not article text (a PDF, an image, an archive) is
// named, so an editor knows what was left out.
class ContentSniffer
{
public:
    enum class Kind { Text, Markdown, Html, Xml };

    // How much of a file's start is read to tell its format and declared charset.
    static constexpr qsizetype headBytes = 4096;

    static Kind kindFromExtension(const QString &suffix);
    // The extension's kind corrected by the first bytes.
    static Kind kindOf(const QByteArray &bytes, Kind hint);
    // The charset an HTML page's <meta> declares, or empty.
    static QString declaredHtmlCharset(const QByteArray &bytes);
    // The encoding an XML declaration names, or empty.
    static QString declaredXmlEncoding(const QByteArray &bytes);
    // `xml`, decoded, with its declaration (if it names an encoding) saying
    // UTF-8: what the XML reader is handed once the loader has decoded it.
    static QString declaringUtf8(QString xml);
    // What the file is when it is a known binary format (as the message
    // to show), or empty.
    static QString knownBinaryType(const QByteArray &bytes);
    // Whether the file is one of WireDiff's exports: a page its HTML export
    // wrote (it names itself the generator), its JSON report (it names its
    // schema) or its PDF (WireDiff is the document's creator). Saved beside the articles, it must not become one of them on
    // the next reload.
    static bool isWireDiffExport(const QByteArray &bytes);
};

} // namespace WireDiff
