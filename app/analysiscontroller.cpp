#include "analysiscontroller.h"

#include "agreementdecorator.h"
#include "comparisonsession.h"
#include "comparisonview.h"
#include "mainactions.h"
#include "mainwindow.h"

#include <QAction>
#include <QInputDialog>
#include <QStatusBar>

#include <algorithm>

namespace WireDiff {

AnalysisController::AnalysisController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_agreement(std::make_unique<AgreementDecorator>(window->view()))
{
    const MainActions &actions = window->actions();
    connect(actions.agreementShading, &QAction::toggled, this, &AnalysisController::setAgreementShading);
    connect(actions.showConsensus, &QAction::toggled, window->session(), &ComparisonSession::setIncludeConsensus);
    connect(actions.sortByTime, &QAction::triggered, this, &AnalysisController::sortPanesByTime);
    connect(actions.editHouseStyle, &QAction::triggered, this, &AnalysisController::editHouseStyle);
}

AnalysisController::~AnalysisController() = default;

void AnalysisController::comparisonShown(const std::shared_ptr<const Comparison> &comparison)
{
    Q_UNUSED(comparison)
    m_window->view()->updateDecorations();
}

void AnalysisController::setAgreementShading(bool on)
{
    m_agreement->setEnabled(on);
    if (on) {
        m_window->statusBar()->showMessage(
            tr("Agreement shading: the fewer articles carry a word, the stronger its shade; words all share stay plain."), 8000);
    }
}

// Earliest first by publication time (metadata, else the file's time);
// articles without any time keep their order after the others. Only the
// panes shown are reordered; hidden ones stay hidden.
void AnalysisController::sortPanesByTime()
{
    ComparisonView *view = m_window->view();
    const ComparisonModel &model = view->model();
    if (model.isEmpty())
        return;
    std::vector<qint32> order = model.panes();
    std::stable_sort(order.begin(), order.end(), [&model](qint32 a, qint32 b) {
        const QDateTime &ta = model.article(a).published;
        const QDateTime &tb = model.article(b).published;
        if (ta.isValid() != tb.isValid())
            return ta.isValid();
        return ta.isValid() && ta < tb;
    });
    // Selection sort by swaps, the one reordering the view offers.
    for (qint32 target = 0; target < qint32(order.size()); ++target)
        view->movePane(order[size_t(target)], target - model.paneOf(order[size_t(target)]));
    const bool anyFromMetadata = std::any_of(order.begin(), order.end(), [&model](qint32 a) {
        return model.article(a).publishedFromMetadata;
    });
    m_window->statusBar()->showMessage(anyFromMetadata ? tr("Panes sorted by publication time.")
                                                       : tr("Panes sorted by file time (no article gives a publication time)."),
                                       6000);
}

void AnalysisController::editHouseStyle()
{
    ComparisonOptions options = m_window->session()->comparisonOptions();
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        m_window, tr("House Style"), tr("Spellings that count as the same word, one group per line (Kiev = Kyiv):"),
        options.houseStyle.toText(), &ok);
    if (!ok)
        return;
    options.houseStyle = HouseStyle::fromText(text);
    m_window->applyComparisonOptions(options);
}

} // namespace WireDiff
