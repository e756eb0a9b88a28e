#include "appsettings.h"

#include "accountname.h"

#include <QDir>

#include <algorithm>
#include <cmath>

namespace WireDiff {

QByteArray AppSettings::geometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(QStringLiteral("window/state")).toByteArray();
}

void AppSettings::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
    m_settings.setValue(QStringLiteral("window/state"), state);
}

ComparisonOptions AppSettings::comparisonOptions() const
{
    ComparisonOptions options;
    options.ignoreCase = m_settings.value(QStringLiteral("compare/ignoreCase"), options.ignoreCase).toBool();
    options.ignorePunctuation = m_settings.value(QStringLiteral("compare/ignorePunctuation"), options.ignorePunctuation).toBool();
    options.ignoreQuoteStyle = m_settings.value(QStringLiteral("compare/ignoreQuoteStyle"), options.ignoreQuoteStyle).toBool();
    options.paraphraseSensitivity = std::clamp(
        m_settings.value(QStringLiteral("compare/paraphraseSensitivity"), options.paraphraseSensitivity).toDouble(), 0.0, 1.0);
    // Absent until the editor changes it: the defaults shipped then follow
    // new versions of WireDiff.
    const QVariant houseStyle = m_settings.value(QStringLiteral("compare/houseStyle"));
    if (houseStyle.isValid())
        options.houseStyle = HouseStyle::fromText(houseStyle.toString());
    return options;
}

void AppSettings::setComparisonOptions(const ComparisonOptions &options)
{
    m_settings.setValue(QStringLiteral("compare/ignoreCase"), options.ignoreCase);
    m_settings.setValue(QStringLiteral("compare/ignorePunctuation"), options.ignorePunctuation);
    m_settings.setValue(QStringLiteral("compare/ignoreQuoteStyle"), options.ignoreQuoteStyle);
    m_settings.setValue(QStringLiteral("compare/paraphraseSensitivity"), options.paraphraseSensitivity);
    if (options.houseStyle == HouseStyle::defaults())
        m_settings.remove(QStringLiteral("compare/houseStyle"));
    else
        m_settings.setValue(QStringLiteral("compare/houseStyle"), options.houseStyle.toText());
}

QStringList AppSettings::recentFolders() const
{
    return m_settings.value(QStringLiteral("recent/folders")).toStringList();
}

void AppSettings::addRecentFolder(const QString &folder)
{
    QStringList folders = recentFolders();
    const QString clean = QDir::cleanPath(folder);
    folders.removeAll(clean);
    folders.prepend(clean);
    while (folders.size() > maximumRecent)
        folders.removeLast();
    m_settings.setValue(QStringLiteral("recent/folders"), folders);
}

void AppSettings::removeRecentFolder(const QString &folder)
{
    QStringList folders = recentFolders();
    folders.removeAll(QDir::cleanPath(folder));
    m_settings.setValue(QStringLiteral("recent/folders"), folders);
}

QHash<QString, double> AppSettings::paneWidthWeights() const
{
    QHash<QString, double> weights;
    const QVariantMap map = m_settings.value(QStringLiteral("panes/widthWeights")).toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        weights.insert(it.key(), it.value().toDouble());
    return weights;
}

void AppSettings::setPaneWidthWeights(const QHash<QString, double> &weights)
{
    QVariantMap map;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it) {
        if (std::abs(it.value() - 1.0) > 0.01)
            map.insert(it.key(), it.value());
    }
    m_settings.setValue(QStringLiteral("panes/widthWeights"), map);
}

double AppSettings::zoom() const
{
    return m_settings.value(QStringLiteral("view/zoom"), 1.0).toDouble();
}

void AppSettings::setZoom(double zoom)
{
    m_settings.setValue(QStringLiteral("view/zoom"), zoom);
}

bool AppSettings::legendVisible() const
{
    return m_settings.value(QStringLiteral("view/legend"), true).toBool();
}

void AppSettings::setLegendVisible(bool visible)
{
    m_settings.setValue(QStringLiteral("view/legend"), visible);
}

bool AppSettings::keepBaseInView() const
{
    return m_settings.value(QStringLiteral("view/keepBaseInView"), true).toBool();
}

void AppSettings::setKeepBaseInView(bool keep)
{
    m_settings.setValue(QStringLiteral("view/keepBaseInView"), keep);
}

bool AppSettings::matrixFit() const
{
    return m_settings.value(QStringLiteral("matrix/fit"), false).toBool();
}

double AppSettings::matrixZoom() const
{
    return m_settings.value(QStringLiteral("matrix/zoom"), 1.0).toDouble();
}

void AppSettings::setMatrixZoom(bool fit, double zoom)
{
    m_settings.setValue(QStringLiteral("matrix/fit"), fit);
    m_settings.setValue(QStringLiteral("matrix/zoom"), zoom);
}

bool AppSettings::treeFit() const
{
    return m_settings.value(QStringLiteral("tree/fit"), false).toBool();
}

double AppSettings::treeZoom() const
{
    return m_settings.value(QStringLiteral("tree/zoom"), 1.0).toDouble();
}

void AppSettings::setTreeZoom(bool fit, double zoom)
{
    m_settings.setValue(QStringLiteral("tree/fit"), fit);
    m_settings.setValue(QStringLiteral("tree/zoom"), zoom);
}

bool AppSettings::includeSubfolders() const
{
    return m_settings.value(QStringLiteral("open/includeSubfolders"), false).toBool();
}

void AppSettings::setIncludeSubfolders(bool include)
{
    m_settings.setValue(QStringLiteral("open/includeSubfolders"), include);
}

QString AppSettings::lastDialogFolder() const
{
    return m_settings.value(QStringLiteral("recent/dialogFolder"), QDir::homePath()).toString();
}

void AppSettings::setLastDialogFolder(const QString &folder)
{
    m_settings.setValue(QStringLiteral("recent/dialogFolder"), folder);
}

QString AppSettings::noteAuthor() const
{
    const QVariant name = m_settings.value(QStringLiteral("notes/author"));
    return name.isValid() ? name.toString() : AccountName::current();
}

void AppSettings::setNoteAuthor(const QString &name)
{
    m_settings.setValue(QStringLiteral("notes/author"), name.simplified());
}

QString AppSettings::language() const
{
    return m_settings.value(QStringLiteral("interface/language")).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    if (code.isEmpty())
        m_settings.remove(QStringLiteral("interface/language"));
    else
        m_settings.setValue(QStringLiteral("interface/language"), code);
}

} // namespace WireDiff
