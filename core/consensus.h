#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace WireDiff {

struct AlignedRow;
struct ArticleText;
class Lexicon;

// The probable common source, rebuilt from the aligned rows.
struct ConsensusText
{
    struct Paragraph
    {
        qint32 row = 0;
        qint32 article = 0;              // whose wording was chosen
        std::vector<qint32> paragraphs;  // that article's paragraphs in the row
        QString text;
        qint32 support = 0;              // articles present in the row
    };

    std::vector<Paragraph> paragraphs;   // in row order
    std::vector<double> distance;        // [article]: 0 = identical wording, 1 = nothing shared
    std::vector<qint32> paragraphOfRow;  // [row] -> index into paragraphs, or -1

    QString toPlainText() const;
    bool isEmpty() const { return paragraphs.empty(); }
};

// Per row carried by a majority of the articles, the wording most of them
// share: the row's medoid, the cell whose words overlap most with all the
// other cells (Dice over word keys, summed). Rows held by a minority are
// left out: they are what some outlets added. Each article's distance from
// the result is 1 − Dice between its words and the consensus words, row by
// row.
class Consensus
{
public:
    // `threads`: rows chosen at once (0: one per core); the result does
    // not depend on it.
    static ConsensusText build(const std::vector<AlignedRow> &rows, const std::vector<ArticleText> &articles,
                               const Lexicon &lexicon, int threads = 1);
};

} // namespace WireDiff
