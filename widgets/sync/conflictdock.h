#pragma once

#include "common/paneldock.h"

#include "security/feedbacklabel.h"
#include "store/conflictrepository.h"

#include <QHash>
#include <QVariantMap>

#include <functional>

class ConflictFieldModel;
class ConflictModel;
class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

// 同步冲突: the rows changed both here and on another node since their last exchange. The
// list on top; below it the two versions of the selected one side by side, the differing
// fields highlighted, each with a tick on the value to keep; and 保留本地, 保留对方 or
// 按所选字段合并. The desk reads the conflicts, writes the choice and says how it went.
class ConflictDock : public PanelDock
{
    Q_OBJECT
public:
    // Why the account may not resolve `conflict` here (read-only), or empty when it may.
    using Refusal = std::function<QString(const SyncConflict &conflict)>;

    explicit ConflictDock(QWidget *parent = nullptr);
    ~ConflictDock() override;

    // Replaces the list, keeping the selected conflict when it is still listed (else the
    // first open one is selected).
    void setConflicts(const QList<SyncConflict> &conflicts);
    // Node id → name, for where each version came from; `selfId` is this installation.
    void setNodeNames(const QHash<QString, QString> &names, const QString &selfId);
    void setRegionNames(const QHash<QString, QString> &names);
    void setRefusal(Refusal refusal);
    // The line under the buttons: what a resolve did, or why it was refused.
    void showFeedback(FeedbackLabel::Tone tone, const QString &text);

    bool showsResolved() const;
    void setShowResolved(bool show);
    QString currentConflictId() const;
    // Selects the conflict's row; false when it is not listed.
    bool selectConflict(const QString &id);

    ConflictModel *model() const { return m_model; }
    ConflictFieldModel *fieldModel() const { return m_fields; }
    QTableView *view() const { return m_view; }
    QTableView *fieldView() const { return m_fieldView; }
    QCheckBox *showAllFieldsBox() const { return m_showAllFields; }
    QPushButton *keepLocalButton() const { return m_keepLocal; }
    QPushButton *keepRemoteButton() const { return m_keepRemote; }
    QPushButton *mergeButton() const { return m_merge; }
    QString feedbackText() const;
    // Where the versions came from and which one the table holds.
    QString versionsText() const;
    // Why the buttons are off (empty when they are on).
    QString refusalText() const;

Q_SIGNALS:
    void keepRequested(const QString &conflictId, ConflictRepository::Keep keep);
    void mergeRequested(const QString &conflictId, const QVariantMap &fields);
    void showResolvedChanged(bool show);
    // A double click on a conflict about a dispute (or its party or history): show that
    // dispute in its panel.
    void disputeActivated(const QString &disputeId);

private:
    void showCurrent();
    void updateButtons();
    QString nodeText(const QString &nodeId) const;
    QString versionText(const QString &side, const QString &origin,
                        const QJsonObject &version) const;
    const SyncConflict *current() const;

    ConflictModel *m_model = nullptr;
    ConflictFieldModel *m_fields = nullptr;
    QTableView *m_view = nullptr;
    QTableView *m_fieldView = nullptr;
    QCheckBox *m_showResolved = nullptr;
    QCheckBox *m_showAllFields = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_detail = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_versions = nullptr;
    QPushButton *m_keepLocal = nullptr;
    QPushButton *m_keepRemote = nullptr;
    QPushButton *m_merge = nullptr;
    QLabel *m_feedback = nullptr;
    QLabel *m_refusal = nullptr;
    Refusal m_refusalOf;
    QHash<QString, QString> m_nodeNames;
    QString m_selfId;
};
