#include "matrixgeometry.h"

#include <QFontMetrics>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace WireDiff {

namespace {

// The smallest text the grid draws, labels and numbers alike.
constexpr double legiblePoints = 6.5;
constexpr double legiblePixels = 9.0;
// Zoomed in, the labels grow less than the cells: they only need to stay
// beside them.
constexpr double largestLabelScale = 1.5;

QFont scaled(const QFont &font, double scale)
{
    QFont result = font;
    if (font.pointSizeF() > 0)
        result.setPointSizeF(font.pointSizeF() * scale);
    else
        result.setPixelSize(std::max(1, int(std::lround(font.pixelSize() * scale))));
    return result;
}

// The smallest scale at which `font` is still legible (1 for a font
// already that small).
double legibleScale(const QFont &font)
{
    const double scale = font.pointSizeF() > 0 ? legiblePoints / font.pointSizeF() : legiblePixels / std::max(1, font.pixelSize());
    return std::min(1.0, scale);
}

// The compact cell of zoom 1: the number without its "%" (the key says
// what it is), one line high with room for the amber band.
QSize baseCell(const QFont &font)
{
    const QFontMetrics metrics(font);
    const int line = metrics.lineSpacing();
    return { std::max(metrics.horizontalAdvance(QStringLiteral("100")) + 10, line + 6), line + 8 };
}

void setLabels(MatrixGeometry *geometry, const QFont &font, const MatrixGeometry::Labels &labels, double zoom)
{
    geometry->labelFont = scaled(font, std::clamp(zoom, legibleScale(font), largestLabelScale));
    const QFontMetrics metrics(geometry->labelFont);
    int widestId = 0;
    int widestName = 0;
    for (qsizetype a = 0; a < labels.count(); ++a) {
        widestId = std::max(widestId, metrics.horizontalAdvance(labels.ids[a]));
        widestName = std::max(widestName, metrics.horizontalAdvance(labels.names.value(a)));
    }
    geometry->line = metrics.lineSpacing();
    // Room for the widest number too ("200 "): without it, past 99
    // versions no label was whole and all were cut.
    const qsizetype digits = std::max<qsizetype>(2, QString::number(labels.count()).size());
    geometry->labelWidth = std::min(widestId, metrics.averageCharWidth() * 13)
        + metrics.horizontalAdvance(QString(digits, QLatin1Char('0')) + QLatin1Char(' ')) + MatrixGeometry::margin;
    // Upright names, cut at about nine characters (the band is as high as
    // three rows of cells at zoom 1): the tooltip has the rest.
    geometry->headerHeight = std::min(widestName, metrics.averageCharWidth() * 9) + MatrixGeometry::margin;
}

// Cells `across` times as wide and `down` times as high as at zoom 1
// (Fit may stretch one way more than the other), never more than twice as
// high as wide or the other way round.
void setCells(MatrixGeometry *geometry, const QFont &font, double across, double down)
{
    const QSize base = baseCell(font);
    geometry->zoom = std::min(across, down);
    const int width = std::max(MatrixGeometry::minimumCell, int(std::floor(base.width() * across)));
    const int height = std::max(MatrixGeometry::minimumCell, int(std::floor(base.height() * down)));
    geometry->cellWidth = std::min(width, 2 * height);
    geometry->cellHeight = std::min(height, 2 * width);
    geometry->numberFont = scaled(font, std::clamp(geometry->zoom, legibleScale(font), MatrixGeometry::maximumZoom));
    const QFontMetrics numbers(geometry->numberFont);
    // The widest number with a little air, above the band's 3 pixels.
    geometry->numbers = numbers.horizontalAdvance(QLocale().toString(100)) + 4 <= geometry->cellWidth
        && numbers.height() <= geometry->cellHeight - 3;
    // Labels never overlap: where a row is thinner than a line, every
    // second (third…) row is named; the tooltips name them all.
    const QFontMetrics labels(geometry->labelFont);
    geometry->rowLabelStride = std::max(1, (geometry->line + geometry->cellHeight - 1) / geometry->cellHeight);
    geometry->columnLabelStride = std::max(1, (labels.height() + geometry->cellWidth - 1) / geometry->cellWidth);
}

} // namespace

MatrixGeometry MatrixGeometry::zoomed(const QFont &font, const Labels &labels, double zoom)
{
    zoom = std::clamp(zoom, minimumZoom, maximumZoom);
    MatrixGeometry geometry;
    setLabels(&geometry, font, labels, zoom);
    setCells(&geometry, font, zoom, zoom);
    return geometry;
}

MatrixGeometry MatrixGeometry::fitting(const QFont &font, const Labels &labels, QSize room)
{
    const double count = double(std::max<qsizetype>(1, labels.count()));
    const QSize base = baseCell(font);
    // How much the cells may grow across and down beside and under
    // `labelled`'s labels, at most to zoom 1.
    const auto largest = [&](const MatrixGeometry &labelled) {
        const double across = (room.width() - margin - labelled.labelWidth) / (count * base.width());
        const double down = (room.height() - labelled.headerHeight) / (count * base.height());
        return std::pair(std::clamp(across, minimumZoom, 1.0), std::clamp(down, minimumZoom, 1.0));
    };
    // The labels shrink with the cells and so leave them more room: a few
    // rounds settle it. The cells always come from the room the final
    // labels leave, so they fit whatever the rounding.
    MatrixGeometry geometry;
    setLabels(&geometry, font, labels, 1.0);
    auto [across, down] = largest(geometry);
    for (int round = 0; round < 3; ++round) {
        MatrixGeometry next;
        setLabels(&next, font, labels, std::min(across, down));
        const auto [nextAcross, nextDown] = largest(next);
        geometry = next;
        const bool settled = std::abs(nextAcross - across) < 0.005 && std::abs(nextDown - down) < 0.005;
        across = nextAcross;
        down = nextDown;
        if (settled)
            break;
    }
    // Each way as far as the room allows: a wide, low dock gets wide cells
    // and a narrow, tall one tall cells, where every row has room for its name.
    setCells(&geometry, font, across, down);
    return geometry;
}

QString MatrixGeometry::commonPrefix(const QStringList &ids)
{
    if (ids.size() < 2)
        return {};
    qsizetype length = ids.front().size();
    for (const QString &id : ids) {
        qsizetype same = 0;
        while (same < length && same < id.size() && id[same] == ids.front()[same])
            ++same;
        length = same;
    }
    const QString &first = ids.front();
    for (; length > 0; --length) {
        const QChar before = first[length - 1];
        const bool separator = before == QLatin1Char('_') || before == QLatin1Char('-') || before == QLatin1Char('.') || before.isSpace();
        const bool keepsSomething = std::all_of(ids.begin(), ids.end(), [length](const QString &id) { return id.size() > length; });
        const bool digitsFollow = before.isLetter() && std::all_of(ids.begin(), ids.end(), [length](const QString &id) {
            return id.size() > length && id[length].isDigit();
        });
        if (keepsSomething && (separator || digitsFollow))
            return first.left(length);
    }
    return {};
}

QSize MatrixGeometry::gridSize(qsizetype count) const
{
    return { margin + labelWidth + int(count) * cellWidth, headerHeight + int(count) * cellHeight };
}

} // namespace WireDiff
