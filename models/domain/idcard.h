#pragma once

#include <QDate>
#include <QString>

// Identity numbers and phone numbers as a clerk types them at intake.
namespace IdCard {

// Why an 18-character resident identity number (GB 11643-1999) is not valid, or an empty string
// when it is: 17 digits and a check character (0–9 or X) from the ISO 7064 MOD 11-2 checksum,
// with a real birth date in characters 7–14. A lower-case x is accepted.
QString problem(const QString &number);
bool isValid(const QString &number);
// The check character the first 17 digits call for ('\0' when they are not 17 digits).
QChar checkCharacter(const QString &first17);
// The birth date the number carries (invalid when it carries none).
QDate birthDate(const QString &number);

} // namespace IdCard

namespace PhoneNumber {

// Why a phone number is not valid, or empty when it is: a mainland mobile number (11 digits
// starting 13–19) or a landline with its area code (0 + 2–3 digits, then 7–8 digits, with an
// optional '-'). Spaces are ignored.
QString problem(const QString &number);
bool isValid(const QString &number);

} // namespace PhoneNumber
