#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

namespace WireDiff {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WireDiff::CommandLine", text);
}

} // namespace

bool CommandLine::wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--export-", 9) == 0 || std::strcmp(argv[i], "--help") == 0
            || std::strcmp(argv[i], "-h") == 0 || std::strcmp(argv[i], "--version") == 0
            || std::strcmp(argv[i], "-v") == 0) {
            return true;
        }
    }
    return false;
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Compare many versions of one news story: paragraphs aligned side by side, word-level "
           "differences against a base, and who copied whom."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption json(QStringLiteral("export-json"), tr("Write the comparison report (JSON) to <file> and exit."), tr("file"));
    const QCommandLineOption pdf(QStringLiteral("export-pdf"), tr("Write the annotated PDF to <file> and exit."), tr("file"));
    const QCommandLineOption html(QStringLiteral("export-html"), tr("Write a self-contained HTML page to <file> and exit."), tr("file"));
    const QCommandLineOption base(QStringLiteral("base"), tr("Compare against the article <id> (file name without extension)."), tr("id"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Use the user interface language <code> (de, fr, es, ko, uk, en…)."), tr("code"));
    const QCommandLineOption matchCase(QStringLiteral("match-case"), tr("Treat upper and lower case as different."));
    const QCommandLineOption ignorePunctuation(QStringLiteral("ignore-punctuation"), tr("Ignore punctuation when comparing."));
    const QCommandLineOption matchQuotes(QStringLiteral("match-quote-style"), tr("Treat curly and straight quotes as different."));
    const QCommandLineOption sensitivity(QStringLiteral("paraphrase-sensitivity"), tr("How loosely rewording counts as paraphrase, from 0 (strict) to 1 (loose); default 0.5."), tr("value"));
    const QCommandLineOption hidden(QStringLiteral("hidden"), tr("Also read hidden files."));
    const QCommandLineOption recursive(QStringLiteral("recursive"), tr("Also read files in subfolders."));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), tr("PDF page size: A4 or Letter."), tr("size"), QStringLiteral("A4"));
    const QCommandLineOption landscape(QStringLiteral("landscape"), tr("PDF in landscape orientation."));
    const QCommandLineOption skipUnchanged(QStringLiteral("skip-unchanged"),
                                           tr("PDF and HTML: leave out rows where nothing changed (one line says how many)."));
    parser.addOptions({ json, pdf, html, base, lang, matchCase, ignorePunctuation, matchQuotes, sensitivity,
                        hidden, recursive, pageSize, landscape, skipUnchanged });
    parser.addPositionalArgument(tr("paths"), tr("A folder of articles, or article files."), tr("[FOLDER | FILE...]"));

    result.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        result.action = Action::Error;
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(helpOption)) {
        result.action = Action::ShowHelp;
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.action = Action::ShowVersion;
        return result;
    }
    result.paths = parser.positionalArguments();
    result.exportJson = parser.value(json);
    result.exportPdf = parser.value(pdf);
    result.exportHtml = parser.value(html);
    result.language = parser.value(lang);
    result.pageSize = parser.value(pageSize);
    result.landscape = parser.isSet(landscape);
    result.skipUnchanged = parser.isSet(skipUnchanged);
    result.comparisonOptions.baseId = parser.value(base);
    result.comparisonOptions.ignoreCase = !parser.isSet(matchCase);
    result.comparisonOptions.ignorePunctuation = parser.isSet(ignorePunctuation);
    result.comparisonOptions.ignoreQuoteStyle = !parser.isSet(matchQuotes);
    result.loadOptions.includeHidden = parser.isSet(hidden);
    result.loadOptions.recurse = parser.isSet(recursive);
    if (parser.isSet(sensitivity)) {
        bool ok = false;
        const double value = parser.value(sensitivity).toDouble(&ok);
        if (!ok || value < 0 || value > 1) {
            result.action = Action::Error;
            result.error = tr("--paraphrase-sensitivity takes a number from 0 to 1.");
            return result;
        }
        result.comparisonOptions.paraphraseSensitivity = value;
    }
    if (result.pageSize.compare(QLatin1String("A4"), Qt::CaseInsensitive) != 0
        && result.pageSize.compare(QLatin1String("Letter"), Qt::CaseInsensitive) != 0) {
        result.action = Action::Error;
        result.error = tr("--page-size takes A4 or Letter.");
        return result;
    }
    const bool exporting = !result.exportJson.isEmpty() || !result.exportPdf.isEmpty() || !result.exportHtml.isEmpty();
    if (exporting) {
        result.action = Action::Export;
        if (result.paths.isEmpty()) {
            result.action = Action::Error;
            result.error = tr("An export needs a folder or files to compare.");
        }
    }
    return result;
}

} // namespace WireDiff
