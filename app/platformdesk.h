#pragma once

// The platform registry at work on an open store: fills the platform panel, opens the form to
// register or edit a platform, retires one after asking, and writes a platform dragged on the
// map — each through PlatformRepository as the current user, telling the operator why when the
// store refuses. Emits platformsChanged after every write (the map and coverage read again).

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class Database;
class MapView;
class PatrolRecordDialog;
class PlatformDialog;
class PlatformDock;
class PlatformRepository;
class PlatformTableModel;
class QDate;
class QPointF;
class QWidget;

class PlatformDesk : public QObject
{
    Q_OBJECT
public:
    PlatformDesk(Database &db, PlatformDock *dock, MapView *map, QWidget *dialogParent,
                 QObject *parent = nullptr);
    ~PlatformDesk() override;

    void setActor(const QString &login) { m_actor = login; }
    // Reads the registry again (after an import or sync).
    void reload();
    PlatformTableModel *model() const { return m_model.get(); }

    // Tests answer the dialogs instead of a person: the form (return false to cancel), the
    // retire question (return the day, or an invalid date to cancel) and the move question.
    void setFormHook(std::function<bool(PlatformDialog &)> hook) { m_formHook = std::move(hook); }
    void setRetireHook(std::function<QDate(const QString &name)> hook)
    {
        m_retireHook = std::move(hook);
    }
    void setMoveHook(std::function<bool(const QString &name)> hook) { m_moveHook = std::move(hook); }
    // The shift / incident form (return false to cancel), and the CSV file an import reads.
    void setRecordHook(std::function<bool(PatrolRecordDialog &)> hook)
    {
        m_recordHook = std::move(hook);
    }
    void setImportPathHook(std::function<QString(bool incidents)> hook)
    {
        m_importPathHook = std::move(hook);
    }
    // What the last import said (rows read and written, or the problems).
    QString lastImportReport() const { return m_lastImportReport; }
    QString lastRefusal() const { return m_lastRefusal; }

    void addPlatform();
    void editPlatform(const QString &id);
    void retirePlatform(const QString &id);
    void movePlatform(const QString &id, const QPointF &lonLat);
    void recordShift();
    void recordIncident();
    // Reads a CSV file of shifts or incidents on a worker (its own connection): all rows or
    // none; the report says which rows are wrong.
    void importRecords(bool incidents);

Q_SIGNALS:
    void platformsChanged();
    // Shifts or incidents were written (response figures and map points read again).
    void recordsChanged();
    void importFinished(bool ok);

private:
    bool runForm(PlatformDialog &dialog);
    void refused(const QString &title, const QString &message);

    Database &m_db;
    PlatformDock *m_dock;
    MapView *m_map;
    QWidget *m_dialogParent;
    QString m_actor;
    std::unique_ptr<PlatformRepository> m_repo;
    std::unique_ptr<PlatformTableModel> m_model;
    std::function<bool(PlatformDialog &)> m_formHook;
    std::function<QDate(const QString &)> m_retireHook;
    std::function<bool(const QString &)> m_moveHook;
    QString m_lastRefusal;
    std::function<bool(PatrolRecordDialog &)> m_recordHook;
    std::function<QString(bool)> m_importPathHook;
    QString m_lastImportReport;
    bool m_importing = false;
};
