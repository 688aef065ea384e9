#pragma once

// The survey panel at work on an open store: reads the scheme, the waves and every wave's
// answer counts on a worker thread (its own connection), computes the figures and gives them to
// the dock; opens the import dialog and the scheme form, and keeps the township figures the map
// colours by.

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class Database;
class SurveyDock;
class SurveyImportDialog;
class SurveySchemeDialog;

class SurveyDesk : public QObject
{
    Q_OBJECT
public:
    SurveyDesk(Database &db, SurveyDock *dock, QWidget *dialogParent, QObject *parent = nullptr);
    ~SurveyDesk() override;

    // Reads the store and computes every wave's figures again.
    void refresh();
    bool isBusy() const { return m_busy; }
    void setActor(const QString &login) { m_actor = login; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    // The import dialog (non-modal); a landed import refreshes the panel.
    SurveyImportDialog *importResponses();
    // The scheme form; a saved scheme becomes the default and the figures are computed again.
    void editScheme();
    // Tests answer the scheme form instead of a person (return false to cancel).
    void setSchemeHook(std::function<bool(SurveySchemeDialog &)> hook)
    {
        m_schemeHook = std::move(hook);
    }

Q_SIGNALS:
    void refreshed();                        // the dock holds new figures (or an error)
    void schemeChanged();                    // a new scheme was saved (the map recolours)
    void imported(const QString &waveName);  // responses landed

private:
    Database &m_db;
    SurveyDock *m_dock;
    QWidget *m_dialogParent;
    QString m_path;
    QString m_actor;
    bool m_readOnly = false;
    bool m_busy = false;
    int m_generation = 0;
    std::function<bool(SurveySchemeDialog &)> m_schemeHook;
};
