#include "nodedialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString timeText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                  : NodeDialog::tr("never");
}

} // namespace

NodeDialog::NodeDialog(QWidget *parent)
    : QDialog(parent)
    , m_self(new QLabel(this))
    , m_peers(new QTableWidget(0, 5, this))
    , m_exportButton(new QPushButton(tr("&Export this node's identity…"), this))
    , m_trustButton(new QPushButton(tr("&Trust a node's identity…"), this))
    , m_initForm(new QGroupBox(tr("Make this database a sync node"), this))
    , m_role(new QComboBox(m_initForm))
    , m_township(new QComboBox(m_initForm))
    , m_name(new QLineEdit(m_initForm))
    , m_initButton(new QPushButton(tr("&Make it a node"), m_initForm))
    , m_feedback(new QLabel(this))
{
    setObjectName(QStringLiteral("nodeDialog"));
    setWindowTitle(tr("Sync node and pairing"));
    m_self->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_self->setWordWrap(true);
    m_peers->setHorizontalHeaderLabels(
        {tr("Trusted node"), tr("Role"), tr("Scope"), tr("Last export"), tr("Last import")});
    m_peers->verticalHeader()->hide();
    m_peers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_peers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_peers->horizontalHeader()->setStretchLastSection(true);
    m_feedback->setWordWrap(true);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_trustButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_exportButton, &QPushButton::clicked, this, &NodeDialog::exportIdentityRequested);
    connect(m_trustButton, &QPushButton::clicked, this, &NodeDialog::trustRequested);

    m_role->addItem(tr("County hub (the county center's database)"), QStringLiteral("hub"));
    m_role->addItem(tr("Township (a township office working offline)"),
                    QStringLiteral("township"));
    m_role->setCurrentIndex(-1);
    m_name->setMaxLength(60);
    m_name->setPlaceholderText(tr("e.g. 县综治中心, 城关镇综治中心"));
    auto *form = new QFormLayout(m_initForm);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("T&ownship:"), m_township);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_initButton);
    connect(m_role, &QComboBox::currentIndexChanged, this, &NodeDialog::roleChosen);
    connect(m_township, &QComboBox::currentIndexChanged, this, &NodeDialog::roleChosen);
    connect(m_name, &QLineEdit::textChanged, this, &NodeDialog::updateButtons);
    connect(m_initButton, &QPushButton::clicked, this, [this] {
        const QString role = m_role->currentData().toString();
        Q_EMIT initRequested(role,
                             role == QLatin1String("township")
                                 ? m_township->currentData().toString()
                                 : QString(),
                             m_name->text().trimmed());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_self);
    layout->addWidget(m_initForm);
    layout->addWidget(m_peers, 1);
    layout->addWidget(m_feedback);
    layout->addWidget(buttons);
    resize(720, 360);
    updateButtons();
}

QString NodeDialog::roleLabel(const QString &role)
{
    if (role == QLatin1String("hub"))
        return tr("County hub");
    if (role == QLatin1String("township"))
        return tr("Township");
    return role;
}

void NodeDialog::setSelf(const NodeRepository::Self &self)
{
    m_initialised = self.initialised;
    m_initForm->setVisible(!self.initialised);
    m_peers->setVisible(self.initialised);
    if (!self.initialised) {
        m_self->setText(tr("This database is not a sync node yet. Choose what it is below (or "
                           "on the command line: pingan-cli node init --role hub|township "
                           "--name NAME)."));
    } else {
        m_self->setText(tr("This node: %1 — %2, scope %3\nNode id: %4")
                            .arg(self.name, roleLabel(self.role),
                                 self.scopeCode.isEmpty() ? tr("(none)") : self.scopeCode,
                                 self.id));
    }
    updateButtons();
}

void NodeDialog::setPeers(const QList<SyncPeer> &peers)
{
    m_peers->setRowCount(int(peers.size()));
    for (int row = 0; row < int(peers.size()); ++row) {
        const SyncPeer &p = peers.at(row);
        const QStringList cells{p.identity.name, roleLabel(p.identity.role), p.identity.scopeCode,
                                timeText(p.lastExportAt), timeText(p.lastImportAt)};
        for (int column = 0; column < int(cells.size()); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 0)
                item->setToolTip(p.identity.id);
            m_peers->setItem(row, column, item);
        }
    }
    m_peers->resizeColumnsToContents();
}

void NodeDialog::setTownships(const QList<QPair<QString, QString>> &townships)
{
    const QString current = m_township->currentData().toString();
    m_township->clear();
    for (const auto &t : townships)
        m_township->addItem(QStringLiteral("%1 %2").arg(t.second, t.first), t.first);
    m_township->setCurrentIndex(current.isEmpty() ? -1 : m_township->findData(current));
    roleChosen();
}

void NodeDialog::roleChosen()
{
    const bool township = m_role->currentData().toString() == QLatin1String("township");
    m_township->setEnabled(township);
    // A name to start from, until the user writes their own.
    QString suggestion;
    if (m_role->currentData().toString() == QLatin1String("hub"))
        suggestion = tr("County governance center");
    else if (township && m_township->currentIndex() >= 0)
        suggestion = m_township->currentText().section(QLatin1Char(' '), 0, 0);
    if (m_name->text().isEmpty() || m_name->text() == m_suggestedName) {
        m_name->setText(suggestion);
        m_suggestedName = suggestion;
    }
    updateButtons();
}

void NodeDialog::setTrustAllowed(bool allowed)
{
    m_trustAllowed = allowed;
    updateButtons();
}

void NodeDialog::showFeedback(FeedbackLabel::Tone tone, const QString &text)
{
    FeedbackLabel::show(m_feedback, tone, text);
}

QString NodeDialog::selfText() const
{
    return m_self->text();
}

QString NodeDialog::feedbackText() const
{
    return m_feedback->text();
}

void NodeDialog::updateButtons()
{
    m_exportButton->setEnabled(m_initialised);
    m_trustButton->setEnabled(m_initialised && m_trustAllowed);
    const QString role = m_role->currentData().toString();
    m_initButton->setEnabled(
        !m_initialised && m_trustAllowed && !m_name->text().trimmed().isEmpty()
        && (role == QLatin1String("hub")
            || (role == QLatin1String("township") && m_township->currentIndex() >= 0)));
}
