#pragma once

#include <QStringView>

namespace WireDiff {

// The writer's name as newsrooms set it, in the wire languages and their
// scripts. RoleClassifier asks these for rule 2 (a byline by its own text)
// and for the bare-name byline at an article's head; it has already checked
// that the paragraph is short and not a sentence, and passes it trimmed.
//
// Names are told from other words by letter case where the script has case
// (Unicode's Cased property, so Cyrillic and Greek as well as Latin), never
// by ASCII ranges. Scripts without case (Hebrew, Arabic, Han, Hangul) give
// no such hint, so there a marker word and a name's length must do.
class BylineRecognizer
{
public:
    // A byline marker in its place and a name with it:
    //  - a marker before the name: By, Von, Par, Por, di, Door, Av, Przez,
    //    Від, Автор, От, Autor, Autorka, מאת, بقلم ("Von Anna Müller",
    //    "Автор: Марта Ліндквіст", "מאת מרתה לינדקוויסט"). In a script with
    //    case the name is one to four capitalised words, name particles
    //    ("von", "de", "van") between them, names joined by a conjunction
    //    or a place after "in" ("By Jane Roe in Halden"); a comma, a dash or
    //    a bracket ends the name and anything may follow (a desk or an
    //    agency). A lower-case word of any other kind means a phrase ("Von
    //    Kiew nach Lwiw", "Від Києва до Львова"), not a name. Without case a
    //    name is one to five words.
    //  - the Han 记者/記者 ("reporter") before names ("本报记者 张三") or
    //    after one ("山田太郎記者");
    //  - the Korean 기자 ("reporter") after a name ("마르타 린드크비스트 기자"),
    //    an e-mail address and a bracketed place and agency allowed around it.
    static bool isMarkedByline(QStringView trimmed);

    // Two to four capitalised words of a script with case, a capital and
    // then lower case ("Jane", "McDonald", "Ліндквіст"), with name
    // particles between them and initials ("Jane R. Roe"), and nothing
    // else: no digit, no other punctuation. A word in capitals is not
    // taken for a name: a line in capitals shows no case to tell a name
    // ("MARTA LINDQVIST") from other words ("CHAPTER ONE", "BBC News",
    // "IN THREE VOLUMES"). Whether such a line is a byline depends on where
    // it stands (RoleClassifier).
    static bool isBareName(QStringView trimmed);
};

} // namespace WireDiff
