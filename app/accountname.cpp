#include "accountname.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>

#include <vector>
#endif

namespace WireDiff {

QString AccountName::fromGecos(const QString &gecos, const QString &login)
{
    QString name = gecos.section(QLatin1Char(','), 0, 0);
    if (name.contains(QLatin1Char('&')) && !login.isEmpty())
        name.replace(QLatin1Char('&'), login.left(1).toUpper() + login.mid(1));
    name = name.simplified();
    return name.isEmpty() ? login : name;
}

QString AccountName::current()
{
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
#if defined(Q_OS_UNIX)
    // getpwuid_r reads /etc/passwd (or NSS's cache): cheap, no network
    // unless the system itself is set up to ask one.
    long size = sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(size_t(size > 0 ? size : 16384));
    passwd entry {};
    passwd *found = nullptr;
    if (getpwuid_r(getuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found) {
        if (login.isEmpty() && found->pw_name)
            login = QString::fromLocal8Bit(found->pw_name);
        if (found->pw_gecos)
            return fromGecos(QString::fromLocal8Bit(found->pw_gecos), login);
    }
#endif
    return login;
}

} // namespace WireDiff
