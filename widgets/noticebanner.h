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
    // The same, except that a notice the editor closed stays closed when
    // it comes again unchanged (a reload or another base brings back the
    // folder's notices), until forgetClosed(). Any other notice shows.
    void showUnlessClosed(Kind kind, const QString &message, const QStringList &details = {});
    // A new set of articles: what the editor closed may be shown again.
    void forgetClosed() { m_closedNotice.clear(); }
    void dismiss();
    QString message() const;
    QStringList details() const { return m_detailLines; }
    Kind kind() const { return m_kind; }

signals:
    void dismissed();

private:
    void updateColours();
    static QStringList noticeKey(const QString &message, const QStringList &details);

    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_message;
    QToolButton *m_toggle;
    QToolButton *m_action;
    std::function<void()> m_run;
    QLabel *m_details;
    QStringList m_detailLines;
    QStringList m_closedNotice; // message then details, as the editor last closed it; empty when none
};

} // namespace WireDiff
