#include "noteanchor.h"
#include "testarticles.h"

#include <QTest>

using namespace WireDiff;

Q_DECLARE_METATYPE(WireDiff::NoteAnchor::Outcome)

namespace QTest {
template<>
char *toString(const WireDiff::NoteAnchor::Outcome &outcome)
{
    static const char *const names[] = { "Kept", "Moved", "Fuzzy", "Detached" };
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
// found despite spacing, case and quote style, or kept as detached.
class TestNoteAnchor : public QObject
{
    Q_OBJECT

private slots:
    void reanchor_data();
    void reanchor();
    void missingArticleDetaches();
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
    // Anchored again, the note is stable: a second reload keeps it.
    QCOMPARE(NoteAnchor::reanchor(result.note, &article).outcome, NoteAnchor::Outcome::Kept);
}

void TestNoteAnchor::missingArticleDetaches()
{
    const Note note = Note::onPassage(QStringLiteral("gone"), 0, QStringLiteral("Some text"), 0, 4);
    const std::vector<NoteAnchor::Result> results =
        NoteAnchor::reanchorAll({ note }, { TestArticles::make(QStringLiteral("other"), { QStringLiteral("Some text") }) });
    QCOMPARE(results.size(), size_t(1));
    QCOMPARE(results.front().outcome, NoteAnchor::Outcome::Detached);
    QVERIFY(results.front().note.detached);
    QCOMPARE(results.front().note.articleId, QStringLiteral("gone"));
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
    const Notes anchored = NoteAnchor::notesOf(NoteAnchor::reanchorAll(notes, articles));
    QCOMPARE(anchored.size(), notes.size());
    for (size_t i = 0; i < notes.size(); ++i)
        QCOMPARE(anchored[i].id, notes[i].id);
    QVERIFY(!anchored[0].detached);
    QVERIFY(anchored[1].detached);
    QVERIFY(anchored[2].detached);
}

QTEST_GUILESS_MAIN(TestNoteAnchor)
#include "tst_noteanchor.moc"
