#include "printablepath.h"

#include <QDir>

namespace WireDiff {

namespace {

bool needsEscape(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069) || c == 0x061C || c == 0x200E || c == 0x200F;
}

} // namespace

QString printablePath(const QString &path)
{
    const QString native = QDir::toNativeSeparators(path);
    QString out;
    out.reserve(native.size());
    for (const char32_t c : native.toUcs4()) {
        if (c == U'\\' && QDir::separator() != QLatin1Char('\\')) {
            out += QLatin1String("\\\\"); // so an escape in the output is never ambiguous
        } else if (c == U'\n') {
            out += QLatin1String("\\n");
        } else if (c == U'\t') {
            out += QLatin1String("\\t");
        } else if (c == U'\r') {
            out += QLatin1String("\\r");
        } else if (needsEscape(c)) {
            out += QStringLiteral("\\u{%1}").arg(QString::number(uint(c), 16).toUpper());
        } else {
            out += QString::fromUcs4(&c, 1);
        }
    }
    return out;
}

} // namespace WireDiff
