#pragma once

#include <QFrame>
#include <QStringList>

#include <functional>

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

    // `actionText`, when given, labels a button beside the message that does
    // what the notice offers ("Set Aside"): it runs `action` and dismisses
    // the notice.
    void showNotice(Kind kind, const QString &message, const QStringList &details = {}, const QString &actionText = {},
                    std::function<void()> action = {});
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
    QToolButton *m_action;
    std::function<void()> m_run;
    QLabel *m_details;
    QStringList m_detailLines;
};

} // namespace WireDiff
