#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QToolButton;

namespace WireDiff {

// A non-blocking notice above the panes: one line saying what happened
// (files skipped, a drop refused, a comparison that failed) with the
// details a click away. Never a modal dialog: the comparison stays usable.
class NoticeBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit NoticeBanner(QWidget *parent = nullptr);

    void showNotice(Kind kind, const QString &message, const QStringList &details = {});
    void dismiss();
    QString message() const;
    QStringList details() const { return m_detailLines; }
    Kind kind() const { return m_kind; }

signals:
    void dismissed();

private:
    void updateColours();

    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_message;
    QToolButton *m_toggle;
    QLabel *m_details;
    QStringList m_detailLines;
};

} // namespace WireDiff
