#pragma once

#include "exportoptions.h"

#include <QObject>

#include <functional>

namespace WireDiff {

class AnnotationController;
class MainWindow;
struct Comparison;

// File ▸ Export PDF, Export HTML, Export Report (JSON), Export Consensus
// Text and Print: each asks
// where, writes atomically (QSaveFile, never over an article) and says in
// the status bar what was written or, in a message box, why not.
class ExportController : public QObject
{
    Q_OBJECT

public:
    ExportController(MainWindow *window, const AnnotationController *annotations);

    void exportPdf();
    void exportHtml();
    // The report `wirediff --export-json` writes, with the notes on show.
    void exportJson();
    void exportConsensus();
    void print();
    void updateEnabled();

private:
    void saveAs(const Comparison &comparison, const QString &caption, const QString &suffix, const QString &filter,
                const std::function<QByteArray()> &bytes);
    QString title() const;
    ExportOptions exportContext() const;

    MainWindow *m_window;
    const AnnotationController *m_annotations;
};

} // namespace WireDiff
