#pragma once

#include "measure.h"

#include <QElapsedTimer>
#include <QSize>
#include <QString>
#include <QStringList>

namespace WireDiff::Bench {

// The window side of the benchmark, run in child processes under the
// offscreen platform (a QApplication each, so fonts and caches start cold
// the way they do for a user).

// Opens `folder` in a MainWindow the way app/main.cpp does and reports the
// time from `sinceStart` (started first thing in main()) to the first
// painted comparison, that paint's own time, and the longest gap between
// ticks of a 5 ms timer on the GUI thread from the window's first (empty)
// paint to that paint: how long the window stopped answering meanwhile.
Figures measureStartupInProcess(const QString &folder, const QElapsedTimer &sinceStart);

struct ScrollRequest
{
    QStringList files;
    int steps = 120;   // scroll steps after the first screen
    int stepPixels = 60;
    QSize size { 1600, 1000 };
};

// Compares `files`, shows them in a ComparisonView of `size` and scrolls
// down `steps` times by `stepPixels`, repainting the viewport after each
// step: the time of the first paint and the distribution of scrolling
// repaints (scroll and paint, rows laid out on the way included); then
// sideways across the panes and back, with the base pinned.
Figures measureScrollInProcess(const ScrollRequest &request);

// The time from spawning `program` (the real wirediff binary, offscreen,
// fresh settings) to it printing its first-paint milestone; -1 when it
// never did.
double timeToFirstPaint(const QString &program, const QString &folder);

} // namespace WireDiff::Bench
