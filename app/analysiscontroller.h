#pragma once

#include <QObject>

#include <memory>

namespace WireDiff {

class AgreementDecorator;
class FactsPanel;
class FamilyTreeView;
class MainWindow;
struct Comparison;

// The views beyond the diff against one base: agreement shading, the
// consensus as a pane of its own, panes in publication order, and the
// house-style equivalences the comparison folds, the changed-facts and
// family-tree panels. Wiring only.
class AnalysisController : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisController(MainWindow *window);
    ~AnalysisController() override;

    void comparisonShown(const std::shared_ptr<const Comparison> &comparison);
    void sortPanesByTime();
    void editHouseStyle();

private:
    void setAgreementShading(bool on);
    void showArticle(qint32 article, qint32 paragraph);

    MainWindow *m_window;
    std::unique_ptr<AgreementDecorator> m_agreement;
    FactsPanel *m_facts;
    FamilyTreeView *m_tree;
};

} // namespace WireDiff
