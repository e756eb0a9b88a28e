#include "actiontext.h"

#include <QRegularExpression>

#include <algorithm>

namespace WireDiff {

QString ActionText::plain(const QString &text)
{
    QString result = text;
    // "(&O)" after the words in CJK translations goes entirely.
    static const QRegularExpression bracketed(QStringLiteral("\\s*\\(&[^&\\s]\\)"));
    result.remove(bracketed);
    QString plain;
    plain.reserve(result.size());
    for (qsizetype i = 0; i < result.size(); ++i) {
        // "&&" is a literal ampersand, a single "&" marks the accelerator.
        if (result.at(i) == QLatin1Char('&') && i + 1 < result.size())
            ++i;
        plain.append(result.at(i));
    }
    plain = plain.trimmed();
    if (plain.endsWith(QChar(0x2026)))
        plain.chop(1);
    else if (plain.endsWith(QLatin1String("...")))
        plain.chop(3);
    return plain.trimmed();
}

QString ActionText::twoLines(const QString &text, const std::function<int(const QString &)> &width)
{
    qsizetype best = -1;
    int narrowest = 0;
    // Ordinary spaces only: a no-break space keeps its words together.
    for (qsizetype at = text.indexOf(QLatin1Char(' ')); at >= 0; at = text.indexOf(QLatin1Char(' '), at + 1)) {
        const int wider = std::max(width(text.left(at).trimmed()), width(text.mid(at + 1).trimmed()));
        if (best < 0 || wider < narrowest) {
            best = at;
            narrowest = wider;
        }
    }
    if (best < 0)
        return text;
    return text.left(best).trimmed() + QLatin1Char('\n') + text.mid(best + 1).trimmed();
}

} // namespace WireDiff
