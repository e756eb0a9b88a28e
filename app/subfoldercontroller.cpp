#include "subfoldercontroller.h"

#include "comparisonsession.h"

#include <QAction>
#include <QSignalBlocker>

namespace WireDiff {

SubfolderController::SubfolderController(QAction *toggle, ComparisonSession *session, QObject *parent)
    : QObject(parent)
    , m_toggle(toggle)
    , m_session(session)
{
    apply(m_settings.includeSubfolders());
    connect(m_toggle, &QAction::toggled, this, &SubfolderController::choose);
}

void SubfolderController::useCommandLine(const LoadOptions &options, bool recurseGiven)
{
    m_options = options;
    apply(recurseGiven || m_settings.includeSubfolders());
}

void SubfolderController::choose(bool include)
{
    m_settings.setIncludeSubfolders(include);
    apply(include);
    // Files opened one by one have no subfolders to read.
    if (m_session->isFolder())
        m_session->reload();
}

void SubfolderController::apply(bool include)
{
    m_options.recurse = include;
    m_session->setLoadOptions(m_options);
    // The check mark shows what is in force without counting as a choice.
    const QSignalBlocker blocker(m_toggle);
    m_toggle->setChecked(include);
}

} // namespace WireDiff
