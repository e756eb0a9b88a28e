#include "memorypolicy.h"

#include <QFile>
#include <QTest>

#include <cstring>
#include <memory>
#include <thread>
#include <vector>

using namespace WireDiff;

namespace {

// Resident pages of this process, from /proc/self/statm (its second field).
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : -1;
}

bool underSanitizer()
{
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

} // namespace

class TestMemoryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void freedLargeBlocksLeaveTheResidentSet_data();
    void freedLargeBlocksLeaveTheResidentSet();
    void freedSmallBlocksOfAWorkerAreReleased_data();
    void freedSmallBlocksOfAWorkerAreReleased();
};

void TestMemoryPolicy::initTestCase()
{
    if (underSanitizer())
        QSKIP("A sanitizer's allocator replaces the C library's: nothing to test");
#if !defined(__GLIBC__)
    QSKIP("The policy only tunes glibc's allocator");
#endif
    if (residentBytes() < 0)
        QSKIP("No /proc/self/statm here");
    MemoryPolicy::returnLargeBlocksToSystem();
}

void TestMemoryPolicy::freedLargeBlocksLeaveTheResidentSet_data()
{
    QTest::addColumn<int>("blockBytes");
    QTest::addColumn<int>("blocks");

    // Sizes a comparison allocates: a short article's token list, a
    // paragraph table, a document's scripts. 64 MiB in all each time.
    QTest::newRow("at the threshold") << 128 * 1024 << 512;
    QTest::newRow("256 KiB") << 256 * 1024 << 256;
    QTest::newRow("1 MiB") << 1024 * 1024 << 64;
    QTest::newRow("8 MiB") << 8 * 1024 * 1024 << 8;
}

void TestMemoryPolicy::freedLargeBlocksLeaveTheResidentSet()
{
    QFETCH(int, blockBytes);
    QFETCH(int, blocks);

    // Without the policy, freeing this block raises glibc's mapping
    // threshold above the size, and the blocks below come from the heap.
    // (Volatile and written to: a compiler may drop an unused malloc/free.)
    {
        char *volatile first = new char[size_t(blockBytes)];
        first[0] = 1;
        delete[] first;
    }

    std::vector<std::unique_ptr<char[]>> held;
    for (int i = 0; i < blocks; ++i) {
        held.emplace_back(new char[size_t(blockBytes)]);
        std::memset(held.back().get(), 1, size_t(blockBytes)); // make the pages resident
    }
    const qint64 whileHeld = residentBytes();
    // All but the last: on the heap, a freed block below a live one at the
    // top stays resident; a mapped block goes back when it is freed.
    held.erase(held.begin(), held.end() - 1);
    const qint64 afterFree = residentBytes();

    const qint64 freed = qint64(blockBytes) * (blocks - 1);
    QVERIFY2(whileHeld - afterFree >= freed * 9 / 10,
             qPrintable(QStringLiteral("%1 MiB freed, the resident set fell by %2 MiB")
                            .arg(double(freed) / 1048576.0)
                            .arg(double(whileHeld - afterFree) / 1048576.0)));
}

void TestMemoryPolicy::freedSmallBlocksOfAWorkerAreReleased_data()
{
    QTest::addColumn<int>("blockBytes");

    // Sizes of a comparison's small allocations (a sentence's lists, a
    // paragraph's tokens), far below the mapping threshold. 64 MiB in all.
    QTest::newRow("4 KiB") << 4 * 1024;
    QTest::newRow("16 KiB") << 16 * 1024;
    QTest::newRow("64 KiB") << 64 * 1024;
}

void TestMemoryPolicy::freedSmallBlocksOfAWorkerAreReleased()
{
    QFETCH(int, blockBytes);

    const int blocks = 64 * 1024 * 1024 / blockBytes;
    qint64 whileHeld = 0;
    qint64 afterFree = 0;
    qint64 afterRelease = 0;
    // On a thread of its own, as the comparison's workers allocate: glibc
    // gives the thread a heap of its own, which hands back only its top.
    std::thread worker([&] {
        std::vector<std::unique_ptr<char[]>> held;
        for (int i = 0; i < blocks; ++i) {
            held.emplace_back(new char[size_t(blockBytes)]);
            std::memset(held.back().get(), 1, size_t(blockBytes));
        }
        whileHeld = residentBytes();
        held.erase(held.begin(), held.end() - 1); // the last stays, at the heap's top
        afterFree = residentBytes();
        MemoryPolicy::releaseFreedMemory();
        afterRelease = residentBytes();
    });
    worker.join();

    const qint64 freed = qint64(blockBytes) * (blocks - 1);
    // Freeing alone leaves most of it resident, else this tests nothing.
    QVERIFY2(whileHeld - afterFree < freed / 2,
             qPrintable(QStringLiteral("freeing alone gave back %1 MiB").arg(double(whileHeld - afterFree) / 1048576.0)));
    QVERIFY2(whileHeld - afterRelease >= freed * 8 / 10,
             qPrintable(QStringLiteral("%1 MiB freed, the resident set fell by %2 MiB")
                            .arg(double(freed) / 1048576.0)
                            .arg(double(whileHeld - afterRelease) / 1048576.0)));
}

QTEST_APPLESS_MAIN(TestMemoryPolicy)
#include "tst_memorypolicy.moc"
