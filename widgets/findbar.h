#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace WireDiff {

// The find bar under the panes: text, match case, previous and next, and
// how many matches there are. It only asks; the view finds.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    void activate();  // show, focus and select the text
    QString text() const;
    Qt::CaseSensitivity caseSensitivity() const;
    void setResult(int current, int total);
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    void searchChanged(const QString &text, Qt::CaseSensitivity sensitivity);
    void nextRequested();
    void previousRequested();
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_edit;
    QCheckBox *m_matchCase;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_count;
};

} // namespace WireDiff
