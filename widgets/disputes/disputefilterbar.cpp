#include "disputefilterbar.h"

#include "domain/dispute.h"
#include "store/disputerepository.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace {

// A date edit whose lowest date stands for "any" (shown as its special text).
const QDate kAnyDate(2000, 1, 1);

QComboBox *comboWithAny(QWidget *parent, const QString &any, const QString &objectName)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->addItem(any, QVariant());
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

QDateEdit *dateEdit(QWidget *parent, const QString &any, const QString &objectName)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(any);
    edit->setDate(kAnyDate);
    return edit;
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == kAnyDate ? QDate() : edit->date();
}

} // namespace

DisputeFilterBar::DisputeFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_typing(new QTimer(this))
{
    m_category = comboWithAny(this, tr("All categories"), QStringLiteral("categoryFilter"));
    for (const DisputeCategory &c : disputeCategories())
        m_category->addItem(disputeCategoryLabel(QLatin1String(c.key)), QLatin1String(c.key));

    m_status = comboWithAny(this, tr("All statuses"), QStringLiteral("statusFilter"));
    for (int s = int(DisputeStatus::Reported); s <= int(DisputeStatus::Withdrawn); ++s) {
        const auto status = static_cast<DisputeStatus>(s);
        m_status->addItem(disputeStatusLabel(status), disputeStatusKey(status));
    }

    m_level = comboWithAny(this, tr("All levels"), QStringLiteral("levelFilter"));
    for (DisputeLevel level : {DisputeLevel::County, DisputeLevel::Township, DisputeLevel::Village})
        m_level->addItem(disputeLevelLabel(level), int(level));

    m_source = comboWithAny(this, tr("All sources"), QStringLiteral("sourceFilter"));
    for (const DisputeSource &s : disputeSources())
        m_source->addItem(disputeSourceLabel(QLatin1String(s.key)), QLatin1String(s.key));

    m_from = dateEdit(this, tr("Reported from"), QStringLiteral("reportedFromFilter"));
    m_to = dateEdit(this, tr("Reported until"), QStringLiteral("reportedToFilter"));
    m_from->setToolTip(tr("Reported on or after this day"));
    m_to->setToolTip(tr("Reported on or before this day"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchFilter"));
    m_search->setPlaceholderText(tr("Search titles, facts and parties"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Show every dispute of the queue again"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->setSpacing(4);
    for (QWidget *w : std::initializer_list<QWidget *> {m_category, m_status, m_level, m_source,
                                                        m_from, m_to})
        layout->addWidget(w);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_clear);

    // Typing waits for a pause; every other field applies at once.
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &DisputeFilterBar::announce);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_typing->isActive()) {
            m_typing->stop();
            announce();
        }
    });
    for (QComboBox *box : {m_category, m_status, m_level, m_source})
        connect(box, &QComboBox::currentIndexChanged, this, &DisputeFilterBar::announce);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &DisputeFilterBar::announce);
    connect(m_clear, &QToolButton::clicked, this, &DisputeFilterBar::clear);
}

void DisputeFilterBar::applyTo(DisputeFilter &filter) const
{
    filter.category = m_category->currentData().toString();
    filter.status = m_status->currentData().toString();
    const QVariant level = m_level->currentData();
    filter.level = level.isValid() ? std::optional<int>(level.toInt()) : std::nullopt;
    filter.source = m_source->currentData().toString();
    filter.reportedFrom = dateOf(m_from);
    filter.reportedTo = dateOf(m_to);
    filter.text = m_search->text().trimmed();
}

bool DisputeFilterBar::isNarrowing() const
{
    DisputeFilter f;
    applyTo(f);
    return f != DisputeFilter {};
}

void DisputeFilterBar::clear()
{
    m_quiet = true;
    for (QComboBox *box : {m_category, m_status, m_level, m_source})
        box->setCurrentIndex(0);
    m_from->setDate(kAnyDate);
    m_to->setDate(kAnyDate);
    m_search->clear();
    m_typing->stop();
    m_quiet = false;
    announce();
}

void DisputeFilterBar::announce()
{
    if (!m_quiet)
        Q_EMIT filterChanged();
}
