#include "disputeactiondialog.h"

#include "domain/dispute.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

bool needs(unsigned required, DisputeField field)
{
    return (required & static_cast<unsigned>(field)) != 0;
}

QString bodyText(const MediationBodyRow &b)
{
    static const char *const kLevels[] = {QT_TRANSLATE_NOOP("DisputeActionDialog", "County"),
                                          QT_TRANSLATE_NOOP("DisputeActionDialog", "Township"),
                                          QT_TRANSLATE_NOOP("DisputeActionDialog", "Village")};
    return DisputeActionDialog::tr("%1 (%2, %n open case(s))", nullptr, b.openCases)
        .arg(b.name, DisputeActionDialog::tr(kLevels[qBound(0, b.level, 2)]));
}

} // namespace

DisputeActionDialog::DisputeActionDialog(DisputeAction action, const DisputeTransition &transition,
                                         const QString &caseTitle,
                                         const QList<MediationBodyRow> &bodies,
                                         std::function<QList<MediatorRow>(const QString &)> mediatorsOf,
                                         QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_required(transition.requiredFields)
    , m_mediatorsOf(std::move(mediatorsOf))
{
    setWindowTitle(DisputeWorkflow::actionLabel(action));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(caseTitle, this);
    title->setWordWrap(true);
    title->setStyleSheet(QStringLiteral("font-weight:600"));
    layout->addWidget(title);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    if (needs(m_required, DisputeField::MediationBody) || action == DisputeAction::StartMediation) {
        if (needs(m_required, DisputeField::MediationBody)) {
            m_body = new QComboBox(this);
            for (const MediationBodyRow &b : bodies)
                m_body->addItem(bodyText(b), b.id);
            form->addRow(tr("Mediation &body"), m_body);
            connect(m_body, &QComboBox::currentIndexChanged, this, &DisputeActionDialog::fillMediators);
        }
        m_mediator = new QComboBox(this);
        form->addRow(tr("&Mediator"), m_mediator);
        fillMediators();
    }
    if (needs(m_required, DisputeField::ReferralTarget)) {
        m_choice = new QComboBox(this);
        for (const QString &k : disputeReferralKeys())
            m_choice->addItem(disputeReferralLabel(k), k);
        form->addRow(tr("Refer &to"), m_choice);
    }
    if (needs(m_required, DisputeField::Satisfaction)) {
        m_choice = new QComboBox(this);
        for (const QString &k : disputeSatisfactionKeys())
            m_choice->addItem(disputeSatisfactionLabel(k), k);
        form->addRow(tr("Party's &satisfaction"), m_choice);
    }
    if (needs(m_required, DisputeField::Days)) {
        m_days = new QSpinBox(this);
        m_days->setRange(1, 90);
        m_days->setValue(5);
        m_days->setSuffix(tr(" working days"));
        form->addRow(tr("Extend &by"), m_days);
    }
    // Every action may carry a note; some require one.
    m_note = new QPlainTextEdit(this);
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(70);
    QString noteTitle = DisputeWorkflow::noteLabel(action);
    if (!noteTitle.isEmpty())
        noteTitle[0] = noteTitle[0].toUpper();
    form->addRow(needs(m_required, DisputeField::Note) ? noteTitle : tr("Note (optional)"), m_note);
    connect(m_note, &QPlainTextEdit::textChanged, this, &DisputeActionDialog::updateState);

    m_hint = new QLabel(this);
    m_hint->setStyleSheet(QStringLiteral("color:#b91c1c"));
    layout->addWidget(m_hint);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(DisputeWorkflow::actionLabel(action));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_body && m_body->count() == 0)
        m_hint->setText(tr("No mediation body serves this grid's village, township or county."));
    updateState();
}

void DisputeActionDialog::fillMediators()
{
    if (!m_mediator)
        return;
    m_mediator->clear();
    m_mediator->addItem(tr("Assign the least busy"), QString());
    const QString body = m_body ? m_body->currentData().toString() : QString();
    if (!body.isEmpty() && m_mediatorsOf) {
        for (const MediatorRow &m : m_mediatorsOf(body))
            m_mediator->addItem(tr("%1 (%n open case(s))", nullptr, m.openCases).arg(m.name), m.id);
    }
}

bool DisputeActionDialog::isComplete() const
{
    if (needs(m_required, DisputeField::Note) && m_note->toPlainText().trimmed().isEmpty())
        return false;
    if (m_body && m_body->currentData().toString().isEmpty())
        return false;
    return true;
}

void DisputeActionDialog::updateState()
{
    const bool complete = isComplete();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
    if (!complete && needs(m_required, DisputeField::Note) && m_note->toPlainText().trimmed().isEmpty())
        m_hint->setText(tr("Required: %1").arg(DisputeWorkflow::noteLabel(m_action)));
    else if (complete)
        m_hint->clear();
}

DisputeActionInput DisputeActionDialog::input() const
{
    DisputeActionInput in;
    in.note = m_note->toPlainText().trimmed();
    if (m_body)
        in.bodyId = m_body->currentData().toString();
    if (m_mediator)
        in.mediatorId = m_mediator->currentData().toString();
    if (m_choice && needs(m_required, DisputeField::ReferralTarget))
        in.referral = m_choice->currentData().toString();
    if (m_choice && needs(m_required, DisputeField::Satisfaction))
        in.satisfaction = m_choice->currentData().toString();
    if (m_days)
        in.days = m_days->value();
    return in;
}
