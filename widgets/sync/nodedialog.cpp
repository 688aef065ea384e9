#include "nodedialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_self);
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
    if (!self.initialised) {
        m_self->setText(tr("This database is not a sync node yet. Make it one on the command "
                           "line: pingan-cli node init --role hub|township --name NAME"));
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
}
