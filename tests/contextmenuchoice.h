#pragma once

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QString>
#include <QTimer>
#include <QWidget>

namespace WireDiff::ContextMenuChoice {

// Opens `viewport`'s context menu at `at`, as a right click does, and
// chooses the first command whose text (without its accelerator's "&")
// starts with `prefix`; false when the menu did not open or had none.
inline bool choose(QWidget *viewport, const QPoint &at, const QString &prefix)
{
    bool chosen = false;
    QTimer::singleShot(0, viewport, [&chosen, prefix] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions()) {
            if (action->text().remove(QLatin1Char('&')).startsWith(prefix)) {
                chosen = true;
                menu->close();
                action->trigger();
                return;
            }
        }
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, viewport->mapToGlobal(at));
    QApplication::sendEvent(viewport, &event);
    return chosen;
}

} // namespace WireDiff::ContextMenuChoice
