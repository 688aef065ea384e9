#include "userdialog.h"

#include "feedbacklabel.h"
#include "security/password.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// Asks for a password twice, with the policy's feedback as it is typed.
class PasswordForm : public QDialog
{
public:
    PasswordForm(const QString &title, const QString &login, int minLength, QWidget *parent)
        : QDialog(parent)
        , m_login(login)
        , m_minLength(minLength)
    {
        setWindowTitle(title);
        m_password = new QLineEdit(this);
        m_password->setEchoMode(QLineEdit::Password);
        m_repeat = new QLineEdit(this);
        m_repeat->setEchoMode(QLineEdit::Password);
        m_feedback = new QLabel(this);
        m_feedback->setWordWrap(true);
        m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        m_form = new QFormLayout;
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(m_form);
        m_form->addRow(UserDialog::tr("Password:"), m_password);
        m_form->addRow(UserDialog::tr("Password again:"), m_repeat);
        layout->addWidget(m_feedback);
        layout->addWidget(m_buttons);
        for (QLineEdit *e : {m_password, m_repeat})
            connect(e, &QLineEdit::textChanged, this, &PasswordForm::refresh);
        setMinimumWidth(420);
        refresh();
    }

    QFormLayout *form() const { return m_form; }
    QString password() const { return m_password->text(); }
    void setLogin(const QString &login)
    {
        m_login = login;
        refresh();
    }
    void refresh()
    {
        QString problem = Password::policyProblem(m_password->text(), m_login, m_minLength);
        if (problem.isEmpty() && m_repeat->text() != m_password->text())
            problem = UserDialog::tr("The two passwords differ.");
        FeedbackLabel::show(m_feedback, FeedbackLabel::Tone::Pending, problem);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    }

private:
    QString m_login;
    int m_minLength;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_feedback = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace

UserDialog::UserDialog(Callbacks callbacks, const QList<Township> &townships,
                       int minPasswordLength, QWidget *parent)
    : QDialog(parent)
    , m_callbacks(std::move(callbacks))
    , m_townships(townships)
    , m_minLength(minPasswordLength)
{
    setObjectName(QStringLiteral("userDialog"));
    setWindowTitle(tr("User accounts"));
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Login"), tr("Name"), tr("Role"), tr("Township"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_add = new QPushButton(tr("Add…"), this);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_lock = new QPushButton(tr("Lock"), this);
    m_lock->setObjectName(QStringLiteral("lockButton"));
    m_reset = new QPushButton(tr("Reset password…"), this);
    m_reset->setObjectName(QStringLiteral("resetButton"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &UserDialog::addAccount);
    connect(m_lock, &QPushButton::clicked, this, &UserDialog::toggleLock);
    connect(m_reset, &QPushButton::clicked, this, &UserDialog::resetPassword);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UserDialog::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_lock);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(720, 420);
    reload();
}

QString UserDialog::message() const
{
    return m_message->text();
}

void UserDialog::reload()
{
    const QString current = currentLogin();
    m_accounts = m_callbacks.list ? m_callbacks.list() : QList<UserAccount>();
    m_table->setRowCount(int(m_accounts.size()));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int row = 0; row < m_accounts.size(); ++row) {
        const UserAccount &a = m_accounts.at(row);
        QString township = a.scopeCode;
        for (const Township &t : m_townships) {
            if (t.first == a.scopeCode)
                township = t.second;
        }
        QString state = tr("Active");
        if (a.disabled)
            state = tr("Locked by an administrator");
        else if (a.lockedUntil > now)
            state = tr("Locked until %1").arg(QDateTime::fromMSecsSinceEpoch(a.lockedUntil)
                                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        else if (a.passwordReset)
            state = tr("Password reset");
        const QStringList cells {a.login, a.name, userRoleLabel(a.role), township, state};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (a.login == current)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

QString UserDialog::currentLogin() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_accounts.size() && !m_table->selectedItems().isEmpty()
        ? m_accounts.at(row).login
        : QString();
}

void UserDialog::updateButtons()
{
    const int row = m_table->currentRow();
    const bool chosen = !currentLogin().isEmpty();
    m_lock->setEnabled(chosen);
    m_reset->setEnabled(chosen);
    if (chosen) {
        const UserAccount &a = m_accounts.at(row);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_lock->setText(a.disabled || a.lockedUntil > now ? tr("Unlock") : tr("Lock"));
    }
}

void UserDialog::showResult(const QString &refusal, const QString &done)
{
    FeedbackLabel::show(m_message,
                        refusal.isEmpty() ? FeedbackLabel::Tone::Fine : FeedbackLabel::Tone::Refused,
                        refusal.isEmpty() ? done : refusal);
    if (refusal.isEmpty())
        reload();
}

void UserDialog::addAccount()
{
    PasswordForm form(tr("Add an account"), QString(), m_minLength, this);
    auto *login = new QLineEdit(&form);
    auto *name = new QLineEdit(&form);
    auto *role = new QComboBox(&form);
    for (UserRole r : allUserRoles())
        role->addItem(userRoleLabel(r), roles(r));
    auto *township = new QComboBox(&form);
    township->addItem(tr("Whole county"), QString());
    for (const Township &t : m_townships)
        township->addItem(t.second, t.first);
    form.form()->insertRow(0, tr("Login:"), login);
    form.form()->insertRow(1, tr("Name:"), name);
    form.form()->insertRow(2, tr("Role:"), role);
    form.form()->insertRow(3, tr("Township:"), township);
    connect(login, &QLineEdit::textChanged, &form, [&form](const QString &text) {
        form.setLogin(text.trimmed());
    });
    const auto roleChanged = [role, township] {
        const auto r = UserRole(role->currentData().toUInt());
        const ScopeRule rule = scopeRuleOf(r);
        township->setEnabled(rule != ScopeRule::None);
        if (rule == ScopeRule::None)
            township->setCurrentIndex(0);
        else if (rule == ScopeRule::Required && township->currentIndex() == 0
                 && township->count() > 1)
            township->setCurrentIndex(1);
    };
    connect(role, &QComboBox::currentIndexChanged, &form, roleChanged);
    roleChanged();
    if (form.exec() != QDialog::Accepted || !m_callbacks.add)
        return;
    NewAccount account;
    account.login = login->text().trimmed();
    account.name = name->text().trimmed();
    account.role = UserRole(role->currentData().toUInt());
    account.scopeCode = township->currentData().toString();
    showResult(m_callbacks.add(account, form.password()),
               tr("Added the account %1.").arg(account.login));
}

void UserDialog::toggleLock()
{
    const QString login = currentLogin();
    if (login.isEmpty() || !m_callbacks.setLocked)
        return;
    const bool lock = m_lock->text() == tr("Lock");
    showResult(m_callbacks.setLocked(login, lock),
               lock ? tr("Locked %1.").arg(login) : tr("Unlocked %1.").arg(login));
}

void UserDialog::resetPassword()
{
    const QString login = currentLogin();
    if (login.isEmpty() || !m_callbacks.resetPassword)
        return;
    PasswordForm form(tr("Reset the password of %1").arg(login), login, m_minLength, this);
    if (form.exec() != QDialog::Accepted)
        return;
    showResult(m_callbacks.resetPassword(login, form.password()),
               tr("Reset the password of %1; a new one is chosen at the next sign-in.")
                   .arg(login));
}
