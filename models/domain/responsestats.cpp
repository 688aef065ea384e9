#include "responsestats.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

QJsonValue orNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace

std::optional<std::vector<double>> ResponseTimes::parseBands(QString text)
{
    text = text.trimmed();
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
        text = text.mid(1, text.size() - 2);
    std::vector<double> bands;
    for (const QString &part : text.split(QLatin1Char(','))) {
        bool ok = false;
        const double v = part.trimmed().toDouble(&ok);
        if (!ok || v <= 0 || v > 1440)
            return std::nullopt;
        bands.push_back(v);
    }
    if (bands.empty())
        return std::nullopt;
    std::sort(bands.begin(), bands.end());
    bands.erase(std::unique(bands.begin(), bands.end()), bands.end());
    return bands;
}

std::vector<double> ResponseTimes::defaultBands()
{
    return {1.0, 3.0, 5.0};
}

std::optional<double> ResponseTimes::percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return std::nullopt;
    const double h = double(sorted.size() - 1) * std::clamp(p, 0.0, 100.0) / 100.0;
    const auto lower = size_t(std::floor(h));
    if (lower + 1 >= sorted.size())
        return sorted.back();
    return sorted[lower] + (h - double(lower)) * (sorted[lower + 1] - sorted[lower]);
}

ResponseStats ResponseStats::of(std::vector<double> minutes, std::vector<double> bands,
                                int histogramMinutes)
{
    ResponseStats s;
    std::sort(bands.begin(), bands.end());
    s.bands = std::move(bands);
    s.within.assign(s.bands.size(), 0);
    s.histogram.assign(size_t(std::max(0, histogramMinutes)) + 1, 0);
    std::sort(minutes.begin(), minutes.end());
    s.count = qint64(minutes.size());
    if (minutes.empty())
        return s;
    s.median = ResponseTimes::percentile(minutes, 50);
    s.p90 = ResponseTimes::percentile(minutes, 90);
    s.mean = std::accumulate(minutes.begin(), minutes.end(), 0.0) / double(minutes.size());
    for (size_t b = 0; b < s.bands.size(); ++b) {
        // Sorted: the count ≤ limit is where the first value above it stands.
        s.within[b] = qint64(std::upper_bound(minutes.begin(), minutes.end(), s.bands[b])
                             - minutes.begin());
    }
    const auto open = s.histogram.size() - 1;
    for (double m : minutes) {
        const double bin = std::floor(std::max(0.0, m));
        s.histogram[bin >= double(open) ? open : size_t(bin)] += 1;
    }
    return s;
}

std::optional<double> ResponseStats::shareWithin(size_t band) const
{
    if (count == 0 || band >= within.size())
        return std::nullopt;
    return double(within[band]) / double(count);
}

QJsonObject ResponseStats::toJson(bool withHistogram) const
{
    QJsonObject o {{QStringLiteral("count"), count},
                   {QStringLiteral("median"), orNull(median)},
                   {QStringLiteral("p90"), orNull(p90)},
                   {QStringLiteral("mean"), orNull(mean)}};
    QJsonArray bandArray;
    for (size_t b = 0; b < bands.size(); ++b) {
        bandArray.append(QJsonObject {{QStringLiteral("minutes"), bands[b]},
                                      {QStringLiteral("within"), within[b]},
                                      {QStringLiteral("share"), orNull(shareWithin(b))}});
    }
    o.insert(QStringLiteral("bands"), bandArray);
    if (withHistogram) {
        QJsonArray bins;
        for (size_t i = 0; i < histogram.size(); ++i) {
            const bool last = i + 1 == histogram.size();
            bins.append(QJsonObject {{QStringLiteral("from"), qint64(i)},
                                     {QStringLiteral("to"), last ? QJsonValue() : qint64(i + 1)},
                                     {QStringLiteral("count"), histogram[i]}});
        }
        o.insert(QStringLiteral("histogram"), bins);
    }
    return o;
}

QJsonObject ResponseScope::toJson() const
{
    switch (kind) {
    case Kind::Township:
        return QJsonObject {{QStringLiteral("kind"), QStringLiteral("township")},
                            {QStringLiteral("code"), code}};
    case Kind::Platform:
        return QJsonObject {{QStringLiteral("kind"), QStringLiteral("platform")},
                            {QStringLiteral("code"), code}};
    case Kind::County:
        break;
    }
    return QJsonObject {{QStringLiteral("kind"), QStringLiteral("county")},
                        {QStringLiteral("code"), QJsonValue()}};
}

QJsonObject PlatformResponse::toJson() const
{
    QJsonObject o = stats.toJson();
    o.insert(QStringLiteral("code"), code);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("kind"), kind);
    o.insert(QStringLiteral("township"), QJsonObject {{QStringLiteral("code"), townshipCode},
                                                      {QStringLiteral("name"), townshipName}});
    o.insert(QStringLiteral("incidents"), incidents);
    o.insert(QStringLiteral("without_arrival"), withoutArrival);
    return o;
}

QJsonObject TownshipResponse::toJson() const
{
    QJsonObject o = stats.toJson();
    o.insert(QStringLiteral("code"), code.isEmpty() ? QJsonValue() : QJsonValue(code));
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("incidents"), incidents);
    o.insert(QStringLiteral("without_arrival"), withoutArrival);
    return o;
}

QJsonObject MonthlyResponse::toJson() const
{
    QJsonObject o = stats.toJson(false);
    o.insert(QStringLiteral("month"), QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0'))
                                          .arg(month, 2, 10, QLatin1Char('0')));
    o.insert(QStringLiteral("incidents"), incidents);
    o.insert(QStringLiteral("without_arrival"), withoutArrival);
    return o;
}

QJsonObject PlatformShiftTotals::toJson() const
{
    return QJsonObject {{QStringLiteral("code"), code},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("shifts"), shifts},
                        {QStringLiteral("hours"), hours},
                        {QStringLiteral("officer_hours"), officerHours},
                        {QStringLiteral("volunteers"), volunteers},
                        {QStringLiteral("distance_km"), distanceKm}};
}

QJsonObject ResponseReport::toJson() const
{
    QJsonArray bandArray;
    for (double b : bands)
        bandArray.append(b);
    auto array = [](const auto &rows) {
        QJsonArray a;
        for (const auto &row : rows)
            a.append(row.toJson());
        return a;
    };
    QJsonObject o {
        {QStringLiteral("period"),
         QJsonObject {{QStringLiteral("from"), from.toString(Qt::ISODate)},
                      {QStringLiteral("to"), to.toString(Qt::ISODate)}}},
        {QStringLiteral("bands"), bandArray},
        {QStringLiteral("incidents"), incidents},
        {QStringLiteral("without_arrival"), withoutArrival},
        {QStringLiteral("inconsistent"), inconsistent},
        {QStringLiteral("county"), county.toJson()},
        {QStringLiteral("by_platform"), array(byPlatform)},
        {QStringLiteral("by_township"), array(byTownship)},
        {QStringLiteral("by_month"), array(byMonth)},
        {QStringLiteral("shifts"), array(shifts)},
    };
    // Only a scoped report says so: the county report's JSON stays as it always was.
    if (!scope.isCounty())
        o.insert(QStringLiteral("scope"), scope.toJson());
    return o;
}
