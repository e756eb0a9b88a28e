#pragma once

#include <QByteArray>
#include <QString>

namespace WireDiff {

// Every file WireDiff writes (reports, exports, the notes sidecar) goes
// through here: QSaveFile writes a temporary file beside the target and
// renames it over the target only when everything was written, so a full
// disk or a crash never leaves a half-written file and the previous version
// survives a failed write.
class AtomicWriter
{
public:
    // Returns an empty string on success, else a translated one-line reason.
    static QString write(const QString &path, const QByteArray &bytes);
};

} // namespace WireDiff
