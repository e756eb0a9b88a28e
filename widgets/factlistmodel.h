#pragma once

#include "comparison.h"
#include "highlightstyle.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace WireDiff {

// The changed facts and quotes of a comparison as a two-level tree: one
// top-level row per article that has any (in article order), under it one
// row per FactChange in the article's reading order. Columns: the kind, the
// article's wording and the base's wording. Article rows carry the
// article's name and how many facts changed (in the first column, meant to
// span the row); only fact rows have a place
// (ParagraphRole, StartRole, EndRole) to go to.
class FactListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, TextColumn, SourceColumn, ColumnCount };
    enum Role {
        ArticleRole = Qt::UserRole + 1, // int: the article of the row (both levels)
        FactRole,                       // int: index into factChanges, -1 on an article row
        ParagraphRole,                  // int: paragraph in the article (fact rows)
        StartRole,                      // int: UTF-16 offset in the paragraph
        EndRole,                        // int
        KindRole,                       // int: FactKind
        SourceParagraphRole,            // int: paragraph in the base
        ContextRole,                    // QString: the article's sentence around the fact
        SourceContextRole,              // QString: the base's sentence around its wording
        ArticleNameRole,                // QString: the article's outlet or title, and its id
    };

    explicit FactListModel(QObject *parent = nullptr);

    void setComparison(std::shared_ptr<const Comparison> comparison);
    const Comparison *comparison() const { return m_comparison.get(); }
    // The colours of the "this article" wording (the changed-fact class).
    void setHighlightStyle(const HighlightStyle &style);

    qsizetype factCount() const { return m_factCount; }
    // The top-level row of `article`, or an invalid index when it has no
    // changed facts.
    QModelIndex indexOfArticle(qint32 article) const;
    QModelIndex indexOfFact(qint32 article, qint32 fact) const;
    const FactChange *factAt(const QModelIndex &index) const;
    // One line per entry, tab-separated: article, kind, this article, source.
    // Article rows stand for all their facts; each fact appears once.
    QString toPlainText(const QModelIndexList &indexes) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Internal ids: 0 for article rows, group + 1 for fact rows (so a fact
    // row knows its parent without a lookup).
    static constexpr quintptr articleLevel = 0;
    qint32 groupOf(const QModelIndex &index) const;
    QString sentenceAround(qint32 article, qint32 paragraph, qint32 start, qint32 end) const;
    QString articleLabel(qint32 article) const;

    std::shared_ptr<const Comparison> m_comparison;
    std::vector<qint32> m_groups; // top-level rows: articles with changed facts
    qsizetype m_factCount = 0;
    HighlightStyle m_style;
};

} // namespace WireDiff
