#include "factspanel.h"

#include "factitemdelegate.h"
#include "factlistmodel.h"
#include "highlightstyle.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace WireDiff {

FactsPanel::FactsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FactListModel(this))
    , m_articles(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTreeView(m_stack))
    , m_empty(new QLabel(m_stack))
{
    m_model->setHighlightStyle(HighlightStyle(palette()));
    m_articles->setToolTip(tr("Show the changed facts of every article or of one"));
    m_articles->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_articles->setMinimumContentsLength(16);

    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(FactListModel::TextColumn, new FactItemDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->setUniformRowHeights(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(FactListModel::KindColumn, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(FactListModel::TextColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(FactListModel::SourceColumn, QHeaderView::Stretch);
    m_view->installEventFilter(this);
    // Copy for the mouse too. Ctrl+C and Ctrl+A never reach this action nor
    // the window's Copy and Select All in Pane: eventFilter claims them while
    // the list has focus, so Ctrl+A selects every entry and Ctrl+C copies
    // whole entries (never the view's current cell alone).
    auto *copy = new QAction(tr("&Copy"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    copy->setShortcutVisibleInContextMenu(true);
    connect(copy, &QAction::triggered, this, &FactsPanel::copySelection);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setAccessibleName(tr("Changed facts and quotes"));

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(12);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_articles);
    layout->addWidget(m_stack, 1);

    connect(m_view, &QTreeView::clicked, this, &FactsPanel::activate);
    connect(m_articles, &QComboBox::currentIndexChanged, this, [this] {
        const qint32 article = m_articles->currentData().isValid() ? m_articles->currentData().toInt() : -1;
        const QModelIndex group = article >= 0 ? m_model->indexOfArticle(article) : QModelIndex();
        m_view->setRootIndex(group);
        m_view->setRootIsDecorated(!group.isValid());
        if (!group.isValid())
            m_view->expandAll();
    });
    fillArticleCombo();
    updateEmptyState();
}

void FactsPanel::setComparison(std::shared_ptr<const Comparison> comparison)
{
    // Keep the article the editor narrowed to, if it still has facts.
    const qint32 previous = articleFilter();
    const QString previousId = m_model->comparison() && previous >= 0
        ? m_model->comparison()->articles[size_t(previous)].id : QString();
    m_model->setComparison(std::move(comparison));
    fillArticleCombo();
    if (!previousId.isEmpty() && m_model->comparison())
        setArticleFilter(m_model->comparison()->indexOf(previousId));
    m_view->expandAll();
    updateEmptyState();
}

void FactsPanel::fillArticleCombo()
{
    const QSignalBlocker blocker(m_articles);
    m_articles->clear();
    m_articles->addItem(tr("All articles"));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_model->index(row, 0);
        m_articles->addItem(group.data(FactListModel::ArticleNameRole).toString(), group.data(FactListModel::ArticleRole));
        // An article's row is its name across the columns.
        m_view->setFirstColumnSpanned(row, QModelIndex(), true);
    }
    // The kind column as wide as its longest name, past the indentation of
    // a fact row (its level and the root decoration).
    int widest = m_view->header()->sectionSizeHint(FactListModel::KindColumn);
    for (const FactKind kind : { FactKind::Number, FactKind::Weekday, FactKind::Date, FactKind::Name, FactKind::Quote,
                                 FactKind::Attribution, FactKind::Stance, FactKind::Meaning })
        widest = std::max(widest, m_view->fontMetrics().horizontalAdvance(factKindDisplayName(kind)));
    m_view->setColumnWidth(FactListModel::KindColumn, widest + 2 * m_view->indentation() + m_view->fontMetrics().averageCharWidth() * 2);
    m_articles->setEnabled(m_model->rowCount() > 1);
    m_view->setRootIndex({});
    m_view->setRootIsDecorated(true);
}

void FactsPanel::setArticleFilter(qint32 article)
{
    const int item = article >= 0 ? m_articles->findData(article) : 0;
    m_articles->setCurrentIndex(item >= 0 ? item : 0);
}

qint32 FactsPanel::articleFilter() const
{
    const QVariant data = m_articles->currentData();
    return data.isValid() ? data.toInt() : -1;
}

void FactsPanel::updateEmptyState()
{
    const Comparison *comparison = m_model->comparison();
    if (!comparison || comparison->isEmpty())
        m_empty->setText(tr("No comparison yet."));
    else if (comparison->articles.size() < 2)
        m_empty->setText(tr("One article only: there is nothing to compare its facts with."));
    else
        m_empty->setText(tr("No changed facts or quotes: every number, date, name, quote, attribution and stance the "
                            "articles share with the base (%1) reads the same, and none of their statements is "
                            "reversed by a negation or an antonym.")
                             .arg(comparison->articles[size_t(comparison->base)].displayName()));
    m_stack->setCurrentWidget(m_model->factCount() > 0 ? static_cast<QWidget *>(m_view) : m_empty);
    m_articles->setVisible(m_model->factCount() > 0);
}

bool FactsPanel::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString FactsPanel::emptyStateText() const
{
    return m_empty->text();
}

void FactsPanel::activate(const QModelIndex &index)
{
    const FactChange *fact = m_model->factAt(index);
    if (!fact)
        return;
    emit factActivated(index.data(FactListModel::ArticleRole).toInt(), fact->paragraph, fact->start, fact->end);
}

bool FactsPanel::selectFactAt(qint32 article, qint32 paragraph, qint32 offset)
{
    const QModelIndex group = m_model->indexOfArticle(article);
    for (int row = 0; group.isValid() && row < m_model->rowCount(group); ++row) {
        const QModelIndex index = m_model->index(row, 0, group);
        const FactChange *fact = m_model->factAt(index);
        if (fact->paragraph != paragraph || offset < fact->start || offset >= fact->end)
            continue;
        // Narrowed to another article: show all again so the entry is there.
        if (articleFilter() >= 0 && articleFilter() != article)
            setArticleFilter(-1);
        m_view->setExpanded(group, true);
        m_view->setCurrentIndex(index);
        m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
        return true;
    }
    return false;
}

QString FactsPanel::selectedText() const
{
    return m_model->toPlainText(m_view->selectionModel()->selectedRows());
}

void FactsPanel::copySelection() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

bool FactsPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The window's Copy and Select All in Pane have the same keys, with a
    // context that includes this list: unclaimed, Ctrl+C was ambiguous (the
    // window's Copy is enabled while the comparison has a selection) and
    // Ctrl+A selected a pane of the comparison instead of these entries.
    if (watched == m_view && event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::SelectAll)) {
            event->accept();
            return true;
        }
    }
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            copySelection();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_view->currentIndex().isValid()) {
            const QModelIndex current = m_view->currentIndex();
            if (m_model->factAt(current))
                activate(current);
            else
                m_view->setExpanded(current.siblingAtColumn(0), !m_view->isExpanded(current.siblingAtColumn(0)));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FactsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_model->setHighlightStyle(HighlightStyle(palette()));
    QWidget::changeEvent(event);
}

} // namespace WireDiff
