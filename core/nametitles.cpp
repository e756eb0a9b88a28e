#include "nametitles.h"

#include <QHash>

#include <initializer_list>

namespace WireDiff {

namespace {

struct TitleForms
{
    const char16_t *full;
    std::initializer_list<const char16_t *> abbreviations;
};

// Each title written out, then the ways copy abbreviates it. A word that is
// also a common noun ("Major", "General", "Private") is a title only inside
// a run of capitalised words, which is where FactExtractor asks.
constexpr TitleForms titles[] = {
    // Courtesy titles.
    { u"mr", { u"mister" } },
    { u"mrs", {} },
    { u"ms", {} },
    { u"miss", {} },
    { u"mx", {} },
    { u"master", {} },
    { u"sir", {} },
    { u"dame", {} },
    { u"lord", {} },
    { u"lady", {} },
    { u"baroness", {} },
    { u"baron", {} },
    { u"earl", {} },
    { u"countess", {} },
    { u"prince", {} },
    { u"princess", {} },
    // Academic, medical, clerical.
    { u"doctor", { u"dr" } },
    { u"professor", { u"prof" } },
    { u"reverend", { u"rev", u"revd" } },
    { u"father", { u"fr" } },
    { u"sister", { u"sr" } },
    { u"bishop", { u"bp" } },
    { u"rabbi", {} },
    { u"imam", {} },
    // Police ranks (British and American).
    { u"constable", { u"pc", u"wpc", u"const" } },
    { u"police", {} }, // "Police Constable Joy Hendricks"
    { u"detective", { u"det", u"dc" } },
    { u"sergeant", { u"sgt", u"sarge", u"ds" } },
    { u"inspector", { u"insp", u"di", u"dci" } },
    { u"superintendent", { u"supt" } },
    { u"chief", { u"ch" } },
    { u"commander", { u"cmdr", u"cdr" } },
    { u"commissioner", { u"commr" } },
    { u"officer", {} },
    { u"deputy", { u"dep" } },
    { u"assistant", { u"asst" } },
    // Military ranks.
    { u"general", { u"gen" } },
    { u"colonel", { u"col" } },
    { u"captain", { u"capt" } },
    { u"lieutenant", { u"lt", u"lieut" } },
    { u"major", { u"maj" } },
    { u"brigadier", { u"brig" } },
    { u"corporal", { u"cpl" } },
    { u"private", { u"pte" } },
    { u"admiral", { u"adm" } },
    { u"commodore", {} },
    { u"marshal", {} },
    { u"trooper", { u"tpr" } },
    { u"gunner", { u"gnr" } },
    { u"lance", {} }, // "Lance Corporal"
    // Civic and judicial.
    { u"councillor", { u"cllr", u"councilor" } },
    { u"alderman", {} },
    { u"judge", {} },
    { u"justice", {} },
    { u"magistrate", {} },
    { u"senator", { u"sen" } },
    { u"representative", { u"rep" } },
    { u"governor", { u"gov" } },
    // German, French and Spanish courtesy titles.
    { u"herr", {} },
    { u"frau", {} },
    { u"monsieur", { u"m" } },
    { u"madame", { u"mme" } },
    { u"mademoiselle", { u"mlle" } },
    { u"maître", { u"me" } },
    { u"señor", { u"sr" } },
    { u"señora", { u"sra" } },
    { u"señorita", { u"srta" } },
    { u"don", {} },
    { u"doña", {} },
};

const QHash<QString, QString> &fullForms()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> forms;
        for (const TitleForms &title : titles) {
            const QString full = QString::fromUtf16(title.full);
            forms.insert(full, full);
            for (const char16_t *abbreviation : title.abbreviations) {
                // "sr" is both Sister and Señor: the first listed stays.
                const QString key = QString::fromUtf16(abbreviation);
                if (!forms.contains(key))
                    forms.insert(key, full);
            }
        }
        return forms;
    }();
    return table;
}

} // namespace

bool NameTitles::isTitle(QStringView key)
{
    return fullForms().contains(key.toString());
}

QString NameTitles::fullForm(QStringView key)
{
    return fullForms().value(key.toString());
}

} // namespace WireDiff
