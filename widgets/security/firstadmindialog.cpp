#include "firstadmindialog.h"

#include "feedbacklabel.h"
#include "security/password.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

FirstAdminDialog::FirstAdminDialog(Create create, int minPasswordLength, QWidget *parent)
    : QDialog(parent)
    , m_createAccount(std::move(create))
    , m_minLength(minPasswordLength)
{
    setObjectName(QStringLiteral("firstAdminDialog"));
    setWindowTitle(tr("Create the system administrator"));
    auto *intro = new QLabel(
        tr("This database has no user accounts yet. Create the system administrator's account "
           "now; the administrator then adds the other accounts. Until then everybody at this "
           "desk may do everything."),
        this);
    intro->setWordWrap(true);
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setPlaceholderText(QStringLiteral("admin"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("feedback"));
    m_feedback->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    m_notNow = buttons->addButton(tr("Not now"), QDialogButtonBox::RejectRole);
    m_notNow->setObjectName(QStringLiteral("notNowButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstAdminDialog::reject);
    for (QLineEdit *edit : {m_login, m_name, m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &FirstAdminDialog::updateFeedback);

    auto *form = new QFormLayout;
    form->addRow(tr("Login:"), m_login);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Password again:"), m_repeat);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_feedback);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    updateFeedback();
}

void FirstAdminDialog::setLogin(const QString &login)
{
    m_login->setText(login);
}

void FirstAdminDialog::setName(const QString &name)
{
    m_name->setText(name);
}

void FirstAdminDialog::setPasswords(const QString &password, const QString &repeat)
{
    m_password->setText(password);
    m_repeat->setText(repeat);
}

QString FirstAdminDialog::login() const
{
    return m_login->text().trimmed();
}

QString FirstAdminDialog::problem() const
{
    if (login().isEmpty())
        return tr("Choose a login.");
    if (m_name->text().trimmed().isEmpty())
        return tr("Enter the administrator's name.");
    const QString weak = Password::policyProblem(m_password->text(), login(), m_minLength);
    if (!weak.isEmpty())
        return weak;
    if (m_repeat->text() != m_password->text())
        return tr("The two passwords differ.");
    return {};
}

void FirstAdminDialog::updateFeedback()
{
    const QString p = problem();
    m_create->setEnabled(p.isEmpty());
    FeedbackLabel::check(m_feedback, p, tr("The password meets the policy."));
}

void FirstAdminDialog::accept()
{
    if (!problem().isEmpty())
        return;
    const QString refusal = m_createAccount
        ? m_createAccount(login(), m_name->text().trimmed(), m_password->text())
        : QString();
    if (!refusal.isEmpty()) {
        FeedbackLabel::show(m_feedback, FeedbackLabel::Tone::Refused, refusal);
        return;
    }
    QDialog::accept();
}
