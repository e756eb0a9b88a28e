#include "noticebanner.h"

#include <QGridLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

#include <utility>

namespace WireDiff {

NoticeBanner::NoticeBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_toggle(new QToolButton(this))
    , m_action(new QToolButton(this))
    , m_details(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::PlainText);
    m_details->hide();
    m_toggle->setText(tr("Details"));
    m_toggle->setCheckable(true);
    m_toggle->setToolTip(tr("Show or hide the details"));
    auto *close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    layout->addWidget(m_icon, 0, 0, Qt::AlignTop);
    layout->addWidget(m_message, 0, 1);
    layout->addWidget(m_action, 0, 2, Qt::AlignTop);
    layout->addWidget(m_toggle, 0, 3, Qt::AlignTop);
    layout->addWidget(close, 0, 4, Qt::AlignTop);
    layout->addWidget(m_details, 1, 1, 1, 4);
    layout->setColumnStretch(1, 1);
    connect(m_toggle, &QToolButton::toggled, m_details, &QLabel::setVisible);
    connect(close, &QToolButton::clicked, this, [this] {
        m_closedNotice = noticeKey(m_message->text(), m_detailLines);
        dismiss();
    });
    m_action->hide();
    connect(m_action, &QToolButton::clicked, this, [this] {
        // Taken first: the action may show another notice with its own.
        const std::function<void()> run = std::exchange(m_run, {});
        dismiss();
        if (run)
            run();
    });
    hide();
}

void NoticeBanner::showNotice(Kind kind, const QString &message, const QStringList &details, const QString &actionText,
                              std::function<void()> action)
{
    m_kind = kind;
    m_run = actionText.isEmpty() ? std::function<void()>() : std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(bool(m_run));
    m_message->setText(message);
    m_detailLines = details;
    m_details->setText(details.join(QLatin1Char('\n')));
    m_toggle->setVisible(!details.isEmpty());
    m_toggle->setChecked(false);
    m_details->hide();
    const QStyle::StandardPixmap pixmap = kind == Kind::Error ? QStyle::SP_MessageBoxCritical
        : kind == Kind::Warning                               ? QStyle::SP_MessageBoxWarning
                                                              : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));
    updateColours();
    show();
}

void NoticeBanner::showUnlessClosed(Kind kind, const QString &message, const QStringList &details)
{
    if (!m_closedNotice.isEmpty() && m_closedNotice == noticeKey(message, details)) {
        dismiss();
        return;
    }
    showNotice(kind, message, details);
}

QStringList NoticeBanner::noticeKey(const QString &message, const QStringList &details)
{
    return QStringList { message } + details;
}

void NoticeBanner::dismiss()
{
    if (!isVisible())
        return;
    hide();
    emit dismissed();
}

QString NoticeBanner::message() const
{
    return m_message->text();
}

void NoticeBanner::updateColours()
{
    QPalette pal = parentWidget() ? parentWidget()->palette() : palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    QColor tint;
    switch (m_kind) {
    case Kind::Information: tint = dark ? QColor(0x1d, 0x3b, 0x5e) : QColor(0xe3, 0xee, 0xfb); break;
    case Kind::Warning: tint = dark ? QColor(0x5a, 0x47, 0x12) : QColor(0xfd, 0xf1, 0xd2); break;
    case Kind::Error: tint = dark ? QColor(0x5c, 0x22, 0x22) : QColor(0xfb, 0xe1, 0xdf); break;
    }
    pal.setColor(QPalette::Window, tint);
    setPalette(pal);
}

} // namespace WireDiff
