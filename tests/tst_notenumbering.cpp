#include "notenumbering.h"

#include "comparison.h"

#include <QTest>

using namespace WireDiff;

// NoteNumbering::of(), what the PDF, HTML and JSON exports all number and
// place notes by. Each row gives the notes as "article:paragraph:number"
// ("-" for a note marked detached, number 0 for one not saved yet) and the
// entries expected as "number:article:placed". The comparison holds
// articles "a" (3 paragraphs) and "b" (1).
class TestNoteNumbering : public QObject
{
    Q_OBJECT

private slots:
    void numbersAndPlaces_data();
    void numbersAndPlaces();
};

void TestNoteNumbering::numbersAndPlaces_data()
{
    QTest::addColumn<QStringList>("notes");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("saved notes keep their numbers") << QStringList { "a:0:2", "b:0:5" } << QStringList { "2:0:1", "5:1:1" };
    QTest::newRow("unsaved notes follow the highest number, in order")
        << QStringList { "a:1:0", "b:0:4", "a:2:0" } << QStringList { "5:0:1", "4:1:1", "6:0:1" };
    QTest::newRow("a note that lost its passage is detached") << QStringList { "a:1:-" } << QStringList { "1:0:0" };
    QTest::newRow("a paragraph past the article's end") << QStringList { "b:3:1" } << QStringList { "1:1:0" };
    QTest::newRow("an article not in the comparison") << QStringList { "gone:0:3" } << QStringList { "3:-1:0" };
    QTest::newRow("no notes") << QStringList() << QStringList();
}

void TestNoteNumbering::numbersAndPlaces()
{
    QFETCH(QStringList, notes);
    QFETCH(QStringList, expected);
    Comparison comparison;
    for (const auto &[id, paragraphs] : { std::pair { QStringLiteral("a"), 3 }, std::pair { QStringLiteral("b"), 1 } }) {
        Article article;
        article.id = id;
        article.paragraphs.resize(size_t(paragraphs));
        comparison.articles.push_back(article);
    }
    Notes given;
    for (const QString &spec : notes) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        Note note;
        note.articleId = parts.at(0);
        note.paragraph = parts.at(1).toInt();
        note.detached = parts.at(2) == QLatin1String("-");
        note.number = note.detached ? 1 : parts.at(2).toInt();
        given.push_back(note);
    }
    QStringList entries;
    for (const NoteNumbering::Entry &entry : NoteNumbering::of(comparison, given))
        entries << QStringLiteral("%1:%2:%3").arg(entry.number).arg(entry.article).arg(entry.placed ? 1 : 0);
    QCOMPARE(entries, expected);
}

QTEST_GUILESS_MAIN(TestNoteNumbering)
#include "tst_notenumbering.moc"
