#pragma once

#include "domain/workcalendar.h"

#include <QDate>
#include <QList>
#include <QString>

class Database;

// A county's own calendar days (the `holiday` table): extra days off or extra working days that
// win over the built-in China calendar, e.g. a local holiday or a notice not yet built in.
class HolidayRepository
{
public:
    explicit HolidayRepository(Database &db)
        : m_db(db)
    {}

    // Live overrides in date order.
    QList<WorkCalendar::Day> overrides() const;
    // Adds an override, replacing one of the same date; each call is its own write transaction.
    // Throws StoreError (also for an invalid date or an empty name).
    void add(const WorkCalendar::Day &day, const QString &actor);
    // Removes the override of a date (a tombstone, so that the removal syncs); false when there
    // was none.
    bool remove(QDate date, const QString &actor);

    // The calendar deadlines are counted on: WorkCalendar::china() with these overrides.
    WorkCalendar calendar() const;

private:
    Database &m_db;
};
