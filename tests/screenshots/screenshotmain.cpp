// Takes one picture per view of the window on a folder (by default the
// bundled samples): the comparison, notes, agreement shading and the
// consensus pane, plus the annotated PDF for wirediff.sh to turn into
// pictures. (The facts and family-tree widgets are pictured by their own
// tests.) The folder is copied to a
// temporary place first, so the note it adds never lands beside the real
// articles.

#include "annotationcontroller.h"
#include "appsettings.h"
#include "comparisonsession.h"
#include "comparisonview.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "notelistmodel.h"
#include "pdfexporter.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace WireDiff;

namespace {

bool copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QFileInfoList files = QDir(from).entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &file : files) {
        if (!QFile::copy(file.absoluteFilePath(), QDir(to).filePath(file.fileName())))
            return false;
    }
    return !files.isEmpty();
}

class Photographer
{
public:
    Photographer(MainWindow *window, const QString &outDir)
        : m_window(window)
        , m_outDir(outDir)
    {
    }

    bool waitForComparison()
    {
        QSignalSpy ready(m_window->session(), &ComparisonSession::comparisonReady);
        return ready.wait(60000);
    }

    void shoot(const QString &name)
    {
        QTest::qWait(300); // let queued repaints and dock layouts settle
        const QString path = QDir(m_outDir).filePath(name + QStringLiteral(".png"));
        const bool saved = m_window->grab().save(path);
        QTextStream(stdout) << (saved ? "wrote " : "could not write ") << QDir::toNativeSeparators(path) << Qt::endl;
    }

    void showOnly(const QString &dockName)
    {
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
            dock->setVisible(dock->objectName() == dockName);
        if (QDockWidget *dock = m_window->findChild<QDockWidget *>(dockName)) {
            dock->raise();
            m_window->resizeDocks({ dock }, { m_window->width() / 3 }, Qt::Horizontal);
        }
    }

private:
    MainWindow *m_window;
    QString m_outDir;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: wirediff-screenshots OUTDIR [FOLDER]" << Qt::endl;
        return 2;
    }
    const QString outDir = args.at(1);
    QDir().mkpath(outDir);
    QTemporaryDir temporary;
    const QString folder = temporary.filePath(QStringLiteral("story"));
    const QString source = args.size() > 2 ? args.at(2) : QStringLiteral(WIREDIFF_SOURCE_DIR "/resources/samples");
    if (!copyFolder(source, folder)) {
        QTextStream(stderr) << "cannot copy " << source << Qt::endl;
        return 2;
    }

    // The pictures show a desk's name, not the account that made them.
    const QString author = QStringLiteral("Night desk");
    AppSettings().setNoteAuthor(author);
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    Photographer camera(&window, outDir);
    window.open({ folder });
    if (!camera.waitForComparison())
        return 1;
    const MainActions &actions = window.actions();

    camera.showOnly(QStringLiteral("ProvenanceDock"));
    camera.shoot(QStringLiteral("window"));

    // A note on the longest of the first paragraphs of the second article,
    // as an editor adds one.
    const ComparisonModel &model = window.view()->model();
    const qint32 article = model.panes().size() > 1 ? model.panes()[1] : model.panes()[0];
    qint32 paragraph = 0;
    const qint32 candidates = std::min<qint32>(6, qint32(model.article(article).paragraphs.size()));
    for (qint32 p = 1; p < candidates; ++p) {
        if (model.paragraph(article, p).text.size() > model.paragraph(article, paragraph).text.size())
            paragraph = p;
    }
    const QString text = model.paragraph(article, paragraph).text;
    // About 60 characters, ending on a whole word as a drag selection does.
    const qsizetype cut = text.size() > 60 ? std::max<qsizetype>(1, text.lastIndexOf(QLatin1Char(' '), 60)) : text.size();
    window.annotations()->notes()->addNote(model.article(article).id, paragraph, text, 0, qint32(cut),
                                           QStringLiteral("Checked with the agency desk: the figure is confirmed."), author);
    // The annotated PDF of the same state, for pdftoppm (wirediff.sh).
    ExportOptions exportOptions;
    exportOptions.title = QFileInfo(source).fileName();
    const QString pdf = QDir(outDir).filePath(QStringLiteral("annotated.pdf"));
    const QString pdfError = PdfExporter::write(pdf, model.comparison(), window.annotations()->notes()->notes(), exportOptions);
    QTextStream(stdout) << (pdfError.isEmpty() ? QStringLiteral("wrote ") + pdf : pdfError) << Qt::endl;
    camera.showOnly(QStringLiteral("NotesDock"));
    window.view()->scrollToRow(model.rowOf(article, paragraph));
    camera.shoot(QStringLiteral("notes"));


    camera.showOnly(QString());
    window.view()->scrollToRow(0, false);
    actions.agreementShading->setChecked(true);
    camera.shoot(QStringLiteral("agreement"));
    actions.agreementShading->setChecked(false);

    actions.showConsensus->setChecked(true);
    if (!camera.waitForComparison())
        return 1;
    camera.shoot(QStringLiteral("consensus"));
    return 0;
}
