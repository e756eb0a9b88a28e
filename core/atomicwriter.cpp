#include "atomicwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace WireDiff {

QString AtomicWriter::write(const QString &path, const QByteArray &bytes)
{
    const auto failure = [&path](const QString &reason) {
        return QCoreApplication::translate("WireDiff::AtomicWriter", "Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(path), reason);
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failure(reason);
    }
    if (!file.commit())
        return failure(file.errorString());
    return {};
}

} // namespace WireDiff
