#include "conflictdock.h"

#include "qt/conflictfieldmodel.h"
#include "qt/conflictmodel.h"

#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

ConflictDock::ConflictDock(QWidget *parent)
    : PanelDock(tr("Sync conflicts"), QStringLiteral("conflictDock"), parent)
{
    auto *content = new QWidget(this);

    m_showResolved = new QCheckBox(tr("Show resolved"), content);
    m_showResolved->setObjectName(QStringLiteral("conflictShowResolved"));
    m_count = new QLabel(content);
    m_count->setObjectName(QStringLiteral("conflictCount"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_count, 1);
    top->addWidget(m_showResolved);

    m_model = new ConflictModel(this);
    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("conflictView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ConflictModel::LabelColumn,
                                                     QHeaderView::Stretch);
    m_view->setToolTip(tr("Double-click a dispute to open it in its panel"));

    auto *list = new QWidget(content);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(top);
    listLayout->addWidget(m_view, 1);

    // The selected conflict.
    m_heading = new QLabel(content);
    m_heading->setObjectName(QStringLiteral("conflictHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_versions = new QLabel(content);
    m_versions->setObjectName(QStringLiteral("conflictVersions"));
    m_versions->setWordWrap(true);
    m_showAllFields = new QCheckBox(tr("Show every field"), content);
    m_showAllFields->setObjectName(QStringLiteral("conflictShowAllFields"));

    m_fields = new ConflictFieldModel(this);
    m_fieldView = new QTableView(content);
    m_fieldView->setObjectName(QStringLiteral("conflictFieldView"));
    m_fieldView->setModel(m_fields);
    m_fieldView->setSelectionMode(QAbstractItemView::NoSelection);
    m_fieldView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fieldView->setWordWrap(true);
    m_fieldView->verticalHeader()->hide();
    m_fieldView->horizontalHeader()->setSectionResizeMode(ConflictFieldModel::FieldColumn,
                                                          QHeaderView::ResizeToContents);
    m_fieldView->horizontalHeader()->setSectionResizeMode(ConflictFieldModel::LocalColumn,
                                                          QHeaderView::Stretch);
    m_fieldView->horizontalHeader()->setSectionResizeMode(ConflictFieldModel::RemoteColumn,
                                                          QHeaderView::Stretch);

    m_fieldView->setToolTip(tr("Tick the value to keep in each differing field, then merge; "
                               "or keep one version whole."));

    m_keepLocal = new QPushButton(tr("Keep local"), content);
    m_keepLocal->setObjectName(QStringLiteral("conflictKeepLocal"));
    m_keepLocal->setToolTip(tr("Keep the version made here for every field"));
    m_keepRemote = new QPushButton(tr("Keep remote"), content);
    m_keepRemote->setObjectName(QStringLiteral("conflictKeepRemote"));
    m_keepRemote->setToolTip(tr("Keep the version from the other node for every field"));
    m_merge = new QPushButton(tr("Merge chosen fields"), content);
    m_merge->setObjectName(QStringLiteral("conflictMerge"));
    m_merge->setToolTip(tr("Keep the ticked value of each field"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keepLocal);
    buttons->addWidget(m_keepRemote);
    buttons->addWidget(m_merge);
    buttons->addStretch(1);
    buttons->addWidget(m_showAllFields);

    auto *detail = new QWidget(content);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_heading);
    detailLayout->addWidget(m_versions);
    detailLayout->addWidget(m_fieldView, 1);
    detailLayout->addLayout(buttons);

    m_placeholder = new QLabel(content);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_detail = new QStackedWidget(content);
    m_detail->addWidget(m_placeholder);
    m_detail->addWidget(detail);

    auto *split = new QSplitter(Qt::Vertical, content);
    split->setChildrenCollapsible(false);
    split->addWidget(list);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    // A few conflicts stay in sight above the comparison.
    m_view->setMinimumHeight(m_view->fontMetrics().height() * 7);

    m_feedback = new QLabel(content);
    m_feedback->setObjectName(QStringLiteral("conflictFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refusal = new QLabel(content);
    m_refusal->setObjectName(QStringLiteral("conflictRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->hide();

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(split, 1);
    layout->addWidget(m_feedback);
    layout->addWidget(m_refusal);
    setContent(content);
    showContent();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConflictDock::showCurrent);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const SyncConflict &c = m_model->conflict(index.row());
        const QString id = c.table == QLatin1String("dispute")
            ? c.rowId
            : c.local.value(QStringLiteral("dispute_id")).toString();
        if (!id.isEmpty())
            Q_EMIT disputeActivated(id);
    });
    connect(m_showResolved, &QCheckBox::toggled, this, &ConflictDock::showResolvedChanged);
    connect(m_showAllFields, &QCheckBox::toggled, m_fields, &ConflictFieldModel::setShowAll);
    connect(m_fields, &ConflictFieldModel::choicesChanged, this, &ConflictDock::updateButtons);
    connect(m_keepLocal, &QPushButton::clicked, this, [this] {
        if (const SyncConflict *c = current())
            Q_EMIT keepRequested(c->id, ConflictRepository::Keep::Local);
    });
    connect(m_keepRemote, &QPushButton::clicked, this, [this] {
        if (const SyncConflict *c = current())
            Q_EMIT keepRequested(c->id, ConflictRepository::Keep::Remote);
    });
    connect(m_merge, &QPushButton::clicked, this, [this] {
        if (const SyncConflict *c = current())
            Q_EMIT mergeRequested(c->id, m_fields->mergedFields());
    });
    showCurrent();
}

ConflictDock::~ConflictDock() = default;

void ConflictDock::setConflicts(const QList<SyncConflict> &conflicts)
{
    const QString keep = currentConflictId();
    {
        const QSignalBlocker block(m_view->selectionModel());
        m_model->setConflicts(conflicts);
    }
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(ConflictModel::LabelColumn,
                                                     QHeaderView::Stretch);
    const int open = m_model->openCount();
    m_count->setText(open == 0 ? tr("No sync conflicts to resolve")
                               : tr("%n sync conflict(s) to resolve", nullptr, open));
    if (keep.isEmpty() || !selectConflict(keep)) {
        int first = -1;
        for (int row = 0; row < m_model->rowCount() && first < 0; ++row) {
            if (m_model->index(row, 0).data(int(ConflictModel::Role::Open)).toBool())
                first = row;
        }
        if (first < 0 && m_model->rowCount() > 0)
            first = 0;
        if (first >= 0)
            m_view->selectRow(first);
    }
    showCurrent();
}

void ConflictDock::setNodeNames(const QHash<QString, QString> &names, const QString &selfId)
{
    m_nodeNames = names;
    m_selfId = selfId;
    showCurrent();
}

void ConflictDock::setRegionNames(const QHash<QString, QString> &names)
{
    m_model->setRegionNames(names);
}

void ConflictDock::setRefusal(Refusal refusal)
{
    m_refusalOf = std::move(refusal);
    updateButtons();
}

void ConflictDock::showFeedback(FeedbackLabel::Tone tone, const QString &text)
{
    FeedbackLabel::show(m_feedback, tone, text);
}

bool ConflictDock::showsResolved() const
{
    return m_showResolved->isChecked();
}

void ConflictDock::setShowResolved(bool show)
{
    m_showResolved->setChecked(show);
}

QString ConflictDock::currentConflictId() const
{
    const SyncConflict *c = current();
    return c ? c->id : QString();
}

bool ConflictDock::selectConflict(const QString &id)
{
    const QModelIndex at = m_model->indexForId(id);
    if (!at.isValid())
        return false;
    m_view->selectRow(at.row());
    m_view->scrollTo(at);
    return true;
}

QString ConflictDock::feedbackText() const
{
    return m_feedback->text();
}

QString ConflictDock::versionsText() const
{
    return m_versions->text();
}

QString ConflictDock::refusalText() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

const SyncConflict *ConflictDock::current() const
{
    const QModelIndex at = m_view->selectionModel()->currentIndex();
    if (!at.isValid() || at.row() >= m_model->rowCount())
        return nullptr;
    return &m_model->conflict(at.row());
}

QString ConflictDock::nodeText(const QString &nodeId) const
{
    QString name = m_nodeNames.value(nodeId);
    if (name.isEmpty())
        name = nodeId.left(8);
    if (name.isEmpty())
        name = tr("unknown node");
    return nodeId == m_selfId ? tr("%1 (this node)").arg(name) : name;
}

QString ConflictDock::versionText(const QString &side, const QString &origin,
                                  const QJsonObject &version) const
{
    const QString by = version.value(QStringLiteral("updated_by")).toString();
    const qint64 at = qint64(version.value(QStringLiteral("updated_at")).toDouble());
    const QString when = at > 0 ? QDateTime::fromMSecsSinceEpoch(at).toString(
                                      QStringLiteral("yyyy-MM-dd HH:mm"))
                                : QString();
    if (!by.isEmpty() && !when.isEmpty())
        return tr("%1 from %2, changed by %3 at %4").arg(side, nodeText(origin), by, when);
    if (!when.isEmpty())
        return tr("%1 from %2, changed at %3").arg(side, nodeText(origin), when);
    return tr("%1 from %2").arg(side, nodeText(origin));
}

void ConflictDock::showCurrent()
{
    const SyncConflict *c = current();
    if (!c) {
        m_fields->clear();
        m_placeholder->setText(m_model->rowCount() == 0
                                   ? tr("No sync conflicts. A record changed both here and on "
                                        "another node since their last exchange is listed here.")
                                   : tr("Choose a conflict in the list."));
        m_detail->setCurrentWidget(m_placeholder);
        updateButtons();
        return;
    }
    m_detail->setCurrentIndex(1);
    const QString label = c->label.isEmpty() ? c->rowId : c->label;
    m_heading->setText(QStringLiteral("<b>%1 · %2</b>")
                           .arg(ConflictModel::tableLabel(c->table).toHtmlEscaped(),
                                label.toHtmlEscaped()));
    QString local = versionText(tr("Local version"), c->localOrigin, c->local);
    QString remote = versionText(tr("Remote version"), c->remoteOrigin, c->remote);
    QString &held = c->localInTable ? local : remote;
    held = tr("%1 (the table holds this one now)").arg(held);
    m_versions->setText(local + QLatin1Char('\n') + remote);
    m_fields->setSideNames(nodeText(c->localOrigin), nodeText(c->remoteOrigin));
    m_fields->setConflict(*c);
    m_fieldView->resizeRowsToContents();
    updateButtons();
}

void ConflictDock::updateButtons()
{
    const SyncConflict *c = current();
    const bool open = c && c->status != QLatin1String("resolved");
    const QString refusal = c && m_refusalOf ? m_refusalOf(*c) : QString();
    const bool allowed = open && refusal.isEmpty();
    m_keepLocal->setEnabled(allowed);
    m_keepRemote->setEnabled(allowed);
    m_merge->setEnabled(allowed && !m_fields->differingFields().isEmpty());
    m_fields->setChoosable(allowed);
    if (c && !open) {
        m_refusal->setText(tr("This conflict was resolved (%1).")
                               .arg(ConflictModel::statusLabel(*c)));
        m_refusal->setStyleSheet(QString());
        m_refusal->show();
    } else if (!refusal.isEmpty()) {
        FeedbackLabel::show(m_refusal, FeedbackLabel::Tone::Pending, refusal);
        m_refusal->show();
    } else {
        m_refusal->hide();
    }
}
