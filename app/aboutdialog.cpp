#include "aboutdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QVBoxLayout>

#include <unicode/uvernum.h>

namespace WireDiff {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("AboutDialog"));
    setWindowTitle(tr("About WireDiff"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(html(), this);
    text->setObjectName(QStringLiteral("AboutText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString AboutDialog::html()
{
    struct Component
    {
        QString name;
        QString version;
        QString use;
        QString licence;
        QString url;
    };
    const Component components[] = {
        { QStringLiteral("Qt"), QString::fromLatin1(qVersion()), tr("windows, text layout, PDF"),
          tr("GNU Lesser General Public License v3"), QStringLiteral("https://www.qt.io/licensing/open-source-lgpl-obligations") },
        { QStringLiteral("ICU"), QStringLiteral(U_ICU_VERSION), tr("word and sentence boundaries, character sets"),
          tr("Unicode License"), QStringLiteral("https://github.com/unicode-org/icu/blob/main/LICENSE") },
        { QStringLiteral("dtl"), QString(), tr("word-level differences"), tr("BSD 3-clause licence"),
          QStringLiteral("https://github.com/cubicdaiya/dtl") },
        { QStringLiteral("Snowball libstemmer"), QString(), tr("word stems in many languages"), tr("BSD 3-clause licence"),
          QStringLiteral("https://snowballstem.org/license.html") },
        { QStringLiteral("WordNet 3.0"), QString(), tr("synonyms for paraphrase detection"),
          tr("WordNet 3.0 licence (Princeton University)"), QStringLiteral("https://wordnet.princeton.edu/license-and-commercial-use") },
    };
    QString rows;
    for (const Component &component : components) {
        rows += QStringLiteral("<tr><td><b>%1</b> %2</td><td>%3</td><td><a href=\"%4\">%5</a></td></tr>")
                    .arg(component.name.toHtmlEscaped(), component.version.toHtmlEscaped(), component.use.toHtmlEscaped(),
                         component.url, component.licence.toHtmlEscaped());
    }
    return QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p><table cellspacing=\"6\">%4</table>")
        .arg(tr("WireDiff %1").arg(QCoreApplication::applicationVersion()).toHtmlEscaped(),
             tr("Compares many versions of one news story side by side: aligned paragraphs, word-level "
                "changes against a base, and who copied whom.")
                 .toHtmlEscaped(),
             tr("Built on:").toHtmlEscaped(), rows);
}

} // namespace WireDiff
