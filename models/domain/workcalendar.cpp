#include "workcalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtDebug>

#include <algorithm>

namespace {

bool isWeekend(QDate day)
{
    return day.dayOfWeek() >= 6;
}

// Monday to Friday days from a fixed Monday up to and including the day with Julian number jd
// (negative before it); differences give weekday counts over any range without a loop.
qint64 weekdaysUpTo(qint64 jd)
{
    static const qint64 monday = QDate(2000, 1, 3).toJulianDay();
    const qint64 d = jd - monday;
    const qint64 weeks = d >= 0 ? d / 7 : -((-d + 6) / 7); // floor division
    const qint64 rem = d - 7 * weeks;                      // 0 = Monday … 6 = Sunday
    return 5 * weeks + std::min<qint64>(rem + 1, 5);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

const WorkCalendar &WorkCalendar::china()
{
    // A function-local static is initialised once, even when several threads ask at once.
    static const WorkCalendar calendar = [] {
        const QString path = QStringLiteral(":/data/holidays-cn.json");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("%s: cannot read the built-in holiday calendar; counting Monday to Friday",
                     qPrintable(path));
            return WorkCalendar();
        }
        QString error;
        std::optional<WorkCalendar> parsed = fromJson(file.readAll(), &error);
        if (!parsed) {
            qWarning("%s: %s; counting Monday to Friday", qPrintable(path), qPrintable(error));
            return WorkCalendar();
        }
        return *parsed;
    }();
    return calendar;
}

std::optional<WorkCalendar> WorkCalendar::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        fail(error, QStringLiteral("not JSON: %1 at offset %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
        return std::nullopt;
    }
    const QJsonValue years = doc.object().value(QLatin1String("years"));
    if (!years.isArray()) {
        fail(error, QStringLiteral("no \"years\" array"));
        return std::nullopt;
    }

    WorkCalendar out;
    const QJsonArray yearArray = years.toArray();
    for (qsizetype i = 0; i < yearArray.size(); ++i) {
        const QJsonObject y = yearArray.at(i).toObject();
        const int year = y.value(QLatin1String("year")).toInt(0);
        if (year < 1949 || year > 2999) {
            fail(error, QStringLiteral("years[%1]: \"year\" is missing or not a year").arg(i));
            return std::nullopt;
        }
        if (out.m_years.contains(year)) {
            fail(error, QStringLiteral("%1: the year is listed twice").arg(year));
            return std::nullopt;
        }
        const QJsonObject src = y.value(QLatin1String("source")).toObject();
        Source source;
        source.year = year;
        source.title = src.value(QLatin1String("title")).toString();
        source.number = src.value(QLatin1String("number")).toString();
        source.published
            = QDate::fromString(src.value(QLatin1String("published")).toString(), Qt::ISODate);
        source.url = src.value(QLatin1String("url")).toString();
        if (source.title.isEmpty() || !source.published.isValid()) {
            fail(error, QStringLiteral("%1: \"source\" needs the notice's title and its "
                                       "publication date")
                            .arg(year));
            return std::nullopt;
        }

        const QJsonArray dayArray = y.value(QLatin1String("days")).toArray();
        for (qsizetype j = 0; j < dayArray.size(); ++j) {
            const QJsonObject d = dayArray.at(j).toObject();
            const QString text = d.value(QLatin1String("day")).toString();
            Day day;
            day.date = QDate::fromString(text, Qt::ISODate);
            day.name = d.value(QLatin1String("name")).toString();
            const QString kind = d.value(QLatin1String("kind")).toString();
            const QString where = QStringLiteral("%1 days[%2] (%3)").arg(year).arg(j).arg(text);
            if (!day.date.isValid() || day.date.year() != year) {
                fail(error, where + QStringLiteral(": \"day\" is not a date in %1").arg(year));
                return std::nullopt;
            }
            if (kind == QLatin1String("holiday")) {
                day.kind = DayKind::Holiday;
            } else if (kind == QLatin1String("workday")) {
                day.kind = DayKind::Workday;
            } else {
                fail(error, where
                                + QStringLiteral(": \"kind\" must be holiday or workday, not '%1'")
                                      .arg(kind));
                return std::nullopt;
            }
            if (day.name.isEmpty()) {
                fail(error, where + QStringLiteral(": \"name\" is empty"));
                return std::nullopt;
            }
            if (out.m_days.contains(day.date)) {
                fail(error, where + QStringLiteral(": the day is listed twice"));
                return std::nullopt;
            }
            out.m_days.insert(day.date, day);
        }
        out.m_years.append(year);
        out.m_sources.append(source);
    }
    std::sort(out.m_years.begin(), out.m_years.end());
    std::sort(out.m_sources.begin(), out.m_sources.end(),
              [](const Source &a, const Source &b) { return a.year < b.year; });
    return out;
}

WorkCalendar WorkCalendar::withOverrides(const QList<Day> &overrides) const
{
    WorkCalendar out = *this;
    for (const Day &d : overrides) {
        if (d.date.isValid())
            out.m_days.insert(d.date, d);
    }
    return out;
}

bool WorkCalendar::isWorkingDay(QDate day) const
{
    if (!day.isValid())
        return false;
    const auto it = m_days.constFind(day);
    if (it != m_days.cend())
        return it->kind == DayKind::Workday;
    return !isWeekend(day);
}

int WorkCalendar::countForward(QDate from, QDate to) const
{
    qint64 count = weekdaysUpTo(to.toJulianDay()) - weekdaysUpTo(from.toJulianDay());
    // Only listed days that turn a weekday off or a weekend day on change the plain count.
    for (auto it = m_days.upperBound(from); it != m_days.cend() && it.key() <= to; ++it) {
        const bool weekend = isWeekend(it.key());
        if (it->kind == DayKind::Holiday && !weekend)
            --count;
        else if (it->kind == DayKind::Workday && weekend)
            ++count;
    }
    return int(count);
}

int WorkCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to >= from)
        return countForward(from, to);
    return -countForward(to.addDays(-1), from.addDays(-1));
}

QDate WorkCalendar::addWorkingDays(QDate start, int n) const
{
    if (!start.isValid() || n == 0)
        return start;
    const int step = n > 0 ? 1 : -1;
    qint64 left = qAbs(qint64(n));
    QDate d = start;
    // Jump whole weeks while far from the goal: each jump is accepted only when it stays short
    // of the goal, so the last stretch is walked day by day and lands on a working day.
    qint64 jump = (left / 5) * 7;
    while (jump >= 7) {
        const QDate c = d.addDays(step * jump);
        if (!c.isValid())
            return {};
        const qint64 k = step > 0 ? countForward(d, c) : countForward(c.addDays(-1), d.addDays(-1));
        if (k < left) {
            d = c;
            left -= k;
            jump = (left / 5) * 7;
        } else {
            jump /= 2;
        }
    }
    while (left > 0) {
        d = d.addDays(step);
        if (!d.isValid())
            return {};
        if (isWorkingDay(d))
            --left;
    }
    return d;
}

std::pair<int, int> WorkCalendar::coveredYears() const
{
    if (m_years.isEmpty())
        return {0, 0};
    return {m_years.first(), m_years.last()};
}

bool WorkCalendar::covers(QDate day) const
{
    return day.isValid() && m_years.contains(day.year());
}

QString WorkCalendar::holidayName(QDate day) const
{
    const auto it = m_days.constFind(day);
    if (it != m_days.cend() && it->kind == DayKind::Holiday)
        return it->name;
    return {};
}

std::optional<WorkCalendar::Day> WorkCalendar::day(QDate date) const
{
    const auto it = m_days.constFind(date);
    if (it == m_days.cend())
        return std::nullopt;
    return *it;
}

QList<WorkCalendar::Day> WorkCalendar::days(QDate from, QDate to) const
{
    QList<Day> out;
    for (auto it = m_days.lowerBound(from); it != m_days.cend() && it.key() <= to; ++it)
        out.append(*it);
    return out;
}
