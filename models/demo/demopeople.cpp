#include "demopeople.h"

#include "democountyspec.h"

#include <cstring>

namespace {

const char *const kPhonePrefixes[] = {
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180",
    "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "198", "199"};

} // namespace

char idCardCheckChar(const char *first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char check[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i] - '0') * weights[i];
    return check[sum % 11];
}

bool isValidIdCard(const QString &number)
{
    if (number.size() != 18)
        return false;
    const QByteArray latin = number.toLatin1();
    for (int i = 0; i < 17; ++i) {
        if (latin[i] < '0' || latin[i] > '9')
            return false;
    }
    const QDate birth = QDate::fromString(QString::fromLatin1(latin.mid(6, 8)),
                                          QStringLiteral("yyyyMMdd"));
    if (!birth.isValid())
        return false;
    return idCardCheckChar(latin.constData()) == latin[17];
}

QString chineseNumber(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n < 0 || n > 9999)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    if (n < 20)
        return QStringLiteral("十") + (n % 10 ? QString(digits.at(n % 10)) : QString());
    QString out;
    const int parts[4] = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
    const QString units[4] = {QStringLiteral("千"), QStringLiteral("百"), QStringLiteral("十"),
                              QString()};
    bool started = false;
    bool zero = false;
    for (int i = 0; i < 4; ++i) {
        if (parts[i] == 0) {
            zero = started;
            continue;
        }
        if (zero)
            out += digits.at(0);
        zero = false;
        started = true;
        out += digits.at(parts[i]);
        out += units[i];
    }
    return out;
}

DemoPeople::DemoPeople(const DemoCountySpec &spec)
    : m_areaCode(spec.countyCode.left(6))
    , m_male(spec.maleChars)
    , m_female(spec.femaleChars)
{
    std::vector<double> w;
    for (const auto &s : spec.surnames) {
        m_surnames.push_back(s.key);
        w.push_back(s.weight);
    }
    m_surnameIndex.reset(w);
}

QString DemoPeople::surname(DemoRandom &rng) const
{
    return m_surnames[size_t(m_surnameIndex.draw(rng))];
}

QString DemoPeople::givenName(DemoRandom &rng, bool male) const
{
    const QString &pool = male ? m_male : m_female;
    QString out = pool.at(qsizetype(rng.below(quint64(pool.size()))));
    if (rng.chance(0.72)) {
        QChar second = pool.at(qsizetype(rng.below(quint64(pool.size()))));
        if (second == out.at(0) && rng.chance(0.7))
            second = pool.at(qsizetype(rng.below(quint64(pool.size()))));
        out += second;
    }
    return out;
}

QByteArray DemoPeople::phone(DemoRandom &rng) const
{
    QByteArray out(kPhonePrefixes[rng.below(std::size(kPhonePrefixes))]);
    for (int i = 0; i < 8; ++i)
        out += char('0' + rng.below(10));
    return out;
}

QByteArray DemoPeople::idCard(DemoRandom &rng, const QDate &birth, bool male) const
{
    char digits[19];
    const QByteArray area = m_areaCode.toLatin1();
    std::memcpy(digits, area.constData(), 6);
    int y, m, d;
    birth.getDate(&y, &m, &d);
    int seq = int(rng.below(500)) * 2;     // odd: male, even: female
    if (male)
        seq += 1;
    const int tail[] = {y / 1000, y / 100 % 10, y / 10 % 10, y % 10, m / 10, m % 10, d / 10, d % 10,
                        seq / 100, seq / 10 % 10, seq % 10};
    for (int i = 0; i < 11; ++i)
        digits[6 + i] = char('0' + tail[i]);
    digits[17] = idCardCheckChar(digits);
    digits[18] = 0;
    return QByteArray(digits, 18);
}

DemoPeople::Person DemoPeople::person(DemoRandom &rng, int minAge, int maxAge,
                                      const QDate &today) const
{
    Person p;
    p.male = rng.chance(0.55);
    p.surname = surname(rng);
    p.name = p.surname + givenName(rng, p.male);
    const int ageDays = int(rng.uniform(minAge * 365.25, (maxAge + 1) * 365.25 - 1));
    p.birth = today.addDays(-ageDays);
    p.idCard = idCard(rng, p.birth, p.male);
    p.phone = phone(rng);
    return p;
}
