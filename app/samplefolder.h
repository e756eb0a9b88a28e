#pragma once

#include <QString>

namespace WireDiff {

// The bundled sample story, compiled in as resources under :/samples and
// copied to a real folder (AppDataLocation/samples) so that everything that
// works on folders (the file watcher, notes beside the articles) works on
// it too. Files are rewritten only when missing or different; the editor's
// own files in that folder are left alone.
class SampleFolder
{
public:
    // Returns the folder, or an empty string with `error` set.
    static QString install(QString *error = nullptr);
    static QString defaultLocation();
    static QString install(const QString &folder, QString *error);
};

} // namespace WireDiff
