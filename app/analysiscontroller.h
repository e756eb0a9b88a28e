#pragma once

#include <QObject>

#include <memory>

namespace WireDiff {

class AgreementDecorator;
class MainWindow;
struct Comparison;

// The views beyond the diff against one base: agreement shading, the
// consensus as a pane of its own, panes in publication order, and the
// house-style equivalences the comparison folds. Wiring only.
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

    MainWindow *m_window;
    std::unique_ptr<AgreementDecorator> m_agreement;
};

} // namespace WireDiff
