#pragma once

#include "domain/surveyscheme.h"
#include "domain/surveystats.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class Database;

// Reads the survey (一感两度两率) from the store: waves, the answers of a wave counted per region
// (from the counts migration 7 keeps), the regions the figures are about, and the scoring
// schemes. Writing responses is SurveyImportWriter's (store/surveyimportwriter.h).
class SurveyRepository
{
public:
    struct Wave
    {
        QString id;
        QString name;        // "2026Q3"
        QDate startsOn;
        QDate endsOn;
        qint64 responses = 0;   // live responses
    };

    explicit SurveyRepository(Database &db)
        : m_db(db)
    {}

    // Live waves, oldest first (by start date, then name).
    QList<Wave> waves() const;
    std::optional<Wave> wave(const QString &name) const;
    // The wave before `name` in waves() order; none for the first.
    std::optional<Wave> previousWave(const QString &name) const;

    // The live answers of a wave counted per answered region (table survey_tally).
    SurveyTally tally(const QString &waveId) const;
    // The same counts by one GROUP BY in SQLite: the benchmark's baseline and a cross-check.
    SurveyTally tallyByGroupBy(const QString &waveId) const;
    // The live county, townships and villages with names and populations.
    SurveyGeography geography() const;

    // The scheme in force: the stored default, else the newest stored one, else the standard
    // preset. *problem says so when a stored scheme is not valid (the preset is used).
    SurveyScheme currentScheme(QString *problem = nullptr) const;
    // Stored live schemes (valid ones), newest first.
    QList<SurveyScheme> schemes() const;
    // Stores `scheme` (a new row when its id is empty or unknown, else a new revision) and makes
    // it the default, in one transaction; returns its id. Throws StoreError when the scheme is
    // not valid (naming the indicator and field) or the write fails.
    QString saveScheme(const SurveyScheme &scheme, const QString &actor);

private:
    Database &m_db;
};
