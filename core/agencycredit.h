#pragma once

#include <QString>

namespace WireDiff {

struct Article;

// What an article's own lines say of where it comes from. A wire dateline
// naming an agency ("SEOUL (AFP) --", "BRENTFORD, May 9 (Reuters) -") opens
// the agency's own copy; a credit line naming one ("Source: AFP", "Jane
// Doe, Reuters", "By Associated Press") closes a copy printed from it.
// "Source: News Agencies" names none. Only the agencies in a fixed list of
// wire services count; their names are compared by a canonical key ("afp"
// for "Agence France-Presse").
struct AgencyCredit
{
    enum class Kind : quint8 {
        None,     // no agency named in a dateline or a credit
        Credited, // a credit line or byline names the agency
        OwnWire,  // a dateline names it: the agency's own copy
    };
    Kind kind = Kind::None;
    QString agency; // canonical key, empty for None

    static AgencyCredit of(const Article &article);
    // The dateline or credit `text` names an agency: its kind (None if not).
    static AgencyCredit ofParagraph(const QString &text, bool nearTheTop);
};

} // namespace WireDiff
