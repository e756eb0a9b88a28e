#pragma once

#include "appsettings.h"

#include <QObject>

namespace WireDiff {

class MainWindow;

// The comparison view's options that last between runs: zoom, the panes'
// widths, the legend and View ▸ Keep Base in View; and Who Copied Whom's
// and the Family Tree's Fit and zoom. Each is applied when
// the window is built, before anything is compared, and remembered as soon
// as the editor changes it, so nothing is lost however the window ends.
// Wiring only: the view, the legend and the matrix do the work.
class ViewOptionsController : public QObject
{
    Q_OBJECT

public:
    explicit ViewOptionsController(MainWindow *window);

private:
    MainWindow *m_window;
    AppSettings m_settings;
};

} // namespace WireDiff
