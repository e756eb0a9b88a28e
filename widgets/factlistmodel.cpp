#include "factlistmodel.h"

#include <QFont>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace WireDiff {

namespace {

// Context longer than this is cut around the fact: a tooltip, not a page.
constexpr qsizetype maximumContext = 320;

} // namespace

FactListModel::FactListModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void FactListModel::setComparison(std::shared_ptr<const Comparison> comparison)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    m_groups.clear();
    m_factCount = 0;
    if (m_comparison) {
        for (qint32 a = 0; a < qint32(m_comparison->comparisons.size()); ++a) {
            const ArticleComparison &c = m_comparison->comparisons[size_t(a)];
            if (c.isValid() && !c.factChanges.empty()) {
                m_groups.push_back(a);
                m_factCount += qsizetype(c.factChanges.size());
            }
        }
    }
    endResetModel();
}

void FactListModel::setHighlightStyle(const HighlightStyle &style)
{
    m_style = style;
    if (!m_groups.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex group = index(row, 0);
        if (rowCount(group) > 0)
            emit dataChanged(index(0, 0, group), index(rowCount(group) - 1, ColumnCount - 1, group));
    }
}

QModelIndex FactListModel::indexOfArticle(qint32 article) const
{
    const auto it = std::find(m_groups.begin(), m_groups.end(), article);
    if (it == m_groups.end())
        return {};
    return index(int(it - m_groups.begin()), 0);
}

QModelIndex FactListModel::indexOfFact(qint32 article, qint32 fact) const
{
    const QModelIndex group = indexOfArticle(article);
    if (!group.isValid() || fact < 0 || fact >= rowCount(group))
        return {};
    return index(fact, 0, group);
}

qint32 FactListModel::groupOf(const QModelIndex &index) const
{
    return index.internalId() == articleLevel ? index.row() : qint32(index.internalId() - 1);
}

const FactChange *FactListModel::factAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == articleLevel)
        return nullptr;
    const qint32 article = m_groups[size_t(groupOf(index))];
    return &m_comparison->comparisons[size_t(article)].factChanges[size_t(index.row())];
}

QModelIndex FactListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, articleLevel);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex FactListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == articleLevel)
        return {};
    return createIndex(groupOf(child), 0, articleLevel);
}

int FactListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != articleLevel)
        return 0;
    const qint32 article = m_groups[size_t(parent.row())];
    return int(m_comparison->comparisons[size_t(article)].factChanges.size());
}

int FactListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString FactListModel::articleLabel(qint32 article) const
{
    const Article &a = m_comparison->articles[size_t(article)];
    // The id first: write-throughs keep the agency headline, and a label
    // cut at the panel's edge must still tell the copies apart.
    const QString name = a.displayName();
    return name == a.id ? name : tr("%1 \u00B7 %2", "article id, then its outlet or headline").arg(a.id, name);
}

QString FactListModel::sentenceAround(qint32 article, qint32 paragraph, qint32 start, qint32 end) const
{
    const std::vector<Paragraph> &paragraphs = m_comparison->articles[size_t(article)].paragraphs;
    if (paragraph < 0 || paragraph >= qint32(paragraphs.size()))
        return {};
    const QString &text = paragraphs[size_t(paragraph)].text;
    start = std::clamp<qint32>(start, 0, qint32(text.size()));
    end = std::clamp<qint32>(end, start, qint32(text.size()));
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    finder.setPosition(start);
    qsizetype from = finder.isAtBoundary() ? start : finder.toPreviousBoundary();
    finder.setPosition(end);
    qsizetype to = (finder.isAtBoundary() && end > start) ? end : finder.toNextBoundary();
    if (from < 0)
        from = 0;
    if (to < 0)
        to = text.size();
    QString sentence = text.mid(from, to - from).trimmed();
    if (sentence.size() > maximumContext) {
        const qsizetype middle = (start + end) / 2 - from;
        const qsizetype first = std::clamp<qsizetype>(middle - maximumContext / 2, 0, sentence.size() - maximumContext);
        sentence = QStringLiteral("…") + sentence.mid(first, maximumContext) + QStringLiteral("…");
    }
    return sentence;
}

QVariant FactListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_comparison)
        return {};
    const qint32 article = m_groups[size_t(groupOf(index))];
    const FactChange *fact = factAt(index);
    if (role == ArticleRole)
        return article;
    if (role == ArticleNameRole)
        return articleLabel(article);
    if (role == FactRole)
        return fact ? index.row() : -1;

    if (!fact) {
        const auto count = qint32(m_comparison->comparisons[size_t(article)].factChanges.size());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == KindColumn)
                return tr("%1 — %n changed", nullptr, count).arg(articleLabel(article));
            return {};
        case Qt::ToolTipRole:
            return tr("%1: facts or quotes that differ from the base (%2): %3")
                .arg(articleLabel(article), articleLabel(m_comparison->base), QString::number(count));
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        default:
            return {};
        }
    }

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn: return factKindDisplayName(fact->kind);
        case TextColumn: return fact->text.simplified();
        case SourceColumn: return fact->sourceText.simplified();
        }
        return {};
    case Qt::ToolTipRole: {
        const QString here = sentenceAround(article, fact->paragraph, fact->start, fact->end);
        const QString there = sentenceAround(m_comparison->base, fact->sourceParagraph, fact->sourceStart, fact->sourceEnd);
        return tr("<p><b>%1</b>, paragraph %2:<br>%3</p><p><b>%4</b> (base), paragraph %5:<br>%6</p>")
            .arg(articleLabel(article).toHtmlEscaped(), QString::number(fact->paragraph + 1), here.toHtmlEscaped(),
                 articleLabel(m_comparison->base).toHtmlEscaped(), QString::number(fact->sourceParagraph + 1),
                 there.toHtmlEscaped());
    }
    case Qt::BackgroundRole:
        if (index.column() == TextColumn)
            return m_style.background(ChangeClass::FactChanged);
        return {};
    case ParagraphRole: return fact->paragraph;
    case StartRole: return fact->start;
    case EndRole: return fact->end;
    case KindRole: return int(fact->kind);
    case SourceParagraphRole: return fact->sourceParagraph;
    case ContextRole: return sentenceAround(article, fact->paragraph, fact->start, fact->end);
    case SourceContextRole:
        return sentenceAround(m_comparison->base, fact->sourceParagraph, fact->sourceStart, fact->sourceEnd);
    default:
        return {};
    }
}

QVariant FactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn: return tr("Kind");
    case TextColumn: return tr("This article");
    case SourceColumn: return tr("Source says");
    }
    return {};
}

QString FactListModel::toPlainText(const QModelIndexList &indexes) const
{
    if (!m_comparison)
        return {};
    // Every selected fact once, in model order, whatever the selection order.
    std::vector<std::pair<qint32, qint32>> facts; // (group, fact row)
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || index.model() != this)
            continue;
        if (index.internalId() == articleLevel) {
            for (int row = 0; row < rowCount(index.siblingAtColumn(0)); ++row)
                facts.emplace_back(index.row(), row);
        } else {
            facts.emplace_back(groupOf(index), index.row());
        }
    }
    std::sort(facts.begin(), facts.end());
    facts.erase(std::unique(facts.begin(), facts.end()), facts.end());
    QStringList lines;
    for (const auto &[group, row] : facts) {
        const qint32 article = m_groups[size_t(group)];
        const FactChange &fact = m_comparison->comparisons[size_t(article)].factChanges[size_t(row)];
        lines.append(QStringList { articleLabel(article), factKindDisplayName(fact.kind), fact.text.simplified(),
                                   fact.sourceText.simplified() }
                         .join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace WireDiff
