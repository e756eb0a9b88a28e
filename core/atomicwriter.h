#pragma once

#include <QByteArray>
#include <QString>

namespace WireDiff {

// Every file WireDiff writes (reports, exports, the notes sidecar) goes
// through here. A regular file, or a new one, is written by QSaveFile: a
// temporary file beside the target, renamed over it only when everything
// was written, so a full disk or a crash never leaves a half-written file
// and the previous version survives a failed write. A symbolic link keeps
// being a link: its target is the file written.
//
// What is not a regular file is never replaced, since a rename would put a
// plain file where a device, a pipe or a socket was (as root, over
// /dev/null for the whole system). Devices and FIFOs are opened and
// written in place, as a pipeline expects of `--export-json /dev/null` or
// a FIFO a reader waits on (the open waits for that reader); a socket
// cannot be opened as a file and is refused. /dev/stdout, /dev/stderr,
// /dev/fd/N and /proc/self/fd/N name a stream the process already has:
// it is written through that descriptor as the shell set it up (`>`,
// `>>` or a pipe), never reopened, truncated or renamed over.
class AtomicWriter
{
public:
    // Returns an empty string on success, else a translated one-line reason.
    static QString write(const QString &path, const QByteArray &bytes);
    // Whether a write to `path` goes into a stream, a device or a FIFO in
    // place rather than replacing a file: two writes there both arrive, in
    // order, where two to one file leave only the last.
    static bool writesInPlace(const QString &path);
};

} // namespace WireDiff
