#include "exportdialog.h"

#include "atomicwriter.h"
#include "comparisonprinter.h"
#include "outputguard.h"
#include "comparisontable.h"
#include "printstyle.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QThread>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace WireDiff {

ExportDialog::ExportDialog(const Comparison &comparison, QWidget *parent)
    : QDialog(parent)
    , m_comparison(comparison)
{
    setWindowTitle(tr("Export PDF"));

    m_pageSize = new QComboBox(this);
    m_pageSize->addItem(tr("A4"), QVariant::fromValue(int(QPageSize::A4)));
    m_pageSize->addItem(tr("Letter"), QVariant::fromValue(int(QPageSize::Letter)));
    if (QLocale().measurementSystem() == QLocale::ImperialUSSystem)
        m_pageSize->setCurrentIndex(1);

    auto *portrait = new QRadioButton(tr("&Portrait"), this);
    auto *landscape = new QRadioButton(tr("&Landscape"), this);
    m_orientation = new QButtonGroup(this);
    m_orientation->addButton(portrait, int(QPageLayout::Portrait));
    m_orientation->addButton(landscape, int(QPageLayout::Landscape));
    portrait->setChecked(true);
    auto *orientation = new QHBoxLayout;
    orientation->addWidget(portrait);
    orientation->addWidget(landscape);
    orientation->addStretch();

    m_articles = new QListWidget(this);
    // Versions of one story often share their headline: each line starts
    // with its file id, which tells them apart, and a line too long for the
    // list (which is made wide enough for most) gives way at its end.
    int widest = 0;
    for (size_t a = 0; a < comparison.articles.size(); ++a) {
        const Article &article = comparison.articles[a];
        QString name = article.displayName() == article.id ? article.id
                                                           : tr("%1 \u2014 %2").arg(article.id, article.displayName());
        if (qint32(a) == comparison.base)
            name = tr("%1 (base, always included)").arg(name);
        auto *item = new QListWidgetItem(name, m_articles);
        item->setData(Qt::UserRole, qint32(a));
        item->setToolTip(QDir::toNativeSeparators(article.filePath));
        item->setCheckState(Qt::Checked);
        if (qint32(a) == comparison.base) {
            // The base is what every other column is marked against.
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable & ~Qt::ItemIsEnabled);
        }
        widest = std::max(widest, m_articles->fontMetrics().horizontalAdvance(name));
    }
    const int checkBox = style()->pixelMetric(QStyle::PM_IndicatorWidth) + 3 * style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    const int chrome = 2 * m_articles->frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + checkBox + 12;
    m_articles->setMinimumWidth(std::min(widest + chrome, 64 * fontMetrics().averageCharWidth()));
    m_articles->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_articles->setTextElideMode(Qt::ElideRight);
    m_unchanged = new QCheckBox(tr("Include &unchanged paragraphs"), this);
    m_unchanged->setChecked(true);
    m_unchanged->setToolTip(tr("When off, rows where no article differs from the base are summarised in one line."));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Page &size:"), m_pageSize);
    form->addRow(tr("Orientation:"), orientation);
    form->addRow(tr("&Articles:"), m_articles);
    form->addRow(QString(), m_unchanged);
    form->addRow(QString(), m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_pageSize, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSummary);
    connect(m_orientation, &QButtonGroup::idToggled, this, &ExportDialog::updateSummary);
    connect(m_articles, &QListWidget::itemChanged, this, &ExportDialog::updateSummary);
    updateSummary();
}

PdfPageSetup ExportDialog::pageSetup() const
{
    PdfPageSetup setup;
    setup.size = QPageSize(QPageSize::PageSizeId(m_pageSize->currentData().toInt()));
    setup.orientation = QPageLayout::Orientation(m_orientation->checkedId());
    return setup;
}

void ExportDialog::setPageSetup(const PdfPageSetup &setup)
{
    const int index = m_pageSize->findData(QVariant::fromValue(int(setup.size.id())));
    if (index >= 0)
        m_pageSize->setCurrentIndex(index);
    if (QAbstractButton *button = m_orientation->button(int(setup.orientation)))
        button->setChecked(true);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    for (int row = 0; row < m_articles->count(); ++row) {
        const QListWidgetItem *item = m_articles->item(row);
        if (item->checkState() == Qt::Checked)
            options.articles.push_back(item->data(Qt::UserRole).toInt());
    }
    options.includeUnchanged = m_unchanged->isChecked();
    return options;
}

void ExportDialog::setOptions(const ExportOptions &options)
{
    for (int row = 0; row < m_articles->count(); ++row) {
        QListWidgetItem *item = m_articles->item(row);
        const qint32 article = item->data(Qt::UserRole).toInt();
        const bool chosen = options.articles.empty()
            || std::find(options.articles.begin(), options.articles.end(), article) != options.articles.end();
        if (article != m_comparison.base)
            item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    }
    m_unchanged->setChecked(options.includeUnchanged);
}

void ExportDialog::updateSummary()
{
    // The same arithmetic as the printer, so the dialog says what the pages will show.
    const PdfPageSetup setup = pageSetup();
    const QPageLayout layout(setup.size, setup.orientation,
                             QMarginsF(setup.marginMillimetres, setup.marginMillimetres, setup.marginMillimetres,
                                       setup.marginMillimetres), QPageLayout::Millimeter);
    const qreal width = PrintStyle::mm(layout.paintRect(QPageLayout::Millimeter).width());
    const qint32 perPage = ComparisonTable::columnsThatFit(width);
    const std::vector<qint32> shown = options().shownArticles(m_comparison);
    const auto groups = ComparisonPrinter::columnGroups(shown, m_comparison.base, perPage);
    if (groups.size() == 1) {
        m_summary->setText(tr("All %1 articles side by side on each page.").arg(shown.size()));
        return;
    }
    // What is printed, not what would fit: the runs are balanced, so five
    // articles where four fit print as two runs of three.
    const auto [narrowest, widest] = std::minmax_element(groups.begin(), groups.end(),
                                                         [](const auto &a, const auto &b) { return a.size() < b.size(); });
    const qsizetype columns = qsizetype(widest->size());
    m_summary->setText((narrowest->size() == widest->size()
                            ? tr("%1 columns on each page: the base and %2 others, in %3 runs of pages.")
                            : tr("Up to %1 columns on each page: the base and up to %2 others, in %3 runs of pages."))
                           .arg(columns)
                           .arg(columns - 1)
                           .arg(groups.size()));
}

QString ExportDialog::suggestedPath(const QString &folder, const QString &suffix)
{
    if (folder.isEmpty())
        return QDir(QDir::homePath()).filePath(QStringLiteral("wirediff") + suffix);
    // Cleaned, so "nato/" names the folder "nato", not an empty name in it.
    const QFileInfo info(QDir::cleanPath(folder));
    // The root has no name and nothing beside it: the export goes in it.
    if (info.fileName().isEmpty())
        return QDir(info.filePath()).filePath(QStringLiteral("wirediff") + suffix);
    return info.absoluteDir().filePath(info.fileName() + suffix);
}

QString ExportDialog::exportPdf(QWidget *parent, std::shared_ptr<const Comparison> comparison, const Notes &notes,
                                const ExportOptions &context, const std::vector<SkippedFile> &skipped)
{
    const QString &folder = context.title;
    ExportDialog dialog(*comparison, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export PDF"),
                                                      suggestedPath(folder, QStringLiteral("-comparison.pdf")), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (const QString refusal = OutputGuard::refusal(path, *comparison, skipped); !refusal.isEmpty()) {
        QMessageBox::warning(parent, tr("Export PDF"), refusal);
        return {};
    }
    ExportOptions options = dialog.options();
    options.title = folder;
    options.compared = context.compared;
    const PdfPageSetup setup = dialog.pageSetup();

    // The thread holds its own references, so a Cancel (which stops
    // waiting at once) or a new comparison in the window never pulls the
    // data from under it; it finishes on its own and is deleted.
    struct Rendered
    {
        QByteArray bytes;
        QString error;
    };
    auto rendered = std::make_shared<Rendered>();
    QThread *thread = QThread::create([comparison, notes, options, setup, rendered] {
        rendered->bytes = PdfExporter::render(*comparison, notes, options, setup, nullptr, &rendered->error);
    });
    QProgressDialog progress(tr("Laying out the PDF\u2026"), tr("Cancel"), 0, 0, parent);
    progress.setWindowTitle(tr("Export PDF"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    QEventLoop loop;
    // Queued (the signal comes from the worker), so it is delivered inside exec().
    connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    if (progress.wasCanceled())
        return {};
    progress.reset();
    QString error = rendered->error;
    if (error.isEmpty())
        error = AtomicWriter::write(path, rendered->bytes);
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, tr("Export PDF"), error);
        return {};
    }
    return path;
}

bool ExportDialog::print(QWidget *parent, const Comparison &comparison, const Notes &notes, const ExportOptions &context)
{
    const QString &folder = context.title;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(QFileInfo(folder).fileName());
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Comparison"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const ExportOptions &options = context;
    const QString error = ComparisonPrinter::print(&printer, comparison, notes, options);
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, tr("Print"), error);
        return false;
    }
    return true;
}

} // namespace WireDiff
