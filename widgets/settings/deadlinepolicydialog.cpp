#include "deadlinepolicydialog.h"

#include "domain/dispute.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QComboBox *categoryCombo()
{
    auto *combo = new QComboBox;
    combo->setObjectName(QStringLiteral("categoryCombo"));
    combo->addItem(DeadlinePolicyDialog::tr("Any category"), QStringLiteral("*"));
    for (const DisputeCategory &c : disputeCategories()) {
        const QString key = QString::fromLatin1(c.key);
        combo->addItem(disputeCategoryLabel(key), key);
    }
    return combo;
}

QComboBox *complexityCombo()
{
    auto *combo = new QComboBox;
    combo->setObjectName(QStringLiteral("complexityCombo"));
    combo->addItem(DeadlinePolicy::complexityLabel(QStringLiteral("*")), QStringLiteral("*"));
    for (const QString &key : DeadlinePolicy::complexities())
        combo->addItem(DeadlinePolicy::complexityLabel(key), key);
    return combo;
}

QComboBox *levelCombo()
{
    auto *combo = new QComboBox;
    combo->setObjectName(QStringLiteral("levelCombo"));
    combo->addItem(DeadlinePolicyDialog::tr("Any level"), DeadlinePolicy::AnyLevel);
    for (DisputeLevel level : {DisputeLevel::County, DisputeLevel::Township, DisputeLevel::Village})
        combo->addItem(disputeLevelLabel(level), int(level));
    return combo;
}

// Selects the item whose data is `value`; an unknown value is added so that nothing is lost.
void selectData(QComboBox *combo, const QVariant &value)
{
    int i = combo->findData(value);
    if (i < 0) {
        combo->addItem(value.toString(), value);
        i = combo->count() - 1;
    }
    combo->setCurrentIndex(i);
}

} // namespace

DeadlinePolicyDialog::DeadlinePolicyDialog(const DeadlinePolicy &policy, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("deadlinePolicyDialog"));
    setWindowTitle(tr("Deadline policy"));

    auto *intro = new QLabel(tr("Working days a dispute gets from acceptance. The most specific "
                                "rule that matches a dispute decides; of equally specific rules, "
                                "the later one. Disputes no rule matches get the default for their "
                                "complexity (general 7, complex 15, major 30)."));
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("rulesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Category"), tr("Complexity"), tr("Level"), tr("Working days")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CategoryColumn, QHeaderView::Stretch);
    for (int c = ComplexityColumn; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *addButton = new QPushButton(tr("&Add rule"));
    addButton->setObjectName(QStringLiteral("addRuleButton"));
    m_removeButton = new QPushButton(tr("&Remove rule"));
    m_removeButton->setObjectName(QStringLiteral("removeRuleButton"));
    m_removeButton->setEnabled(false);
    auto *defaultsButton = new QPushButton(tr("Restore &defaults"));
    defaultsButton->setObjectName(QStringLiteral("restoreDefaultsButton"));
    connect(addButton, &QPushButton::clicked, this, &DeadlinePolicyDialog::addRule);
    connect(m_removeButton, &QPushButton::clicked, this,
            &DeadlinePolicyDialog::removeSelectedRules);
    connect(defaultsButton, &QPushButton::clicked, this, &DeadlinePolicyDialog::restoreDefaults);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_removeButton->setEnabled(m_table->selectionModel()->hasSelection()); });

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DeadlinePolicyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeadlinePolicyDialog::reject);

    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(addButton);
    ruleButtons->addWidget(m_removeButton);
    ruleButtons->addStretch();
    ruleButtons->addWidget(defaultsButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(ruleButtons);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    setPolicy(policy);
    resize(640, 420);
}

void DeadlinePolicyDialog::setPolicy(const DeadlinePolicy &policy)
{
    m_table->setRowCount(0);
    for (const DeadlinePolicy::Rule &rule : policy.rules())
        appendRow(rule);
    clearError();
}

void DeadlinePolicyDialog::appendRow(const DeadlinePolicy::Rule &rule)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);

    QComboBox *category = categoryCombo();
    selectData(category, rule.category);
    QComboBox *complexity = complexityCombo();
    selectData(complexity, rule.complexity);
    QComboBox *level = levelCombo();
    selectData(level, rule.level);
    auto *days = new QSpinBox;
    days->setObjectName(QStringLiteral("daysSpinBox"));
    days->setRange(DeadlinePolicy::MinDays, DeadlinePolicy::MaxDays);
    days->setValue(std::clamp(rule.workingDays, DeadlinePolicy::MinDays, DeadlinePolicy::MaxDays));

    // The view makes a focused cell widget's row the selected one, so "Remove rule" removes the
    // rule being worked on.
    const QList<QWidget *> editors = {category, complexity, level, days};
    for (int c = 0; c < ColumnCount; ++c)
        m_table->setCellWidget(row, c, editors.at(c));
    for (QComboBox *combo : {category, complexity, level})
        connect(combo, &QComboBox::currentIndexChanged, this, &DeadlinePolicyDialog::clearError);
    connect(days, &QSpinBox::valueChanged, this, &DeadlinePolicyDialog::clearError);
}

DeadlinePolicy DeadlinePolicyDialog::policy() const
{
    QList<DeadlinePolicy::Rule> rules;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        DeadlinePolicy::Rule rule;
        rule.category = static_cast<QComboBox *>(m_table->cellWidget(r, CategoryColumn))
                            ->currentData()
                            .toString();
        rule.complexity = static_cast<QComboBox *>(m_table->cellWidget(r, ComplexityColumn))
                              ->currentData()
                              .toString();
        rule.level
            = static_cast<QComboBox *>(m_table->cellWidget(r, LevelColumn))->currentData().toInt();
        rule.workingDays = static_cast<QSpinBox *>(m_table->cellWidget(r, DaysColumn))->value();
        rules.append(rule);
    }
    return DeadlinePolicy(rules);
}

QString DeadlinePolicyDialog::validationError() const
{
    const QList<DeadlinePolicy::Rule> rules = policy().rules();
    for (int i = 0; i < rules.size(); ++i) {
        const QString problem = DeadlinePolicy::validate(rules.at(i), i);
        if (!problem.isEmpty())
            return tr("Rule %1 is not valid: %2").arg(i + 1).arg(problem);
        // Two rules for the same disputes: the earlier could never decide, which is a mistake.
        for (int j = i + 1; j < rules.size(); ++j) {
            const DeadlinePolicy::Rule &a = rules.at(i);
            const DeadlinePolicy::Rule &b = rules.at(j);
            if (a.category == b.category && a.complexity == b.complexity && a.level == b.level) {
                return tr("Rules %1 and %2 apply to the same disputes; change or remove one of "
                          "them.")
                    .arg(i + 1)
                    .arg(j + 1);
            }
        }
    }
    return {};
}

void DeadlinePolicyDialog::accept()
{
    const QString error = validationError();
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

void DeadlinePolicyDialog::addRule()
{
    DeadlinePolicy::Rule rule;
    rule.workingDays = DeadlinePolicy::defaultWorkingDays(rule.complexity);
    appendRow(rule);
    m_table->selectRow(m_table->rowCount() - 1);
    m_table->scrollToBottom();
    clearError();
}

void DeadlinePolicyDialog::removeSelectedRules()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        m_table->removeRow(row);
    clearError();
}

void DeadlinePolicyDialog::restoreDefaults()
{
    setPolicy(DeadlinePolicy::defaults());
}

void DeadlinePolicyDialog::clearError()
{
    m_error->clear();
    m_error->hide();
}
