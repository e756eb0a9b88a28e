#include "evalcommon.h"

#include <QByteArray>

#include <algorithm>

namespace WireDiff::Eval {

quint32 stableHash(const QString &name)
{
    quint32 hash = 2166136261u;
    for (const char c : name.toUtf8()) {
        hash ^= quint8(c);
        hash *= 16777619u;
    }
    // FNV's low bits mix poorly (the lowest is the parity of the bytes'
    // lowest bits): finish with MurmurHash3's avalanche step.
    hash ^= hash >> 16;
    hash *= 0x85ebca6bu;
    hash ^= hash >> 13;
    hash *= 0xc2b2ae35u;
    hash ^= hash >> 16;
    return hash;
}

Part partOf(const QString &name, int testOneIn)
{
    return stableHash(name) % quint32(testOneIn) == 0 ? Part::Test : Part::Tune;
}

Prf prf(double truePositives, double falsePositives, double falseNegatives)
{
    Prf score;
    score.precision = truePositives + falsePositives > 0 ? truePositives / (truePositives + falsePositives) : 0;
    score.recall = truePositives + falseNegatives > 0 ? truePositives / (truePositives + falseNegatives) : 0;
    score.f1 = score.precision + score.recall > 0
        ? 2 * score.precision * score.recall / (score.precision + score.recall)
        : 0;
    return score;
}

Confusion::Confusion(int classes)
    : m_counts(size_t(classes), std::vector<qint64>(size_t(classes), 0))
{
}

void Confusion::add(int gold, int predicted, qint64 count)
{
    m_counts[size_t(gold)][size_t(predicted)] += count;
}

void Confusion::add(const Confusion &other)
{
    for (int g = 0; g < classes(); ++g)
        for (int p = 0; p < classes(); ++p)
            m_counts[size_t(g)][size_t(p)] += other.at(g, p);
}

qint64 Confusion::total() const
{
    qint64 sum = 0;
    for (const auto &row : m_counts)
        for (const qint64 count : row)
            sum += count;
    return sum;
}

qint64 Confusion::goldCount(int gold) const
{
    qint64 sum = 0;
    for (const qint64 count : m_counts[size_t(gold)])
        sum += count;
    return sum;
}

qint64 Confusion::predictedCount(int predicted) const
{
    qint64 sum = 0;
    for (const auto &row : m_counts)
        sum += row[size_t(predicted)];
    return sum;
}

Prf Confusion::classScore(int k) const
{
    const double tp = double(at(k, k));
    return prf(tp, double(predictedCount(k)) - tp, double(goldCount(k)) - tp);
}

double Confusion::accuracy() const
{
    qint64 correct = 0;
    for (int k = 0; k < classes(); ++k)
        correct += at(k, k);
    return total() > 0 ? double(correct) / double(total()) : 0;
}

double Confusion::macroF1() const
{
    double sum = 0;
    for (int k = 0; k < classes(); ++k)
        sum += classScore(k).f1;
    return classes() > 0 ? sum / classes() : 0;
}

Table::Table(QStringList header)
    : m_header(std::move(header))
{
}

void Table::addRow(QStringList cells)
{
    m_rows.push_back(std::move(cells));
}

void Table::print(QTextStream &stream) const
{
    std::vector<qsizetype> widths(size_t(m_header.size()), 0);
    const auto measure = [&](const QStringList &cells) {
        for (qsizetype c = 0; c < cells.size() && c < m_header.size(); ++c)
            widths[size_t(c)] = std::max(widths[size_t(c)], cells[c].size());
    };
    measure(m_header);
    for (const QStringList &row : m_rows)
        measure(row);
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < m_header.size(); ++c) {
            const QString cell = c < cells.size() ? cells[c] : QString();
            text += c == 0 ? cell.leftJustified(widths[0]) : QStringLiteral("  ") + cell.rightJustified(widths[size_t(c)]);
        }
        stream << text << '\n';
    };
    line(m_header);
    QString rule;
    for (qsizetype c = 0; c < m_header.size(); ++c)
        rule += (c == 0 ? QString() : QStringLiteral("  ")) + QString(widths[size_t(c)], QLatin1Char('-'));
    stream << rule << '\n';
    for (const QStringList &row : m_rows)
        line(row);
    stream.flush();
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString percent(double value)
{
    return QString::number(100 * value, 'f', 1) + QLatin1Char('%');
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

} // namespace WireDiff::Eval
