#include "darwin.h"

#include "articleloader.h"
#include "comparator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSet>

#include <map>
#include <set>

namespace WireDiff::Eval::Darwin {

namespace {

using Node = std::pair<QString, qint32>; // (edition, paragraph)
using Link = std::pair<Node, Node>;      // ordered: first < second

Link makeLink(const Node &x, const Node &y)
{
    return x < y ? Link { x, y } : Link { y, x };
}

} // namespace

int run(const Paths &paths, const std::shared_ptr<const SynonymDictionary> &synonyms)
{
    out() << "== Darwin, On the Origin of Species ch. 1, six editions: paragraph rows ==\n";
    const QDir folder(paths.corpora + QStringLiteral("/darwin"));
    QFile goldFile(folder.filePath(QStringLiteral("gold_paragraph_alignment.tsv")));
    const QStringList files = folder.entryList({ QStringLiteral("origin_ch1_*.txt") }, QDir::Files, QDir::Name);
    if (files.isEmpty() || !goldFile.open(QIODevice::ReadOnly | QIODevice::Text)) {
        out() << "skipped: " << folder.path() << " not found\n\n";
        return 0;
    }
    std::map<Node, qint32> groupOf;
    std::map<qint32, std::set<QString>> editionsOfGroup;
    const QStringList lines = QString::fromUtf8(goldFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines[i].split(QLatin1Char('\t'));
        if (fields.size() < 3)
            continue;
        groupOf[{ fields[0], fields[1].toInt() }] = fields[2].toInt();
        editionsOfGroup[fields[2].toInt()].insert(fields[0]);
    }

    QStringList paths_;
    for (const QString &name : files)
        paths_.append(folder.filePath(name));
    QElapsedTimer timer;
    timer.start();
    const LoadResult loaded = ArticleLoader().loadFiles(paths_);
    const ComparisonOutcome outcome = Comparator(ComparisonOptions {}, synonyms).compare(loaded.articles);
    if (!outcome.comparison) {
        out() << "comparison failed: " << outcome.error << "\n\n";
        return 1;
    }
    const Comparison &comparison = *outcome.comparison;
    const auto editionOf = [&](qint32 article) { return comparison.articles[size_t(article)].id.right(4); };
    const PhaseTimings &t = outcome.timings;
    out() << comparison.articles.size() << " editions loaded and compared in " << timer.elapsed() << " ms (compare "
          << number(t.total, 0) << " ms: tokenize " << number(t.tokenize, 0) << ", containment " << number(t.containment, 0)
          << ", diff and classes " << number(t.diff, 0) << ", rows " << number(t.align, 0) << ", spans "
          << number(t.spans, 0) << ", reworded shares " << number(t.reworded, 0) << "); base "
          << editionOf(comparison.base) << '\n';
    for (qint32 a = 0; a < qint32(comparison.articles.size()); ++a) {
        qsizetype gold = 0;
        for (const auto &[node, group] : groupOf)
            gold += node.first == editionOf(a);
        if (gold != qsizetype(comparison.articles[size_t(a)].paragraphs.size()))
            out() << "note: " << editionOf(a) << " loaded " << comparison.articles[size_t(a)].paragraphs.size()
                  << " paragraphs, the gold has " << gold << '\n';
    }

    std::set<Link> gold, predicted;
    for (const auto &[x, gx] : groupOf)
        for (const auto &[y, gy] : groupOf)
            if (gx == gy && x.first != y.first && x < y)
                gold.insert(makeLink(x, y));
    for (const AlignedRow &row : comparison.rows) {
        for (size_t a = 0; a < row.cells.size(); ++a) {
            for (size_t b = a + 1; b < row.cells.size(); ++b) {
                for (const qint32 p : row.cells[a].paragraphs)
                    for (const qint32 q : row.cells[b].paragraphs)
                        predicted.insert(makeLink({ editionOf(qint32(a)), p }, { editionOf(qint32(b)), q }));
            }
        }
    }
    qint64 correct = 0;
    for (const Link &link : predicted)
        correct += gold.count(link);
    const Prf score = prf(double(correct), double(predicted.size()) - correct, double(gold.size()) - correct);

    // Paragraphs of groups that exist only in the late editions: their rows
    // must hold nothing of the editions before.
    int lateParagraphs = 0, lateAbsent = 0;
    std::set<qint32> lateGroups;
    for (const auto &[group, editions] : editionsOfGroup)
        if (!editions.count(QStringLiteral("1859")))
            lateGroups.insert(group);
    for (qint32 a = 0; a < qint32(comparison.articles.size()); ++a) {
        for (qint32 p = 0; p < qint32(comparison.articles[size_t(a)].paragraphs.size()); ++p) {
            const auto it = groupOf.find({ editionOf(a), p });
            if (it == groupOf.end() || !lateGroups.count(it->second))
                continue;
            ++lateParagraphs;
            const AlignedRow &row = comparison.rows[size_t(comparison.rowOf[size_t(a)][size_t(p)])];
            bool absent = true;
            for (qint32 b = 0; b < qint32(row.cells.size()); ++b)
                if (!row.cells[size_t(b)].isGap() && !editionsOfGroup[it->second].count(editionOf(b)))
                    absent = false;
            lateAbsent += absent;
        }
    }
    Table table({ QStringLiteral("measure"), QStringLiteral("value") });
    table.addRow({ QStringLiteral("gold links (paragraph pairs across editions)"), QString::number(gold.size()) });
    table.addRow({ QStringLiteral("predicted links"), QString::number(predicted.size()) });
    table.addRow({ QStringLiteral("link precision"), number(score.precision) });
    table.addRow({ QStringLiteral("link recall"), number(score.recall) });
    table.addRow({ QStringLiteral("late groups (only from 1869)"), QString::number(lateGroups.size()) });
    table.addRow({ QStringLiteral("their paragraphs reported absent from earlier editions"),
                   QStringLiteral("%1 / %2").arg(lateAbsent).arg(lateParagraphs) });
    table.print(out());
    if (score.precision < 1 || score.recall < 1) {
        int shown = 0;
        for (const Link &link : predicted) {
            if (!gold.count(link) && shown++ < 10)
                out() << "  wrong link: " << link.first.first << '#' << link.first.second << " ~ "
                      << link.second.first << '#' << link.second.second << '\n';
        }
        shown = 0;
        for (const Link &link : gold) {
            if (!predicted.count(link) && shown++ < 10)
                out() << "  missed link: " << link.first.first << '#' << link.first.second << " ~ "
                      << link.second.first << '#' << link.second.second << '\n';
        }
    }
    out() << '\n';
    out().flush();
    return 0;
}

} // namespace WireDiff::Eval::Darwin
