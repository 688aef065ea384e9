#pragma once

#include "domain/disputeworkflow.h"

#include <QObject>
#include <QString>

#include <functional>

class Database;
class QWidget;

// Takes a workflow action the detail panel asked for: asks for the fields the action needs
// (DisputeActionDialog), writes it through DisputeCommands as the current user, and tells the
// operator why when it is refused. Emits disputeChanged after a write.
class DisputeActionHandler : public QObject
{
    Q_OBJECT
public:
    DisputeActionHandler(Database &db, QWidget *dialogParent, QObject *parent = nullptr);

    void setActor(const QString &login) { m_actor = login; }
    QString actor() const { return m_actor; }
    // Tests: answers the dialog instead of a person (return false to cancel).
    using DialogHook = std::function<bool(class DisputeActionDialog &)>;
    void setDialogHook(DialogHook hook) { m_hook = std::move(hook); }

    // Returns true when the action was written.
    bool handle(const QString &disputeId, DisputeAction action);

    // The last refusal shown (tests).
    QString lastRefusal() const { return m_lastRefusal; }

Q_SIGNALS:
    void disputeChanged(const QString &disputeId);

private:
    Database &m_db;
    QWidget *m_dialogParent;
    QString m_actor;
    DialogHook m_hook;
    QString m_lastRefusal;
};
