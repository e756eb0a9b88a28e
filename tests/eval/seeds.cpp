#include "seeds.h"

#include "articleloader.h"
#include "comparator.h"

#include <QFile>
#include <QFileInfo>

#include <set>

namespace WireDiff::Eval::Seeds {

int run(const Paths &paths, const std::shared_ptr<const SynonymDictionary> &synonyms)
{
    out() << "== Seeds: alignment against tests/data/seeds/alignment-gold.tsv ==\n";
    QFile goldFile(paths.testData + QStringLiteral("/seeds/alignment-gold.tsv"));
    if (!QFileInfo(paths.seeds).isDir() || !goldFile.open(QIODevice::ReadOnly | QIODevice::Text)) {
        out() << "skipped: " << paths.seeds << " or the golden file not found\n\n";
        return 0;
    }
    const LoadResult loaded = ArticleLoader().loadFolder(paths.seeds);
    const ComparisonOutcome outcome = Comparator(ComparisonOptions {}, synonyms).compare(loaded.articles);
    if (!outcome.comparison) {
        out() << "comparison failed: " << outcome.error << "\n\n";
        return 1;
    }
    const Comparison &comparison = *outcome.comparison;
    const auto articleOf = [&](const QString &prefix) {
        for (qint32 a = 0; a < qint32(comparison.articles.size()); ++a)
            if (comparison.articles[size_t(a)].id.startsWith(prefix))
                return a;
        return qint32(-1);
    };
    struct PairScore
    {
        std::set<std::pair<qint32, qint32>> gold;
        std::set<qint32> none;
        qint32 a = -1, b = -1;
    };
    std::map<QString, PairScore> pairs;
    const QStringList lines = QString::fromUtf8(goldFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines[i].split(QLatin1Char('\t'));
        if (fields.size() < 4)
            continue;
        PairScore &pair = pairs[fields[0]];
        pair.a = articleOf(fields[0].section(QLatin1Char('-'), 0, 0));
        pair.b = articleOf(fields[0].section(QLatin1Char('-'), 1, 1));
        if (fields[2] == QLatin1String("-"))
            pair.none.insert(fields[1].toInt());
        else
            pair.gold.insert({ fields[1].toInt(), fields[2].toInt() });
    }
    out() << "base " << comparison.articles[size_t(comparison.base)].id << '\n';
    Table table({ QStringLiteral("pair"), QStringLiteral("gold links"), QStringLiteral("predicted"),
                  QStringLiteral("precision"), QStringLiteral("recall"), QStringLiteral("unlinked as gold") });
    QStringList mistakes;
    for (const auto &[name, pair] : pairs) {
        if (pair.a < 0 || pair.b < 0)
            continue;
        std::set<std::pair<qint32, qint32>> predicted;
        for (const AlignedRow &row : comparison.rows)
            for (const qint32 p : row.cells[size_t(pair.a)].paragraphs)
                for (const qint32 q : row.cells[size_t(pair.b)].paragraphs)
                    predicted.insert({ p, q });
        qint64 correct = 0;
        for (const auto &link : predicted) {
            correct += pair.gold.count(link);
            if (!pair.gold.count(link))
                mistakes.append(QStringLiteral("%1: extra link %2~%3").arg(name).arg(link.first).arg(link.second));
        }
        for (const auto &link : pair.gold)
            if (!predicted.count(link))
                mistakes.append(QStringLiteral("%1: missed link %2~%3").arg(name).arg(link.first).arg(link.second));
        int unlinked = 0;
        for (const qint32 p : pair.none) {
            const AlignedRow &row = comparison.rows[size_t(comparison.rowOf[size_t(pair.a)][size_t(p)])];
            unlinked += row.cells[size_t(pair.b)].isGap();
        }
        const Prf score = prf(double(correct), double(predicted.size()) - correct, double(pair.gold.size()) - correct);
        table.addRow({ name, QString::number(pair.gold.size()), QString::number(predicted.size()),
                       number(score.precision), number(score.recall),
                       QStringLiteral("%1 / %2").arg(unlinked).arg(pair.none.size()) });
    }
    table.print(out());
    for (const QString &mistake : mistakes)
        out() << "  " << mistake << '\n';
    out() << '\n';
    out().flush();
    return 0;
}

} // namespace WireDiff::Eval::Seeds
