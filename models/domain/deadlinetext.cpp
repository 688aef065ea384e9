#include "deadlinetext.h"

#include "workcalendar.h"

#include <QCoreApplication>

QString deadlineText(QDate today, QDate due, const WorkCalendar &calendar)
{
    if (!due.isValid() || !today.isValid())
        return {};
    if (due == today)
        return QCoreApplication::translate("Deadline", "due today");
    const int left = calendar.workingDaysBetween(today, due);
    if (due > today)
        return QCoreApplication::translate("Deadline", "%n working day(s) left", nullptr, left);
    // A past due date on a working day is at least one working day overdue; one on a day off
    // with no working day since is overdue all the same.
    if (left == 0)
        return QCoreApplication::translate("Deadline", "overdue");
    return QCoreApplication::translate("Deadline", "overdue by %n working day(s)", nullptr, -left);
}
