#pragma once

#include "comparisonoptions.h"
#include "loadoptions.h"

#include <QString>
#include <QStringList>

namespace WireDiff {

// What was asked on the command line. Parsing never exits the process; the
// caller decides what to print and which exit code to use.
struct CommandLine
{
    enum class Action { OpenWindow, Export, ShowHelp, ShowVersion, Error };

    Action action = Action::OpenWindow;
    QString error;          // for Action::Error, translated
    QString helpText;
    QStringList paths;      // a folder, or files
    QString exportJson;
    QString exportPdf;
    QString exportHtml;
    QString language;       // --lang
    QString pageSize = QStringLiteral("A4");
    bool landscape = false;
    bool skipUnchanged = false; // PDF and HTML: summarise rows where nothing changed
    LoadOptions loadOptions;
    ComparisonOptions comparisonOptions;
    // Which comparison options the command line set: the window keeps the
    // editor's saved choice for the others.
    struct GivenOptions
    {
        bool matchCase = false;
        bool ignorePunctuation = false;
        bool matchQuoteStyle = false;
        bool paraphraseSensitivity = false;
        bool recurse = false; // the window's File ▸ Include Subfolders
    };
    GivenOptions given;

    // `saved` with the options the command line set put over it (the base
    // included when --base was given).
    ComparisonOptions appliedTo(ComparisonOptions saved) const;

    bool isHeadless() const { return action == Action::Export; }

    static CommandLine parse(const QStringList &arguments);
    // True when argv asks for an export, so main() can start without a
    // display before any Qt object exists.
    static bool wantsHeadless(int argc, char **argv);
};

} // namespace WireDiff
