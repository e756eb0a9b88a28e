#include "stopwords.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace WireDiff {

namespace {

QSet<QString> makeSet(const char *words)
{
    QSet<QString> set;
    for (const QString &word : QString::fromUtf8(words).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        set.insert(word);
    return set;
}

const QHash<QString, QSet<QString>> &lists()
{
    static const QHash<QString, QSet<QString>> byLanguage {
        { QStringLiteral("en"), makeSet(
              "a an the and or but nor so yet if then than that this these those there here "
              "of to in on at by for from with without within into onto over under about above "
              "below after before between through during against among around across along upon "
              "is are was were be been being am do does did done doing have has had having "
              "will would shall should can could may might must "
              "i me my mine we us our ours you your yours he him his she her hers it its "
              "they them their theirs who whom whose which what when where why how "
              "not no all any both each few more most other some such only own same too very "
              "just also as up down out off again further once s t 's ' \" - , . ; : ! ? ( )") },
        { QStringLiteral("de"), makeSet(
              "der die das den dem des ein eine einer eines einem einen und oder aber "
              "in im an am auf aus bei mit nach von vor zu zum zur über unter für durch "
              "ist sind war waren wird werden wurde wurden hat haben hatte sein es er sie wir ich "
              "nicht auch als wie dass so noch nur sich") },
        { QStringLiteral("fr"), makeSet(
              "le la les l un une des du de d et ou mais donc car ni que qui quoi dont où "
              "à au aux en dans sur sous par pour avec sans entre vers chez "
              "est sont était étaient être a ont avait avoir il elle ils elles on nous vous je "
              "ne pas plus se sa son ses leur leurs ce cette ces") },
        { QStringLiteral("es"), makeSet(
              "el la los las un una unos unas y o pero que quien cual de del a al en con por "
              "para sin sobre entre hacia desde es son era eran ser fue fueron ha han había "
              "se su sus lo le les no más como muy también este esta estos estas ese esa") },
        { QStringLiteral("it"), makeSet(
              "il lo la i gli le un uno una e o ma che chi di del della dei delle a al alla "
              "in nel nella con per su tra fra è sono era erano essere ha hanno si non più come") },
        { QStringLiteral("pt"), makeSet(
              "o a os as um uma e ou mas que de do da dos das em no na nos nas por para com "
              "sem sobre entre é são era eram ser foi foram tem têm se não mais como") },
        { QStringLiteral("nl"), makeSet(
              "de het een en of maar dat die dit van in op aan met voor door naar bij uit "
              "is zijn was waren wordt werd heeft hebben niet ook als zo er") },
        { QStringLiteral("ru"), makeSet(
              "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы "
              "по только ее мне было вот от меня еще нет о из ему это был были быть") },
        { QStringLiteral("uk"), makeSet(
              "і й та в у на з із до від за про як що це не він вона вони ми ви я його її їх "
              "був була були бути є так але або чи теж також") },
    };
    return byLanguage;
}

const QHash<QString, QSet<QString>> &negations()
{
    static const QHash<QString, QSet<QString>> byLanguage {
        { QStringLiteral("en"), makeSet("not no never nor cannot none nothing nobody neither nowhere n't") },
        { QStringLiteral("de"), makeSet("nicht kein keine keinen keinem keiner keines nie niemals nichts niemand") },
        { QStringLiteral("fr"), makeSet("ne n pas jamais aucun aucune rien personne ni") },
        { QStringLiteral("es"), makeSet("no nunca jamás ningún ninguna ninguno nada nadie ni") },
        { QStringLiteral("it"), makeSet("non mai nessun nessuno nessuna niente nulla né") },
        { QStringLiteral("pt"), makeSet("não nunca jamais nenhum nenhuma nada ninguém nem") },
        { QStringLiteral("nl"), makeSet("niet geen nooit niets niemand") },
        { QStringLiteral("ru"), makeSet("не нет никогда ни") },
        { QStringLiteral("uk"), makeSet("не ні ніколи немає") },
    };
    return byLanguage;
}

} // namespace

bool Stopwords::isNegation(const QString &language, QStringView foldedWord)
{
    const QString primary = language.left(2).toLower();
    const QString code = primary.isEmpty() ? QStringLiteral("en") : primary;
    if (code == QLatin1String("en") && foldedWord.endsWith(QLatin1String("n't")))
        return true; // didn't, isn't, won't
    const auto it = negations().constFind(code);
    return it != negations().constEnd() && it->contains(foldedWord.toString());
}

bool Stopwords::contains(const QString &language, QStringView foldedWord)
{
    const QString primary = language.left(2).toLower();
    const auto it = lists().constFind(primary.isEmpty() ? QStringLiteral("en") : primary);
    if (it == lists().constEnd())
        return false;
    return it->contains(foldedWord.toString());
}

} // namespace WireDiff
