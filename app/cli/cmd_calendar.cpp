#include "cmd_calendar.h"

#include "cliapp.h"

#include "domain/workcalendar.h"

#include <QDate>
#include <QRegularExpression>

namespace {

constexpr int kMaxWorkingDays = 3650;

QDate parseDate(const QString &command, const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = iso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid()) {
        throw CliError{
            ExitUsage,
            QStringLiteral("%1: DATE must be a date like 2025-09-30, not '%2'").arg(command, text)};
    }
    return date;
}

// Says on stderr when a date falls outside the years the built-in calendar knows.
void noteCoverage(const WorkCalendar &calendar, QDate date, QTextStream &err)
{
    if (calendar.covers(date))
        return;
    const auto [first, last] = calendar.coveredYears();
    err << "note: " << date.year() << " is not in the built-in holiday calendar (" << first << "–"
        << last << "); its days count Monday to Friday\n";
}

int addWorkingDays(const QStringList &words, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("calendar add-working-days");
    const CliArgs args(command, words, {{}, {}, 2});
    if (args.positional().size() < 2)
        throw CliError{ExitUsage, QStringLiteral("%1: needs DATE and N").arg(command)};
    const QDate start = parseDate(command, args.positional().at(0));
    const QString nText = args.positional().at(1);
    bool ok = false;
    const int n = nText.toInt(&ok);
    if (!ok || n < -kMaxWorkingDays || n > kMaxWorkingDays) {
        throw CliError{ExitUsage, QStringLiteral("%1: N must be a whole number from %2 to %3, "
                                                 "not '%4'")
                                      .arg(command)
                                      .arg(-kMaxWorkingDays)
                                      .arg(kMaxWorkingDays)
                                      .arg(nText)};
    }
    const WorkCalendar &calendar = WorkCalendar::china();
    const QDate result = calendar.addWorkingDays(start, n);
    noteCoverage(calendar, start, err);
    if (result.year() != start.year())
        noteCoverage(calendar, result, err);
    out << result.toString(Qt::ISODate) << "\n";
    return ExitOk;
}

int isWorkingDay(const QStringList &words, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("calendar is-working-day");
    const CliArgs args(command, words, {{}, {}, 1});
    if (args.positional().isEmpty())
        throw CliError{ExitUsage, QStringLiteral("%1: needs DATE").arg(command)};
    const QDate date = parseDate(command, args.positional().at(0));
    const WorkCalendar &calendar = WorkCalendar::china();
    noteCoverage(calendar, date, err);
    const bool working = calendar.isWorkingDay(date);
    out << (working ? "true" : "false");
    if (const std::optional<WorkCalendar::Day> day = calendar.day(date)) {
        out << " " << day->name;
        if (day->kind == WorkCalendar::DayKind::Workday)
            out << " (make-up working day)";
    } else if (!working) {
        out << " (weekend)";
    }
    out << "\n";
    return ExitOk;
}

} // namespace

QString calendarUsage()
{
    return QStringLiteral(
        "  calendar add-working-days DATE N\n"
        "                     the day N working days after DATE (negative N: before), on the\n"
        "                     built-in China holiday calendar with its make-up working days\n"
        "  calendar is-working-day DATE\n"
        "                     true or false, and the festival when DATE is a holiday\n");
}

int runCalendarCommand(const QStringList &words, QTextStream &out, QTextStream &err)
{
    if (words.isEmpty())
        throw CliError{ExitUsage,
                       QStringLiteral("calendar: needs add-working-days or is-working-day")};
    const QString sub = words.first();
    if (sub == QLatin1String("add-working-days"))
        return addWorkingDays(words.mid(1), out, err);
    if (sub == QLatin1String("is-working-day"))
        return isWorkingDay(words.mid(1), out, err);
    throw CliError{ExitUsage, QStringLiteral("calendar: unknown command '%1' (add-working-days or "
                                             "is-working-day)")
                                  .arg(sub)};
}
