#include "disputedetaildock.h"

#include "domain/deadlinetext.h"
#include "domain/dispute.h"
#include "domain/disputeworkflow.h"
#include "domain/masking.h"
#include "security/unmaskdialog.h"
#include "store/disputerepository.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString dateTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString complexityLabel(const QString &key)
{
    if (key == QLatin1String("general"))
        return DisputeDetailDock::tr("General");
    if (key == QLatin1String("complex"))
        return DisputeDetailDock::tr("Complex");
    if (key == QLatin1String("major"))
        return DisputeDetailDock::tr("Major");
    return key;
}

QString partyRoleLabel(const QString &key)
{
    if (key == QLatin1String("applicant"))
        return DisputeDetailDock::tr("Applicant");
    if (key == QLatin1String("respondent"))
        return DisputeDetailDock::tr("Respondent");
    if (key == QLatin1String("third_party"))
        return DisputeDetailDock::tr("Third party");
    return key;
}

QString satisfactionLabel(const QString &key)
{
    if (key == QLatin1String("satisfied"))
        return DisputeDetailDock::tr("Satisfied");
    if (key == QLatin1String("basically_satisfied"))
        return DisputeDetailDock::tr("Basically satisfied");
    if (key == QLatin1String("dissatisfied"))
        return DisputeDetailDock::tr("Dissatisfied");
    return key;
}

QString handlingLevelLabel(int level)
{
    switch (level) {
    case 0: return DisputeDetailDock::tr("County level");
    case 1: return DisputeDetailDock::tr("Township level");
    case 2: return DisputeDetailDock::tr("Village level");
    }
    return QString::number(level);
}

QString actionLabel(const QString &key)
{
    DisputeAction action;
    return DisputeWorkflow::actionFromKey(key, &action) ? DisputeWorkflow::actionLabel(action)
                                                        : key;
}

QString statusColour(const QString &key)
{
    DisputeStatus status;
    if (!disputeStatusFromKey(key, &status))
        return QStringLiteral("#6b7280");
    switch (status) {
    case DisputeStatus::Reported:
    case DisputeStatus::Accepted:
    case DisputeStatus::Routed: return QStringLiteral("#1d4ed8");
    case DisputeStatus::Mediating: return QStringLiteral("#b45309");
    case DisputeStatus::Resolved:
    case DisputeStatus::FollowedUp:
    case DisputeStatus::Closed: return QStringLiteral("#15803d");
    case DisputeStatus::Failed:
    case DisputeStatus::Referred: return QStringLiteral("#b91c1c");
    case DisputeStatus::Withdrawn: return QStringLiteral("#6b7280");
    }
    return QStringLiteral("#6b7280");
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='color:#6b7280; padding-right:12px; "
                          "white-space:nowrap'>%1</td><td>%2</td></tr>")
        .arg(esc(label), value);
}

} // namespace

DisputeDetailDock::DisputeDetailDock(QWidget *parent)
    : PanelDock(tr("Dispute detail"), QStringLiteral("disputeDetailDock"), parent)
    , m_calendar(WorkCalendar::china())
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_actions = new QWidget(content);
    m_actionLayout = new QGridLayout(m_actions);
    m_actionLayout->setContentsMargins(6, 6, 6, 0);
    m_actionLayout->setSpacing(4);
    layout->addWidget(m_actions);
    m_unmaskButton = new QPushButton(tr("Show full numbers"), content);
    m_unmaskButton->setObjectName(QStringLiteral("unmaskButton"));
    m_unmaskButton->setToolTip(
        tr("Show the parties' full ID numbers and phones (asks for a reason, which is audited)"));
    m_unmaskButton->hide();
    connect(m_unmaskButton, &QPushButton::clicked, this, &DisputeDetailDock::requestUnmask);
    auto *unmaskRow = new QHBoxLayout;
    unmaskRow->setContentsMargins(6, 0, 6, 0);
    unmaskRow->addStretch(1);
    unmaskRow->addWidget(m_unmaskButton);
    layout->addLayout(unmaskRow);
    m_browser = new QTextBrowser(content);
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_browser, 1);
    setContent(content);
    clearDispute();
}

void DisputeDetailDock::setCalendar(const WorkCalendar &calendar, QDate today)
{
    m_calendar = calendar;
    m_today = today;
}

void DisputeDetailDock::setRole(std::optional<UserRole> role)
{
    m_role = role;
}

void DisputeDetailDock::setEditable(bool editable)
{
    m_editable = editable;
    m_actions->setVisible(editable && !m_buttons.isEmpty());
}

void DisputeDetailDock::setUnmaskOffered(bool offered)
{
    m_unmaskOffered = offered;
    if (!offered && m_unmasked) {
        m_unmasked = false;
        render();
    }
    updateUnmaskButton();
}

void DisputeDetailDock::updateUnmaskButton()
{
    bool personal = false;
    if (m_detail) {
        for (const DisputePartyRow &p : m_detail->parties)
            personal = personal || !p.idCard.isEmpty() || !p.phone.isEmpty();
    }
    m_unmaskButton->setVisible(m_unmaskOffered && personal && !m_unmasked);
    m_unmaskButton->setEnabled(m_unmaskOffered && bool(m_unmask));
}

void DisputeDetailDock::requestUnmask()
{
    if (!m_detail || !m_unmaskOffered || !m_unmask || m_unmasked)
        return;
    const QString id = m_id;
    UnmaskDialog dialog(QStringLiteral("%1 %2").arg(m_detail->caseNo, m_detail->title), this);
    const bool answered = m_reasonHook ? m_reasonHook(dialog) : dialog.exec() == QDialog::Accepted;
    if (!answered || dialog.reason().size() < UnmaskDialog::kMinimumReasonLength)
        return;
    if (!m_unmask(id, dialog.reason()) || id != m_id)
        return;
    m_unmasked = true;
    render();
    updateUnmaskButton();
}

void DisputeDetailDock::showDispute(const DisputeDetail &detail)
{
    if (detail.id != m_id)
        m_unmasked = false;
    m_id = detail.id;
    m_detail = std::make_shared<const DisputeDetail>(detail);
    render();
    rebuildButtons(detail.status);
    updateUnmaskButton();
    showContent();
}

void DisputeDetailDock::render()
{
    if (!m_detail)
        return;
    const DisputeDetail &detail = *m_detail;
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    QString deadline;
    DeadlineLook look = DeadlineLook::Plain;
    if (detail.dueOn.isValid() && disputeDeadlineRuns(detail.status)) {
        deadline = deadlineText(today, detail.dueOn, m_calendar);
        if (detail.dueOn < today)
            look = DeadlineLook::Overdue;
        else if (m_calendar.workingDaysBetween(today, detail.dueOn) <= kDisputeDueSoonWorkingDays)
            look = DeadlineLook::DueSoon;
    }
    m_browser->setHtml(toHtml(detail, deadline, look, m_unmasked));
}

void DisputeDetailDock::rebuildButtons(const QString &statusKey)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_offered.clear();
    DisputeStatus status;
    if (m_editable && disputeStatusFromKey(statusKey, &status))
        m_offered = DisputeWorkflow::allowedActions(status, m_role);
    const int columns = 4;
    for (int i = 0; i < m_offered.size(); ++i) {
        const DisputeAction action = m_offered.at(i);
        auto *button = new QPushButton(DisputeWorkflow::actionLabel(action), m_actions);
        button->setObjectName(QStringLiteral("action_") + DisputeWorkflow::actionKey(action));
        connect(button, &QPushButton::clicked, this, [this, action] {
            Q_EMIT actionRequested(m_id, action);
        });
        m_actionLayout->addWidget(button, i / columns, i % columns);
        m_buttons << button;
    }
    m_actions->setVisible(!m_buttons.isEmpty());
}

QPushButton *DisputeDetailDock::actionButton(DisputeAction action) const
{
    const int i = int(m_offered.indexOf(action));
    return i >= 0 ? m_buttons.at(i) : nullptr;
}

void DisputeDetailDock::clearDispute()
{
    m_id.clear();
    m_detail.reset();
    m_unmasked = false;
    updateUnmaskButton();
    m_browser->clear();
    rebuildButtons(QString());
    showMessage(tr("Select a dispute in the queue to see its facts, parties and history."));
}

QString DisputeDetailDock::text() const
{
    return isShowingContent() ? m_browser->toPlainText() : message();
}

QString DisputeDetailDock::toHtml(const DisputeDetail &d, const QString &deadline,
                                  DeadlineLook look, bool unmasked)
{
    const QLocale locale;
    QString html;
    html += QStringLiteral("<div style='font-size:large; font-weight:600'>%1</div>")
                .arg(esc(d.title));
    html += QStringLiteral("<div style='margin-top:2px'><span style='color:#6b7280'>%1</span>"
                           "&nbsp;&nbsp;<span style='color:%2; font-weight:600'>%3</span>%4</div>")
                .arg(esc(d.caseNo), statusColour(d.status), esc(disputeStatusLabel(d.status)),
                     d.major
                         ? QStringLiteral(
                               "&nbsp;&nbsp;<span style='color:#b91c1c; font-weight:600'>%1</span>")
                               .arg(esc(tr("Major dispute")))
                         : QString());

    QString facts;
    facts += row(tr("Category"), esc(disputeCategoryLabel(d.category)));
    facts += row(tr("Source"), esc(disputeSourceLabel(d.source)));
    facts += row(tr("Complexity"), esc(complexityLabel(d.complexity)));
    facts += row(tr("Handling level"), esc(handlingLevelLabel(d.level)));
    QStringList place;
    for (const QString &p : {d.townshipName, d.villageName, d.gridName}) {
        if (!p.isEmpty())
            place << p;
    }
    facts += row(tr("Place"), esc(place.join(QStringLiteral(" / "))));
    if (!d.mediationBody.isEmpty())
        facts += row(tr("Mediation body"), esc(d.mediationBody));
    if (!d.mediator.isEmpty())
        facts += row(tr("Mediator"), esc(d.mediator));
    if (d.amountYuan > 0)
        facts += row(tr("Amount"), esc(tr("%1 yuan").arg(locale.toString(d.amountYuan))));
    facts += row(tr("Reported"), esc(dateTime(d.reportedAt)));
    if (d.acceptedAt)
        facts += row(tr("Accepted"), esc(dateTime(*d.acceptedAt)));
    if (d.dueOn.isValid()) {
        QString due = esc(d.dueOn.toString(Qt::ISODate));
        if (!deadline.isEmpty()) {
            due += QStringLiteral("&nbsp;&nbsp;<span style='color:%1; font-weight:600'>%2</span>")
                       .arg(look == DeadlineLook::Overdue   ? QStringLiteral("#b91c1c")
                            : look == DeadlineLook::DueSoon ? QStringLiteral("#b45309")
                                                            : QStringLiteral("#374151"),
                        esc(deadline));
        }
        facts += row(tr("Due"), due);
    }
    if (d.resolvedAt)
        facts += row(tr("Resolved"), esc(dateTime(*d.resolvedAt)));
    if (d.closedAt)
        facts += row(tr("Closed"), esc(dateTime(*d.closedAt)));
    if (!d.satisfaction.isEmpty())
        facts += row(tr("Follow-up"), esc(satisfactionLabel(d.satisfaction)));
    html += QStringLiteral(
                "<table cellspacing='0' cellpadding='2' style='margin-top:8px'>%1</table>")
                .arg(facts);

    if (!d.summary.isEmpty()) {
        html
            += QStringLiteral("<h4 style='margin-bottom:2px'>%1</h4><p style='margin-top:0'>%2</p>")
                   .arg(esc(tr("Facts")), esc(d.summary));
    }

    html += QStringLiteral("<h4 style='margin-bottom:2px'>%1</h4>").arg(esc(tr("Parties")));
    if (d.parties.isEmpty()) {
        html += QStringLiteral("<p style='color:#6b7280; margin-top:0'>%1</p>")
                    .arg(esc(tr("No parties recorded.")));
    } else {
        QString parties;
        for (const DisputePartyRow &p : d.parties) {
            parties += QStringLiteral("<tr><td style='color:#6b7280; padding-right:8px; "
                                      "white-space:nowrap'>%1</td>"
                                      "<td style='padding-right:8px'>%2</td>"
                                      "<td style='padding-right:8px; white-space:nowrap'>%3</td>"
                                      "<td style='white-space:nowrap'>%4</td></tr>")
                           .arg(esc(partyRoleLabel(p.role)), esc(p.name),
                                esc(unmasked ? p.idCard : Masking::idCard(p.idCard)),
                                esc(unmasked ? p.phone : Masking::phone(p.phone)));
        }
        html += QStringLiteral("<table cellspacing='0' cellpadding='2'>%1</table>").arg(parties);
    }

    html += QStringLiteral("<h4 style='margin-bottom:2px'>%1</h4>").arg(esc(tr("History")));
    QString events;
    for (const DisputeEventRow &e : d.events) {
        QString what = QStringLiteral("<b>%1</b> → %2")
                           .arg(esc(actionLabel(e.action)), esc(disputeStatusLabel(e.toStatus)));
        if (!e.actor.isEmpty())
            what += QStringLiteral(" <span style='color:#6b7280'>(%1)</span>").arg(esc(e.actor));
        if (!e.note.isEmpty())
            what += QStringLiteral("<br/><span style='color:#374151'>%1</span>").arg(esc(e.note));
        events += QStringLiteral("<tr><td style='color:#6b7280; padding-right:10px; "
                                 "white-space:nowrap' valign='top'>%1</td><td>%2</td></tr>")
                      .arg(esc(dateTime(e.at)), what);
    }
    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>%1</table>").arg(events);
    return html;
}
