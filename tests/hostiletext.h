#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringConverter>

// The contents of the hostile-input corpus (see HostileCorpus): an honest
// story in three versions, and generators of huge, repetitive, unrelated,
// deeply nested or malicious text, HTML and XML. Deterministic: the same
// call gives the same bytes on every machine.
namespace HostileText {

// The honest story the other cases are compared with: versions 0 (the
// agency copy), 1 (a light edit) and 2 (reordered and trimmed).
QByteArray story(int version);

// Single generators, also used by the tests of the comparison's cost limits.
QByteArray hugeWord(qsizetype bytes);
QByteArray hugeParagraph(qsizetype bytes, quint32 seed);
QByteArray tinyParagraphs(int count);
QByteArray deepHtml(int depth);
QByteArray hostileHtml();
QByteArray externalEntityXml(const QString &secretFile, quint16 port);
QByteArray billionLaughsXml();
QByteArray quadraticBlowupXml();
QByteArray truncatedNitf();
// `count` paragraphs of one sentence each, all alike but for a number (the
// kind of repetitive text that defeats a unique-anchor diff).
QByteArray repetitiveParagraphs(int count, quint32 seed);
// `words` made-up words as one line, in sentences of 15. Latin letters,
// or Cyrillic ones: then no word is shared with any other generator, and a
// diff finds no anchor at all.
QByteArray unrelatedWords(int words, quint32 seed, bool cyrillic = false);

// Building blocks of the corpus's files.
int storyParagraphCount();
QList<QByteArray> storyList(int version); // story(version) as paragraphs
QByteArray joinParagraphs(const QList<QByteArray> &paragraphs, const QByteArray &lineEnd = "\n");
QByteArray encode(const QString &text, QStringConverter::Encoding encoding, bool bom);
QByteArray pseudoRandomBytes(qsizetype size, quint32 seed);
QByteArray nitfDocument(const QList<QByteArray> &paragraphs, const QByteArray &doctype = {});
QByteArray htmlDocument(const QList<QByteArray> &paragraphs);

} // namespace HostileText
