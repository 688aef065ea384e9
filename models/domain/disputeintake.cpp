#include "disputeintake.h"

#include "dispute.h"
#include "idcard.h"
#include "region.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSet>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DisputeIntake", text);
}

const QStringList kPartyRoles = {QStringLiteral("applicant"), QStringLiteral("respondent"),
                                 QStringLiteral("third_party")};

QSet<QString> bigrams(const QString &text)
{
    QList<uint> chars;
    for (uint c : text.toUcs4()) {
        if (QChar::isLetterOrNumber(c))
            chars << c;
    }
    QSet<QString> out;
    for (qsizetype i = 0; i + 1 < chars.size(); ++i)
        out.insert(QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData() + i), 2));
    if (chars.size() == 1)
        out.insert(QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData()), 1));
    return out;
}

std::optional<qint64> parseTime(const QJsonValue &v)
{
    if (v.isDouble())
        return qint64(v.toDouble());
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0));
    }
    if (!t.isValid())
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

} // namespace

namespace DisputeIntakeRules {

QList<IntakeProblem> validateParty(const DisputePartyInput &p, int index)
{
    QList<IntakeProblem> out;
    const QString at = QStringLiteral("parties[%1].").arg(index);
    if (p.name.trimmed().isEmpty())
        out << IntakeProblem{at + QStringLiteral("name"), tr("a party needs a name")};
    if (!kPartyRoles.contains(p.role)) {
        out << IntakeProblem{at + QStringLiteral("role"),
                             tr("must be one of %1").arg(kPartyRoles.join(QStringLiteral(", ")))};
    }
    if (!p.idCard.isEmpty()) {
        const QString why = IdCard::problem(p.idCard);
        if (!why.isEmpty())
            out << IntakeProblem{at + QStringLiteral("id_number"), why};
    }
    if (!p.phone.isEmpty()) {
        const QString why = PhoneNumber::problem(p.phone);
        if (!why.isEmpty())
            out << IntakeProblem{at + QStringLiteral("phone"), why};
    }
    return out;
}

QList<IntakeProblem> validate(const DisputeIntake &in)
{
    QList<IntakeProblem> out;
    if (in.title.trimmed().isEmpty())
        out << IntakeProblem{QStringLiteral("title"), tr("a title is required")};
    else if (in.title.size() > 200)
        out << IntakeProblem{QStringLiteral("title"), tr("at most 200 characters")};
    if (in.summary.size() > 5000)
        out << IntakeProblem{QStringLiteral("summary"), tr("at most 5,000 characters")};
    if (!disputeCategoryFromText(in.category) || *disputeCategoryFromText(in.category) != in.category)
        out << IntakeProblem{QStringLiteral("category"), tr("unknown category '%1'").arg(in.category)};
    if (!disputeSourceFromText(in.source) || *disputeSourceFromText(in.source) != in.source)
        out << IntakeProblem{QStringLiteral("source"), tr("unknown source '%1'").arg(in.source)};
    if (in.gridCode.isEmpty())
        out << IntakeProblem{QStringLiteral("region_code"), tr("the grid is required")};
    else if (RegionCodes::levelOf(in.gridCode) != RegionLevel::Grid)
        out << IntakeProblem{QStringLiteral("region_code"),
                             tr("'%1' is not a grid code (15 digits)").arg(in.gridCode)};
    if (!disputeComplexityKeys().contains(in.complexity)) {
        out << IntakeProblem{QStringLiteral("complexity"),
                             tr("must be one of %1").arg(disputeComplexityKeys().join(QStringLiteral(", ")))};
    }
    if (in.amountYuan < 0)
        out << IntakeProblem{QStringLiteral("amount_yuan"), tr("cannot be negative")};
    if (in.reportedAt && *in.reportedAt > QDateTime::currentMSecsSinceEpoch() + 60000)
        out << IntakeProblem{QStringLiteral("reported_at"), tr("lies in the future")};
    for (int i = 0; i < in.parties.size(); ++i)
        out << validateParty(in.parties[i], i);
    return out;
}

DisputeIntake fromJson(const QJsonObject &o, QList<IntakeProblem> *problems)
{
    static const QStringList known = {
        QStringLiteral("title"), QStringLiteral("summary"), QStringLiteral("category"),
        QStringLiteral("region_code"), QStringLiteral("source"), QStringLiteral("reported_at"),
        QStringLiteral("complexity"), QStringLiteral("major"), QStringLiteral("amount_yuan"),
        QStringLiteral("parties")};
    QList<IntakeProblem> found;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            found << IntakeProblem{it.key(), tr("unknown field (known: %1)").arg(known.join(QStringLiteral(", ")))};
    }
    auto text = [&](const char *key) -> QString {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            found << IntakeProblem{QLatin1String(key), tr("must be text")};
        return v.toString().trimmed();
    };
    DisputeIntake in;
    in.title = text("title");
    in.summary = text("summary");
    in.gridCode = text("region_code");
    const QString category = text("category");
    in.category = disputeCategoryFromText(category).value_or(category);
    const QString source = text("source");
    in.source = disputeSourceFromText(source).value_or(source);
    if (o.contains(QLatin1String("complexity")))
        in.complexity = text("complexity");
    if (o.contains(QLatin1String("major"))) {
        if (!o.value(QLatin1String("major")).isBool())
            found << IntakeProblem{QStringLiteral("major"), tr("must be true or false")};
        in.major = o.value(QLatin1String("major")).toBool();
    }
    if (o.contains(QLatin1String("amount_yuan"))) {
        if (!o.value(QLatin1String("amount_yuan")).isDouble())
            found << IntakeProblem{QStringLiteral("amount_yuan"), tr("must be a number")};
        in.amountYuan = qint64(o.value(QLatin1String("amount_yuan")).toDouble());
    }
    const QJsonValue reported = o.value(QLatin1String("reported_at"));
    if (!reported.isUndefined() && !reported.isNull()) {
        in.reportedAt = parseTime(reported);
        if (!in.reportedAt)
            found << IntakeProblem{QStringLiteral("reported_at"), tr("not an ISO 8601 time: %1").arg(reported.toString())};
    }
    const QJsonValue parties = o.value(QLatin1String("parties"));
    if (!parties.isUndefined() && !parties.isNull() && !parties.isArray())
        found << IntakeProblem{QStringLiteral("parties"), tr("must be a list")};
    const QJsonArray list = parties.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject p = list[i].toObject();
        if (!list[i].isObject()) {
            found << IntakeProblem{QStringLiteral("parties[%1]").arg(i), tr("must be an object")};
            continue;
        }
        DisputePartyInput party;
        party.name = p.value(QLatin1String("name")).toString().trimmed();
        party.idCard = p.value(QLatin1String("id_number")).toString().trimmed().toUpper();
        party.phone = p.value(QLatin1String("phone")).toString().trimmed();
        party.role = p.value(QLatin1String("role")).toString(i == 0 ? QStringLiteral("applicant")
                                                                    : QStringLiteral("respondent"));
        for (auto it = p.begin(); it != p.end(); ++it) {
            if (!QStringList{QStringLiteral("name"), QStringLiteral("id_number"), QStringLiteral("phone"),
                             QStringLiteral("role")}.contains(it.key()))
                found << IntakeProblem{QStringLiteral("parties[%1].%2").arg(i).arg(it.key()), tr("unknown field")};
        }
        in.parties << party;
    }
    found << validate(in);
    if (problems)
        *problems = found;
    return in;
}

double titleSimilarity(const QString &a, const QString &b)
{
    const QSet<QString> x = bigrams(a);
    const QSet<QString> y = bigrams(b);
    if (x.isEmpty() || y.isEmpty())
        return 0;
    const qsizetype common = QSet<QString>(x).intersect(y).size();
    return 2.0 * double(common) / double(x.size() + y.size());
}

} // namespace DisputeIntakeRules
