#include "housestyledialog.h"

#include "highlightstyle.h"
#include "housestyle.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

namespace WireDiff {

namespace {

// The list under the editor names this many problems, then counts the rest.
constexpr qsizetype shownProblems = 5;

} // namespace

HouseStyleDialog::HouseStyleDialog(const QString &text, QWidget *parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_problemLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this))
{
    setWindowTitle(tr("House Style"));
    auto *explanation = new QLabel(
        tr("Spellings your newsroom treats as the same word are not marked as changes. Write one group per line, "
           "the spellings separated by “=”, for example <i>Kyiv = Kiev</i> or <i>per cent = percent = %</i>. "
           "Case does not matter unless the comparison matches case."),
        this);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::RichText);

    m_editor->setPlainText(text);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(true);
    m_editor->setAccessibleName(tr("House-style equivalences"));
    explanation->setBuddy(m_editor);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Restore Defaults"));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setToolTip(tr("Replace the list with the equivalences WireDiff ships with"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, &HouseStyleDialog::restoreDefaults);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &HouseStyleDialog::validate);
    resize(fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 26);
    validate();
}

QString HouseStyleDialog::text() const
{
    return HouseStyle::fromText(rawText()).toText();
}

QString HouseStyleDialog::rawText() const
{
    return m_editor->toPlainText();
}

void HouseStyleDialog::restoreDefaults()
{
    m_editor->setPlainText(HouseStyle::defaults().toText());
}

std::vector<HouseStyleDialog::Problem> HouseStyleDialog::check(const QString &text)
{
    std::vector<Problem> problems;
    QHash<QString, qint32> lineOfSpelling; // case-folded spelling -> first line with it
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qint32 line = 0; line < qint32(lines.size()); ++line) {
        const QString &content = lines[line];
        if (content.trimmed().isEmpty())
            continue;
        const QStringList parts = content.split(QLatin1Char('='));
        QStringList spellings;
        bool emptyPart = false;
        for (const QString &part : parts) {
            const QString trimmed = part.simplified();
            if (trimmed.isEmpty())
                emptyPart = true;
            else
                spellings.append(trimmed);
        }
        if (spellings.size() < 2) {
            problems.push_back({ line, tr("needs two spellings or more, separated by “=”") });
            continue;
        }
        if (emptyPart) {
            problems.push_back({ line, tr("has an empty spelling: remove the extra “=”") });
            continue;
        }
        QString repeated;
        QString elsewhere;
        qint32 otherLine = -1;
        QHash<QString, bool> seenHere;
        for (const QString &spelling : spellings) {
            const QString key = spelling.toCaseFolded();
            if (seenHere.contains(key)) {
                repeated = spelling;
                break;
            }
            seenHere.insert(key, true);
            const auto it = lineOfSpelling.constFind(key);
            if (it != lineOfSpelling.constEnd() && elsewhere.isEmpty()) {
                elsewhere = spelling;
                otherLine = it.value();
            }
        }
        if (!repeated.isEmpty()) {
            problems.push_back({ line, tr("names “%1” twice").arg(repeated) });
            continue;
        }
        if (!elsewhere.isEmpty()) {
            // Two groups with a common spelling would make it mean two things.
            problems.push_back({ line, tr("“%1” is already in line %2: merge the two lines").arg(elsewhere, QString::number(otherLine + 1)) });
            continue;
        }
        for (const QString &spelling : spellings)
            lineOfSpelling.insert(spelling.toCaseFolded(), line);
    }
    return problems;
}

void HouseStyleDialog::validate()
{
    m_problems = check(rawText());
    const HighlightStyle style(palette());

    QList<QTextEdit::ExtraSelection> marks;
    for (const Problem &problem : m_problems) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_editor->document()->findBlockByNumber(problem.line));
        mark.format.setBackground(style.background(ChangeClass::Removed));
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks.append(mark);
    }
    m_editor->setExtraSelections(marks);

    qsizetype groups = 0;
    for (const QString &line : rawText().split(QLatin1Char('\n')))
        groups += line.trimmed().isEmpty() ? 0 : 1;
    groups -= qsizetype(m_problems.size());
    m_summary->setText(tr("Equivalences: %1").arg(groups));
    QStringList lines;
    for (qsizetype i = 0; i < qsizetype(m_problems.size()) && i < shownProblems; ++i)
        lines.append(tr("Line %1: %2.").arg(m_problems[size_t(i)].line + 1).arg(m_problems[size_t(i)].message));
    if (qsizetype(m_problems.size()) > shownProblems)
        lines.append(tr("… and %1 more.").arg(qsizetype(m_problems.size()) - shownProblems));
    m_problemLabel->setText(lines.join(QLatin1Char('\n')));
    m_problemLabel->setVisible(!m_problems.empty());
    QPalette warning = m_problemLabel->palette();
    warning.setColor(QPalette::WindowText, style.accent(ChangeClass::Removed));
    m_problemLabel->setPalette(warning);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems.empty());
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(m_problems.empty() ? QString() : tr("Correct the marked lines first"));
}

} // namespace WireDiff
