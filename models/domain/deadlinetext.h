#pragma once

#include <QDate>
#include <QString>

class WorkCalendar;

// A dispute's deadline in words, counted in working days on `calendar` as seen on `today`:
// "3 working days left", "due today", "overdue by 2 working days" (context "Deadline").
// Empty when `due` is not a valid date (no deadline set).
QString deadlineText(QDate today, QDate due, const WorkCalendar &calendar);
