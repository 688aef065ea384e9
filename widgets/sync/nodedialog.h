#pragma once

// File ▸ Sync ▸ Node and pairing…: this store as a sync node (id, role, scope, name) and the
// nodes it trusts with their last exchanges; buttons to write this node's public identity to
// a file and to trust another node's. The desk does the work and answers in the line below.

#include "security/feedbacklabel.h"
#include "store/noderepository.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;

class NodeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NodeDialog(QWidget *parent = nullptr);

    // This node; `initialised` false: not a sync node yet (the buttons are off).
    void setSelf(const NodeRepository::Self &self);
    void setPeers(const QList<SyncPeer> &peers);
    // May the account trust another node (Permission::Sync on a writable store)?
    void setTrustAllowed(bool allowed);
    void showFeedback(FeedbackLabel::Tone tone, const QString &text);

    QString selfText() const;
    QTableWidget *peerTable() const { return m_peers; }
    QPushButton *exportIdentityButton() const { return m_exportButton; }
    QPushButton *trustButton() const { return m_trustButton; }
    QString feedbackText() const;

    static QString roleLabel(const QString &role);

Q_SIGNALS:
    void exportIdentityRequested();
    void trustRequested();

private:
    void updateButtons();

    QLabel *m_self;
    QTableWidget *m_peers;
    QPushButton *m_exportButton;
    QPushButton *m_trustButton;
    QLabel *m_feedback;
    bool m_initialised = false;
    bool m_trustAllowed = true;
};
