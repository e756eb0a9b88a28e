#pragma once

#include "evalcommon.h"
#include "metercorpus.h"

#include "changeclass.h"
#include "comparison.h"
#include "containment.h"
#include "derivation.h"
#include "flatdocument.h"
#include "wordclassifier.h"

#include <QString>

#include <vector>

namespace WireDiff::Eval::Meter {

// What the evaluation predicted for one gold word.
struct PredictedWord
{
    int label = -1; // WordClass, -1 when the word could not be found in the loaded article
    ChangeClass changeClass = ChangeClass::Added; // what the engine said
};

// One newspaper article's outcome: its gold, the predicted class of each
// gold word, and the figures its derivation level is decided from.
struct ArticleOutcome
{
    QString story;
    const MeterArticle *gold = nullptr;
    std::vector<PredictedWord> words;
    ContainmentShare containment;
    ClassCounts counts; // the article's words by class against the wire
    Derivation::Figures figures {}; // what its derivation level is decided from
    Part part = Part::Tune;
};

// What --train needs of one article of the tuning half: the classifier's
// evidence and the gold class of each flat token that starts a gold word.
struct TrainingArticle
{
    QString story;
    FlatDocument flat;
    WordClassifier::Evidence evidence;
    std::vector<qint8> gold; // per flat token, -1 when unknown
    std::vector<quint8> relations {}; // PairPipeline::Pair::relations, with --relations
};

// Index of a derivation level in derivationNames() (-1: unknown name).
int derivationIndex(const QString &classification);
int derivationIndex(DerivationLevel derivation);
const std::array<QString, 3> &derivationNames();

// Fits DerivationModel on the tuning half and prints it as C++.
void trainDerivation(const std::vector<ArticleOutcome> &outcomes);

// Fits WordClassModel on the tuning half and prints it as C++, with the
// fit's scores in-sample and story-grouped 4-fold cross-validated.
void trainWordClasses(const std::vector<TrainingArticle> &articles);

} // namespace WireDiff::Eval::Meter
