#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// A dispute as it is registered (登记): what the intake form and `pingan-cli dispute add` take.
struct DisputePartyInput
{
    QString role = QStringLiteral("applicant"); // applicant, respondent, third_party
    QString name;
    QString idCard;   // optional; checked when given
    QString phone;    // optional; checked when given
};

struct DisputeIntake
{
    QString title;
    QString summary;
    QString category;   // key (disputeCategories)
    QString source;     // key (disputeSources)
    QString gridCode;   // the grid (网格) the dispute belongs to
    QString complexity = QStringLiteral("general");
    bool major = false;
    qint64 amountYuan = 0;
    std::optional<qint64> reportedAt;   // UTC epoch ms; now when not given
    QList<DisputePartyInput> parties;
};

// One thing wrong with an intake: the field (as the JSON and the form name it) and why.
struct IntakeProblem
{
    QString field;     // title, category, parties[1].id_number, …
    QString message;

    QString text() const { return field + QStringLiteral(": ") + message; }
};

namespace DisputeIntakeRules {

// Everything that can be checked without the store (the grid's existence is checked there).
QList<IntakeProblem> validate(const DisputeIntake &intake);
QList<IntakeProblem> validateParty(const DisputePartyInput &party, int index);

// Reads the JSON object of `dispute add`: {title, summary, category, region_code, source,
// reported_at?, complexity?, major?, amount_yuan?, parties?: [{name, id_number?, phone?, role?}]}.
// Category and source are given by key or Chinese name; reported_at is ISO 8601 (local time when
// it has no offset) or epoch ms. Unknown members are problems too (a typo must not be ignored).
DisputeIntake fromJson(const QJsonObject &object, QList<IntakeProblem> *problems);

// How alike two titles are, from 0 to 1 (Dice coefficient over character bigrams, ignoring
// spaces and punctuation): 邻里噪音纠纷 and 邻里间噪音纠纷 ≈ 0.8.
double titleSimilarity(const QString &a, const QString &b);
// Titles at least this alike are flagged as a possible duplicate.
constexpr double kSimilarTitle = 0.6;
// Duplicates are looked for among disputes reported this many days before.
constexpr int kDuplicateWindowDays = 30;

} // namespace DisputeIntakeRules
