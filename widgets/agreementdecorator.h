#pragma once

#include "viewdecorator.h"

#include <QPointer>

#include <QColor>
#include <QCoreApplication>

namespace WireDiff {

class ComparisonView;
struct AgreementSpan;

// Agreement shading, the view mode with no base: instead of the change
// highlights, every word is shaded by how many of the N articles carry it
// in the same row. Words all articles share stay plain (the common core);
// the fewer carry a word, the stronger its shade, and words found in this
// article alone are also underlined with dots, so outliers read without
// colour too. Hovering says "carried by k of N articles".
class AgreementDecorator : public ViewDecorator
{
    Q_DECLARE_TR_FUNCTIONS(WireDiff::AgreementDecorator)

public:
    explicit AgreementDecorator(ComparisonView *view);
    ~AgreementDecorator() override;

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    void addFormats(qint32 article, qint32 paragraph, QList<QTextLayout::FormatRange> *formats) const override;
    QString toolTip(qint32 article, qint32 paragraph, qint32 offset) const override;
    bool showsChangeHighlights() const override { return !m_enabled; }

    // The shade of a word carried by `count` of `total` articles; fully
    // transparent when every article carries it.
    static QColor shade(qint32 count, qint32 total, bool dark);

private:
    const AgreementSpan *spanAt(qint32 article, qint32 paragraph, qint32 offset) const;

    // Guarded: the window may destroy the view before its decorators.
    QPointer<ComparisonView> m_view;
    bool m_enabled = false;
};

} // namespace WireDiff
