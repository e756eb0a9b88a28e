#include "workloads.h"

#include "textgenerator.h"

#include "articleloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace WireDiff::Bench {

namespace {

constexpr quint64 kSeed = 20261117;

bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(text.toUtf8());
    return true;
}

qint64 sizeOf(const QStringList &files)
{
    qint64 bytes = 0;
    for (const QString &file : files)
        bytes += QFileInfo(file).size();
    return bytes;
}

QString sizeName(qint64 words)
{
    return words >= 1'000'000 ? QStringLiteral("%1M").arg(words / 1'000'000) : QStringLiteral("%1k").arg(words / 1000);
}

QStringList sampleParagraphs(const QString &samplesDir)
{
    QStringList paragraphs;
    const LoadResult loaded = ArticleLoader().loadFolder(samplesDir);
    for (const Article &article : loaded.articles) {
        for (const Paragraph &paragraph : article.paragraphs) {
            if (paragraph.role == ParagraphRole::Body)
                paragraphs.append(paragraph.text);
        }
    }
    return paragraphs;
}

bool wanted(const WorkloadPlan &plan, const QString &name)
{
    return plan.only.isEmpty() || name.contains(plan.only, Qt::CaseInsensitive);
}

} // namespace

std::vector<Workload> buildWorkloads(const WorkloadPlan &plan, QString *error)
{
    std::vector<Workload> workloads;
    const QStringList paragraphs = sampleParagraphs(plan.samplesDir);
    if (paragraphs.isEmpty()) {
        *error = QStringLiteral("no sample text in %1").arg(plan.samplesDir);
        return workloads;
    }
    QDir work(plan.workDir);

    // Pairs: 5 % of words edited, 2 % of sentences moved, a few paragraphs inserted.
    const std::vector<std::pair<qint64, int>> pairs = plan.quick
        ? std::vector<std::pair<qint64, int>> { { 1'000, 1 }, { 10'000, 2 } }
        : std::vector<std::pair<qint64, int>> { { 1'000, 1 }, { 10'000, 2 }, { 100'000, 3 }, { 1'000'000, 5 } };
    for (const auto &[words, inserted] : pairs) {
        Workload workload;
        workload.name = QStringLiteral("pair %1").arg(sizeName(words));
        if (!wanted(plan, workload.name))
            continue;
        TextGenerator generator(paragraphs, kSeed + quint64(words));
        Rng rng(kSeed * 3 + quint64(words));
        const Document base = generator.document(words);
        const EditedDocument edited = applyEdits(base, EditRecipe { 0.05, 0.02, inserted, 0 }, &generator, &rng);
        const QString folder = work.filePath(QStringLiteral("pair-%1").arg(sizeName(words)));
        QDir().mkpath(folder);
        const QString a = QDir(folder).filePath(QStringLiteral("a.txt"));
        const QString b = QDir(folder).filePath(QStringLiteral("b.txt"));
        if (!writeText(a, base.text()) || !writeText(b, edited.document.text())) {
            *error = QStringLiteral("cannot write %1").arg(folder);
            return {};
        }
        workload.kind = WorkloadKind::Pair;
        workload.files = { a, b };
        workload.folder = folder;
        workload.wordsPerSide = words;
        workload.generatedEdits = edited.generatedEdits;
        workload.peers = true;
        workloads.push_back(workload);
    }

    // Folders: versions of one 2,000-word article, each edited independently.
    const std::vector<int> folderSizes = plan.quick ? std::vector<int> { 5, 20 } : std::vector<int> { 5, 20, 100 };
    for (const int versions : folderSizes) {
        Workload workload;
        workload.name = QStringLiteral("folder %1").arg(versions);
        if (!wanted(plan, workload.name))
            continue;
        TextGenerator generator(paragraphs, kSeed + 7);
        const Document base = generator.document(2'000);
        const QString folder = work.filePath(QStringLiteral("folder-%1").arg(versions));
        QDir(folder).removeRecursively();
        QDir().mkpath(folder);
        for (int v = 0; v < versions; ++v) {
            Rng rng(kSeed + 1000 + quint64(v));
            Document version = base;
            if (v > 0) {
                const EditRecipe recipe { 0.02 + 0.08 * rng.unit(), 0.02, int(rng.below(3)), int(rng.below(2)) };
                version = applyEdits(base, recipe, &generator, &rng).document;
            }
            const QString file = QDir(folder).filePath(QStringLiteral("v%1.txt").arg(v, 3, 10, QLatin1Char('0')));
            if (!writeText(file, version.text())) {
                *error = QStringLiteral("cannot write %1").arg(file);
                return {};
            }
            workload.files.append(file);
        }
        workload.kind = WorkloadKind::Folder;
        workload.folder = folder;
        workload.targetMilliseconds = versions == 100 ? 500 : versions == 20 ? 100 : 0;
        workloads.push_back(workload);
    }

    // The real corpora, when present.
    const QDir corpora(plan.corporaDir);
    const QDir darwin(corpora.filePath(QStringLiteral("darwin")));
    const QStringList editions = darwin.entryList({ QStringLiteral("origin_ch1_*.txt") }, QDir::Files, QDir::Name);
    if (editions.size() == 6 && wanted(plan, QStringLiteral("darwin"))) {
        Workload workload;
        workload.name = QStringLiteral("darwin 6 editions");
        workload.kind = WorkloadKind::Corpus;
        for (const QString &edition : editions)
            workload.files.append(darwin.filePath(edition));
        workload.folder = darwin.path();
        workload.targetMilliseconds = 200;
        workloads.push_back(workload);
    }
    const QDir frankenstein(corpora.filePath(QStringLiteral("frankenstein")));
    if (frankenstein.exists(QStringLiteral("1818.txt")) && frankenstein.exists(QStringLiteral("1831.txt"))
        && wanted(plan, QStringLiteral("frankenstein"))) {
        Workload workload;
        workload.name = QStringLiteral("frankenstein 1818/1831");
        workload.kind = WorkloadKind::Corpus;
        workload.files = { frankenstein.filePath(QStringLiteral("1818.txt")),
                           frankenstein.filePath(QStringLiteral("1831.txt")) };
        workload.folder = frankenstein.path();
        workload.targetMilliseconds = 300;
        workload.peers = true;
        workloads.push_back(workload);
    }
    for (Workload &workload : workloads)
        workload.bytes = sizeOf(workload.files);
    return workloads;
}

namespace {

// Versions of one generated text, each edited independently, written to
// `folder`; returns the files.
QStringList writeVersions(const QStringList &paragraphs, const QString &folder, int versions, qint64 words, quint64 seed,
                          QString *error)
{
    TextGenerator generator(paragraphs, seed);
    const Document base = generator.document(words);
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    QStringList files;
    for (int v = 0; v < versions; ++v) {
        Rng rng(seed + 1000 + quint64(v));
        const Document version = v == 0 ? base : applyEdits(base, EditRecipe { 0.05, 0.02, 2, 0 }, &generator, &rng).document;
        const QString file = QDir(folder).filePath(QStringLiteral("v%1.txt").arg(v, 3, 10, QLatin1Char('0')));
        if (!writeText(file, version.text())) {
            *error = QStringLiteral("cannot write %1").arg(file);
            return {};
        }
        files.append(file);
    }
    return files;
}

} // namespace

std::vector<WindowWorkload> buildWindowWorkloads(const WorkloadPlan &plan, const std::vector<Workload> &workloads,
                                                 QString *error)
{
    std::vector<WindowWorkload> windows;
    const QDir seeds(plan.seedsDir);
    if (!plan.seedsDir.isEmpty() && seeds.exists() && !seeds.entryList(QDir::Files).isEmpty()) {
        WindowWorkload startup { QStringLiteral("window: seeds start-up"), WindowWorkload::Kind::Startup, seeds.path(), {}, 300 };
        if (wanted(plan, startup.name))
            windows.push_back(startup);
    }
    const Workload *largest = nullptr;
    for (const Workload &workload : workloads) {
        if (workload.kind == WorkloadKind::Folder && (!largest || workload.files.size() > largest->files.size()))
            largest = &workload;
    }
    if (largest) {
        WindowWorkload startup { QStringLiteral("window: %1 start-up").arg(largest->name), WindowWorkload::Kind::Startup,
                                 largest->folder, {}, largest->files.size() >= 100 ? 1500.0 : 0.0 };
        if (wanted(plan, startup.name))
            windows.push_back(startup);
    }

    const QStringList paragraphs = sampleParagraphs(plan.samplesDir);
    if (paragraphs.isEmpty())
        return windows;
    const QDir work(plan.workDir);
    struct ScrollShape
    {
        int panes;
        qint64 words;
    };
    const std::vector<ScrollShape> shapes { { 2, 2'000 }, { 20, plan.quick ? 5'000 : 50'000 } };
    for (const ScrollShape &shape : shapes) {
        const QString size = QStringLiteral("%1k").arg(shape.words / 1000);
        WindowWorkload scroll { QStringLiteral("window: scroll %1 panes x %2 words").arg(shape.panes).arg(size),
                                WindowWorkload::Kind::Scroll, {}, {}, 16 };
        if (!wanted(plan, scroll.name))
            continue;
        scroll.folder = work.filePath(QStringLiteral("scroll-%1x%2").arg(shape.panes).arg(size));
        scroll.files = writeVersions(paragraphs, scroll.folder, shape.panes, shape.words, kSeed + 77 + quint64(shape.panes), error);
        if (scroll.files.isEmpty())
            return {};
        windows.push_back(scroll);
    }
    return windows;
}

} // namespace WireDiff::Bench
