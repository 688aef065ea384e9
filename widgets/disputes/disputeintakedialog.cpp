#include "disputeintakedialog.h"

#include "domain/dispute.h"
#include "domain/idcard.h"
#include "store/storeerror.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {

const QString kPartyRoles[] = {QStringLiteral("applicant"), QStringLiteral("respondent"),
                               QStringLiteral("third_party")};

// Pause after the last keystroke before the store is asked for possible duplicates.
constexpr int kDuplicateDelayMs = 300;

const QString kErrorColour = QStringLiteral("#b00020");

QString partyRoleLabel(const QString &key)
{
    if (key == QLatin1String("applicant"))
        return DisputeIntakeDialog::tr("Applicant");
    if (key == QLatin1String("respondent"))
        return DisputeIntakeDialog::tr("Respondent");
    return DisputeIntakeDialog::tr("Third party");
}

QLabel *errorLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(kErrorColour));
    label->hide();
    return label;
}

// A red frame around a field that has a problem.
void setInvalidFrame(QWidget *field, bool invalid)
{
    const QString sheet = invalid
        ? QStringLiteral("%1 { border: 1px solid %2; border-radius: 2px; padding: 1px; }")
              .arg(QString::fromLatin1(field->metaObject()->className()), kErrorColour)
        : QString();
    if (field->styleSheet() != sheet)
        field->setStyleSheet(sheet);
}

// The field with its error text right under it.
QWidget *withError(QWidget *field, QLabel *error, QWidget *extra = nullptr)
{
    auto *box = new QWidget;
    // Only the parties grow when the dialog does.
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    if (extra)
        layout->addWidget(extra);
    layout->addWidget(error);
    return box;
}

int digitCount(const QString &text)
{
    return int(std::count_if(text.begin(), text.end(), [](QChar c) { return c.isDigit(); }));
}

} // namespace

DisputeIntakeDialog::DisputeIntakeDialog(DisputeCommands &commands, const QList<Region> &regions,
                                         const QString &actor, QWidget *parent)
    : QDialog(parent)
    , m_commands(commands)
    , m_actor(actor)
    , m_duplicateTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("disputeIntakeDialog"));
    setWindowTitle(tr("Register a dispute"));
    indexRegions(regions);
    createFields();
    createPartyArea();
    createButtons();
    layOut();
    m_built = true;

    m_duplicateTimer->setSingleShot(true);
    m_duplicateTimer->setInterval(kDuplicateDelayMs);
    connect(m_duplicateTimer, &QTimer::timeout, this, &DisputeIntakeDialog::lookForDuplicates);

    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return),
                                     QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &DisputeIntakeDialog::save);
    }
    auto *newParty = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this);
    connect(newParty, &QShortcut::activated, this, &DisputeIntakeDialog::addParty);

    addParty();
    m_touched.clear();
    showGridPath();
    revalidate();
    m_title->setFocus();
    resize(sizeHint().expandedTo(QSize(720, 560)));
}

DisputeIntakeDialog::~DisputeIntakeDialog()
{
    // QDialog's destructor hides the dialog, which moves the focus out of a field: its signals
    // must not reach this object once its members are gone.
    m_built = false;
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
}

void DisputeIntakeDialog::indexRegions(const QList<Region> &regions)
{
    struct Named
    {
        QString name;
        QString parentCode;
    };
    QHash<QString, Named> named;
    for (const Region &r : regions)
        named.insert(r.code, Named{r.name, r.parentCode});

    QHash<QString, int> nameCount;
    for (const Region &r : regions) {
        if (r.level != RegionLevel::Grid)
            continue;
        GridEntry grid;
        grid.code = r.code;
        grid.name = r.name;
        QStringList path{r.name};
        for (QString up = r.parentCode; named.contains(up); up = named.value(up).parentCode)
            path.prepend(named.value(up).name);
        grid.path = path.join(QStringLiteral(" › "));
        const QString village = named.value(r.parentCode).name;
        grid.completion = village.isEmpty()
            ? QStringLiteral("%1 – %2").arg(r.name, r.code)
            : QStringLiteral("%1 – %2 – %3").arg(r.name, village, r.code);
        m_gridByCode.insert(grid.code, int(m_grids.size()));
        m_gridByCompletion.insert(grid.completion, int(m_grids.size()));
        ++nameCount[grid.name];
        m_grids.append(grid);
    }
    for (int i = 0; i < m_grids.size(); ++i) {
        if (nameCount.value(m_grids[i].name) == 1)
            m_gridByName.insert(m_grids[i].name, i);
    }
}

void DisputeIntakeDialog::createFields()
{
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("What the dispute is about, in a few words"));
    m_title->setMaxLength(400); // the rules allow 200; longer text is shown as a problem, not cut
    connect(m_title, &QLineEdit::textChanged, this, [this] { edited(m_title); });

    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    for (const DisputeCategory &c : disputeCategories()) {
        const QString key = QString::fromLatin1(c.key);
        m_category->addItem(disputeCategoryLabel(key), key);
    }
    if (!m_category->completer())
        m_category->setCompleter(new QCompleter(m_category->model(), m_category));
    m_category->completer()->setFilterMode(Qt::MatchContains);
    m_category->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_category->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_category->setCurrentIndex(-1);
    m_category->clearEditText();
    m_category->lineEdit()->setPlaceholderText(tr("Type to search"));
    connect(m_category, &QComboBox::editTextChanged, this, [this] { edited(m_category); });
    connect(m_category->lineEdit(), &QLineEdit::editingFinished, this,
            &DisputeIntakeDialog::settleCategory);

    m_source = new QComboBox;
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    for (const DisputeSource &s : disputeSources()) {
        const QString key = QString::fromLatin1(s.key);
        m_source->addItem(disputeSourceLabel(key), key);
    }
    m_source->setPlaceholderText(tr("Choose how the case came in"));
    m_source->setCurrentIndex(-1);
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        m_touched.insert(m_source);
        edited(m_source);
    });

    m_grid = new QLineEdit;
    m_grid->setObjectName(QStringLiteral("gridEdit"));
    m_grid->setPlaceholderText(
        tr("Grid name or code; or pick it in the region tree or on the map"));
    QStringList completions;
    completions.reserve(m_grids.size());
    for (const GridEntry &g : std::as_const(m_grids))
        completions << g.completion;
    m_gridCompleter = new QCompleter(new QStringListModel(completions, this), this);
    m_gridCompleter->setObjectName(QStringLiteral("gridCompleter"));
    m_gridCompleter->setFilterMode(Qt::MatchContains);
    m_gridCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_gridCompleter->setCompletionMode(QCompleter::PopupCompletion);
    m_gridCompleter->setMaxVisibleItems(12);
    m_grid->setCompleter(m_gridCompleter);
    connect(m_grid, &QLineEdit::textChanged, this, [this] {
        showGridPath();
        edited(m_grid);
    });
    connect(m_grid, &QLineEdit::editingFinished, this, &DisputeIntakeDialog::settleGrid);
    connect(m_gridCompleter, qOverload<const QString &>(&QCompleter::activated), this,
            [this] { touch(m_grid); });
    m_gridPath = new QLabel;
    m_gridPath->setObjectName(QStringLiteral("gridPath"));
    m_gridPath->setWordWrap(true);
    m_gridPath->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_complexity = new QComboBox;
    m_complexity->setObjectName(QStringLiteral("complexityCombo"));
    for (const QString &key : disputeComplexityKeys())
        m_complexity->addItem(disputeComplexityLabel(key), key);
    m_complexity->setCurrentIndex(m_complexity->findData(QStringLiteral("general")));

    m_major = new QCheckBox(tr("Ma&jor dispute"));
    m_major->setObjectName(QStringLiteral("majorCheck"));
    m_major->setToolTip(tr("Goes on the major-dispute list (重大矛盾)"));

    m_amount = new QSpinBox;
    m_amount->setObjectName(QStringLiteral("amountSpin"));
    m_amount->setRange(0, 2'000'000'000);
    m_amount->setSuffix(tr(" yuan"));
    m_amount->setGroupSeparatorShown(true);
    m_amount->setToolTip(tr("The amount in dispute, if any"));
    m_amount->setMinimumWidth(
        fontMetrics().horizontalAdvance(QStringLiteral("0,000,000,000 yuan")));

    m_reported = new QDateTimeEdit;
    m_reported->setObjectName(QStringLiteral("reportedEdit"));
    m_reported->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_reported->setCalendarPopup(true);
    m_reported->setToolTip(tr("When the dispute was reported. Left as it is, the time of saving "
                              "is taken."));
    setReportedNow();
    connect(m_reported, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_programmatic)
            m_reportedEdited = true;
        edited(m_reported);
    });

    m_summary = new QPlainTextEdit;
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("Facts, what the parties ask for"));
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 4
                              + 2 * m_summary->frameWidth() + 8);
    connect(m_summary, &QPlainTextEdit::textChanged, this, [this] { edited(m_summary); });

    const std::pair<QWidget *, const char *> errors[] = {
        {m_title, "titleError"},   {m_category, "categoryError"}, {m_source, "sourceError"},
        {m_grid, "gridError"},     {m_reported, "reportedError"}, {m_summary, "summaryError"}};
    for (const auto &[field, name] : errors)
        m_errorLabels.insert(field, errorLabel(QString::fromLatin1(name)));

    for (QWidget *field : std::initializer_list<QWidget *>{
             m_title, m_category, m_category->lineEdit(), m_source, m_grid, m_reported, m_summary})
        field->installEventFilter(this);
}

void DisputeIntakeDialog::createPartyArea()
{
    m_partyArea = new QWidget;
    m_partyArea->setObjectName(QStringLiteral("partiesTable"));
    m_partyGrid = new QGridLayout(m_partyArea);
    m_partyGrid->setContentsMargins(0, 0, 0, 0);
    m_partyGrid->setHorizontalSpacing(4);
    m_partyGrid->setVerticalSpacing(2);
    const QString headers[] = {tr("Role"), tr("Name"), tr("ID number"), tr("Phone")};
    for (int c = 0; c < 4; ++c) {
        auto *header = new QLabel(headers[c]);
        header->setStyleSheet(QStringLiteral("font-weight: bold;"));
        m_partyGrid->addWidget(header, 0, c + 1);
    }
    m_partyGrid->setColumnStretch(2, 2);
    m_partyGrid->setColumnStretch(3, 3);
    m_partyGrid->setColumnStretch(4, 2);

    m_addParty = new QPushButton(tr("&Add party"));
    m_addParty->setObjectName(QStringLiteral("addPartyButton"));
    m_addParty->setToolTip(tr("Add a party (%1)")
                               .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)
                                        .toString(QKeySequence::NativeText)));
    m_removeParty = new QPushButton(tr("Remo&ve party"));
    m_removeParty->setObjectName(QStringLiteral("removePartyButton"));
    m_removeParty->setToolTip(tr("Remove the party last edited"));
    connect(m_addParty, &QPushButton::clicked, this, &DisputeIntakeDialog::addParty);
    connect(m_removeParty, &QPushButton::clicked, this, &DisputeIntakeDialog::removeParty);
}

void DisputeIntakeDialog::createButtons()
{
    m_duplicateBox = new QFrame;
    m_duplicateBox->setObjectName(QStringLiteral("duplicateWarning"));
    m_duplicateBox->setStyleSheet(
        QStringLiteral("#duplicateWarning { background: #fff8e1; border: 1px solid #e0a000; "
                       "border-radius: 3px; }"));
    m_duplicateText = new QLabel;
    m_duplicateText->setObjectName(QStringLiteral("duplicateText"));
    m_duplicateText->setWordWrap(true);
    m_duplicateText->setTextFormat(Qt::RichText);
    m_duplicateText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *boxLayout = new QVBoxLayout(m_duplicateBox);
    boxLayout->setContentsMargins(8, 6, 8, 6);
    boxLayout->addWidget(m_duplicateText);
    m_duplicateBox->hide();

    m_todo = new QLabel;
    m_todo->setObjectName(QStringLiteral("todoLine"));
    m_todo->setWordWrap(true);
    m_todo->setForegroundRole(QPalette::PlaceholderText);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLine"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Register the dispute (%1)")
                           .arg(QKeySequence(Qt::CTRL | Qt::Key_Return)
                                    .toString(QKeySequence::NativeText)));
    m_close = new QPushButton(tr("Close"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    // Return in a field must not register the case: only Save and Ctrl+Return do.
    for (QPushButton *b : {m_addParty, m_removeParty, m_save, m_close}) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    connect(m_save, &QPushButton::clicked, this, &DisputeIntakeDialog::save);
    connect(m_close, &QPushButton::clicked, this, &DisputeIntakeDialog::reject);
}

void DisputeIntakeDialog::layOut()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [form](const QString &label, QWidget *buddy, QWidget *field) {
        auto *l = new QLabel(label);
        l->setBuddy(buddy);
        form->addRow(l, field);
    };
    addRow(tr("&Title"), m_title, withError(m_title, m_errorLabels.value(m_title)));
    addRow(tr("&Category"), m_category, withError(m_category, m_errorLabels.value(m_category)));
    addRow(tr("S&ource"), m_source, withError(m_source, m_errorLabels.value(m_source)));
    addRow(tr("&Grid"), m_grid, withError(m_grid, m_errorLabels.value(m_grid), m_gridPath));

    auto *detail = new QWidget;
    detail->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *detailLayout = new QHBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_complexity);
    detailLayout->addSpacing(12);
    detailLayout->addWidget(m_major);
    detailLayout->addSpacing(12);
    auto *amountLabel = new QLabel(tr("A&mount"));
    amountLabel->setBuddy(m_amount);
    detailLayout->addWidget(amountLabel);
    detailLayout->addWidget(m_amount);
    detailLayout->addStretch();
    addRow(tr("Comple&xity"), m_complexity, detail);

    auto *reported = new QWidget;
    reported->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *reportedLayout = new QHBoxLayout(reported);
    reportedLayout->setContentsMargins(0, 0, 0, 0);
    reportedLayout->addWidget(m_reported);
    reportedLayout->addStretch();
    addRow(tr("&Reported at"), m_reported, withError(reported, m_errorLabels.value(m_reported)));
    addRow(tr("S&ummary"), m_summary, withError(m_summary, m_errorLabels.value(m_summary)));

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("partiesScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_partyArea);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumHeight(fontMetrics().lineSpacing() * 5);

    auto *partyButtons = new QHBoxLayout;
    partyButtons->addWidget(m_addParty);
    partyButtons->addWidget(m_removeParty);
    partyButtons->addStretch();

    auto *parties = new QVBoxLayout;
    parties->addWidget(scroll, 1);
    parties->addLayout(partyButtons);
    auto *partiesLabel = new QLabel(tr("Parties"));
    partiesLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(partiesLabel, parties);

    auto *bottom = new QHBoxLayout;
    auto *lines = new QVBoxLayout;
    lines->addWidget(m_status);
    lines->addWidget(m_todo);
    bottom->addLayout(lines, 1);
    bottom->addWidget(m_save, 0, Qt::AlignBottom);
    bottom->addWidget(m_close, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_duplicateBox);
    layout->addLayout(bottom);
}

// ---- parties ----

void DisputeIntakeDialog::addParty()
{
    PartyRow row;
    row.number = new QLabel;
    row.role = new QComboBox;
    for (const QString &key : kPartyRoles)
        row.role->addItem(partyRoleLabel(key), key);
    row.role->setCurrentIndex(m_parties.isEmpty() ? 0 : 1);
    row.name = new QLineEdit;
    row.idCard = new QLineEdit;
    row.idCard->setMaxLength(18);
    row.idCard->setPlaceholderText(tr("18 characters, optional"));
    row.phone = new QLineEdit;
    row.phone->setMaxLength(20);
    row.phone->setPlaceholderText(tr("Mobile or landline"));
    row.error = errorLabel(QString());

    connect(row.role, &QComboBox::currentIndexChanged, this, [this, w = row.role] { edited(w); });
    for (QLineEdit *edit : {row.name, row.idCard, row.phone})
        connect(edit, &QLineEdit::textChanged, this, [this, edit] { edited(edit); });
    for (QWidget *w : std::initializer_list<QWidget *>{row.role, row.name, row.idCard, row.phone})
        w->installEventFilter(this);

    m_parties.append(row);
    relayParties();
    updateTabOrder();
    revalidate();
    // Shown now rather than when the layout gets round to it, so that the focus can go there.
    for (QWidget *w : std::initializer_list<QWidget *>{row.number, row.role, row.name, row.idCard,
                                                       row.phone})
        w->setVisible(true);
    if (m_parties.size() > 1)
        row.name->setFocus(Qt::ShortcutFocusReason);
}

void DisputeIntakeDialog::removeParty()
{
    if (m_parties.size() <= 1)
        return;
    const int at = (m_currentParty >= 0 && m_currentParty < m_parties.size())
        ? m_currentParty
        : int(m_parties.size()) - 1;
    const PartyRow row = m_parties.takeAt(at);
    for (QWidget *w : std::initializer_list<QWidget *>{row.number, row.role, row.name, row.idCard,
                                                       row.phone, row.error}) {
        m_touched.remove(w);
        m_partyGrid->removeWidget(w);
        w->setObjectName(QString()); // its name passes to the row that moves up
        w->hide();
        w->deleteLater();
    }
    m_currentParty = -1;
    m_refused.clear();
    relayParties();
    updateTabOrder();
    revalidate();
    m_duplicateTimer->start();
    m_parties[std::min<int>(at, int(m_parties.size()) - 1)].name->setFocus();
}

void DisputeIntakeDialog::relayParties()
{
    // Rows are laid out afresh, so that the rows below a removed one close up.
    for (const PartyRow &row : std::as_const(m_parties)) {
        for (QWidget *w : std::initializer_list<QWidget *>{row.number, row.role, row.name,
                                                           row.idCard, row.phone, row.error})
            m_partyGrid->removeWidget(w);
    }
    for (int r = 0; r < m_partyGrid->rowCount(); ++r)
        m_partyGrid->setRowStretch(r, 0);
    for (int i = 0; i < m_parties.size(); ++i) {
        const PartyRow &row = m_parties[i];
        const int n = i + 1;
        const int r = 1 + 2 * i;
        row.number->setText(QString::number(n));
        row.role->setObjectName(QStringLiteral("partyRole%1").arg(n));
        row.name->setObjectName(QStringLiteral("partyName%1").arg(n));
        row.idCard->setObjectName(QStringLiteral("partyIdCard%1").arg(n));
        row.phone->setObjectName(QStringLiteral("partyPhone%1").arg(n));
        row.error->setObjectName(QStringLiteral("partyError%1").arg(n));
        row.name->setPlaceholderText(tr("Party %1").arg(n));
        m_partyGrid->addWidget(row.number, r, 0);
        m_partyGrid->addWidget(row.role, r, 1);
        m_partyGrid->addWidget(row.name, r, 2);
        m_partyGrid->addWidget(row.idCard, r, 3);
        m_partyGrid->addWidget(row.phone, r, 4);
        m_partyGrid->addWidget(row.error, r + 1, 1, 1, 4);
    }
    m_partyGrid->setRowStretch(1 + 2 * int(m_parties.size()), 1);
    m_removeParty->setEnabled(m_parties.size() > 1);
}

void DisputeIntakeDialog::updateTabOrder()
{
    QList<QWidget *> chain = {m_title, m_category, m_source, m_grid, m_complexity, m_major,
                              m_amount, m_reported, m_summary};
    for (const PartyRow &row : std::as_const(m_parties))
        chain << row.role << row.name << row.idCard << row.phone;
    chain << m_addParty << m_removeParty << m_save << m_close;
    for (int i = 0; i + 1 < chain.size(); ++i)
        setTabOrder(chain[i], chain[i + 1]);
}

// ---- what the form holds ----

QString DisputeIntakeDialog::resolveCategory(const QString &text, bool loosely) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (const std::optional<QString> key = disputeCategoryFromText(t))
        return *key;
    if (!loosely)
        return {};
    // Leaving the field with part of one category's name picks that category.
    QString found;
    for (const DisputeCategory &c : disputeCategories()) {
        const QString key = QString::fromLatin1(c.key);
        const QString names
            = disputeCategoryLabel(key) + QLatin1Char('|') + QString::fromUtf8(c.names);
        if (names.contains(t, Qt::CaseInsensitive)) {
            if (!found.isEmpty())
                return {};
            found = key;
        }
    }
    return found;
}

QString DisputeIntakeDialog::resolveGrid(const QString &text, bool loosely) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    int at = m_gridByCompletion.value(t, -1);
    if (at < 0)
        at = m_gridByCode.value(t, -1);
    if (at < 0)
        at = m_gridByName.value(t, -1);
    if (at < 0 && loosely) {
        // Part of exactly one grid's name, village or code.
        for (int i = 0; i < m_grids.size(); ++i) {
            if (m_grids[i].completion.contains(t, Qt::CaseInsensitive)) {
                if (at >= 0)
                    return {};
                at = i;
            }
        }
    }
    return at < 0 ? QString() : m_grids[at].code;
}

DisputeIntake DisputeIntakeDialog::intake() const
{
    DisputeIntake in;
    in.title = m_title->text().trimmed();
    in.summary = m_summary->toPlainText().trimmed();
    const QString category = resolveCategory(m_category->currentText(), false);
    in.category = category.isEmpty() ? m_category->currentText().trimmed() : category;
    in.source = m_source->currentData().toString();
    const QString grid = resolveGrid(m_grid->text(), false);
    in.gridCode = grid.isEmpty() ? m_grid->text().trimmed() : grid;
    in.complexity = m_complexity->currentData().toString();
    in.major = m_major->isChecked();
    in.amountYuan = m_amount->value();
    if (m_reportedEdited)
        in.reportedAt = m_reported->dateTime().toMSecsSinceEpoch();
    for (const PartyRow &row : m_parties) {
        DisputePartyInput p;
        p.role = row.role->currentData().toString();
        p.name = row.name->text().trimmed();
        p.idCard = row.idCard->text().trimmed().toUpper();
        p.phone = row.phone->text().trimmed();
        if (p.name.isEmpty() && p.idCard.isEmpty() && p.phone.isEmpty())
            continue;
        in.parties << p;
    }
    return in;
}

QList<IntakeProblem> DisputeIntakeDialog::problems() const
{
    const DisputeIntake in = intake();
    QList<IntakeProblem> out = DisputeIntakeRules::validate(in);
    const bool gridUnknown = !in.gridCode.isEmpty() && !m_gridByCode.contains(in.gridCode);
    out.erase(std::remove_if(out.begin(), out.end(), [gridUnknown](const IntakeProblem &p) {
                  return gridUnknown && p.field == QLatin1String("region_code");
              }),
              out.end());
    for (IntakeProblem &p : out) {
        // Say what to do where the rules can only say what is wrong with an empty value.
        if (p.field == QLatin1String("category") && in.category.isEmpty())
            p.message = tr("choose a category (type part of its name)");
        else if (p.field == QLatin1String("source") && in.source.isEmpty())
            p.message = tr("choose how the case came in");
    }
    if (gridUnknown) {
        const QString why = tr("no grid matches \"%1\"; pick one from the list").arg(in.gridCode);
        out << IntakeProblem{QStringLiteral("region_code"), why};
    }
    for (const IntakeProblem &p : m_refused) {
        const bool known = std::any_of(out.begin(), out.end(), [&p](const IntakeProblem &q) {
            return q.field == p.field && q.message == p.message;
        });
        if (!known)
            out << p;
    }
    return out;
}

int DisputeIntakeDialog::rowOfParty(int index) const
{
    int seen = -1;
    for (int r = 0; r < m_parties.size(); ++r) {
        const PartyRow &row = m_parties[r];
        if (row.name->text().trimmed().isEmpty() && row.idCard->text().trimmed().isEmpty()
            && row.phone->text().trimmed().isEmpty())
            continue;
        if (++seen == index)
            return r;
    }
    return -1;
}

QWidget *DisputeIntakeDialog::widgetFor(const QString &field) const
{
    static const QHash<QString, int> simple = {
        {QStringLiteral("title"), 0},       {QStringLiteral("category"), 1},
        {QStringLiteral("source"), 2},      {QStringLiteral("region_code"), 3},
        {QStringLiteral("reported_at"), 4}, {QStringLiteral("summary"), 5}};
    if (simple.contains(field)) {
        QWidget *const fields[] = {m_title, m_category, m_source, m_grid, m_reported, m_summary};
        return fields[simple.value(field)];
    }
    // parties[<index>].<member>
    static const QRegularExpression party(QStringLiteral("^parties\\[(\\d+)\\]\\.(\\w+)$"));
    const QRegularExpressionMatch m = party.match(field);
    if (!m.hasMatch())
        return nullptr;
    const int row = rowOfParty(m.captured(1).toInt());
    if (row < 0)
        return nullptr;
    const QString member = m.captured(2);
    const PartyRow &r = m_parties[row];
    if (member == QLatin1String("name"))
        return r.name;
    if (member == QLatin1String("id_number"))
        return r.idCard;
    if (member == QLatin1String("phone"))
        return r.phone;
    if (member == QLatin1String("role"))
        return r.role;
    return nullptr;
}

QString DisputeIntakeDialog::fieldLabel(const QString &field) const
{
    if (field == QLatin1String("title"))
        return tr("Title");
    if (field == QLatin1String("category"))
        return tr("Category");
    if (field == QLatin1String("source"))
        return tr("Source");
    if (field == QLatin1String("region_code"))
        return tr("Grid");
    if (field == QLatin1String("complexity"))
        return tr("Complexity");
    if (field == QLatin1String("amount_yuan"))
        return tr("Amount");
    if (field == QLatin1String("reported_at"))
        return tr("Reported at");
    if (field == QLatin1String("summary"))
        return tr("Summary");
    static const QRegularExpression party(QStringLiteral("^parties\\[(\\d+)\\]\\.(\\w+)$"));
    const QRegularExpressionMatch m = party.match(field);
    if (m.hasMatch()) {
        const int row = rowOfParty(m.captured(1).toInt());
        const QString n = QString::number(row < 0 ? m.captured(1).toInt() + 1 : row + 1);
        const QString member = m.captured(2);
        if (member == QLatin1String("name"))
            return tr("Party %1 name").arg(n);
        if (member == QLatin1String("id_number"))
            return tr("Party %1 ID number").arg(n);
        if (member == QLatin1String("phone"))
            return tr("Party %1 phone").arg(n);
        if (member == QLatin1String("role"))
            return tr("Party %1 role").arg(n);
    }
    return field;
}

// ---- checking as one types ----

void DisputeIntakeDialog::edited(QWidget *field)
{
    if (!m_built)
        return;
    m_refused.clear();
    if (m_statusIsError)
        showStatus(QString(), false); // why the last save failed is old news after an edit
    if (field == m_title) {
        m_touched.insert(m_title);
    } else if (auto *edit = qobject_cast<QLineEdit *>(field)) {
        // An ID number or phone is checked once it is long enough to be complete.
        for (const PartyRow &row : std::as_const(m_parties)) {
            if ((edit == row.idCard && edit->text().trimmed().size() >= 18)
                || (edit == row.phone && digitCount(edit->text()) >= 11))
                m_touched.insert(edit);
        }
    }
    revalidate();

    bool asksForDuplicates = field == m_title || field == m_grid;
    for (const PartyRow &row : std::as_const(m_parties))
        asksForDuplicates = asksForDuplicates || field == row.idCard || field == row.phone;
    if (asksForDuplicates)
        m_duplicateTimer->start();
}

void DisputeIntakeDialog::touch(QWidget *field)
{
    if (m_touched.contains(field))
        return;
    m_touched.insert(field);
    revalidate();
}

void DisputeIntakeDialog::showProblem(QWidget *field, QLabel *label, const QStringList &messages)
{
    if (label) {
        label->setText(messages.join(QLatin1Char('\n')));
        label->setVisible(!messages.isEmpty());
    }
    setInvalidFrame(field, !messages.isEmpty());
}

void DisputeIntakeDialog::revalidate()
{
    if (!m_built)
        return;
    const QList<IntakeProblem> all = problems();
    QHash<QWidget *, QStringList> shown;
    QStringList names;
    for (const IntakeProblem &p : all) {
        const QString name = fieldLabel(p.field);
        if (!names.contains(name))
            names << name;
        QWidget *w = widgetFor(p.field);
        if (w && m_touched.contains(w))
            shown[w] << tr("%1: %2").arg(name, p.message);
    }
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it)
        showProblem(it.key(), it.value(), shown.value(it.key()));
    for (const PartyRow &row : std::as_const(m_parties)) {
        QStringList rowMessages;
        for (QWidget *w :
             std::initializer_list<QWidget *>{row.role, row.name, row.idCard, row.phone}) {
            showProblem(w, nullptr, shown.value(w));
            rowMessages << shown.value(w);
        }
        row.error->setText(rowMessages.join(QLatin1Char('\n')));
        row.error->setVisible(!rowMessages.isEmpty());
    }

    m_save->setEnabled(all.isEmpty());
    if (all.isEmpty()) {
        m_todo->clear();
    } else {
        m_todo->setText(tr("To fill in or correct: %1").arg(QLocale().createSeparatedList(names)));
    }
}

bool DisputeIntakeDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_reported && event->type() == QEvent::KeyPress) {
        // Tab leaves the time like any other field (QDateTimeEdit would walk its sections;
        // the arrow keys and typing still do).
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)
            && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            const bool back = key->key() == Qt::Key_Backtab
                              || (key->modifiers() & Qt::ShiftModifier);
            focusNextPrevChild(!back);
            return true;
        }
    }
    if (event->type() == QEvent::FocusOut) {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        // Opening a popup or switching to the main window (to pick the grid) is not leaving.
        if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason) {
            QWidget *field = watched == m_category->lineEdit() ? m_category
                                                                : qobject_cast<QWidget *>(watched);
            if (field)
                touch(field);
        }
    } else if (event->type() == QEvent::FocusIn) {
        for (int r = 0; r < m_parties.size(); ++r) {
            const PartyRow &row = m_parties[r];
            if (watched == row.role || watched == row.name || watched == row.idCard
                || watched == row.phone)
                m_currentParty = r;
        }
    }
    return QDialog::eventFilter(watched, event);
}

// ---- category and grid ----

void DisputeIntakeDialog::settleCategory()
{
    const QString key = resolveCategory(m_category->currentText(), true);
    const int index = key.isEmpty() ? -1 : m_category->findData(key);
    if (index >= 0 && (m_category->currentIndex() != index
                       || m_category->currentText() != m_category->itemText(index)))
        m_category->setCurrentIndex(index);
    if (index >= 0 && m_category->currentText() != m_category->itemText(index))
        m_category->setEditText(m_category->itemText(index));
}

void DisputeIntakeDialog::settleGrid()
{
    const QString code = resolveGrid(m_grid->text(), true);
    if (!code.isEmpty()) {
        const QString completion = m_grids.at(m_gridByCode.value(code)).completion;
        if (m_grid->text() != completion)
            m_grid->setText(completion);
    }
}

bool DisputeIntakeDialog::setGrid(const QString &code)
{
    const int at = m_gridByCode.value(code, -1);
    if (at < 0)
        return false;
    m_gridCompleter->popup()->hide();
    m_grid->setText(m_grids.at(at).completion);
    touch(m_grid);
    return true;
}

void DisputeIntakeDialog::showGridPath()
{
    const QString code = resolveGrid(m_grid->text(), false);
    if (code.isEmpty()) {
        m_gridPath->setText(
            m_grids.isEmpty()
                ? tr("No grids are known: import or generate the county's regions first")
                : tr("Type part of a grid's name or code and pick it from the list"));
        m_gridPath->setForegroundRole(QPalette::PlaceholderText);
    } else {
        const GridEntry &g = m_grids.at(m_gridByCode.value(code));
        m_gridPath->setText(tr("%1 (code %2)").arg(g.path, g.code));
        m_gridPath->setForegroundRole(QPalette::WindowText);
    }
}

// ---- duplicates ----

void DisputeIntakeDialog::lookForDuplicates()
{
    const DisputeIntake in = intake();
    // Only what can match: a known grid with a title, and complete ID numbers and phones.
    DisputeIntake query;
    query.title = in.title;
    if (m_gridByCode.contains(in.gridCode))
        query.gridCode = in.gridCode;
    for (const DisputePartyInput &p : in.parties) {
        DisputePartyInput q;
        q.name = p.name;
        if (IdCard::isValid(p.idCard))
            q.idCard = p.idCard;
        if (PhoneNumber::isValid(p.phone))
            q.phone = p.phone;
        if (!q.idCard.isEmpty() || !q.phone.isEmpty())
            query.parties << q;
    }
    m_duplicates.clear();
    if ((query.gridCode.isEmpty() || query.title.isEmpty()) && query.parties.isEmpty()) {
        showDuplicates();
        return;
    }
    try {
        m_duplicates = m_commands.possibleDuplicates(
            query, in.reportedAt.value_or(QDateTime::currentMSecsSinceEpoch()));
        showDuplicates();
    } catch (const StoreError &e) {
        m_duplicateText->setText(
            tr("Could not look for duplicates: %1").arg(e.message().toHtmlEscaped()));
        m_duplicateBox->show();
    }
}

void DisputeIntakeDialog::showDuplicates()
{
    if (m_duplicates.isEmpty()) {
        m_duplicateBox->hide();
        m_duplicateText->clear();
        return;
    }
    QString html = QStringLiteral("<b>%1</b><ul style=\"margin: 0\">")
                       .arg(tr("Possibly registered already (last %n day(s)):", "",
                               DisputeIntakeRules::kDuplicateWindowDays)
                                .toHtmlEscaped());
    for (const DuplicateCandidate &d : std::as_const(m_duplicates)) {
        html += QStringLiteral("<li><b>%1</b> %2 — %3 "
                               "<span style=\"color: #666\">(%4, %5)</span></li>")
                    .arg(d.caseNo.toHtmlEscaped(), d.title.toHtmlEscaped(),
                         d.reason.toHtmlEscaped(),
                         QDateTime::fromMSecsSinceEpoch(d.reportedAt)
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         disputeStatusLabel(d.status).toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    m_duplicateText->setText(html);
    m_duplicateBox->show();
}

bool DisputeIntakeDialog::confirmDuplicates()
{
    QStringList lines;
    for (const DuplicateCandidate &d : std::as_const(m_duplicates))
        lines << QStringLiteral("%1  %2 — %3").arg(d.caseNo, d.title, d.reason);
    QMessageBox box(QMessageBox::Warning, tr("Possible duplicate"),
                    tr("This dispute may be registered already:\n\n%1\n\nRegister it anyway?")
                        .arg(lines.join(QLatin1Char('\n'))),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("duplicateConfirmation"));
    QPushButton *anyway = box.addButton(tr("Register anyway"), QMessageBox::AcceptRole);
    anyway->setObjectName(QStringLiteral("registerAnywayButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == anyway;
}

// ---- saving ----

void DisputeIntakeDialog::save()
{
    m_duplicateTimer->stop();
    settleCategory();
    settleGrid();
    // Saving shows every problem, also in fields not visited yet.
    for (QWidget *w : m_errorLabels.keys())
        m_touched.insert(w);
    for (const PartyRow &row : std::as_const(m_parties))
        m_touched.unite(QSet<QWidget *>{row.role, row.name, row.idCard, row.phone});
    revalidate();

    const QList<IntakeProblem> wrong = problems();
    if (!wrong.isEmpty()) {
        showStatus(tr("Not saved: %n problem(s) to correct", "", int(wrong.size())), true);
        if (QWidget *w = widgetFor(wrong.first().field))
            w->setFocus(Qt::OtherFocusReason);
        return;
    }
    lookForDuplicates();
    if (!m_duplicates.isEmpty() && !confirmDuplicates())
        return;

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const DisputeIntake in = intake();
    try {
        const DisputeCommands::Reported reported = m_commands.report(in, m_actor, now);
        Q_EMIT disputeRegistered(reported.id, reported.caseNo);
        clearForNextCase();
        showStatus(tr("Registered %1").arg(reported.caseNo), false);
    } catch (const DisputeRefused &e) {
        m_refused = e.problems();
        revalidate();
        if (m_refused.isEmpty()) {
            showStatus(tr("Not saved: %1").arg(e.message()), true);
        } else {
            showStatus(tr("Not saved: %n problem(s) to correct", "", int(m_refused.size())), true);
            if (QWidget *w = widgetFor(m_refused.first().field))
                w->setFocus(Qt::OtherFocusReason);
        }
    } catch (const StoreError &e) {
        showStatus(tr("Not saved: the database failed (%1)").arg(e.message()), true);
    }
}

void DisputeIntakeDialog::clearForNextCase()
{
    // Grid and source stay: a clerk registers a batch from one grid worker or one hotline list.
    m_programmatic = true;
    m_title->clear();
    m_category->setCurrentIndex(-1);
    m_category->clearEditText();
    m_complexity->setCurrentIndex(m_complexity->findData(QStringLiteral("general")));
    m_major->setChecked(false);
    m_amount->setValue(0);
    m_reportedEdited = false;
    setReportedNow();
    m_summary->clear();
    while (m_parties.size() > 1) {
        m_currentParty = int(m_parties.size()) - 1;
        removeParty();
    }
    const PartyRow &first = m_parties.first();
    first.role->setCurrentIndex(0);
    for (QLineEdit *edit : {first.name, first.idCard, first.phone})
        edit->clear();
    m_programmatic = false;

    m_duplicateTimer->stop();
    m_duplicates.clear();
    showDuplicates();
    m_refused.clear();
    m_touched.clear();
    m_currentParty = -1;
    revalidate();
    m_title->setFocus(Qt::OtherFocusReason);
}

void DisputeIntakeDialog::setReportedNow()
{
    const bool was = m_programmatic;
    m_programmatic = true;
    m_reported->setDateTime(QDateTime::currentDateTime());
    m_programmatic = was;
}

void DisputeIntakeDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_statusIsError = error && !text.isEmpty();
    m_status->setStyleSheet(error ? QStringLiteral("color: %1;").arg(kErrorColour)
                                  : QStringLiteral("color: #1b5e20; font-weight: bold;"));
}
