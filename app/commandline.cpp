#include "commandline.h"

#include "atomicwriter.h"
#include "outputguard.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cmath>
#include <cstring>
#include <initializer_list>

namespace WireDiff {

namespace {

// lupdate takes the context from this declaration, so messages from free
// functions and helper classes land where the lookup at run time finds them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(WireDiff::CommandLine)
};

// Why an option was given an empty value, or empty. An empty value is a
// mistake, most often an unset shell variable (`--export-json "$OUT"`):
// said, never taken as the option left out.
QString emptyValueError(const QCommandLineParser &parser, std::initializer_list<const QCommandLineOption *> fileOptions,
                        std::initializer_list<const QCommandLineOption *> valueOptions)
{
    const auto empty = [&parser](const QCommandLineOption *option) {
        return parser.isSet(*option) && parser.values(*option).contains(QString());
    };
    for (const QCommandLineOption *option : fileOptions) {
        if (empty(option))
            return Messages::tr("--%1 needs a file name.").arg(option->names().constFirst());
    }
    for (const QCommandLineOption *option : valueOptions) {
        if (empty(option))
            return Messages::tr("--%1 needs a value.").arg(option->names().constFirst());
    }
    return {};
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

ComparisonOptions CommandLine::appliedTo(ComparisonOptions saved) const
{
    if (given.matchCase)
        saved.ignoreCase = comparisonOptions.ignoreCase;
    if (given.ignorePunctuation)
        saved.ignorePunctuation = comparisonOptions.ignorePunctuation;
    if (given.matchQuoteStyle)
        saved.ignoreQuoteStyle = comparisonOptions.ignoreQuoteStyle;
    if (given.paraphraseSensitivity)
        saved.paraphraseSensitivity = comparisonOptions.paraphraseSensitivity;
    if (!comparisonOptions.baseId.isEmpty())
        saved.baseId = comparisonOptions.baseId;
    return saved;
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Messages::tr("Compare many versions of one news story: paragraphs aligned side by side, word-level "
           "differences against a base, and who copied whom."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption json(QStringLiteral("export-json"), Messages::tr("Write the comparison report (JSON) to <file> and exit."), Messages::tr("file"));
    const QCommandLineOption pdf(QStringLiteral("export-pdf"), Messages::tr("Write the annotated PDF to <file> and exit."), Messages::tr("file"));
    const QCommandLineOption html(QStringLiteral("export-html"), Messages::tr("Write a self-contained HTML page to <file> and exit."), Messages::tr("file"));
    const QCommandLineOption base(QStringLiteral("base"), Messages::tr("Compare against the article <id> (file name without extension)."), Messages::tr("id"));
    const QCommandLineOption lang(QStringLiteral("lang"), Messages::tr("Use the user interface language <code> (de, fr, es, ko, uk, en…)."), Messages::tr("code"));
    const QCommandLineOption matchCase(QStringLiteral("match-case"), Messages::tr("Treat upper and lower case, and accented and plain letters, as different."));
    const QCommandLineOption ignorePunctuation(QStringLiteral("ignore-punctuation"), Messages::tr("Ignore punctuation when comparing."));
    const QCommandLineOption matchQuotes(QStringLiteral("match-quote-style"), Messages::tr("Treat curly and straight quotes as different."));
    const QCommandLineOption sensitivity(QStringLiteral("paraphrase-sensitivity"), Messages::tr("How loosely rewording counts as paraphrase, from 0 (strict) to 1 (loose); default 0.5."), Messages::tr("value"));
    const QCommandLineOption hidden(QStringLiteral("hidden"), Messages::tr("Also read hidden files."));
    const QCommandLineOption recursive(QStringLiteral("recursive"), Messages::tr("Also read files in subfolders."));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), Messages::tr("PDF page size: A4 or Letter."), Messages::tr("size"), QStringLiteral("A4"));
    const QCommandLineOption landscape(QStringLiteral("landscape"), Messages::tr("PDF in landscape orientation."));
    const QCommandLineOption skipUnchanged(QStringLiteral("skip-unchanged"),
                                           Messages::tr("PDF and HTML: leave out rows where nothing changed (one line says how many)."));
    parser.addOptions({ json, pdf, html, base, lang, matchCase, ignorePunctuation, matchQuotes, sensitivity,
                        hidden, recursive, pageSize, landscape, skipUnchanged });
    parser.addPositionalArgument(Messages::tr("paths"), Messages::tr("A folder of articles, or article files."), Messages::tr("[FOLDER | FILE...]"));

    result.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        result.action = Action::Error;
        result.error = parser.errorText();
        return result;
    }
    // Read first: help and version are printed in the language asked for.
    result.language = parser.value(lang);
    if (parser.isSet(helpOption)) {
        result.action = Action::ShowHelp;
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.action = Action::ShowVersion;
        return result;
    }
    if (const QString error = emptyValueError(parser, { &json, &pdf, &html }, { &base, &lang, &sensitivity, &pageSize });
        !error.isEmpty()) {
        result.action = Action::Error;
        result.error = error;
        return result;
    }
    result.paths = parser.positionalArguments();
    result.exportJson = parser.value(json);
    result.exportPdf = parser.value(pdf);
    result.exportHtml = parser.value(html);
    result.pageSize = parser.value(pageSize);
    result.landscape = parser.isSet(landscape);
    result.skipUnchanged = parser.isSet(skipUnchanged);
    result.given = GivenOptions { parser.isSet(matchCase), parser.isSet(ignorePunctuation), parser.isSet(matchQuotes),
                                  parser.isSet(sensitivity), parser.isSet(recursive) };
    result.comparisonOptions.baseId = parser.value(base);
    result.comparisonOptions.ignoreCase = !parser.isSet(matchCase);
    result.comparisonOptions.ignorePunctuation = parser.isSet(ignorePunctuation);
    result.comparisonOptions.ignoreQuoteStyle = !parser.isSet(matchQuotes);
    result.loadOptions.includeHidden = parser.isSet(hidden);
    result.loadOptions.recurse = parser.isSet(recursive);
    if (parser.isSet(sensitivity)) {
        bool ok = false;
        const double value = parser.value(sensitivity).toDouble(&ok);
        if (!ok || !std::isfinite(value) || value < 0 || value > 1) {
            result.action = Action::Error;
            result.error = Messages::tr("--paraphrase-sensitivity takes a number from 0 to 1.");
            return result;
        }
        result.comparisonOptions.paraphraseSensitivity = value;
    }
    if (result.pageSize.compare(QLatin1String("A4"), Qt::CaseInsensitive) != 0
        && result.pageSize.compare(QLatin1String("Letter"), Qt::CaseInsensitive) != 0) {
        result.action = Action::Error;
        result.error = Messages::tr("--page-size takes A4 or Letter.");
        return result;
    }
    const bool exporting = !result.exportJson.isEmpty() || !result.exportPdf.isEmpty() || !result.exportHtml.isEmpty();
    if (exporting) {
        result.action = Action::Export;
        if (result.paths.isEmpty()) {
            result.action = Action::Error;
            result.error = Messages::tr("An export needs a folder or files to compare.");
        }
        // Each export is written whole over its file: two naming one file
        // (by name, through a link or a linked folder) would leave only the
        // last, without a word. A stream, device or FIFO takes both in turn
        // (`/dev/null` for each export is how a script checks the folder).
        QStringList outputs;
        for (const QString &output : { result.exportJson, result.exportPdf, result.exportHtml }) {
            if (output.isEmpty() || AtomicWriter::writesInPlace(output))
                continue;
            const QString destination = OutputGuard::destination(output);
            if (outputs.contains(destination)) {
                result.action = Action::Error;
                result.error = Messages::tr("%1 is named by two export options; give each export its own file.").arg(output);
                break;
            }
            outputs.append(destination);
        }
    }
    return result;
}

} // namespace WireDiff
