#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QMenu;
class QTreeWidget;
class QTreeWidgetItem;

namespace WireDiff {

// Help ▸ Keyboard Shortcuts: every action that has a shortcut, grouped by
// the menu it is in, read from the actions themselves so the list cannot
// drift from what the keys do. Actions with shortcuts that are in no menu
// (others) are listed next; then the keys and clicks the panes and the note
// dialog read themselves, from NavigationKeys, which that code asks too;
// then the Alt+letter of each labelled box in `parent`'s window (Alt+B for
// the base), read from the labels.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QMenu *> &menus, const QList<QAction *> &others, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

private:
    int addMenu(QTreeWidgetItem *parent, const QMenu *menu, QList<const QAction *> &listed);
    void addNavigationKeys();
    void addBoxes(const QWidget *window);
    static QString shortcutText(const QAction *action);

    QTreeWidget *m_tree;
};

} // namespace WireDiff
