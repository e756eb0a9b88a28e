#include "languagemenu.h"

#include "uilanguage.h"

#include <QActionGroup>

namespace WireDiff {

LanguageMenu::LanguageMenu(const QString &chosen, QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("LanguageMenu"));
    setStatusTip(tr("The language of menus and messages, from the next start"));
    QAction *note = addAction(tr("Applies when WireDiff starts again"));
    note->setEnabled(false);
    addSeparator();

    const QString systemLanguage = UiLanguage::resolve(QString());
    QAction *system = addAction(tr("&System Language (%1)").arg(UiLanguage::nativeName(systemLanguage)));
    system->setData(QString());
    system->setStatusTip(tr("Follow the language of the desktop, from the next start"));
    system->setToolTip(system->statusTip());
    m_group->addAction(system);
    addSeparator();
    for (const QString &code : UiLanguage::available()) {
        // Each language in its own name, so someone who cannot read the
        // current one still finds theirs; no accelerators, they would clash.
        QAction *action = addAction(UiLanguage::nativeName(code));
        action->setData(code);
        action->setStatusTip(tr("Use %1 (%2) from the next start").arg(UiLanguage::nativeName(code), code));
        action->setToolTip(action->statusTip());
        m_group->addAction(action);
    }
    for (QAction *action : m_group->actions()) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == chosen);
    }
    if (!m_group->checkedAction())
        system->setChecked(true);
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction *action) { emit languageChosen(action->data().toString()); });
}

QString LanguageMenu::chosen() const
{
    const QAction *checked = m_group->checkedAction();
    return checked ? checked->data().toString() : QString();
}

} // namespace WireDiff
