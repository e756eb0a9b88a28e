#pragma once

#include "comparisonoptions.h"

#include <QByteArray>
#include <QHash>
#include <QSettings>
#include <QStringList>

namespace WireDiff {

// The window's persistent state, typed: geometry, options, recent folders,
// pane widths and zoom. One QSettings underneath, nothing global.
class AppSettings
{
public:
    AppSettings() = default;

    QByteArray geometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state);

    ComparisonOptions comparisonOptions() const;
    void setComparisonOptions(const ComparisonOptions &options);

    QStringList recentFolders() const;
    void addRecentFolder(const QString &folder);
    void removeRecentFolder(const QString &folder);
    static constexpr int maximumRecent = 10;

    QHash<QString, double> paneWidthWeights() const;
    void setPaneWidthWeights(const QHash<QString, double> &weights);

    double zoom() const;
    void setZoom(double zoom);

    bool legendVisible() const;
    void setLegendVisible(bool visible);

    // View ▸ Keep Base in View: the base pane pinned at the left edge while
    // the others scroll sideways. On unless the editor turned it off.
    bool keepBaseInView() const;
    void setKeepBaseInView(bool keep);

    // Who Copied Whom: Fit (the whole matrix in its panel) and the zoom set
    // by hand, which Fit leaves as it was. Off and 1 until changed.
    bool matrixFit() const;
    double matrixZoom() const;
    void setMatrixZoom(bool fit, double zoom);
    // The same for the Family Tree panel.
    bool treeFit() const;
    double treeZoom() const;
    void setTreeZoom(bool fit, double zoom);

    // File ▸ Include Subfolders: read a folder's subfolders too.
    bool includeSubfolders() const;
    void setIncludeSubfolders(bool include);

    QString lastDialogFolder() const;
    void setLastDialogFolder(const QString &folder);

    // The name new notes are signed with: the last one the editor gave
    // (empty if they chose to sign nothing), else the account's
    // (AccountName::current()).
    QString noteAuthor() const;
    void setNoteAuthor(const QString &name);

    // The user interface language chosen in View ▸ Language; empty follows
    // the system. Read at start-up only.
    QString language() const;
    void setLanguage(const QString &code);

private:
    QSettings m_settings;
};

} // namespace WireDiff
