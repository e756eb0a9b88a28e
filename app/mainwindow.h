#pragma once

#include "appsettings.h"
#include "droppolicy.h"
#include "loadresult.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>
#include <vector>

class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QSlider;
class QToolButton;

namespace WireDiff {

class AnalysisController;
class AnnotationController;
class ComparisonSession;
class ExportController;
class ComparisonView;
class FindBar;
class LegendWidget;
class NoticeBanner;
class ProvenanceMatrix;
class SubfolderController;
struct Comparison;
struct MainActions;

// The window: wiring between the session (what is compared, on a worker
// thread), the comparison view and the panels around it. Side panels are
// dock widgets listed in View ▸ Panels, so later panels (notes, facts,
// family tree) plug in with addPanel().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // A folder, or files; empty opens the bundled samples. `baseId` names
    // the base, or empty to let the comparison choose.
    void open(const QStringList &paths, const QString &baseId = {});
    void openSamples();
    void addPanel(QDockWidget *dock, Qt::DockWidgetArea area = Qt::RightDockWidgetArea);
    // Remembers `options` and compares again with them.
    void applyComparisonOptions(const ComparisonOptions &options);
    // Uses `options` (not their base) in this window without remembering
    // them: the command line's choices for one run.
    void useComparisonOptions(const ComparisonOptions &options);

    ComparisonView *view() const { return m_view; }
    LegendWidget *legend() const { return m_legend; }
    ComparisonSession *session() const { return m_session; }
    NoticeBanner *noticeBanner() const { return m_notice; }
    ProvenanceMatrix *provenanceMatrix() const { return m_matrix; }
    QComboBox *baseComboBox() const { return m_baseCombo; }
    const MainActions &actions() const { return *m_actions; }
    AnnotationController *annotations() const { return m_annotations; }
    SubfolderController *subfolders() const { return m_subfolders; }

signals:
    // A new comparison has been painted (for timing and screenshots).
    void comparisonShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    // Tab passes over what is out of sight: a dock behind its tab stays
    // "visible" to Qt, moved out of the window, and its list and buttons
    // took the focus unseen (Space then opened a note's editor).
    bool focusNextPrevChild(bool next) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildCentralArea();
    void buildMenus();
    void buildToolBar();
    void buildStatusBar();
    void connectSession();
    void connectView();
    void connectActions();

    void handleDrop(const DropRequest &request);
    void showComparison(const std::shared_ptr<const Comparison> &comparison, bool sameSet);
    void showSkipped(const std::vector<SkippedFile> &skipped, const QStringList &notices, bool sameSet);
    void setBusy(bool busy);
    void updateBaseCombo();
    void updateTitle();
    void applyOptions();
    void rebuildRecentMenu();
    void chooseFolder();
    void chooseFiles();
    void showAbout();
    void showShortcuts();
    void chooseLanguage(const QString &code);

    AppSettings m_settings;
    std::unique_ptr<MainActions> m_actions;
    ComparisonSession *m_session;
    ComparisonView *m_view = nullptr;
    FindBar *m_findBar = nullptr;
    NoticeBanner *m_notice = nullptr;
    LegendWidget *m_legend = nullptr;
    ProvenanceMatrix *m_matrix = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QComboBox *m_baseCombo = nullptr;
    QSlider *m_sensitivity = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QLabel *m_summary = nullptr;
    AnnotationController *m_annotations = nullptr;
    ExportController *m_exports = nullptr;
    AnalysisController *m_analysis = nullptr;
    SubfolderController *m_subfolders = nullptr;
    QTimer m_optionsTimer;
    QString m_pendingDropNote;
    // A folder opened and not yet shown: it joins the recent folders only
    // once it has compared, so one that fails does not.
    QString m_folderToRemember;
};

} // namespace WireDiff
