#include "disputeactionhandler.h"

#include "disputes/disputeactiondialog.h"
#include "store/database.h"
#include "store/disputecommands.h"
#include "store/disputerepository.h"
#include "store/mediationrepository.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QMessageBox>

DisputeActionHandler::DisputeActionHandler(Database &db, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_dialogParent(dialogParent)
{
}

bool DisputeActionHandler::handle(const QString &disputeId, DisputeAction action)
{
    m_lastRefusal.clear();
    const std::optional<DisputeDetail> detail = DisputeRepository(m_db).detail(disputeId);
    if (!detail)
        return false;
    DisputeStatus status;
    if (!disputeStatusFromKey(detail->status, &status))
        return false;
    const DisputeTransition *transition = DisputeWorkflow::find(status, action);
    if (!transition)
        return false;

    MediationRepository mediation(m_db);
    QList<MediationBodyRow> bodies;
    if (transition->requiredFields & static_cast<unsigned>(DisputeField::MediationBody))
        bodies = mediation.bodiesForGrid(detail->gridCode);
    DisputeActionDialog dialog(action, *transition,
                               QStringLiteral("%1  %2").arg(detail->caseNo, detail->title), bodies,
                               [&mediation](const QString &body) { return mediation.mediators(body); },
                               m_dialogParent);
    const bool accepted = m_hook ? m_hook(dialog) : dialog.exec() == QDialog::Accepted;
    if (!accepted)
        return false;

    DisputeActionInput input = dialog.input();
    input.actor = m_actor;
    try {
        // Refused, saying who and when, if another workstation acted while the dialog was open.
        DisputeCommands(m_db).act(disputeId, action, input, QDateTime::currentMSecsSinceEpoch(),
                                  detail->rev);
    } catch (const DisputeRefused &e) {
        m_lastRefusal = e.message();
        if (!m_hook) {
            QMessageBox::warning(m_dialogParent, DisputeWorkflow::actionLabel(action),
                                 tr("Not done: %1").arg(e.message()));
        }
        return false;
    } catch (const StoreError &e) {
        m_lastRefusal = e.text();
        if (!m_hook)
            QMessageBox::critical(m_dialogParent, DisputeWorkflow::actionLabel(action), e.text());
        return false;
    }
    Q_EMIT disputeChanged(disputeId);
    return true;
}
