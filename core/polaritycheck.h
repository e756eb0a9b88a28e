#pragma once

#include "antonymdictionary.h"
#include "factdetector.h"
#include "factextractor.h"
#include "pairalignment.h"


#include <span>
#include <unordered_map>
#include <vector>

namespace WireDiff {

class ClaimCounterparts;

// Finds where a version says the opposite of the base statement it is
// matched with, for FactDetector: a changed fact of kind Meaning.
//
// In a claim and a counterpart base sentence that plainly state the same
// (ClaimCounterparts::share() of a half or more), the words the diff paired
// as the same cut both into stretches: between two neighbouring pairs,
// what the version wrote and what the base wrote there instead. A stretch
// pair of at most four words a side (two at a sentence's edge, and two
// where one side only gained words: a negator and function words) reverses
// the meaning when it holds an odd number of
// - negators, on either side: the language's negation words ("not", "no",
//   "never", "n't", Lexicon::isNegation()), and in English "without",
//   "fail(ed) to", "unable to"; not "not" before "only", "just", "merely",
//   "simply" or "least", which stress rather than deny ("not only … but
//   also");
// - antonym pairs, one word a side (AntonymDictionary, English only):
//   "above"/"below", "opened"/"closed"; where at most one other content
//   word stands in the two stretches ("decision is taken" against
//   "approval is given" says the same otherwise).
// A verb that holds a negation in its meaning ("ban", "bar", "refuse",
// "deny", "prevent", "lack", "declined to", "acquitted", "cleared of",
// and "rather than"; English) answers a negator the
// other stretch holds, counting one more: "policy of barring exports"
// against "policy of not exporting", "denies" against "pleads not guilty
// to" say the same. It is no negator of its own: against another verb
// ("denies" for "is accused of", "halt" for "drop") it is a rewording,
// and a reversal written with one alone ("refused to pay" for "paid") is
// left unreported rather than risk calling court copy's "denies" a
// contradiction of "is charged with".
// The negator or antonym must stand in the stretches; negators then count
// twice over: in the stretches and three words either side of them, and in
// the two sentences; both counts (with the antonyms) must be odd. So a negation the base writes just outside the stretch ("admitted no
// liability" against "not admitted any liability") or elsewhere in its
// sentence ("did not know" against "no truth in the claim that she knew")
// cancels out. Words only spaced otherwise ("with out") are the same, a
// question's negation is rhetorical and not counted, and a stretch only
// gained or lost lies between two shared words (a tag question "…, don't
// you?" dropped at the end is none).
// So "were not supplied" against "were supplied" and "below" against
// "above" are reversals; "never failed to answer" against "always
// answered" (two negators, "never" counted as a negator only, not as the
// antonym of "always") is not.
// Without WordNet, negators alone are counted.
class PolarityCheck
{
public:
    PolarityCheck(const FactExtractor::Source &base, const FactExtractor::Source &other,
                  const PairAlignment &alignment, const AntonymDictionary *antonyms);

    // Appends a difference of kind Meaning per reversal, over the two
    // stretches (widened to the next content word both share where one of
    // them is empty, so that an inserted "not" reads "not being supplied").
    void detect(const ClaimCounterparts &claims, std::vector<FactDifference> *out);
    // The same for claims [from, to) only: claims are checked independently
    // of each other, so ranges of them may be checked side by side (one
    // PolarityCheck each) and their differences put together in order.
    void detect(const ClaimCounterparts &claims, qint32 from, qint32 to, std::vector<FactDifference> *out);

    static constexpr qint32 longestStretch = 4; // words a side
    static constexpr qint32 longestAtEdge = 2;  // where a stretch runs to its sentence's edge, or one side is empty
    static constexpr qint32 clauseReach = 3;    // words either side of the stretches whose negators count too

private:
    void compareSentence(qint32 sentence, std::span<const qint32> counterparts, std::vector<FactDifference> *out);
    void compareStretches(qint32 sentence, qint32 left, qint32 right, qint32 baseLeft, qint32 baseRight, bool atEdge,
                          std::vector<FactDifference> *out);
    static qint32 wordCount(const FactExtractor::Source &source, qint32 begin, qint32 end);
    static QString joinedWords(const FactExtractor::Source &source, qint32 begin, qint32 end);
    static bool isQuestion(const FactExtractor::Source &source, qint32 sentence);
    // Negators of tokens [begin, end) and clauseReach words either side, within their sentence.
    int negatorsAround(const FactExtractor::Source &source, qint32 begin, qint32 end) const;
    bool onlyNegation(const FactExtractor::Source &source, qint32 begin, qint32 end) const;
    int negators(const FactExtractor::Source &source, qint32 begin, qint32 end) const;
    bool isNegator(const FactExtractor::Source &source, qint32 i) const;
    // An English verb whose meaning holds a negation ("barring" = "not
    // allowing", "declined to" = "did not").
    bool deniesInItsMeaning(const FactExtractor::Source &source, qint32 i) const;
    int deniers(const FactExtractor::Source &source, qint32 begin, qint32 end) const;
    // Antonym pairs of the two stretches; `withoutDeniers` leaves out the
    // verbs that already answered a negator.
    int antonymPairs(qint32 begin, qint32 end, qint32 baseBegin, qint32 baseEnd, bool withoutDeniers);
    const AntonymDictionary::Word &word(qint32 key);

    const FactExtractor::Source &m_base;
    const FactExtractor::Source &m_other;
    const PairAlignment &m_alignment;
    const AntonymDictionary *m_antonyms; // null without WordNet or outside English
    // By vocabulary key, each word read once; nodes stay put, so two
    // words' references can be held at once.
    std::unordered_map<qint32, AntonymDictionary::Word> m_words;
};

} // namespace WireDiff
