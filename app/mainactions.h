#pragma once

class QAction;
class QWidget;

namespace WireDiff {

// Every action of the main window, created in one place with its text,
// shortcut, tooltip, status tip and icon. The window connects them.
struct MainActions
{
    explicit MainActions(QWidget *window);

    // The commands that go through the rows (changes, unique paragraphs,
    // find, select all) are on only while a comparison is on show.
    void setComparisonShown(bool shown);

    QAction *openFolder;
    QAction *openFiles;
    QAction *includeSubfolders;
    QAction *reload;
    QAction *quit;

    QAction *copy;
    QAction *selectAll;
    QAction *find;
    QAction *findNext;
    QAction *findPrevious;

    QAction *zoomIn;
    QAction *zoomOut;
    QAction *zoomReset;
    QAction *showAllPanes;
    QAction *showLegend;
    QAction *keepBaseInView;

    QAction *nextChange;
    QAction *previousChange;
    QAction *nextUnique;
    QAction *previousUnique;

    QAction *ignoreCase;
    QAction *ignorePunctuation;
    QAction *ignoreQuoteStyle;
    QAction *cancel;

    QAction *exportPdf;
    QAction *exportHtml;
    QAction *exportJson;
    QAction *exportConsensus;
    QAction *print;

    QAction *addNote;
    QAction *noteAuthor;
    QAction *editHouseStyle;

    QAction *agreementShading;
    QAction *showConsensus;
    QAction *sortByTime;

    QAction *about;
    QAction *aboutQt;
    QAction *shortcuts;
};

} // namespace WireDiff
