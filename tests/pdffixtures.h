#pragma once

#include "comparator.h"

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <vector>

// What the PDF tests share: a comparison of in-memory articles, and the
// poppler tools (pdftotext, pdfinfo) that read a PDF back as a reader would.
namespace WireDiff::PdfFixtures {

inline Comparison compare(std::vector<Article> articles)
{
    ComparisonOptions options;
    options.baseId = articles.front().id;
    options.threads = 1;
    return std::move(*Comparator(options).compare(std::move(articles)).comparison);
}

// What a reader gets back from the PDF, reduced so it compares with the
// article text: compatibility forms (Arabic presentation forms, CJK
// radicals some fonts map glyphs to) folded by NFKC, white space and
// direction marks dropped.
inline QString comparable(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_KC);
    QString out;
    for (const QChar c : folded) {
        if (c.isSpace() || c.category() == QChar::Other_Format)
            continue;
        out.append(c);
    }
    return out;
}

inline QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QLatin1String(name));
}

inline QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline int pdfPages(const QString &path)
{
    const QString info = run(tool("pdfinfo"), { path });
    for (const QString &line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

} // namespace WireDiff::PdfFixtures
