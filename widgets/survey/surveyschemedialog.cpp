#include "surveyschemedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Form { RateForm = 0, IndexForm = 1 };

// Weights evenly spread from 100 (the first answer) to 0 (the last).
double spreadWeight(int row, int rows)
{
    return rows > 1 ? 100.0 * (rows - 1 - row) / (rows - 1) : 100.0;
}

} // namespace

SurveySchemeDialog::SurveySchemeDialog(const SurveyScheme &current, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
{
    m_filling = true;   // until load(): the editors report changes while they are built
    setObjectName(QStringLiteral("surveySchemeDialog"));
    setWindowTitle(tr("Survey scoring scheme"));

    m_preset = new QComboBox;
    m_preset->setObjectName(QStringLiteral("schemePreset"));
    m_preset->addItem(tr("In force: %1").arg(current.name));
    for (const SurveyScheme &preset : SurveyScheme::presets())
        m_preset->addItem(tr("Preset: %1").arg(preset.name));
    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        load(index <= 0 ? m_current : SurveyScheme::presets().value(index - 1));
    });

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("schemeName"));
    m_name->setPlaceholderText(current.name);
    connect(m_name, &QLineEdit::textEdited, this, &SurveySchemeDialog::check);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("schemeIndicators"));
    for (SurveyIndicator i : SurveyIndicators::all())
        m_tabs->addTab(createEditor(i), current.label(i));

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("schemeProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("schemeButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Start from:"), m_preset);
    form->addRow(tr("Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    load(current);
    resize(620, 480);
}

QWidget *SurveySchemeDialog::createEditor(SurveyIndicator indicator)
{
    const QString key = SurveyIndicators::key(indicator);
    Editor &e = m_editors[size_t(indicator)];
    auto *page = new QWidget;

    e.label = new QLineEdit;
    e.label->setObjectName(QStringLiteral("label_") + key);
    e.label->setPlaceholderText(SurveyIndicators::label(indicator));
    connect(e.label, &QLineEdit::textEdited, this, &SurveySchemeDialog::check);

    e.form = new QComboBox;
    e.form->setObjectName(QStringLiteral("form_") + key);
    e.form->addItem(tr("Rate: the share of answers counted as positive"));
    e.form->addItem(tr("Index: the mean of a weight (0–100) per answer"));
    connect(e.form, &QComboBox::currentIndexChanged, this,
            [this, indicator] { formChosen(indicator); });

    e.answers = new QTableWidget(0, ColumnCount);
    e.answers->setObjectName(QStringLiteral("answers_") + key);
    e.answers->setHorizontalHeaderLabels(
        {tr("Answer (most positive first)"), tr("Counts as positive"), tr("Weight")});
    e.answers->setSelectionBehavior(QAbstractItemView::SelectRows);
    e.answers->setSelectionMode(QAbstractItemView::SingleSelection);
    e.answers->horizontalHeader()->setSectionResizeMode(AnswerColumn, QHeaderView::Stretch);
    e.answers->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(e.answers, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            check();
    });

    auto button = [&](const QString &text, const QString &name) {
        auto *b = new QPushButton(text);
        b->setObjectName(name + QLatin1Char('_') + key);
        return b;
    };
    QPushButton *add = button(tr("Add answer"), QStringLiteral("addAnswer"));
    QPushButton *remove = button(tr("Remove"), QStringLiteral("removeAnswer"));
    QPushButton *up = button(tr("Up"), QStringLiteral("answerUp"));
    QPushButton *down = button(tr("Down"), QStringLiteral("answerDown"));
    connect(add, &QPushButton::clicked, this, [this, indicator] { addAnswer(indicator); });
    connect(remove, &QPushButton::clicked, this, [this, indicator] { removeAnswer(indicator); });
    connect(up, &QPushButton::clicked, this, [this, indicator] { moveAnswer(indicator, -1); });
    connect(down, &QPushButton::clicked, this, [this, indicator] { moveAnswer(indicator, 1); });
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {add, remove, up, down})
        buttons->addWidget(b);
    buttons->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("Label:"), e.label);
    form->addRow(tr("Scored as:"), e.form);
    auto *table = new QHBoxLayout;
    table->addWidget(e.answers, 1);
    table->addLayout(buttons);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addLayout(table, 1);
    return page;
}

void SurveySchemeDialog::load(const SurveyScheme &scheme)
{
    m_filling = true;
    m_name->setText(scheme.name);
    for (SurveyIndicator i : SurveyIndicators::all())
        loadRule(i, scheme.rule(i));
    m_filling = false;
    check();
}

void SurveySchemeDialog::loadRule(SurveyIndicator indicator, const SurveyIndicatorRule &rule)
{
    Editor &e = m_editors[size_t(indicator)];
    const bool filling = m_filling;
    m_filling = true;
    e.label->setText(rule.label);
    e.answers->setRowCount(0);
    const int rows = int(rule.answers.size());
    for (int row = 0; row < rows; ++row) {
        // Both columns are kept whatever the form, so that switching back and forth loses
        // nothing: a rate rule gets weights spread from 100 to 0, an index rule counts the
        // answers weighing 50 or more as positive.
        const double weight = rule.isIndex() && size_t(row) < rule.weights.size()
                                  ? rule.weights[size_t(row)]
                                  : spreadWeight(row, rows);
        const bool positive = rule.isIndex() ? weight >= 50 : rule.positive.contains(row + 1);
        appendRow(e.answers, rule.answers.at(row), positive, weight);
    }
    e.form->setCurrentIndex(rule.isIndex() ? IndexForm : RateForm);
    formChosen(indicator);
    m_filling = filling;
}

void SurveySchemeDialog::appendRow(QTableWidget *table, const QString &answer, bool positive,
                                   double weight)
{
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, AnswerColumn, new QTableWidgetItem(answer));
    auto *check = new QTableWidgetItem;
    check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    check->setCheckState(positive ? Qt::Checked : Qt::Unchecked);
    table->setItem(row, PositiveColumn, check);
    auto *w = new QTableWidgetItem;
    w->setData(Qt::EditRole, weight);
    w->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, WeightColumn, w);
}

SurveyIndicatorRule SurveySchemeDialog::rule(SurveyIndicator indicator) const
{
    const Editor &e = m_editors[size_t(indicator)];
    SurveyIndicatorRule r;
    r.label = e.label->text().trimmed();
    const bool index = e.form->currentIndex() == IndexForm;
    for (int row = 0; row < e.answers->rowCount(); ++row) {
        const QTableWidgetItem *answer = e.answers->item(row, AnswerColumn);
        r.answers << (answer ? answer->text().trimmed() : QString());
        if (index) {
            const QTableWidgetItem *w = e.answers->item(row, WeightColumn);
            bool ok = false;
            const double weight = w ? w->data(Qt::EditRole).toDouble(&ok) : 0;
            r.weights.push_back(ok ? weight : -1);
        } else {
            const QTableWidgetItem *c = e.answers->item(row, PositiveColumn);
            if (c && c->checkState() == Qt::Checked)
                r.positive << row + 1;
        }
    }
    if (index && r.weights.empty())
        r.weights.push_back(-1);   // stays index form and reads as "one weight per answer"
    return r;
}

SurveyScheme SurveySchemeDialog::scheme() const
{
    SurveyScheme s;
    s.id = m_current.id;
    s.name = m_name->text().trimmed();
    if (s.name.isEmpty())
        s.name = m_current.name;
    for (SurveyIndicator i : SurveyIndicators::all())
        s.rule(i) = rule(i);
    return s;
}

QString SurveySchemeDialog::problem() const
{
    return m_problem->text();
}

void SurveySchemeDialog::formChosen(SurveyIndicator indicator)
{
    const Editor &e = m_editors[size_t(indicator)];
    const bool index = e.form->currentIndex() == IndexForm;
    e.answers->setColumnHidden(PositiveColumn, index);
    e.answers->setColumnHidden(WeightColumn, !index);
    e.answers->resizeColumnToContents(index ? WeightColumn : PositiveColumn);
    if (!m_filling)
        check();
}

void SurveySchemeDialog::addAnswer(SurveyIndicator indicator)
{
    QTableWidget *table = m_editors[size_t(indicator)].answers;
    m_filling = true;
    appendRow(table, QString(), false, 0);
    m_filling = false;
    const int row = table->rowCount() - 1;
    table->setCurrentCell(row, AnswerColumn);
    table->editItem(table->item(row, AnswerColumn));
    check();
}

void SurveySchemeDialog::removeAnswer(SurveyIndicator indicator)
{
    QTableWidget *table = m_editors[size_t(indicator)].answers;
    const int row = table->currentRow();
    if (row < 0)
        return;
    table->removeRow(row);
    check();
}

void SurveySchemeDialog::moveAnswer(SurveyIndicator indicator, int by)
{
    QTableWidget *table = m_editors[size_t(indicator)].answers;
    const int row = table->currentRow();
    const int other = row + by;
    if (row < 0 || other < 0 || other >= table->rowCount())
        return;
    m_filling = true;
    for (int c = 0; c < ColumnCount; ++c) {
        QTableWidgetItem *a = table->takeItem(row, c);
        QTableWidgetItem *b = table->takeItem(other, c);
        table->setItem(row, c, b);
        table->setItem(other, c, a);
    }
    m_filling = false;
    table->setCurrentCell(other, table->currentColumn());
    check();
}

void SurveySchemeDialog::check()
{
    const SurveyScheme s = scheme();
    QString text;
    int badTab = -1;
    for (SurveyIndicator i : SurveyIndicators::all()) {
        SurveyScheme one = SurveyScheme::standard();
        one.rule(i) = s.rule(i);
        const QString problem = one.validate();
        if (problem.isEmpty())
            continue;
        // validate() names the indicator by key: name it as the tab does.
        const QString prefix = SurveyIndicators::key(i) + QStringLiteral(": ");
        const QString detail = problem.startsWith(prefix) ? problem.mid(prefix.size()) : problem;
        text = tr("%1: %2").arg(s.label(i), detail);
        badTab = int(i);
        break;
    }
    if (text.isEmpty()) {
        const QString all = s.validate();   // anything the per-indicator check did not see
        if (!all.isEmpty())
            text = all;
    }
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    for (int t = 0; t < m_tabs->count(); ++t) {
        const auto i = SurveyIndicator(t);
        m_tabs->setTabText(t, s.label(i));
        m_tabs->tabBar()->setTabTextColor(t, t == badTab ? QColor(0xb0, 0x00, 0x20)
                                                         : palette().color(QPalette::WindowText));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}
