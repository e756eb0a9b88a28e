#include "navigationkeys.h"

#include <QKeyEvent>
#include <QKeySequence>

#include <algorithm>

namespace WireDiff {

const std::vector<NavigationKeys::Entry> &NavigationKeys::all()
{
    static const std::vector<Entry> entries {
        { Key::PreviousRowWithText, Place::Panes, Gesture::Press, Qt::CTRL | Qt::Key_Up },
        { Key::NextRowWithText, Place::Panes, Gesture::Press, Qt::CTRL | Qt::Key_Down },
        { Key::PreviousPane, Place::Panes, Gesture::Press, Qt::CTRL | Qt::Key_Left },
        { Key::NextPane, Place::Panes, Gesture::Press, Qt::CTRL | Qt::Key_Right },
        // Qt turns the Menu key (and Shift+F10 where the platform does) into a context menu event.
        { Key::PaneMenu, Place::Panes, Gesture::Press, QKeyCombination(Qt::Key_Menu) },
        { Key::GoToOrigin, Place::Panes, Gesture::Click, QKeyCombination(Qt::ControlModifier, Qt::Key_unknown) },
        { Key::ExtendSelection, Place::Panes, Gesture::Click, QKeyCombination(Qt::ShiftModifier, Qt::Key_unknown) },
        // The word keys first: matches() takes Ctrl+Shift+Left for Shift+Left too.
        { Key::SelectWordBack, Place::Panes, Gesture::Press, Qt::CTRL | Qt::SHIFT | Qt::Key_Left },
        { Key::SelectWordOn, Place::Panes, Gesture::Press, Qt::CTRL | Qt::SHIFT | Qt::Key_Right },
        { Key::SelectCharacterBack, Place::Panes, Gesture::Press, Qt::SHIFT | Qt::Key_Left },
        { Key::SelectCharacterOn, Place::Panes, Gesture::Press, Qt::SHIFT | Qt::Key_Right },
        { Key::ClearSelection, Place::Panes, Gesture::Press, QKeyCombination(Qt::Key_Escape) },
        { Key::Zoom, Place::Panes, Gesture::Wheel, QKeyCombination(Qt::ControlModifier, Qt::Key_unknown) },
        { Key::SaveNote, Place::NoteDialog, Gesture::Press, Qt::CTRL | Qt::Key_Return },
        { Key::NewLineInNote, Place::NoteDialog, Gesture::Press, QKeyCombination(Qt::Key_Return) },
        { Key::MatrixCompare, Place::Matrix, Gesture::Press, QKeyCombination(Qt::Key_Return) },
        { Key::MatrixFit, Place::Matrix, Gesture::Press, QKeyCombination(Qt::Key_F) },
        { Key::MatrixZoomIn, Place::Matrix, Gesture::Press, Qt::CTRL | Qt::Key_Plus },
        { Key::MatrixZoomOut, Place::Matrix, Gesture::Press, Qt::CTRL | Qt::Key_Minus },
        { Key::MatrixActualSize, Place::Matrix, Gesture::Press, Qt::CTRL | Qt::Key_0 },
        { Key::MatrixZoom, Place::Matrix, Gesture::Wheel, QKeyCombination(Qt::ControlModifier, Qt::Key_unknown) },
        { Key::TreeFit, Place::FamilyTree, Gesture::Press, QKeyCombination(Qt::Key_F) },
        { Key::TreeZoomIn, Place::FamilyTree, Gesture::Press, Qt::CTRL | Qt::Key_Plus },
        { Key::TreeZoomOut, Place::FamilyTree, Gesture::Press, Qt::CTRL | Qt::Key_Minus },
        { Key::TreeActualSize, Place::FamilyTree, Gesture::Press, Qt::CTRL | Qt::Key_0 },
        { Key::TreeZoom, Place::FamilyTree, Gesture::Wheel, QKeyCombination(Qt::ControlModifier, Qt::Key_unknown) },
    };
    return entries;
}

const NavigationKeys::Entry &NavigationKeys::entry(Key key)
{
    const std::vector<Entry> &entries = all();
    return *std::find_if(entries.begin(), entries.end(), [key](const Entry &e) { return e.key == key; });
}

bool NavigationKeys::matches(const QKeyEvent *event, Key key)
{
    const Entry &e = entry(key);
    if (e.gesture != Gesture::Press)
        return false;
    const auto same = [](int a, int b) {
        const auto normal = [](int k) {
            return k == Qt::Key_Enter ? int(Qt::Key_Return) : k == Qt::Key_Equal ? int(Qt::Key_Plus) : k;
        };
        return normal(a) == normal(b);
    };
    const Qt::KeyboardModifiers wanted = e.combination.keyboardModifiers();
    const Qt::KeyboardModifiers held = event->modifiers() & ~Qt::KeypadModifier;
    // Return alone is not Ctrl+Return: a key without modifiers wants none.
    const bool modifiersMatch = wanted == Qt::NoModifier ? held == Qt::NoModifier : (held & wanted) == wanted;
    return same(event->key(), e.combination.key()) && modifiersMatch;
}

QString NavigationKeys::keyText(Key key)
{
    const Entry &e = entry(key);
    if (e.gesture == Gesture::Press)
        return QKeySequence(e.combination).toString(QKeySequence::NativeText);
    // The modifier as the platform writes it ("Ctrl+"), then the gesture.
    const QString modifier = QKeySequence(e.combination.keyboardModifiers() | Qt::Key_A).toString(QKeySequence::NativeText).chopped(1);
    return modifier + (e.gesture == Gesture::Click ? tr("Click") : tr("Wheel"));
}

QString NavigationKeys::description(Key key)
{
    switch (key) {
    case Key::PreviousRowWithText: return tr("Previous row with text in a pane on screen");
    case Key::NextRowWithText: return tr("Next row with text in a pane on screen");
    case Key::PreviousPane: return tr("Previous pane, in the order shown (the base first)");
    case Key::NextPane: return tr("Next pane, in the order shown");
    case Key::PaneMenu: return tr("Menu of the current pane: base, order, visibility, notes");
    case Key::GoToOrigin: return tr("On a moved passage: go to where it comes from");
    case Key::ExtendSelection: return tr("Extend the selection to the click");
    case Key::SelectWordBack: return tr("Select in the current cell from the keyboard: the selection's end one word back");
    case Key::SelectWordOn: return tr("Select in the current cell from the keyboard: the selection's end one word on");
    case Key::SelectCharacterBack: return tr("Select in the current cell from the keyboard: the selection's end one character back");
    case Key::SelectCharacterOn: return tr("Select in the current cell from the keyboard: the selection's end one character on");
    case Key::ClearSelection: return tr("Clear the selection");
    case Key::Zoom: return tr("Zoom in or out");
    case Key::SaveNote: return tr("Save the note");
    case Key::NewLineInNote: return tr("New line in the note");
    case Key::MatrixCompare: return tr("Compare the pair of the cell under the keyboard cursor");
    case Key::MatrixFit: return tr("Fit the whole matrix in the panel, or back to the zoom before");
    case Key::MatrixZoomIn: return tr("Larger cells");
    case Key::MatrixZoomOut: return tr("Smaller cells");
    case Key::MatrixActualSize: return tr("Cells at their normal size");
    case Key::MatrixZoom: return tr("Larger or smaller cells");
    case Key::TreeFit: return tr("Fit the whole tree in the panel, or back to the zoom before");
    case Key::TreeZoomIn: return tr("Larger boxes");
    case Key::TreeZoomOut: return tr("Smaller boxes");
    case Key::TreeActualSize: return tr("Boxes at their normal size");
    case Key::TreeZoom: return tr("Larger or smaller boxes");
    }
    return {};
}

QString NavigationKeys::placeName(Place place)
{
    switch (place) {
    case Place::Panes: return tr("In the panes");
    case Place::NoteDialog: return tr("In the note dialog");
    case Place::Matrix: return tr("In Who Copied Whom");
    case Place::FamilyTree: return tr("In the Family Tree");
    }
    return {};
}

} // namespace WireDiff
