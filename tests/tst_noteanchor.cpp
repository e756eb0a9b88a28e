#include "noteanchor.h"
#include "testarticles.h"

#include <QTest>

using namespace WireDiff;

Q_DECLARE_METATYPE(WireDiff::NoteAnchor::Outcome)

namespace QTest {
template<>
char *toString(const WireDiff::NoteAnchor::Outcome &outcome)
{
    static const char *const names[] = { "Kept", "Moved", "Fuzzy", "Detached", "Changed", "Restored", "Renamed" };
    return qstrdup(names[int(outcome)]);
}
} // namespace QTest

namespace {

// A passage is written [[like this]] inside one paragraph of a list.
struct Marked
{
    QStringList paragraphs;
    qint32 paragraph = -1;
    qint32 start = 0; // UTF-16
    qint32 end = 0;
};

Marked unmark(const QStringList &paragraphs)
{
    Marked marked;
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        QString text = paragraphs[p];
        const qsizetype open = text.indexOf(QLatin1String("[["));
        if (open >= 0) {
            const qsizetype close = text.indexOf(QLatin1String("]]"), open);
            marked.paragraph = qint32(p);
            marked.start = qint32(open);
            marked.end = qint32(close - 2);
            text.remove(close, 2);
            text.remove(open, 2);
        }
        marked.paragraphs.append(text);
    }
    return marked;
}

} // namespace

// Re-anchoring notes on edited articles: kept, moved with their text,
// found despite spacing, case and quote style, found reworded nearby,
// followed to a renamed file, or kept as detached.
class TestNoteAnchor : public QObject
{
    Q_OBJECT

private slots:
    void reanchor_data();
    void reanchor();
    void rewordings_data();
    void rewordings();
    void renamedFile_data();
    void renamedFile();
    void detachedNoteReattaches();
    void notesAreNeverDropped();
};

void TestNoteAnchor::reanchor_data()
{
    QTest::addColumn<QStringList>("before"); // the article when the note was made, [[passage]] marked
    QTest::addColumn<QStringList>("after");  // the article now, [[where the note should be]] (none: detached)
    QTest::addColumn<NoteAnchor::Outcome>("outcome");

    using O = NoteAnchor::Outcome;
    QTest::newRow("unchanged article keeps the note")
        << QStringList { "Heavy rain fell.", "The [[mayor]] said the river would crest." }
        << QStringList { "Heavy rain fell.", "The [[mayor]] said the river would crest." } << O::Kept;
    QTest::newRow("edit in another paragraph keeps the note")
        << QStringList { "Heavy rain fell.", "The [[mayor]] said." }
        << QStringList { "Heavy rain fell overnight across the region.", "The [[mayor]] said." } << O::Kept;
    QTest::newRow("words inserted before the passage")
        << QStringList { "The [[mayor]] said." }
        << QStringList { "On Monday the [[mayor]] said." } << O::Moved;
    QTest::newRow("paragraph inserted before")
        << QStringList { "Heavy rain fell.", "The [[river would crest]] on Tuesday." }
        << QStringList { "UPDATE: adds quote.", "Heavy rain fell.", "The [[river would crest]] on Tuesday." } << O::Moved;
    QTest::newRow("paragraphs reordered")
        << QStringList { "First [[statement]] here.", "Second paragraph.", "Third paragraph." }
        << QStringList { "Third paragraph.", "Second paragraph.", "First [[statement]] here." } << O::Moved;
    QTest::newRow("white space changed")
        << QStringList { "The [[river would crest]] on Tuesday." }
        << QStringList { "The [[river  would\ncrest]] on Tuesday." } << O::Fuzzy;
    QTest::newRow("case changed")
        << QStringList { "The [[Mayor of Port Ellis]] said." }
        << QStringList { "The [[mayor of Port Ellis]] said." } << O::Fuzzy;
    QTest::newRow("curly quotes straightened")
        << QStringList { "He called it [[“a disgrace”]] on Monday." }
        << QStringList { "He called it [[\"a disgrace\"]] on Monday." } << O::Fuzzy;
    QTest::newRow("dash style changed")
        << QStringList { "The levee [[held – barely]] overnight." }
        << QStringList { "The levee [[held - barely]] overnight." } << O::Fuzzy;
    QTest::newRow("nearest of two paragraphs wins")
        << QStringList { "Intro.", "Filler.", "The [[mayor]] spoke.", "Filler.", "Filler.", "Filler." }
        << QStringList { "Intro.", "Filler added.", "Filler.", "A [[mayor]] spoke.", "Filler.", "Filler.", "The mayor spoke." } << O::Moved;
    QTest::newRow("context picks one of two in a paragraph")
        << QStringList { "The river rose. Officials said the [[river]] would crest on Tuesday." }
        << QStringList { "Officials said the [[river]] would crest on Tuesday. The river rose." } << O::Moved;
    QTest::newRow("context breaks a tie between equally near paragraphs")
        << QStringList { "A.", "The army said the [[bridge]] was closed.", "B." }
        << QStringList { "Police said the bridge was open.", "Gone.", "The army said the [[bridge]] was closed." } << O::Moved;
    QTest::newRow("exact match preferred over a nearer fuzzy one")
        << QStringList { "The [[Red Cross]] arrived.", "x" }
        << QStringList { "The red cross arrived.", "x", "y", "The [[Red Cross]] came." } << O::Moved;
    QTest::newRow("emoji before the passage counts as one code point")
        << QStringList { "🌊🌊 The [[levee]] held." }
        << QStringList { "🌊 The [[levee]] held." } << O::Moved;
    QTest::newRow("right-to-left text")
        << QStringList { "قال [[رئيس البلدية]] إن النهر سيرتفع" }
        << QStringList { "يوم الاثنين قال [[رئيس البلدية]] إن النهر سيرتفع" } << O::Moved;
    QTest::newRow("CJK text")
        << QStringList { "市长说[[河水将在周二]]达到顶峰。" }
        << QStringList { "周一，市长说[[河水将在周二]]达到顶峰。" } << O::Moved;
    QTest::newRow("passage deleted: detached")
        << QStringList { "The [[mayor]] said." }
        << QStringList { "The governor said." } << O::Detached;
    QTest::newRow("paragraph gone: detached")
        << QStringList { "One.", "Two [[words]]." }
        << QStringList { "One." } << O::Detached;
    QTest::newRow("passage reworded: detached")
        << QStringList { "The [[river would crest on Tuesday]]." }
        << QStringList { "The river is expected to peak on Tuesday." } << O::Detached;
    // Before, a write-through that changed a word or two detached the note.
    QTest::newRow("a word of the passage changed: changed")
        << QStringList { "Officials said [[the river would crest on Tuesday near the old bridge]] in the town." }
        << QStringList { "Officials said [[the river would peak on Tuesday near the old bridge]] in the town." } << O::Changed;
    QTest::newRow("two words of ten changed and a paragraph added above: changed")
        << QStringList { "Heavy rain.", "Officials said [[the river would crest on Tuesday near the old bridge]]." }
        << QStringList { "UPDATE.", "Heavy rain.", "Officials said [[the river could peak on Tuesday near the old bridge]]." } << O::Changed;
    QTest::newRow("a word added and the passage moved in its paragraph: changed")
        << QStringList { "[[The levee held through the night]], the mayor said." }
        << QStringList { "The mayor said on Monday that [[the levee held through the long night]]." } << O::Changed;
    QTest::newRow("reworded three paragraphs on: changed")
        << QStringList { "[[The levee held through the night]].", "b", "c", "d", "e" }
        << QStringList { "a", "b", "c", "[[The levee held through the cold night]]." } << O::Changed;
    QTest::newRow("reworded four paragraphs on: detached")
        << QStringList { "[[The levee held through the night]].", "b", "c", "d", "e" }
        << QStringList { "a", "b", "c", "d", "The levee held through the cold night." } << O::Detached;
    QTest::newRow("three of eight words changed: detached")
        << QStringList { "[[the river would crest on Tuesday, officials said]]" }
        << QStringList { "the river should peak by Tuesday, officials said" } << O::Detached;
    QTest::newRow("a short quote reworded: detached")
        << QStringList { "Then [[the mayor said]] it held." }
        << QStringList { "Then the mayor says it held." } << O::Detached;
}

void TestNoteAnchor::reanchor()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(NoteAnchor::Outcome, outcome);

    const Marked old = unmark(before);
    QVERIFY(old.paragraph >= 0);
    const Note note = Note::onPassage(QStringLiteral("a"), old.paragraph, old.paragraphs[old.paragraph],
                                      old.start, old.end, QStringLiteral("Check this."));
    const Marked now = unmark(after);
    const Article article = TestArticles::make(QStringLiteral("a"), now.paragraphs);

    const NoteAnchor::Result result = NoteAnchor::reanchor(note, &article);
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.note.id, note.id);
    QCOMPARE(result.note.text, note.text);
    QCOMPARE(result.note.modified, note.modified);
    if (outcome == NoteAnchor::Outcome::Detached) {
        QVERIFY(result.note.detached);
        QCOMPARE(result.note.paragraph, note.paragraph);
        QCOMPARE(result.note.quote, note.quote);
        return;
    }
    QVERIFY(!result.note.detached);
    QCOMPARE(result.note.paragraph, now.paragraph);
    const QString &text = now.paragraphs[now.paragraph];
    QCOMPARE(result.note.utf16Start(text), now.start);
    QCOMPARE(result.note.utf16End(text), now.end);
    QCOMPARE(result.note.quote, text.mid(now.start, now.end - now.start));
    // A reworded passage keeps the words the note was written on.
    QCOMPARE(result.note.originalQuote, outcome == NoteAnchor::Outcome::Changed ? note.quote : QString());
    // Anchored again, the note is stable: a second reload keeps it.
    const NoteAnchor::Result again = NoteAnchor::reanchor(result.note, &article);
    QCOMPARE(again.outcome, NoteAnchor::Outcome::Kept);
    QCOMPARE(again.note.originalQuote, result.note.originalQuote);
}

void TestNoteAnchor::rewordings_data()
{
    QTest::addColumn<QStringList>("versions"); // one paragraph each; the first has the noted [[passage]]
    QTest::addColumn<QList<NoteAnchor::Outcome>>("outcomes"); // on each later version, in turn
    QTest::addColumn<QStringList>("originals");               // the note's originalQuote after each

    using O = NoteAnchor::Outcome;
    const QString written = QStringLiteral("the river would crest on Tuesday near the old bridge");
    QTest::newRow("reworded, then as written again")
        << QStringList { "Officials said [[the river would crest on Tuesday near the old bridge]].",
                         "Officials said the river would peak on Tuesday near the old bridge.",
                         "Officials said the river would crest on Tuesday near the old bridge." }
        << QList<O> { O::Changed, O::Restored } << QStringList { written, QString() };
    QTest::newRow("reworded, then unchanged: still reworded")
        << QStringList { "Officials said [[the river would crest on Tuesday near the old bridge]].",
                         "Officials said the river would peak on Tuesday near the old bridge.",
                         "Officials said the river would peak on Tuesday near the old bridge." }
        << QList<O> { O::Changed, O::Kept } << QStringList { written, written };
    // Each update measured against the wording last seen: three small
    // edits are followed though together they change more than a quarter.
    QTest::newRow("reworded on every update: the first wording kept")
        << QStringList { "Officials said [[the river would crest on Tuesday near the old bridge]].",
                         "Officials said the river would peak on Tuesday near the old bridge.",
                         "Officials said the river could peak on Tuesday near the old bridge.",
                         "Officials said the river could peak on Wednesday near the old bridge." }
        << QList<O> { O::Changed, O::Changed, O::Changed } << QStringList { written, written, written };
    QTest::newRow("reworded, then the new wording moved: still reworded")
        << QStringList { "Officials said [[the river would crest on Tuesday near the old bridge]].",
                         "Officials said the river would peak on Tuesday near the old bridge.",
                         "UPDATE: Officials said the river would peak on Tuesday near the old bridge." }
        << QList<O> { O::Changed, O::Moved } << QStringList { written, written };
}

// One note through successive versions of its paragraph.
void TestNoteAnchor::rewordings()
{
    QFETCH(QStringList, versions);
    QFETCH(QList<NoteAnchor::Outcome>, outcomes);
    QFETCH(QStringList, originals);
    const Marked first = unmark({ versions.front() });
    Note note = Note::onPassage(QStringLiteral("a"), 0, first.paragraphs.front(), first.start, first.end, QStringLiteral("Check."));
    for (qsizetype v = 1; v < versions.size(); ++v) {
        const Article article = TestArticles::make(QStringLiteral("a"), { versions[v] });
        const NoteAnchor::Result result = NoteAnchor::reanchor(note, &article);
        QCOMPARE(result.outcome, outcomes[v - 1]);
        QCOMPARE(result.note.originalQuote, originals[v - 1]);
        QVERIFY(!result.note.detached);
        QVERIFY(versions[v].contains(result.note.quote));
        note = result.note;
    }
}

void TestNoteAnchor::renamedFile_data()
{
    QTest::addColumn<QString>("noted");           // the paragraph of "04-wire" the note is on, [[passage]] marked
    QTest::addColumn<QStringList>("articles");    // "id: paragraph" of the articles loaded now
    QTest::addColumn<QStringList>("notedElsewhere"); // articles with notes of their own
    QTest::addColumn<bool>("fileStillThere");     // 04-wire.txt is only not opened
    QTest::addColumn<QString>("endsOn");          // the note's article afterwards; empty: detached on 04-wire

    const QString noted = QStringLiteral("Officials said [[the river would crest on Tuesday]] near the old bridge.");
    const QString same = QStringLiteral("Officials said the river would crest on Tuesday near the old bridge.");
    QTest::newRow("the renamed file holds the passage")
        << noted << QStringList { "01-agency: The storm hit the coast.", "04-wire-update: " + same } << QStringList {} << false
        << QStringLiteral("04-wire-update");
    QTest::newRow("two files hold it equally: detached")
        << noted << QStringList { "04-wire-update: " + same, "05-copy: " + same } << QStringList {} << false << QString();
    QTest::newRow("verbatim in one, loosely in the other")
        << noted
        << QStringList { "04-wire-update: " + same, "05-copy: Officials said the River would crest on Tuesday near the old bridge." }
        << QStringList {} << false << QStringLiteral("04-wire-update");
    QTest::newRow("verbatim in both, its surroundings in one")
        << noted << QStringList { "05-copy: The river would crest on Tuesday, forecasters said.", "04-wire-update: " + same }
        << QStringList {} << false << QStringLiteral("04-wire-update");
    QTest::newRow("the only file holding it has notes: detached")
        << noted << QStringList { "04-wire-update: " + same } << QStringList { "04-wire-update" } << false << QString();
    QTest::newRow("another noted file does not count")
        << noted << QStringList { "01-agency: " + same, "04-wire-update: " + same } << QStringList { "01-agency" } << false
        << QStringLiteral("04-wire-update");
    QTest::newRow("the file is still there, only not opened: detached")
        << noted << QStringList { "04-wire-update: " + same } << QStringList {} << true << QString();
    QTest::newRow("no file holds it: detached")
        << noted << QStringList { "04-wire-update: The storm hit the coast." } << QStringList {} << false << QString();
    QTest::newRow("a short quote with its surroundings")
        << QStringLiteral("Officials said the [[river]] would crest on Tuesday near the old bridge.")
        << QStringList { "04-wire-update: " + same } << QStringList {} << false << QStringLiteral("04-wire-update");
    QTest::newRow("a short quote in other surroundings: detached")
        << QStringLiteral("Officials said the [[river]] would crest on Tuesday near the old bridge.")
        << QStringList { "04-wire-update: A new bridge spans the river now." } << QStringList {} << false << QString();
}

// A note on a file that was renamed ("04-wire.txt" became
// "04-wire-update.txt") follows its quote to the one article that holds it.
void TestNoteAnchor::renamedFile()
{
    QFETCH(QString, noted);
    QFETCH(QStringList, articles);
    QFETCH(QStringList, notedElsewhere);
    QFETCH(bool, fileStillThere);
    QFETCH(QString, endsOn);
    const Marked old = unmark({ noted });
    Notes notes { Note::onPassage(QStringLiteral("04-wire"), 0, old.paragraphs.front(), old.start, old.end, QStringLiteral("Check.")) };
    std::vector<Article> loaded;
    for (const QString &entry : articles) {
        const QString id = entry.section(QStringLiteral(": "), 0, 0);
        const QString text = entry.section(QStringLiteral(": "), 1);
        loaded.push_back(TestArticles::make(id, { text }));
        if (notedElsewhere.contains(id))
            notes.push_back(Note::onPassage(id, 0, text, 0, 4, QStringLiteral("Another note.")));
    }
    const QSet<QString> notLoaded = fileStillThere ? QSet<QString> { QStringLiteral("04-wire") } : QSet<QString> {};
    const std::vector<NoteAnchor::Result> results = NoteAnchor::reanchorAll(notes, loaded, notLoaded);
    QCOMPARE(results.size(), notes.size());
    const NoteAnchor::Result &result = results.front();
    if (endsOn.isEmpty()) {
        QCOMPARE(result.outcome, NoteAnchor::Outcome::Detached);
        QVERIFY(result.note.detached);
        QCOMPARE(result.note.articleId, QStringLiteral("04-wire"));
        QCOMPARE(result.note.quote, notes.front().quote);
    } else {
        QCOMPARE(result.outcome, NoteAnchor::Outcome::Renamed);
        QVERIFY(!result.note.detached);
        QCOMPARE(result.note.articleId, endsOn);
        QCOMPARE(result.note.quote, notes.front().quote);
        QCOMPARE(result.note.modified, notes.front().modified);
        // On the next reload it is simply where it is.
        const std::vector<NoteAnchor::Result> again = NoteAnchor::reanchorAll({ result.note }, loaded, {});
        QCOMPARE(again.front().outcome, NoteAnchor::Outcome::Kept);
    }
    for (size_t i = 1; i < results.size(); ++i)
        QCOMPARE(results[i].outcome, NoteAnchor::Outcome::Kept);
}

void TestNoteAnchor::detachedNoteReattaches()
{
    const QString text = QStringLiteral("The levee held overnight.");
    const Note note = Note::onPassage(QStringLiteral("a"), 0, text, 4, 9);
    const Article without = TestArticles::make(QStringLiteral("a"), { QStringLiteral("Nothing to see.") });
    const NoteAnchor::Result lost = NoteAnchor::reanchor(note, &without);
    QCOMPARE(lost.outcome, NoteAnchor::Outcome::Detached);

    const Article back = TestArticles::make(QStringLiteral("a"), { QStringLiteral("Update."), text });
    const NoteAnchor::Result found = NoteAnchor::reanchor(lost.note, &back);
    QCOMPARE(found.outcome, NoteAnchor::Outcome::Moved);
    QVERIFY(!found.note.detached);
    QCOMPARE(found.note.paragraph, 1);
    QCOMPARE(found.note.quote, QStringLiteral("levee"));
}

void TestNoteAnchor::notesAreNeverDropped()
{
    const std::vector<Article> articles { TestArticles::make(QStringLiteral("a"), { QStringLiteral("Alpha beta gamma.") }) };
    Notes notes;
    notes.push_back(Note::onPassage(QStringLiteral("a"), 0, QStringLiteral("Alpha beta gamma."), 6, 10));
    notes.push_back(Note::onPassage(QStringLiteral("a"), 5, QStringLiteral("Delta epsilon."), 0, 5));
    notes.push_back(Note::onPassage(QStringLiteral("b"), 0, QStringLiteral("Zeta."), 0, 4));
    const Notes anchored = NoteAnchor::notesOf(NoteAnchor::reanchorAll(notes, articles, {}));
    QCOMPARE(anchored.size(), notes.size());
    for (size_t i = 0; i < notes.size(); ++i)
        QCOMPARE(anchored[i].id, notes[i].id);
    QVERIFY(!anchored[0].detached);
    QVERIFY(anchored[1].detached);
    QVERIFY(anchored[2].detached);
}

QTEST_GUILESS_MAIN(TestNoteAnchor)
#include "tst_noteanchor.moc"
