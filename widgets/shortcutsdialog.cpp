#include "shortcutsdialog.h"

#include "actiontext.h"
#include "navigationkeys.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace WireDiff {

ShortcutsDialog::ShortcutsDialog(const QList<QMenu *> &menus, const QList<QAction *> &others, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("ShortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Command"), tr("Shortcut") });
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setAlternatingRowColors(true);

    QList<const QAction *> listed;
    for (const QMenu *menu : menus) {
        auto *group = new QTreeWidgetItem(m_tree, { ActionText::plain(menu->title()) });
        if (addMenu(group, menu, listed) == 0)
            delete group;
    }
    auto *rest = new QTreeWidgetItem(m_tree, { tr("Other") });
    for (const QAction *action : others) {
        if (!action->shortcuts().isEmpty() && !listed.contains(action)) {
            new QTreeWidgetItem(rest, { ActionText::plain(action->text()), shortcutText(action) });
            listed.append(action);
        }
    }
    if (rest->childCount() == 0)
        delete rest;
    addNavigationKeys();
    if (parent)
        addBoxes(parent->window());
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 72, fontMetrics().height() * 30);
}

int ShortcutsDialog::addMenu(QTreeWidgetItem *parent, const QMenu *menu, QList<const QAction *> &listed)
{
    int added = 0;
    for (const QAction *action : menu->actions()) {
        if (action->menu()) {
            added += addMenu(parent, action->menu(), listed);
        } else if (!action->isSeparator() && !action->shortcuts().isEmpty() && !listed.contains(action)) {
            new QTreeWidgetItem(parent, { ActionText::plain(action->text()), shortcutText(action) });
            listed.append(action);
            ++added;
        }
    }
    return added;
}

void ShortcutsDialog::addNavigationKeys()
{
    using Place = NavigationKeys::Place;
    for (const Place place : NavigationKeys::places) {
        auto *group = new QTreeWidgetItem(m_tree, { NavigationKeys::placeName(place) });
        for (const NavigationKeys::Entry &entry : NavigationKeys::all()) {
            if (entry.place == place)
                new QTreeWidgetItem(group, { NavigationKeys::description(entry.key), NavigationKeys::keyText(entry.key) });
        }
    }
}

void ShortcutsDialog::addBoxes(const QWidget *window)
{
    auto *group = new QTreeWidgetItem(m_tree, { tr("Boxes") });
    const QList<QLabel *> labels = window->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        const QKeySequence mnemonic = QKeySequence::mnemonic(label->text());
        // A label that names a box the window shows now ("&Base:"); the find
        // bar's comes with the bar, and Ctrl+F opens that.
        if (!label->buddy() || mnemonic.isEmpty() || !label->isVisibleTo(window))
            continue;
        QString name = ActionText::plain(label->text()).trimmed();
        if (name.endsWith(QLatin1Char(':')))
            name.chop(1);
        new QTreeWidgetItem(group, { tr("Go to the box \u201C%1\u201D").arg(name), mnemonic.toString(QKeySequence::NativeText) });
    }
    if (group->childCount() == 0)
        delete group;
}

QString ShortcutsDialog::shortcutText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys.append(key.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

} // namespace WireDiff
