#pragma once

#include <QDialog>

namespace WireDiff {

// Help ▸ About WireDiff: what it is, its version and the versions and
// licences of what it is built on (Qt, ICU, dtl, Snowball's libstemmer,
// WordNet).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The dialog's text as HTML, translated.
    static QString html();
};

} // namespace WireDiff
