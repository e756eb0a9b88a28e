#include "samplefolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace WireDiff {

QString SampleFolder::defaultLocation()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("samples"));
}

QString SampleFolder::install(QString *error)
{
    return install(defaultLocation(), error);
}

QString SampleFolder::install(const QString &folder, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    if (!QDir().mkpath(folder))
        return fail(QCoreApplication::translate("WireDiff::SampleFolder", "Cannot create the sample folder %1.")
                        .arg(QDir::toNativeSeparators(folder)));
    QDirIterator it(QStringLiteral(":/samples"), QDir::Files);
    while (it.hasNext()) {
        it.next();
        QFile resource(it.filePath());
        if (!resource.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = resource.readAll();
        const QString target = QDir(folder).filePath(it.fileName());
        QFile existing(target);
        if (existing.open(QIODevice::ReadOnly) && existing.size() == bytes.size() && existing.readAll() == bytes)
            continue;
        existing.close();
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            return fail(QCoreApplication::translate("WireDiff::SampleFolder", "Cannot write %1: %2")
                            .arg(QDir::toNativeSeparators(target), file.errorString()));
        }
    }
    return folder;
}

} // namespace WireDiff
