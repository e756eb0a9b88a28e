#pragma once

#include "comparison.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTreeView;

namespace WireDiff {

class FactListModel;

// The changed facts and quotes, per article, with the base's wording beside
// each: a tree grouped by article, narrowed to one article with the combo
// above it. Clicking an entry or pressing Enter on it asks the window to go
// there (factActivated); Ctrl+C copies the selected entries as text. When
// nothing changed, a sentence says so instead of an empty table.
class FactsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FactsPanel(QWidget *parent = nullptr);

    void setComparison(std::shared_ptr<const Comparison> comparison);

    // Shows only `article`'s facts (-1: every article).
    void setArticleFilter(qint32 article);
    qint32 articleFilter() const;

    FactListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QComboBox *articleCombo() const { return m_articles; }
    bool isShowingEmptyState() const;
    QString emptyStateText() const;

    // Selects and shows the entry whose wording covers `offset` in
    // `article`'s `paragraph` (when the editor is at a changed fact in the
    // text); false when none does. Emits nothing.
    bool selectFactAt(qint32 article, qint32 paragraph, qint32 offset);

    // The selected entries as text, as Ctrl+C copies them.
    QString selectedText() const;
    void copySelection() const;

signals:
    void factActivated(qint32 article, qint32 paragraph, qint32 start, qint32 end);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void activate(const QModelIndex &index);
    void fillArticleCombo();
    void updateEmptyState();

    FactListModel *m_model;
    QComboBox *m_articles;
    QStackedWidget *m_stack;
    QTreeView *m_view;
    QLabel *m_empty;
};

} // namespace WireDiff
