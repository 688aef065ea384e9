#pragma once

#include "common/paneldock.h"

#include "store/auditlog.h"

#include <functional>

class AuditLogModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// 审计日志, for the audit admin: the audit rows (newest first) filtered by day, user and action,
// and Verify, which walks the hash chain and says whether the log is sound or which row was
// changed, deleted or inserted. The desk answers both through callbacks.
class AuditDock : public PanelDock
{
    Q_OBJECT
public:
    using Query = std::function<QList<AuditEntry>(const AuditFilter &filter)>;
    using Verify = std::function<AuditVerdict()>;

    explicit AuditDock(QWidget *parent = nullptr);
    ~AuditDock() override;

    void setQuery(Query query) { m_query = std::move(query); }
    void setVerify(Verify verify) { m_verify = std::move(verify); }

    // The filter as the form holds it (days in local time, the "to" day included).
    AuditFilter filter() const;
    void setUser(const QString &login);
    void setAction(const QString &action);

    AuditLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *verifyButton() const { return m_verifyButton; }
    // The verdict on show (empty before Verify).
    QString verdictText() const;
    bool verdictSound() const { return m_sound; }

public Q_SLOTS:
    // Reads the rows again with the form's filter.
    void reload();
    void verify();

private:
    Query m_query;
    Verify m_verify;
    AuditLogModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_action = nullptr;
    QPushButton *m_reloadButton = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_count = nullptr;
    bool m_sound = false;
};
