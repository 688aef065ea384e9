#include "auditdock.h"

#include "qt/auditlogmodel.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

constexpr int kRowLimit = 5000;   // the newest rows; narrow the filter for older ones

} // namespace

AuditDock::AuditDock(QWidget *parent)
    : PanelDock(tr("Audit log"), QStringLiteral("auditDock"), parent)
{
    auto *content = new QWidget(this);
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), content);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to = new QDateEdit(QDate::currentDate(), content);
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_user = new QLineEdit(content);
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_user->setPlaceholderText(tr("Any user"));
    m_user->setClearButtonEnabled(true);
    m_action = new QComboBox(content);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setEditable(true);
    m_action->addItem(QString());
    for (const char *a : {"login", "login.failed", "logout", "lock", "personal.unmask",
                          "dispute.", "report.", "user.", "denied"})
        m_action->addItem(QString::fromLatin1(a));
    m_action->lineEdit()->setPlaceholderText(tr("Any action"));
    m_reloadButton = new QPushButton(tr("Show"), content);
    m_reloadButton->setObjectName(QStringLiteral("auditReload"));
    m_verifyButton = new QPushButton(tr("Verify"), content);
    m_verifyButton->setObjectName(QStringLiteral("auditVerify"));
    m_verifyButton->setToolTip(
        tr("Walk the hash chain: finds a changed, deleted or inserted row"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From"), content));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), content));
    filters->addWidget(m_to);
    filters->addWidget(m_user, 1);
    filters->addWidget(m_action, 1);
    filters->addWidget(m_reloadButton);
    filters->addWidget(m_verifyButton);

    m_model = new AuditLogModel(this);
    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(AuditLogModel::DetailColumn,
                                                     QHeaderView::Stretch);

    m_verdict = new QLabel(content);
    m_verdict->setObjectName(QStringLiteral("auditVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_count = new QLabel(content);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_verdict, 1);
    bottom->addWidget(m_count);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    setContent(content);

    connect(m_reloadButton, &QPushButton::clicked, this, &AuditDock::reload);
    connect(m_user, &QLineEdit::returnPressed, this, &AuditDock::reload);
    connect(m_action->lineEdit(), &QLineEdit::returnPressed, this, &AuditDock::reload);
    connect(m_action, &QComboBox::activated, this, &AuditDock::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditDock::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditDock::reload);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditDock::verify);
}

AuditDock::~AuditDock() = default;

AuditFilter AuditDock::filter() const
{
    AuditFilter f;
    f.from = QDateTime(m_from->date(), QTime(0, 0)).toMSecsSinceEpoch();
    f.to = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    f.login = m_user->text().trimmed();
    f.action = m_action->currentText().trimmed();
    f.limit = kRowLimit;
    return f;
}

void AuditDock::setUser(const QString &login)
{
    m_user->setText(login);
}

void AuditDock::setAction(const QString &action)
{
    m_action->setCurrentText(action);
}

QString AuditDock::verdictText() const
{
    return m_verdict->text();
}

void AuditDock::reload()
{
    if (!m_query) {
        m_model->setEntries({});
        return;
    }
    const QList<AuditEntry> rows = m_query(filter());
    m_model->setEntries(rows);
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(AuditLogModel::DetailColumn,
                                                     QHeaderView::Stretch);
    m_count->setText(rows.size() >= kRowLimit ? tr("newest %1 rows").arg(rows.size())
                                              : tr("%n row(s)", nullptr, int(rows.size())));
    showContent();
}

void AuditDock::verify()
{
    if (!m_verify)
        return;
    const AuditVerdict verdict = m_verify();
    m_sound = verdict.sound();
    m_verdict->setStyleSheet(m_sound ? QStringLiteral("color:#15803d; font-weight:600")
                                     : QStringLiteral("color:#b91c1c; font-weight:600"));
    QString text = verdict.message;
    if (text.isEmpty()) {
        text = m_sound ? tr("The audit log is intact: %n row(s) checked.", nullptr,
                            int(verdict.rowsChecked))
                       : tr("The audit log is damaged at row %1.").arg(verdict.seq);
    }
    m_verdict->setText(text);
    if (!m_sound) {
        const QModelIndex at = m_model->indexForSeq(verdict.seq);
        if (at.isValid()) {
            m_view->selectRow(at.row());
            m_view->scrollTo(at);
        }
    }
}
