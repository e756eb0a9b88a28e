#pragma once

#include <QMenu>

class QActionGroup;

namespace WireDiff {

// View ▸ Language: the system's language or one of the translations. The
// choice is saved by the window and applies when WireDiff starts again; the
// menu's first line says so.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    // chosen: the saved code, empty for the system's language.
    explicit LanguageMenu(const QString &chosen, QWidget *parent = nullptr);

    QString chosen() const;

signals:
    // code is empty for "follow the system".
    void languageChosen(const QString &code);

private:
    QActionGroup *m_group;
};

} // namespace WireDiff
