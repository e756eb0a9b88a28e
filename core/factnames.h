#pragma once

#include "fact.h"
#include "factextractor.h"

#include <QString>

namespace WireDiff {

// When two names found in a statement and its counterpart are one name
// written two ways, and when they stand in the same place, so that their
// difference is a changed fact.
class FactNames
{
public:
    // Whether two names' values (FactExtractor: titles left out, words
    // folded) name the same person, place or body:
    // - the same words in any order ("Port Ellis Harbour Board", "Harbour
    //   Board of Port Ellis"), or one's words within the other's when both
    //   end alike ("Helen Strachan", "Emergency Minister Helen Strachan");
    // - one the start of the other, word by word, each word the same or
    //   cut short to three letters or more: "Met" is "Metropolitan Police
    //   Service", "Carol" is "Carol Marshall", "Horseferry Road" is
    //   "Horseferry Road Magistrates' Court" — unless the longer one goes on
    //   with a possessive ("North Korea" is not "North Korea's Department");
    // - one word that spells the initials of the other's: "TSG" is
    //   "Territorial Support Group".
    static bool sameName(const QString &a, const QString &b);

    // Whether names `fa` of `a` and `fb` of `b` stand in the same place in
    // their sentences: the word right before them (past "the", "a", "an"),
    // or the word right after them, is the same on both sides. Where that
    // word is a function word or a comma, the next word on must match too:
    // "of [Wollaton]," matches "of [Woolaton],", but "and [Birmingham] and
    // that" does not match "believed [Francis] used".
    static bool samePlace(const FactExtractor::Source &a, const Fact &fa, const FactExtractor::Source &b,
                          const Fact &fb);

    // Whether two names are written in forms that can contradict each
    // other: a bare first name ("John") and a titled surname ("Mr
    // Marshall") cannot, being two parts of one name; nor a person and a
    // place (FactRoles::nameRolesAgree).
    static bool comparable(const Fact &a, const Fact &b);
};

} // namespace WireDiff
