#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <utility>

// The calendar deadlines are counted on: which days are working days. A value type: the built-in
// China calendar (public holidays and make-up working days, 调休, from the State Council General
// Office's yearly notices in data/holidays-cn.json) plus a county's own days, which win.
class WorkCalendar
{
public:
    enum class DayKind { Holiday, Workday }; // Workday = a weekend day that is worked (调休上班)

    // One listed day: a day off (with the festival it belongs to) or a make-up working day
    // (with the festival it makes up for).
    struct Day
    {
        QDate date;
        DayKind kind = DayKind::Holiday;
        QString name; // 春节, 国庆节 … or what a county calls its own day
        bool operator==(const Day &) const = default;
    };

    // The notice a built-in year comes from.
    struct Source
    {
        int year = 0;
        QString title;  // 国务院办公厅关于2025年部分节假日安排的通知
        QString number; // 国办发明电〔2024〕12号
        QDate published;
        QString url;
    };

    // No listed days: Monday to Friday are working days everywhere.
    WorkCalendar() = default;

    // The built-in China calendar from ":/data/holidays-cn.json", parsed once (thread-safe).
    static const WorkCalendar &china();
    // Parses a calendar file in the layout of data/holidays-cn.json; nullopt and *error (naming
    // the year and day at fault) when it is not one.
    static std::optional<WorkCalendar> fromJson(const QByteArray &json, QString *error = nullptr);

    // A copy with `overrides` laid over the listed days; an override replaces a built-in day of
    // the same date. Overrides apply in any year, covered or not.
    WorkCalendar withOverrides(const QList<Day> &overrides) const;

    // Monday to Friday and not a holiday, or a make-up working day.
    bool isWorkingDay(QDate day) const;
    // The day `n` working days after `start` (start itself is not counted), so the result is
    // always a working day when n != 0. n = 0 returns start unchanged, working day or not.
    // Negative n counts backwards: the |n|-th working day before start.
    QDate addWorkingDays(QDate start, int n) const;
    // Working days after `from` up to and including `to` when to >= from. When to < from, minus
    // the working days from `to` (included) up to `from` (excluded), so a past working-day due
    // date is always at least one day overdue. workingDaysBetween(s, addWorkingDays(s, n)) == n
    // for every n.
    int workingDaysBetween(QDate from, QDate to) const;

    // First and last year of the built-in calendar ({0, 0} when it lists no year). Days in other
    // years fall back to Monday–Friday (plus any overrides): holidays of a year are only known
    // once its notice is published, usually in November of the year before.
    std::pair<int, int> coveredYears() const;
    bool covers(QDate day) const; // true when day's year has a built-in notice

    // The festival a day off belongs to; empty for working days and ordinary weekends.
    QString holidayName(QDate day) const;
    // The listed entry for a day (holiday or make-up working day), if any.
    std::optional<Day> day(QDate date) const;
    // Every listed day in [from, to], in date order.
    QList<Day> days(QDate from, QDate to) const;
    QList<Source> sources() const { return m_sources; }

private:
    // Days whose kind differs from the plain weekday rule, keyed by date; ordered so that
    // counting over a range looks only at the entries inside it.
    QMap<QDate, Day> m_days;
    QList<Source> m_sources;
    QList<int> m_years; // years with a built-in notice, ascending
    // Working days in (from, to] for from <= to.
    int countForward(QDate from, QDate to) const;
};
