#include "mainwindow.h"

#include "aboutdialog.h"
#include "analysiscontroller.h"
#include "annotationcontroller.h"
#include "exportcontroller.h"
#include "comparisonsession.h"
#include "comparisonview.h"
#include "findbar.h"
#include "firstwindowsize.h"
#include "legendwidget.h"
#include "languagemenu.h"
#include "mainactions.h"
#include "maintoolbar.h"
#include "noticebanner.h"
#include "provenancematrix.h"
#include "samplefolder.h"
#include "sessionnotices.h"
#include "shortcutsdialog.h"
#include "subfoldercontroller.h"
#include "viewoptionscontroller.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QSignalBlocker>
#include <QSlider>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace WireDiff {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_actions(std::make_unique<MainActions>(this))
    , m_session(new ComparisonSession(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    buildCentralArea();
    buildMenus();
    buildToolBar();
    buildStatusBar();
    connectSession();
    connectView();
    connectActions();
    m_annotations = new AnnotationController(this);
    m_exports = new ExportController(this, m_annotations);
    m_analysis = new AnalysisController(this);
    m_subfolders = new SubfolderController(m_actions->includeSubfolders, m_session, this);
    new ViewOptionsController(this);
    // The matrix on top, the other panels as tabs below it (until the
    // editor arranges them; restoreState() below brings that back).
    const auto dock = [this](const char *name) { return findChild<QDockWidget *>(QLatin1String(name)); };
    if (QDockWidget *facts = dock("FactsDock")) {
        for (const char *name : { "FamilyTreeDock", "NotesDock" }) {
            if (QDockWidget *other = dock(name))
                tabifyDockWidget(facts, other);
        }
        facts->raise();
    }

    // Options from last time, applied before anything is compared.
    useComparisonOptions(m_settings.comparisonOptions());

    if (!restoreGeometry(m_settings.geometry()))
        resize(FirstWindowSize::forScreen(screen()->availableGeometry().size()));
    if (!restoreState(m_settings.windowState())) {
        // First start: give the matrix the room it needs, not a sliver.
        QDockWidget *provenance = findChild<QDockWidget *>(QStringLiteral("ProvenanceDock"));
        resizeDocks({ provenance }, { fontMetrics().averageCharWidth() * 54 }, Qt::Horizontal);
        // And the larger part of the height: its frozen headers and key
        // take about 150 pixels before the first row of cells.
        if (QDockWidget *facts = dock("FactsDock"))
            resizeDocks({ provenance, facts }, { height() * 11 / 20, height() * 7 / 20 }, Qt::Vertical);
    }
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildCentralArea()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_notice = new NoticeBanner(central);
    m_legend = new LegendWidget(central);
    m_view = new ComparisonView(central);
    m_findBar = new FindBar(central);
    m_findBar->hide();
    layout->addWidget(m_notice);
    layout->addWidget(m_legend);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);
    setCentralWidget(central);

    // The matrix scrolls itself, so its headers stay in view.
    m_matrix = new ProvenanceMatrix;
    auto *dock = new QDockWidget(tr("Who Copied Whom"), this);
    dock->setObjectName(QStringLiteral("ProvenanceDock"));
    dock->setWidget(m_matrix);
    dock->setToolTip(tr("How much of each article is found in each other article; click a cell to compare that pair"));
    m_panelsMenu = new QMenu(tr("&Panels"), this);
    addPanel(dock);
}

void MainWindow::addPanel(QDockWidget *dock, Qt::DockWidgetArea area)
{
    addDockWidget(area, dock);
    QAction *toggle = dock->toggleViewAction();
    toggle->setStatusTip(tr("Show or hide the panel \u201C%1\u201D").arg(dock->windowTitle()));
    toggle->setToolTip(toggle->statusTip());
    m_panelsMenu->addAction(toggle);
}

void MainWindow::buildMenus()
{
    const MainActions &a = *m_actions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(a.openFolder);
    file->addAction(a.openFiles);
    file->addAction(a.includeSubfolders);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    QAction *samples = file->addAction(tr("Open the &Sample Story"), this, [this] { open({}); }); // no paths: the samples
    samples->setStatusTip(tr("Open the bundled sample: six versions of an invented flood report"));
    samples->setToolTip(samples->statusTip());
    file->addAction(a.reload);
    file->addSeparator();
    file->addAction(a.exportPdf);
    file->addAction(a.exportHtml);
    file->addAction(a.exportJson);
    file->addAction(a.exportConsensus);
    file->addAction(a.print);
    file->addSeparator();
    file->addAction(a.quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(a.copy);
    edit->addAction(a.selectAll);
    edit->addSeparator();
    edit->addAction(a.find);
    edit->addAction(a.findNext);
    edit->addAction(a.findPrevious);
    edit->addSeparator();
    edit->addAction(a.addNote);
    edit->addAction(a.noteAuthor);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(a.zoomIn);
    view->addAction(a.zoomOut);
    view->addAction(a.zoomReset);
    view->addSeparator();
    view->addAction(a.showAllPanes);
    view->addAction(a.sortByTime);
    view->addAction(a.showLegend);
    view->addAction(a.keepBaseInView);
    view->addSeparator();
    view->addAction(a.agreementShading);
    view->addAction(a.showConsensus);
    view->addMenu(m_panelsMenu);
    view->addSeparator();
    auto *language = new LanguageMenu(m_settings.language(), this);
    connect(language, &LanguageMenu::languageChosen, this, &MainWindow::chooseLanguage);
    view->addMenu(language);

    QMenu *compare = menuBar()->addMenu(tr("&Compare"));
    compare->addAction(a.ignoreCase);
    compare->addAction(a.ignorePunctuation);
    compare->addAction(a.ignoreQuoteStyle);
    compare->addAction(a.editHouseStyle);
    compare->addSeparator();
    compare->addAction(a.cancel);

    QMenu *navigate = menuBar()->addMenu(tr("&Navigate"));
    navigate->addAction(a.nextChange);
    navigate->addAction(a.previousChange);
    navigate->addSeparator();
    navigate->addAction(a.nextUnique);
    navigate->addAction(a.previousUnique);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a.shortcuts);
    help->addSeparator();
    help->addAction(a.about);
    help->addAction(a.aboutQt);
}

void MainWindow::buildToolBar()
{
    auto *bar = new MainToolBar(*m_actions, this);
    addToolBar(bar);
    m_baseCombo = bar->baseComboBox();
    m_sensitivity = bar->sensitivitySlider();
}

void MainWindow::buildStatusBar()
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("ComparisonSummary"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setDefaultAction(m_actions->cancel);
    m_cancelButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_cancelButton->hide();
    statusBar()->addPermanentWidget(m_summary);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
}

void MainWindow::connectSession()
{
    connect(m_session, &ComparisonSession::started, this, [this] {
        setBusy(true);
        // Nothing on show yet: the middle names what is being compared
        // instead of inviting a drop.
        if (!m_session->comparison()) {
            m_view->setPlaceholderText(SessionNotices::comparing(m_session->paths(), m_session->isFolder()));
            statusBar()->showMessage(m_view->placeholderText());
        }
    });
    connect(m_session, &ComparisonSession::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_session, &ComparisonSession::comparisonReady, this, &MainWindow::showComparison);
    connect(m_session, &ComparisonSession::failed, this, [this](const QString &message, const std::vector<SkippedFile> &skipped) {
        setBusy(false);
        updateTitle(); // a new set that failed hands the session back to the one shown
        m_folderToRemember.clear();
        const SessionNotices::Notice notice = SessionNotices::forFailure(message, skipped);
        m_notice->showNotice(NoticeBanner::Kind::Error, notice.message, notice.details);
        m_actions->setComparisonShown(m_session->comparison() != nullptr);
        m_view->setPlaceholderText({});
        statusBar()->showMessage(tr("Nothing compared."), 5000);
    });
    connect(m_session, &ComparisonSession::cancelled, this, [this] {
        setBusy(false);
        updateTitle();
        // The controls go back to what the comparison on show was made
        // with: a base or option change cancelled is not applied.
        updateBaseCombo();
        useComparisonOptions(m_session->comparisonOptions());
        m_settings.setComparisonOptions(m_session->comparisonOptions());
        m_folderToRemember.clear();
        if (!m_session->comparison()) {
            m_view->setPlaceholderText(SessionNotices::cancelledFirst(
                m_session->paths(), m_session->isFolder(), m_actions->reload->shortcut().toString(QKeySequence::NativeText)));
            statusBar()->showMessage(m_view->placeholderText(), 8000);
            return;
        }
        statusBar()->showMessage(tr("Cancelled. The comparison shown is the previous one."), 5000);
    });
    connect(m_session, &ComparisonSession::changedOnDisk, this, [this] {
        statusBar()->showMessage(tr("Files changed on disk; comparing again\u2026"), 3000);
    });
}

void MainWindow::connectView()
{
    connect(m_view, &ComparisonView::comparisonPainted, this, &MainWindow::comparisonShown);
    connect(m_view, &ComparisonView::baseChangeRequested, m_session, &ComparisonSession::setBase);
    connect(m_view, &ComparisonView::dropRequested, this, &MainWindow::handleDrop);
    connect(m_view, &ComparisonView::focusChanged, this, [this](qint32 focus) {
        m_matrix->setFocusPair(focus, m_view->model().base());
    });
    connect(m_view, &ComparisonView::selectionChanged, this, [this] { m_actions->copy->setEnabled(m_view->hasSelection()); });
    connect(m_view, &ComparisonView::findResultsChanged, m_findBar, &FindBar::setResult);
    connect(m_matrix, &ProvenanceMatrix::pairActivated, m_view, &ComparisonView::focusPair);
    connect(m_findBar, &FindBar::searchChanged, m_view, &ComparisonView::setFindText);
    connect(m_findBar, &FindBar::nextRequested, m_view, &ComparisonView::findNext);
    connect(m_findBar, &FindBar::previousRequested, m_view, &ComparisonView::findPrevious);
    connect(m_findBar, &FindBar::closed, this, [this] {
        m_view->setFindText(QString());
        m_view->setFocus();
    });
    connect(m_baseCombo, &QComboBox::activated, this, [this](int index) {
        m_session->setBase(m_baseCombo->itemData(index).toString());
        // Back to reading, as after the matrix's Enter: the next Down or
        // Page Down moves in the panes instead of picking another base.
        m_view->setFocus();
    });
}

void MainWindow::connectActions()
{
    const MainActions &a = *m_actions;
    connect(a.openFolder, &QAction::triggered, this, &MainWindow::chooseFolder);
    connect(a.openFiles, &QAction::triggered, this, &MainWindow::chooseFiles);
    connect(a.reload, &QAction::triggered, m_session, &ComparisonSession::reload);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.copy, &QAction::triggered, m_view, &ComparisonView::copy);
    connect(a.selectAll, &QAction::triggered, m_view, [this] { m_view->selectAllInPane(); });
    connect(a.find, &QAction::triggered, m_findBar, &FindBar::activate);
    connect(a.findNext, &QAction::triggered, m_view, &ComparisonView::findNext);
    connect(a.findPrevious, &QAction::triggered, m_view, &ComparisonView::findPrevious);
    a.zoomIn->setShortcuts({ QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) });
    connect(a.zoomIn, &QAction::triggered, m_view, &ComparisonView::zoomIn);
    connect(a.zoomOut, &QAction::triggered, m_view, &ComparisonView::zoomOut);
    connect(a.zoomReset, &QAction::triggered, m_view, &ComparisonView::resetZoom);
    connect(a.showAllPanes, &QAction::triggered, m_view, &ComparisonView::showAllPanes);
    const auto nothingFurther = [this](bool found) {
        if (!found)
            statusBar()->showMessage(tr("No further rows of that kind."), 2500);
    };
    connect(a.nextChange, &QAction::triggered, this, [this, nothingFurther] { nothingFurther(m_view->nextChange()); });
    connect(a.previousChange, &QAction::triggered, this, [this, nothingFurther] { nothingFurther(m_view->previousChange()); });
    // At a stop the status bar says what is unique there: a sentence inside
    // a shared paragraph is easy to miss by its tint alone.
    const auto uniqueReached = [this, nothingFurther](bool found) {
        nothingFurther(found);
        if (found)
            statusBar()->showMessage(m_view->uniqueDescription(m_view->currentRow()), 6000);
    };
    connect(a.nextUnique, &QAction::triggered, this, [this, uniqueReached] { uniqueReached(m_view->nextUnique()); });
    connect(a.previousUnique, &QAction::triggered, this, [this, uniqueReached] { uniqueReached(m_view->previousUnique()); });
    // Options recompute after the hand has settled (a slider sends many values).
    m_optionsTimer.setSingleShot(true);
    m_optionsTimer.setInterval(250);
    connect(&m_optionsTimer, &QTimer::timeout, this, &MainWindow::applyOptions);
    for (QAction *toggle : { a.ignoreCase, a.ignorePunctuation, a.ignoreQuoteStyle })
        connect(toggle, &QAction::toggled, &m_optionsTimer, qOverload<>(&QTimer::start));
    connect(m_sensitivity, &QSlider::valueChanged, &m_optionsTimer, qOverload<>(&QTimer::start));
    connect(a.cancel, &QAction::triggered, m_session, &ComparisonSession::cancel);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a.shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(a.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::open(const QStringList &paths, const QString &baseId)
{
    if (!m_annotations->mayLeaveNotes(AnnotationController::Leaving::OpeningAnother))
        return;
    if (paths.isEmpty()) {
        openSamples();
        return;
    }
    m_session->open(paths, baseId);
    m_folderToRemember = m_session->isFolder() ? m_session->paths().constFirst() : QString();
    updateTitle();
}

void MainWindow::openSamples()
{
    QString error;
    const QString folder = SampleFolder::install(&error);
    if (folder.isEmpty()) {
        m_notice->showNotice(NoticeBanner::Kind::Error, error);
        return;
    }
    m_session->open({ folder });
    updateTitle();
}

void MainWindow::applyOptions()
{
    ComparisonOptions options = m_session->comparisonOptions();
    options.ignoreCase = m_actions->ignoreCase->isChecked();
    options.ignorePunctuation = m_actions->ignorePunctuation->isChecked();
    options.ignoreQuoteStyle = m_actions->ignoreQuoteStyle->isChecked();
    options.paraphraseSensitivity = m_sensitivity->value() / 100.0;
    applyComparisonOptions(options);
}

void MainWindow::useComparisonOptions(const ComparisonOptions &options)
{
    // The controls show the options without reporting a change of their own.
    const QSignalBlocker blockCase(m_actions->ignoreCase);
    const QSignalBlocker blockPunctuation(m_actions->ignorePunctuation);
    const QSignalBlocker blockQuotes(m_actions->ignoreQuoteStyle);
    const QSignalBlocker blockSensitivity(m_sensitivity);
    m_actions->ignoreCase->setChecked(options.ignoreCase);
    m_actions->ignorePunctuation->setChecked(options.ignorePunctuation);
    m_actions->ignoreQuoteStyle->setChecked(options.ignoreQuoteStyle);
    m_sensitivity->setValue(qRound(options.paraphraseSensitivity * 100));
    // A change made before and still waiting is dropped: these options are
    // the ones in force (the saved ones at start, the command line's, those
    // of the comparison on show after a cancel), not an editor's choice to
    // save.
    m_optionsTimer.stop();
    m_session->setComparisonOptions(options);
}

void MainWindow::applyComparisonOptions(const ComparisonOptions &options)
{
    m_settings.setComparisonOptions(options);
    m_session->setComparisonOptions(options);
}

void MainWindow::handleDrop(const DropRequest &request)
{
    switch (request.kind) {
    case DropRequest::Kind::Refuse:
        m_notice->showNotice(NoticeBanner::Kind::Warning, tr("Not opened: %1").arg(request.message));
        return;
    case DropRequest::Kind::OpenFolder:
    case DropRequest::Kind::OpenFiles:
        open(request.paths);
        break;
    case DropRequest::Kind::AddFiles:
        m_session->addFiles(request.paths);
        break;
    }
    m_pendingDropNote = request.message;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (DropPolicy::isCandidate(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    event->acceptProposedAction();
    handleDrop(DropPolicy::classify(event->mimeData(), false));
}

void MainWindow::showComparison(const std::shared_ptr<const Comparison> &comparison, bool sameSet)
{
    setBusy(false);
    m_view->setComparison(comparison, sameSet);
    m_matrix->setComparison(comparison);
    m_matrix->setFocusPair(m_view->model().focus(), comparison->base);
    updateBaseCombo();
    updateTitle();
    if (!m_folderToRemember.isEmpty() && m_session->paths() == QStringList { m_folderToRemember })
        m_settings.addRecentFolder(m_folderToRemember);
    m_folderToRemember.clear();
    showSkipped(m_session->skipped(), comparison->notices, sameSet);
    m_annotations->comparisonShown(*comparison, sameSet);
    m_exports->updateEnabled();
    m_actions->setComparisonShown(true);
    m_analysis->comparisonShown(comparison);
    // The consensus pane is WireDiff's, not one of the articles read.
    const auto read = std::count_if(comparison->articles.begin(), comparison->articles.end(),
                                    [](const Article &article) { return !article.isVirtual; });
    m_summary->setText(tr("%Ln articles", nullptr, int(read)) + QStringLiteral(" \u00B7 ")
                       + tr("%Ln rows", nullptr, int(comparison->rows.size())) + QStringLiteral(" \u00B7 ")
                       + tr("compared in %L1 ms").arg(qRound(m_session->lastMilliseconds())));
}

void MainWindow::showSkipped(const std::vector<SkippedFile> &skipped, const QStringList &notices, bool sameSet)
{
    if (!sameSet)
        m_notice->forgetClosed();
    const SessionNotices::Notice notice = SessionNotices::forComparison(skipped, notices, m_session->baseNotice(), m_pendingDropNote);
    m_pendingDropNote.clear();
    if (notice.message.isEmpty())
        m_notice->dismiss();
    else
        m_notice->showUnlessClosed(NoticeBanner::Kind::Warning, notice.message, notice.details);
}

void MainWindow::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_actions->cancel->setEnabled(busy);
    if (busy) {
        m_progress->setValue(0);
        statusBar()->showMessage(tr("Comparing\u2026"));
    } else {
        statusBar()->clearMessage();
    }
}

void MainWindow::updateBaseCombo()
{
    const ComparisonModel &model = m_view->model();
    m_baseCombo->clear();
    for (qint32 a = 0; a < model.articleCount(); ++a) {
        const Article &article = model.article(a);
        const QString label = article.displayName() == article.id ? article.id
                                                                  : tr("%1 (%2)").arg(article.displayName(), article.id);
        m_baseCombo->addItem(label, article.id);
    }
    m_baseCombo->setCurrentIndex(model.base());
}

void MainWindow::updateTitle()
{
    const QStringList paths = m_session->paths();
    if (paths.isEmpty())
        setWindowTitle(QString());
    else if (m_session->isFolder())
        setWindowTitle(QFileInfo(paths.constFirst()).fileName());
    else
        setWindowTitle(tr("%n file(s)", nullptr, int(paths.size())));
    setWindowFilePath(paths.isEmpty() ? QString() : paths.constFirst());
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList folders = m_settings.recentFolders();
    for (const QString &folder : folders) {
        m_recentMenu->addAction(QDir::toNativeSeparators(folder), this, [this, folder] {
            if (QFileInfo(folder).isDir()) {
                open({ folder });
            } else {
                m_settings.removeRecentFolder(folder);
                m_notice->showNotice(NoticeBanner::Kind::Warning,
                                     tr("%1 no longer exists.").arg(QDir::toNativeSeparators(folder)));
            }
        });
    }
    if (folders.isEmpty())
        m_recentMenu->addAction(tr("No recent folders"))->setEnabled(false);
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a Folder of Versions"), m_settings.lastDialogFolder());
    if (folder.isEmpty())
        return;
    m_settings.setLastDialogFolder(QFileInfo(folder).absolutePath());
    open({ folder });
}

void MainWindow::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Versions of One Story"), m_settings.lastDialogFolder(),
        tr("Articles (*.txt *.md *.html *.htm *.xhtml *.xml *.nitf *.newsml);;All files (*)"));
    if (files.isEmpty())
        return;
    m_settings.setLastDialogFolder(QFileInfo(files.constFirst()).absolutePath());
    open(files);
}

void MainWindow::showAbout()
{
    AboutDialog(this).exec();
}

void MainWindow::showShortcuts()
{
    QList<QMenu *> menus;
    for (QAction *action : menuBar()->actions()) {
        if (action->menu())
            menus.append(action->menu());
    }
    ShortcutsDialog(menus, QWidget::actions(), this).exec();
}

void MainWindow::chooseLanguage(const QString &code)
{
    m_settings.setLanguage(code);
    m_notice->showNotice(NoticeBanner::Kind::Information, tr("The new language applies when WireDiff starts again."));
}

bool MainWindow::focusNextPrevChild(bool next)
{
    for (int tries = 0; tries < 64; ++tries) {
        if (!QMainWindow::focusNextPrevChild(next))
            return false;
        const QWidget *focus = QApplication::focusWidget();
        if (!focus || QRect(focus->mapTo(this, QPoint(0, 0)), focus->size()).intersects(rect()))
            return true;
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_annotations->mayLeaveNotes(AnnotationController::Leaving::Closing)) {
        event->ignore();
        return;
    }
    m_settings.setWindow(saveGeometry(), saveState());
    m_session->cancel();
    event->accept();
}

} // namespace WireDiff
