#include "viewoptionscontroller.h"

#include "comparisonview.h"
#include "familytreeview.h"
#include "legendwidget.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "provenancematrix.h"

#include <QAction>

namespace WireDiff {

ViewOptionsController::ViewOptionsController(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    ComparisonView *view = window->view();
    const MainActions &actions = window->actions();
    view->setZoom(m_settings.zoom());
    view->setPaneWidthWeights(m_settings.paneWidthWeights());
    view->setKeepBaseInView(m_settings.keepBaseInView());
    actions.keepBaseInView->setChecked(view->keepsBaseInView());
    actions.showLegend->setChecked(m_settings.legendVisible());
    window->legend()->setVisible(m_settings.legendVisible());
    ProvenanceMatrix *matrix = window->provenanceMatrix();
    matrix->setZoom(m_settings.matrixZoom());
    matrix->setFitToView(m_settings.matrixFit());
    // The tree is in a dock the analysis controller built.
    if (FamilyTreeView *tree = window->findChild<FamilyTreeView *>()) {
        tree->setZoom(m_settings.treeZoom());
        tree->setFitToView(m_settings.treeFit());
        connect(tree, &FamilyTreeView::zoomChanged, this,
                [this, tree] { m_settings.setTreeZoom(tree->fitsToView(), tree->manualZoom()); });
    }

    connect(view, &ComparisonView::zoomChanged, this, [this](double zoom) { m_settings.setZoom(zoom); });
    connect(view, &ComparisonView::paneWidthsChanged, this,
            [this] { m_settings.setPaneWidthWeights(m_window->view()->paneWidthWeights()); });
    connect(matrix, &ProvenanceMatrix::zoomChanged, this, [this] {
        const ProvenanceMatrix *matrix = m_window->provenanceMatrix();
        m_settings.setMatrixZoom(matrix->fitsToView(), matrix->manualZoom());
    });
    connect(actions.keepBaseInView, &QAction::toggled, this, [this](bool on) {
        m_window->view()->setKeepBaseInView(on);
        m_settings.setKeepBaseInView(on);
    });
    connect(actions.showLegend, &QAction::toggled, this, [this](bool on) {
        m_window->legend()->setVisible(on);
        m_settings.setLegendVisible(on);
    });
}

} // namespace WireDiff
