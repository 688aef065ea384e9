#include "unmaskdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

UnmaskDialog::UnmaskDialog(const QString &what, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("unmaskDialog"));
    setWindowTitle(tr("Show full numbers"));
    auto *intro = new QLabel(
        tr("The full ID numbers and phones of %1 are personal data. Say why you need them; "
           "the reason is kept in the audit log.")
            .arg(what),
        this);
    intro->setWordWrap(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Reason, e.g. calling the applicant back"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_show = buttons->addButton(tr("Show"), QDialogButtonBox::AcceptRole);
    m_show->setObjectName(QStringLiteral("showButton"));
    m_show->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_show->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, [this] {
        m_show->setEnabled(reason().size() >= kMinimumReasonLength);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString UnmaskDialog::reason() const
{
    return m_reason->text().trimmed();
}

void UnmaskDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}
