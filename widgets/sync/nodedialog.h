#pragma once

// File ▸ Sync ▸ Node and pairing…: this store as a sync node (id, role, scope, name) and the
// nodes it trusts with their last exchanges; buttons to write this node's public identity to
// a file and to trust another node's. A store that is no node yet gets a form instead: county
// hub or township (which one), and the node's name. The desk does the work and answers in the
// line below.

#include "security/feedbacklabel.h"
#include "store/noderepository.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
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
    // The county's townships (code, name), for the form of a store that is no node yet.
    void setTownships(const QList<QPair<QString, QString>> &townships);
    // May the account trust another node (Permission::Sync on a writable store)?
    void setTrustAllowed(bool allowed);
    void showFeedback(FeedbackLabel::Tone tone, const QString &text);

    QString selfText() const;
    QTableWidget *peerTable() const { return m_peers; }
    QPushButton *exportIdentityButton() const { return m_exportButton; }
    QPushButton *trustButton() const { return m_trustButton; }
    QGroupBox *initForm() const { return m_initForm; }
    QComboBox *roleBox() const { return m_role; }
    QComboBox *townshipBox() const { return m_township; }
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *initButton() const { return m_initButton; }
    QString feedbackText() const;

    static QString roleLabel(const QString &role);

Q_SIGNALS:
    void exportIdentityRequested();
    void trustRequested();
    // role "hub" or "township"; scope the township's code (empty for the hub).
    void initRequested(const QString &role, const QString &scope, const QString &name);

private:
    void updateButtons();
    void roleChosen();

    QLabel *m_self;
    QTableWidget *m_peers;
    QPushButton *m_exportButton;
    QPushButton *m_trustButton;
    QGroupBox *m_initForm;
    QComboBox *m_role;
    QComboBox *m_township;
    QLineEdit *m_name;
    QPushButton *m_initButton;
    QString m_suggestedName;    // the name the form filled in (replaced while not edited)
    QLabel *m_feedback;
    bool m_initialised = false;
    bool m_trustAllowed = true;
};
