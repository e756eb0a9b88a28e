#pragma once

// Shared by the libFuzzer targets: a QCoreApplication for the code that
// wants one, and a check that aborts (a crash libFuzzer keeps) when an
// invariant of the result does not hold.

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace FuzzSupport {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "wirediff-fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

[[noreturn]] inline void fail(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "invariant failed: %s (%s:%d)\n", what, file, line);
    std::abort();
}

} // namespace FuzzSupport

#define FUZZ_CHECK(condition) \
    do { if (!(condition)) FuzzSupport::fail(#condition, __FILE__, __LINE__); } while (false)
