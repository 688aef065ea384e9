#pragma once

// The form for one patrol platform: register a new one or edit one in the registry. Fields are
// checked as they are typed; Save writes through PlatformRepository and stays open, listing
// what the store refused, until the write succeeds.

#include "domain/platform.h"
#include "domain/region.h"

#include <QDialog>
#include <QList>

#include <optional>

class PlatformRepository;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

class PlatformDialog : public QDialog
{
    Q_OBJECT
public:
    // `areas`: the regions a platform may be responsible for (townships and villages), with
    // their centroids (a new platform starts at its area's centroid). `existing`: the
    // platform to edit; none registers a new one.
    PlatformDialog(PlatformRepository &repo, const QList<Region> &areas, const QString &actor,
                   const std::optional<Platform> &existing, QWidget *parent = nullptr);

    PlatformInput input() const;
    // Puts a place into the position fields (a point chosen on the map).
    void setPosition(double lon, double lat);
    QList<PlatformProblem> problems() const;
    // The id written by the last successful save.
    QString savedId() const { return m_savedId; }

    void accept() override;

private:
    void kindChanged();
    void areaChanged();
    void updateProblems();

    PlatformRepository &m_repo;
    QList<Region> m_areas;
    QString m_actor;
    std::optional<Platform> m_existing;
    QString m_savedId;
    QList<PlatformProblem> m_storeProblems;
    bool m_speedEdited = false;
    bool m_positionEdited = false;

    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_area = nullptr;
    QDoubleSpinBox *m_lon = nullptr;
    QDoubleSpinBox *m_lat = nullptr;
    QSpinBox *m_staff = nullptr;
    QSpinBox *m_vehicles = nullptr;
    QSpinBox *m_volunteers = nullptr;
    QLineEdit *m_duty = nullptr;
    QDoubleSpinBox *m_speed = nullptr;
    QDateEdit *m_opened = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_save = nullptr;
};
