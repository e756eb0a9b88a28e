#include "analysiscontroller.h"

#include "agreementdecorator.h"
#include "comparisonsession.h"
#include "comparisonview.h"
#include "factspanel.h"
#include "familytreeview.h"
#include "housestyledialog.h"
#include "legendwidget.h"
#include "mainactions.h"
#include "mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QStatusBar>

#include <algorithm>

namespace WireDiff {

AnalysisController::AnalysisController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_agreement(std::make_unique<AgreementDecorator>(window->view()))
    , m_facts(new FactsPanel)
    , m_tree(new FamilyTreeView)
{
    auto *facts = new QDockWidget(tr("Changed Facts"), window);
    facts->setObjectName(QStringLiteral("FactsDock"));
    facts->setWidget(m_facts);
    facts->setToolTip(tr("Numbers, dates, names, quotes and attributions that differ from the base"));
    window->addPanel(facts);
    auto *tree = new QDockWidget(tr("Family Tree"), window);
    tree->setObjectName(QStringLiteral("FamilyTreeDock"));
    tree->setWidget(m_tree);
    tree->setToolTip(tr("Which article most likely derives from which; hover for the evidence"));
    window->addPanel(tree);
    connect(m_facts, &FactsPanel::factActivated, this,
            [this](qint32 article, qint32 paragraph) { showArticle(article, paragraph); });
    connect(m_tree, &FamilyTreeView::articleActivated, this, [this](qint32 article) { showArticle(article, -1); });

    const MainActions &actions = window->actions();
    connect(actions.agreementShading, &QAction::toggled, this, &AnalysisController::setAgreementShading);
    connect(actions.showConsensus, &QAction::toggled, window->session(), &ComparisonSession::setIncludeConsensus);
    connect(actions.sortByTime, &QAction::triggered, this, &AnalysisController::sortPanesByTime);
    connect(actions.editHouseStyle, &QAction::triggered, this, &AnalysisController::editHouseStyle);
}

AnalysisController::~AnalysisController() = default;

void AnalysisController::comparisonShown(const std::shared_ptr<const Comparison> &comparison)
{
    m_facts->setComparison(comparison);
    m_tree->setComparison(comparison);
    m_window->view()->updateDecorations();
}

void AnalysisController::setAgreementShading(bool on)
{
    m_agreement->setEnabled(on);
    m_window->legend()->setAgreementMode(on);
    if (on) {
        m_window->statusBar()->showMessage(
            tr("Agreement shading: the fewer articles carry a word, the stronger its shade; words all share stay plain."), 8000);
    }
}

// Earliest first by publication time. A time that says when the story was
// published or filed (metadata, a wire header) is never weighed against a
// file's modification time, which may be no more than a copy time: the
// articles that give one come first, in their order, then those with only
// a file time, in theirs, then those without any time, in their order.
// Only the panes shown are reordered; hidden ones stay hidden.
void AnalysisController::sortPanesByTime()
{
    ComparisonView *view = m_window->view();
    const ComparisonModel &model = view->model();
    if (model.isEmpty())
        return;
    std::vector<qint32> order = model.panes();
    const auto rank = [&model](qint32 a) {
        const Article &article = model.article(a);
        return article.hasKnownTime() ? 0 : article.published.isValid() ? 1 : 2;
    };
    std::stable_sort(order.begin(), order.end(), [&model, &rank](qint32 a, qint32 b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        return rank(a) < 2 && model.article(a).published < model.article(b).published;
    });
    // Selection sort by swaps, the one reordering the view offers.
    for (qint32 target = 0; target < qint32(order.size()); ++target)
        view->movePane(order[size_t(target)], target - model.paneOf(order[size_t(target)]));
    const auto known = std::count_if(order.begin(), order.end(), [&rank](qint32 a) { return rank(a) == 0; });
    const auto fileOnly = std::count_if(order.begin(), order.end(), [&rank](qint32 a) { return rank(a) == 1; });
    QString message;
    if (known == 0)
        message = tr("Panes sorted by file time (no article gives a publication time).");
    else if (fileOnly == 0)
        message = tr("Panes sorted by publication time.");
    else
        message = tr("Panes sorted by publication time; the articles that give none follow, by file time.");
    m_window->statusBar()->showMessage(message, 6000);
}

void AnalysisController::editHouseStyle()
{
    ComparisonOptions options = m_window->session()->comparisonOptions();
    HouseStyleDialog dialog(options.houseStyle.toText(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    options.houseStyle = HouseStyle::fromText(dialog.text());
    m_window->applyComparisonOptions(options);
}

// A changed fact, a family-tree node: go to it and compare that article.
void AnalysisController::showArticle(qint32 article, qint32 paragraph)
{
    ComparisonView *view = m_window->view();
    const ComparisonModel &model = view->model();
    if (model.isEmpty() || article < 0 || article >= model.articleCount())
        return;
    if (model.paneOf(article) < 0)
        view->showAllPanes();
    if (article != model.base())
        view->setFocusArticle(article);
    view->revealPane(article);
    if (paragraph < 0)
        return;
    const qint32 row = model.rowOf(article, paragraph);
    if (row >= 0) {
        view->setCurrentRow(row);
        view->scrollToRow(row);
    }
}

} // namespace WireDiff
