#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

class QMimeData;

namespace WireDiff {

// What a drop asks for. A folder replaces the open set; files dropped on
// the window open as a new set, files dropped on a pane header are added to
// it. Anything else is refused with a message that says why.
struct DropRequest
{
    enum class Kind { Refuse, OpenFolder, OpenFiles, AddFiles };

    Kind kind = Kind::Refuse;
    QStringList paths;
    QString message; // why it was refused, or what was left out (translated)

    bool isRefused() const { return kind == Kind::Refuse; }
};

class DropPolicy
{
public:
    static DropRequest classify(const QMimeData *mime, bool ontoPane);
    // True when the drag could be a drop at all (URLs or text), so the view
    // accepts it and can explain a refusal on drop instead of failing silently.
    static bool isCandidate(const QMimeData *mime);
};

} // namespace WireDiff

Q_DECLARE_METATYPE(WireDiff::DropRequest)
