#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

namespace WireDiff::TestSettings {

// Gives the test application its own name and its settings an INI file in
// `folder`, with QStandardPaths in test mode: a test of the window never
// reads the user's settings nor leaves its own behind.
inline void isolate(const QString &applicationName, const QString &folder)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WireDiffTests"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
}

} // namespace WireDiff::TestSettings
