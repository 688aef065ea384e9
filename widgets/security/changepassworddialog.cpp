#include "changepassworddialog.h"

#include "feedbacklabel.h"
#include "security/password.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ChangePasswordDialog::ChangePasswordDialog(const QString &login, Change change,
                                           int minPasswordLength, QWidget *parent)
    : QDialog(parent)
    , m_login(login)
    , m_changePassword(std::move(change))
    , m_minLength(minPasswordLength)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change password"));
    m_intro = new QLabel(tr("Change the password of %1.").arg(login), this);
    m_intro->setWordWrap(true);
    m_old = new QLineEdit(this);
    m_old->setObjectName(QStringLiteral("oldPassword"));
    m_old->setEchoMode(QLineEdit::Password);
    m_new = new QLineEdit(this);
    m_new->setObjectName(QStringLiteral("newPassword"));
    m_new->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("feedback"));
    m_feedback->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_change = buttons->addButton(tr("Change"), QDialogButtonBox::AcceptRole);
    m_change->setObjectName(QStringLiteral("changeButton"));
    m_change->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    for (QLineEdit *edit : {m_old, m_new, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateFeedback);

    auto *form = new QFormLayout;
    form->addRow(tr("Current password:"), m_old);
    form->addRow(tr("New password:"), m_new);
    form->addRow(tr("New password again:"), m_repeat);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_feedback);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    updateFeedback();
}

void ChangePasswordDialog::setForced(const QString &reason, const QString &oldPassword)
{
    m_intro->setText(reason);
    m_old->setText(oldPassword);
    // The form's row label goes with the field.
    m_old->setVisible(false);
    if (auto *form = findChild<QFormLayout *>()) {
        if (QWidget *label = form->labelForField(m_old))
            label->setVisible(false);
    }
    m_new->setFocus();
}

void ChangePasswordDialog::setPasswords(const QString &oldPassword, const QString &newPassword,
                                        const QString &repeat)
{
    m_old->setText(oldPassword);
    m_new->setText(newPassword);
    m_repeat->setText(repeat);
}

QString ChangePasswordDialog::problem() const
{
    if (m_old->text().isEmpty())
        return tr("Enter the current password.");
    const QString weak = Password::policyProblem(m_new->text(), m_login, m_minLength);
    if (!weak.isEmpty())
        return weak;
    if (m_new->text() == m_old->text())
        return tr("The new password must differ from the old one.");
    if (m_repeat->text() != m_new->text())
        return tr("The two new passwords differ.");
    return {};
}

QString ChangePasswordDialog::message() const
{
    return m_feedback->text();
}

void ChangePasswordDialog::updateFeedback()
{
    const QString p = problem();
    m_change->setEnabled(p.isEmpty());
    FeedbackLabel::check(m_feedback, p, tr("The new password meets the policy."));
}

void ChangePasswordDialog::accept()
{
    if (!problem().isEmpty())
        return;
    const QString refusal
        = m_changePassword ? m_changePassword(m_old->text(), m_new->text()) : QString();
    if (!refusal.isEmpty()) {
        FeedbackLabel::show(m_feedback, FeedbackLabel::Tone::Refused, refusal);
        return;
    }
    QDialog::accept();
}
