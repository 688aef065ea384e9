#include "idcard.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IdCard", text);
}

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

namespace IdCard {

QChar checkCharacter(const QString &first17)
{
    static const int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char kChecks[] = "10X98765432";
    if (first17.size() != 17 || !allDigits(first17))
        return QChar();
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - '0') * kWeights[i];
    return QLatin1Char(kChecks[sum % 11]);
}

QDate birthDate(const QString &number)
{
    if (number.size() != 18 || !allDigits(QStringView(number).mid(6, 8)))
        return {};
    return QDate::fromString(number.mid(6, 8), QStringLiteral("yyyyMMdd"));
}

QString problem(const QString &number)
{
    const QString n = number.trimmed().toUpper();
    if (n.size() != 18)
        return tr("an identity number has 18 characters, this one has %1").arg(n.size());
    if (!allDigits(QStringView(n).left(17)))
        return tr("the first 17 characters must be digits");
    const QChar last = n[17];
    if (!(last.isDigit() || last == QLatin1Char('X')))
        return tr("the last character must be a digit or X");
    const QDate birth = birthDate(n);
    if (!birth.isValid() || birth.year() < 1900 || birth > QDate::currentDate())
        return tr("characters 7 to 14 are not a birth date (%1)").arg(n.mid(6, 8));
    const QChar expected = checkCharacter(n.left(17));
    if (last != expected)
        return tr("the check character is %1 but should be %2 — a digit is mistyped").arg(last).arg(expected);
    return {};
}

bool isValid(const QString &number)
{
    return problem(number).isEmpty();
}

} // namespace IdCard

namespace PhoneNumber {

QString problem(const QString &number)
{
    QString n = number;
    n.remove(QLatin1Char(' '));
    static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    static const QRegularExpression landline(QStringLiteral("^0\\d{2,3}-?\\d{7,8}$"));
    if (mobile.match(n).hasMatch() || landline.match(n).hasMatch())
        return {};
    if (n.startsWith(QLatin1Char('1')))
        return tr("a mobile number has 11 digits starting with 13 to 19");
    return tr("not a phone number: a mobile number (11 digits) or a landline with its area code, "
              "e.g. 0731-12345678");
}

bool isValid(const QString &number)
{
    return problem(number).isEmpty();
}

} // namespace PhoneNumber
