#pragma once

#include "appsettings.h"
#include "loadoptions.h"

#include <QObject>

class QAction;

namespace WireDiff {

class ComparisonSession;

// File ▸ Include Subfolders: whether a folder opened (Open Folder, Open
// Recent, a drop, Reload and changes on disk) is read with its subfolders.
// The editor's choice is remembered; --recursive turns it on for one run
// without changing what is remembered. Wiring only: the session reads
// with the load options set here.
class SubfolderController : public QObject
{
    Q_OBJECT

public:
    SubfolderController(QAction *toggle, ComparisonSession *session, QObject *parent = nullptr);

    // The command line's load options for this run (hidden files and the
    // other limits as given); subfolders when --recursive was given, else
    // as the editor last chose.
    void useCommandLine(const LoadOptions &options, bool recurseGiven);

private:
    // The editor's choice: remembered, and the folder on show read again.
    void choose(bool include);
    void apply(bool include);

    QAction *m_toggle;
    ComparisonSession *m_session;
    LoadOptions m_options;
    AppSettings m_settings;
};

} // namespace WireDiff
