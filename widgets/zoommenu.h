#pragma once

#include "navigationkeys.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

namespace WireDiff {

// The Fit and zoom commands of a view that fits and zooms (Who Copied Whom,
// the Family Tree) in its context menu, each with the key that does the
// same where the view has the focus.
class ZoomMenu
{
    Q_DECLARE_TR_FUNCTIONS(WireDiff::ZoomMenu)

public:
    struct Keys
    {
        NavigationKeys::Key fit, zoomIn, zoomOut, actualSize;
    };

    // `View` has setFitToView(bool), zoomIn(), zoomOut() and resetZoom().
    template<typename View>
    static void populate(QMenu *menu, View *view, const QString &fitText, bool fitted, const Keys &keys)
    {
        QAction *fit = menu->addAction(withKey(fitText, keys.fit));
        fit->setCheckable(true);
        fit->setChecked(fitted);
        QObject::connect(fit, &QAction::triggered, view, &View::setFitToView);
        menu->addAction(withKey(tr("Zoom &In"), keys.zoomIn), view, &View::zoomIn);
        menu->addAction(withKey(tr("Zoom &Out"), keys.zoomOut), view, &View::zoomOut);
        menu->addAction(withKey(tr("&Actual Size"), keys.actualSize), view, &View::resetZoom);
    }

private:
    static QString withKey(const QString &text, NavigationKeys::Key key)
    {
        return text + QLatin1Char('\t') + NavigationKeys::keyText(key);
    }
};

} // namespace WireDiff
