#pragma once

#include <QCoreApplication>
#include <QKeyCombination>
#include <QString>

#include <vector>

class QKeyEvent;

namespace WireDiff {

// The keys and clicks that are no action's shortcut: what the panes, the
// note dialog and Who Copied Whom read from their key, wheel and mouse
// events themselves. The code
// that handles them asks this list (matches(), clickModifier()), and
// Help ▸ Keyboard Shortcuts lists it, so the two cannot drift apart.
class NavigationKeys
{
    Q_DECLARE_TR_FUNCTIONS(WireDiff::NavigationKeys)

public:
    enum class Key {
        PreviousRowWithText,
        NextRowWithText,
        PreviousPane,
        NextPane,
        PaneMenu,
        GoToOrigin,
        ExtendSelection,
        SelectWordBack,
        SelectWordOn,
        SelectCharacterBack,
        SelectCharacterOn,
        ClearSelection,
        Zoom,
        SaveNote,
        NewLineInNote,
        MatrixCompare,
        MatrixFit,
        MatrixZoomIn,
        MatrixZoomOut,
        MatrixActualSize,
        MatrixZoom,
        TreeFit,
        TreeZoomIn,
        TreeZoomOut,
        TreeActualSize,
        TreeZoom,
    };
    enum class Place { Panes, NoteDialog, Matrix, FamilyTree };
    static constexpr Place places[] = { Place::Panes, Place::NoteDialog, Place::Matrix, Place::FamilyTree };
    enum class Gesture { Press, Click, Wheel };

    struct Entry
    {
        Key key;
        Place place;
        Gesture gesture;
        QKeyCombination combination; // the key with its modifiers; for a click or the wheel, the modifiers alone
    };

    static const std::vector<Entry> &all();
    static const Entry &entry(Key key);
    // Whether the event is the key (with at least its modifiers: Ctrl+Shift+Down
    // goes down as Ctrl+Down does). Return and Enter are the same key here,
    // and so are = and + (Ctrl+= zooms in where + needs Shift).
    static bool matches(const QKeyEvent *event, Key key);
    // The modifier a click or the wheel needs for `key`.
    static Qt::KeyboardModifiers modifiers(Key key) { return entry(key).combination.keyboardModifiers(); }
    // As the platform writes it: "Ctrl+Up", "Menu", "Ctrl+Click".
    static QString keyText(Key key);
    static QString description(Key key);
    static QString placeName(Place place);
};

} // namespace WireDiff
