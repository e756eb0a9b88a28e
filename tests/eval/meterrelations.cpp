#include "meterrelations.h"

#include "metercorpus.h"
#include "pipeline.h"

#include "synonymdictionary.h"
#include "wordclassmodel.h"

#include <array>

namespace WireDiff::Eval::Meter {

namespace {

// The kinds measured, as columns: derivations, broader or narrower senses,
// similar adjectives and attributes, and any of them.
struct Kind
{
    const char *name;
    quint8 bits;
};
constexpr std::array<Kind, 4> kinds { {
    { "derived", SynonymDictionary::Derived },
    { "broader/narrower", SynonymDictionary::Broader | SynonymDictionary::Narrower },
    { "similar", SynonymDictionary::Similar },
    { "any", SynonymDictionary::Derived | SynonymDictionary::Broader | SynonymDictionary::Narrower
                 | SynonymDictionary::Similar },
} };

struct Counts
{
    qint64 words = 0;
    std::array<qint64, kinds.size()> with {};
};

void printTable(const QString &title, const std::array<Counts, WordClassifier::ClassCount> &counts)
{
    out() << title << '\n';
    QStringList header { QStringLiteral("gold class"), QStringLiteral("words") };
    for (const Kind &kind : kinds)
        header << QLatin1String(kind.name);
    Table table(header);
    const auto share = [](qint64 part, qint64 whole) { return whole > 0 ? double(part) / double(whole) : 0.0; };
    for (int c = 0; c < WordClassifier::ClassCount; ++c) {
        QStringList row { wordClassNames[size_t(c)], QString::number(counts[size_t(c)].words) };
        for (size_t k = 0; k < kinds.size(); ++k)
            row << number(share(counts[size_t(c)].with[k], counts[size_t(c)].words));
        table.addRow(row);
    }
    QStringList ratio { QStringLiteral("Rewrite / New"), QString() };
    for (size_t k = 0; k < kinds.size(); ++k) {
        const double rewrite = share(counts[WordClassifier::Reworded].with[k], counts[WordClassifier::Reworded].words);
        const double added = share(counts[WordClassifier::New].with[k], counts[WordClassifier::New].words);
        ratio << (added > 0 ? number(rewrite / added, 2) : QStringLiteral("-"));
    }
    table.addRow(ratio);
    table.print(out());
}

} // namespace

void printRelations(const std::vector<TrainingArticle> &articles)
{
    const WordClassifier::Decoding decoding { WordClassModel::decodingBias, WordClassModel::transition };
    std::array<Counts, WordClassifier::ClassCount> all {}, predictedNew {};
    for (const TrainingArticle &article : articles) {
        if (article.relations.empty())
            continue;
        const std::vector<WordClassifier::Class> decided =
            WordClassifier::decide(article.evidence, article.flat, article.evidence.probabilities, decoding);
        for (qint32 j = 0; j < article.flat.size(); ++j) {
            const quint8 relation = article.relations[size_t(j)];
            const qint8 gold = article.gold[size_t(j)];
            if (gold < 0 || !(relation & PairPipeline::relationChecked))
                continue;
            for (std::array<Counts, WordClassifier::ClassCount> *counts : { &all, &predictedNew }) {
                if (counts == &predictedNew && decided[size_t(j)] != WordClassifier::New)
                    continue;
                Counts &c = (*counts)[size_t(gold)];
                ++c.words;
                for (size_t k = 0; k < kinds.size(); ++k)
                    c.with[k] += (relation & kinds[k].bits) != 0;
            }
        }
    }
    out() << "WordNet relations to the source sentence(s), tuning half: open content words with neither their "
             "stem nor a synonym there, share with a related word there, by kind\n";
    printTable(QStringLiteral("all such words"), all);
    printTable(QStringLiteral("those the model decides New"), predictedNew);
    out() << '\n';
}

} // namespace WireDiff::Eval::Meter
