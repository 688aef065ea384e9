#pragma once

#include "demorandom.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <vector>

struct DemoCountySpec;

// Chinese names, phones and resident ID-card numbers for the demo county's people.
class DemoPeople
{
public:
    struct Person
    {
        QString name;
        QString surname;
        bool male = true;
        QDate birth;
        QByteArray idCard;   // 18 characters, GB 11643 checksum
        QByteArray phone;    // 11 digits
    };

    explicit DemoPeople(const DemoCountySpec &spec);

    // A person aged minAge..maxAge on `today`, registered in the county.
    Person person(DemoRandom &rng, int minAge, int maxAge, const QDate &today) const;
    QString surname(DemoRandom &rng) const;
    QString givenName(DemoRandom &rng, bool male) const;
    QByteArray phone(DemoRandom &rng) const;
    QByteArray idCard(DemoRandom &rng, const QDate &birth, bool male) const;

private:
    QString m_areaCode;   // first 6 digits of ID cards
    std::vector<QString> m_surnames;
    DemoWeightedIndex m_surnameIndex;
    QString m_male;
    QString m_female;
};

// GB 11643 check character of the first 17 digits of an ID-card number.
char idCardCheckChar(const char *first17);
// True for 18 characters: 17 digits, a valid date, and the right check character.
bool isValidIdCard(const QString &number);
// 1 → 一, 12 → 十二, 105 → 一百零五 (up to 9999), for names like 第十二网格.
QString chineseNumber(int n);
