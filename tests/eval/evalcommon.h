#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <vector>

namespace WireDiff::Eval {

// Where the evaluation reads its data; each corpus is skipped with a message
// when its folder is absent.
struct Paths
{
    QString corpora;
    QString seeds;
    QString testData;
};

// Tuning and reporting never see the same items: an item goes to the tuning
// part or to the test part by a fixed hash of its name, so the split is the
// same on every machine and every run.
enum class Part { Tune, Test };
quint32 stableHash(const QString &name); // FNV-1a over UTF-8, then MurmurHash3's finaliser
Part partOf(const QString &name, int testOneIn);

struct Prf
{
    double precision = 0;
    double recall = 0;
    double f1 = 0;
};
Prf prf(double truePositives, double falsePositives, double falseNegatives);

// A confusion matrix over K classes: counts[gold][predicted].
class Confusion
{
public:
    explicit Confusion(int classes = 0);
    void add(int gold, int predicted, qint64 count = 1);
    void add(const Confusion &other);
    qint64 at(int gold, int predicted) const { return m_counts[size_t(gold)][size_t(predicted)]; }
    qint64 total() const;
    qint64 goldCount(int gold) const;
    qint64 predictedCount(int predicted) const;
    Prf classScore(int k) const;
    double accuracy() const;
    double macroF1() const;
    int classes() const { return int(m_counts.size()); }

private:
    std::vector<std::vector<qint64>> m_counts;
};

// A plain text table with right-aligned numbers.
class Table
{
public:
    explicit Table(QStringList header);
    void addRow(QStringList cells);
    void print(QTextStream &out) const;

private:
    QStringList m_header;
    std::vector<QStringList> m_rows;
};

QString number(double value, int decimals = 3);
QString percent(double value);

QTextStream &out();

} // namespace WireDiff::Eval
