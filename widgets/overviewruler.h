#pragma once

#include "highlightstyle.h"

#include <QWidget>

namespace WireDiff {

class ComparisonModel;

// A strip beside the panes showing where the changes are over the whole
// comparison, one lane per class (added, removed, paraphrased, moved,
// unique), with the rows on screen outlined. Rows are placed by their
// estimated height (ComparisonModel::rowWeight), so nothing is laid out to
// draw it. Clicking or dragging asks the view to go there; the ruler never
// scrolls anything itself.
class OverviewRuler : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewRuler(QWidget *parent = nullptr);

    void setModel(const ComparisonModel *model) { m_model = model; update(); }
    void setHighlightStyle(const HighlightStyle &style) { m_style = style; update(); }
    void modelChanged() { update(); }
    void setVisibleRows(qint32 first, qint32 last);
    void setCurrentRow(qint32 row) { m_currentRow = row; update(); }
    qint32 rowAt(int y) const;
    int yOfRow(qint32 row) const;

    QSize sizeHint() const override { return QSize(20, 100); }

signals:
    void rowRequested(qint32 row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    const ComparisonModel *m_model = nullptr;
    HighlightStyle m_style;
    qint32 m_firstVisible = -1;
    qint32 m_lastVisible = -1;
    qint32 m_currentRow = -1;
};

} // namespace WireDiff
