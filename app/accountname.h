#pragma once

#include <QString>

namespace WireDiff {

// The name a new note is signed with until the editor gives one (see
// AppSettings::noteAuthor): the operating system account's full name where
// it is known without asking a directory service (the passwd entry's
// GECOS field on Linux and macOS), else the login name (USER, USERNAME).
class AccountName
{
public:
    static QString current();
    // The full name in a GECOS field ("Jane Doe,Room 4,555-0100,,"): the
    // part before the first comma, with "&" standing for the capitalised
    // login as BSD has it; `login` when that is empty.
    static QString fromGecos(const QString &gecos, const QString &login);
};

} // namespace WireDiff
