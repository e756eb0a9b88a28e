#include "actiontext.h"

#include <QRegularExpression>

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

} // namespace WireDiff
