#include "signindialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(Attempt attempt, QWidget *parent)
    : QDialog(parent)
    , m_attempt(std::move(attempt))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in"));
    m_information = new QLabel(tr("Sign in to the command desk with your account."), this);
    m_information->setWordWrap(true);
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("login"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color:#b91c1c"));
    m_message->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = m_buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_login, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("Login:"), m_login);
    form->addRow(tr("Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_information);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(380);
    updateButtons();
}

void SignInDialog::setLockedLogin(const QString &login, const QString &name)
{
    m_lockScreen = true;
    setWindowTitle(tr("Desk locked"));
    m_login->setText(login);
    m_login->setReadOnly(true);
    m_information->setText(
        tr("The desk was locked after a time without input. %1 (%2): enter your password to "
           "go on, or quit.")
            .arg(name.isEmpty() ? login : name, login));
    m_signIn->setText(tr("Unlock"));
    if (QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel))
        cancel->setText(tr("Quit"));
    m_password->setFocus();
}

void SignInDialog::setInformation(const QString &text)
{
    m_information->setText(text);
}

QString SignInDialog::login() const
{
    return m_login->text().trimmed();
}

QString SignInDialog::password() const
{
    return m_password->text();
}

void SignInDialog::setLogin(const QString &login)
{
    if (!m_lockScreen)
        m_login->setText(login);
}

void SignInDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

QString SignInDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SignInDialog::updateButtons()
{
    m_signIn->setEnabled(!login().isEmpty() && !m_password->text().isEmpty());
}

void SignInDialog::accept()
{
    if (!m_signIn->isEnabled())
        return;
    const QString refusal = m_attempt ? m_attempt(login(), password()) : QString();
    if (refusal.isEmpty()) {
        m_message->hide();
        QDialog::accept();
        return;
    }
    m_message->setText(refusal);
    m_message->show();
    m_password->clear();
    m_password->setFocus();
}
