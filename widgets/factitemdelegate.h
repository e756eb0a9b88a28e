#pragma once

#include <QStyledItemDelegate>

namespace WireDiff {

// Draws an article's changed wording in the facts list as the panes mark
// it: the changed-fact wash behind the words only (not the whole cell) and
// the class's second cue, a solid box, so the entry reads as the same
// thing the editor sees highlighted in the text. Other cells are drawn as
// usual.
class FactItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit FactItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace WireDiff
