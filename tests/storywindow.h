#pragma once

#include "comparisonsession.h"
#include "mainwindow.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace WireDiff::StoryWindow {

// The real window on `folder` (ViewFixtures::writeStoryFolder's story),
// compared against its agency copy, shown and with its first comparison
// done; null when it did not come. Reloads come after 50 ms.
inline std::unique_ptr<MainWindow> open(const QString &folder)
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1300, 850);
    window->session()->setReloadDelay(50);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    window->session()->setBase(QStringLiteral("agency"));
    QSignalSpy ready(window->session(), &ComparisonSession::comparisonReady);
    window->open({ folder });
    if (ready.isEmpty() && !ready.wait(20000))
        return {};
    return window;
}

} // namespace WireDiff::StoryWindow
