#pragma once

#include <QDialog>
#include <QString>

#include <vector>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace WireDiff {

// Edits the house-style equivalences in HouseStyle's text form: one group
// per line, spellings separated by "=" ("Kyiv = Kiev"). HouseStyle::fromText
// silently drops what it cannot use, so the dialog checks each line itself
// and marks the bad ones in the editor and in a list below it; OK stays
// disabled while any line is bad. "Restore defaults" puts back
// HouseStyle::defaults().
class HouseStyleDialog : public QDialog
{
    Q_OBJECT

public:
    struct Problem
    {
        qint32 line = 0; // 0-based
        QString message; // translated
    };

    explicit HouseStyleDialog(const QString &text, QWidget *parent = nullptr);

    // The equivalences as HouseStyle::toText() writes them (blank lines and
    // stray spaces dropped).
    QString text() const;
    // The editor's text as typed.
    QString rawText() const;

    const std::vector<Problem> &problems() const { return m_problems; }
    bool isValid() const { return m_problems.empty(); }
    QPlainTextEdit *editor() const { return m_editor; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLabel *problemLabel() const { return m_problemLabel; }

    // What is wrong with each line of `text`, in line order.
    static std::vector<Problem> check(const QString &text);

private:
    void validate();
    void restoreDefaults();

    QPlainTextEdit *m_editor;
    QLabel *m_summary;
    QLabel *m_problemLabel;
    QDialogButtonBox *m_buttons;
    std::vector<Problem> m_problems;
};

} // namespace WireDiff
