#pragma once

#include "highlightstyle.h"

#include <QWidget>

#include <vector>

namespace WireDiff {

// The key to the view: each change class drawn exactly as the panes draw
// it (wash and non-colour cue), plus unique paragraphs, gaps, moved
// paragraphs, removal carets and boilerplate; while agreement shading
// replaces the change highlights, the agreement shades instead. Items flow
// onto more lines when the widget is narrow.
class LegendWidget : public QWidget
{
    Q_OBJECT

public:
    explicit LegendWidget(QWidget *parent = nullptr);

    void setHighlightStyle(const HighlightStyle &style);
    // On while the panes shade words by how many articles carry them.
    void setAgreementMode(bool on);
    bool agreementMode() const { return m_agreementMode; }
    QStringList labels() const; // what the key shows, in order

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Item {
        FactChanged, Added, Removed, Paraphrased, Moved, RemovalCaret, MovedParagraphs, Unique, Gap, Boilerplate,
        AgreementAlone, AgreementFew, AgreementMost, AgreementAll
    };
    struct Placed
    {
        Item item;
        QRect rect;
    };

    std::vector<Item> items() const;
    std::vector<Placed> place(int width) const;
    QString label(Item item) const;
    QString description(Item item) const;
    void paintSample(QPainter *painter, Item item, const QRect &rect) const;
    int itemWidth(Item item) const;

    HighlightStyle m_style;
    bool m_agreementMode = false;
};

} // namespace WireDiff
