#include "reportcontent.h"

namespace {

QString signedFixed(double value, int decimals)
{
    // -0.0 prints as "0.0": a change that rounds to nothing has no sign.
    const double rounded = QString::number(value, 'f', decimals).toDouble();
    const QString n = QString::number(rounded == 0 ? 0.0 : rounded, 'f', decimals);
    return rounded > 0 ? QLatin1Char('+') + n : n;
}

ReportCell numeric(ReportCell::Kind kind, std::optional<double> value, int decimals)
{
    ReportCell c;
    if (!value)
        return c;
    c.kind = kind;
    c.value = *value;
    c.decimals = decimals;
    return c;
}

} // namespace

ReportCell ReportCell::ofText(const QString &text)
{
    ReportCell c;
    c.kind = Kind::Text;
    c.text = text;
    return c;
}

ReportCell ReportCell::ofCount(qint64 count)
{
    ReportCell c;
    c.kind = Kind::Count;
    c.value = double(count);
    c.decimals = 0;
    return c;
}

ReportCell ReportCell::ofPercent(std::optional<double> fraction, int decimals)
{
    return numeric(Kind::Percent, fraction, decimals);
}

ReportCell ReportCell::ofNumber(std::optional<double> value, int decimals)
{
    return numeric(Kind::Number, value, decimals);
}

ReportCell ReportCell::ofChange(std::optional<double> relative, int decimals)
{
    return numeric(Kind::Change, relative, decimals);
}

ReportCell ReportCell::ofPointChange(std::optional<double> fraction, int decimals)
{
    return numeric(Kind::PointChange, fraction, decimals);
}

QString ReportCell::display() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("—");
    case Kind::Text:
        return text;
    case Kind::Count:
        return QString::number(qint64(value));
    case Kind::Percent:
        return QString::number(value * 100.0, 'f', decimals) + QLatin1Char('%');
    case Kind::Number:
        return QString::number(value, 'f', decimals);
    case Kind::Change:
        return signedFixed(value * 100.0, decimals) + QLatin1Char('%');
    case Kind::PointChange:
        return signedFixed(value * 100.0, decimals);
    }
    return {};
}

ReportBlock ReportBlock::heading(const QString &text, int level)
{
    ReportBlock b;
    b.kind = Kind::Heading;
    b.text = text;
    b.level = level;
    return b;
}

ReportBlock ReportBlock::paragraph(const QString &text)
{
    ReportBlock b;
    b.kind = Kind::Paragraph;
    b.text = text;
    return b;
}

ReportBlock ReportBlock::ofTable(const ReportTable &table)
{
    ReportBlock b;
    b.kind = Kind::Table;
    b.table = table;
    return b;
}

ReportBlock ReportBlock::ofChart(const ReportChart &chart)
{
    ReportBlock b;
    b.kind = Kind::Chart;
    b.chart = chart;
    return b;
}

ReportBlock ReportBlock::ofImage(const QImage &image, const QSizeF &sizeMm, const QString &caption)
{
    ReportBlock b;
    b.kind = Kind::Image;
    b.image = image;
    b.imageSizeMm = sizeMm;
    b.text = caption;
    return b;
}

ReportBlock ReportBlock::signature(const QString &lines)
{
    ReportBlock b;
    b.kind = Kind::Signature;
    b.text = lines;
    return b;
}

ReportBlock ReportBlock::pageBreak()
{
    ReportBlock b;
    b.kind = Kind::PageBreak;
    return b;
}

QList<const ReportTable *> ReportContent::tables() const
{
    QList<const ReportTable *> out;
    for (const ReportBlock &b : blocks) {
        if (b.kind == ReportBlock::Kind::Table)
            out << &b.table;
    }
    return out;
}
