#include "widgettesthelpers.h"

#include "disputes/disputeintakedialog.h"
#include "domain/region.h"
#include "store/disputecommands.h"
#include "store/disputerepository.h"
#include "store/regionrepository.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTimer>

#include <memory>

namespace {

QString trIntake(const char *text)
{
    return QCoreApplication::translate("DisputeIntakeDialog", text);
}

const QString kValidId = QStringLiteral("11010519491231002X");
const QString kWrongCheckId = QStringLiteral("11010519491231003X");

// Answers the duplicate confirmation (or any other message box) the dialog opens, so that a
// test fails instead of hanging on an unexpected one.
class MessageBoxAnswerer : public QObject
{
public:
    // `button`: object name of the button to click; empty: Cancel.
    explicit MessageBoxAnswerer(const QString &button = {})
        : m_button(button)
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            texts << box->text();
            QAbstractButton *b = m_button.isEmpty()
                ? box->button(QMessageBox::Cancel)
                : box->findChild<QPushButton *>(m_button);
            if (b)
                b->click();
            else
                box->reject();
        });
        m_timer.start(20);
    }

    QStringList texts;

private:
    QString m_button;
    QTimer m_timer;
};

// Types `text` into `w`: ASCII as key clicks, Chinese as an input method commits it.
void type(QWidget *w, const QString &text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const bool ascii = text[i].unicode() < 128;
        qsizetype end = i;
        while (end < text.size() && (text[end].unicode() < 128) == ascii)
            ++end;
        const QString run = text.mid(i, end - i);
        if (ascii) {
            QTest::keyClicks(w, run);
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(run);
            QApplication::sendEvent(w, &commit);
        }
        i = end;
    }
}

} // namespace

class TestDisputeIntake : public QObject
{
    Q_OBJECT

private:
    // A store of its own per test (a copy of the demo county) and a dialog on it, shown.
    struct Fixture
    {
        QTemporaryDir dir;
        std::unique_ptr<Database> db;
        std::unique_ptr<DisputeCommands> commands;
        QList<Region> regions;
        QList<Region> grids;
        std::unique_ptr<DisputeIntakeDialog> dialog;

        QLineEdit *title() const { return find<QLineEdit>("titleEdit"); }
        QComboBox *category() const { return find<QComboBox>("categoryCombo"); }
        QComboBox *source() const { return find<QComboBox>("sourceCombo"); }
        QLineEdit *grid() const { return find<QLineEdit>("gridEdit"); }
        QPushButton *save() const { return find<QPushButton>("saveButton"); }
        QLabel *label(const char *name) const { return find<QLabel>(name); }
        QLineEdit *party(const char *what, int n) const
        {
            const QString name = QStringLiteral("party%1%2").arg(QLatin1String(what)).arg(n);
            return dialog->findChild<QLineEdit *>(name);
        }
        template<typename W>
        W *find(const char *name) const
        {
            return dialog->findChild<W *>(QLatin1String(name));
        }

        qint64 disputeCount()
        {
            QSqlQuery q(db->connection());
            q.exec(QStringLiteral("SELECT count(*) FROM dispute"));
            return q.next() ? q.value(0).toLongLong() : -1;
        }
    };

    std::unique_ptr<Fixture> open()
    {
        auto f = std::make_unique<Fixture>();
        const QString file = f->dir.filePath(QStringLiteral("intake.db"));
        if (!QFile::copy(WidgetTest::demoDatabase(), file))
            return {};
        f->db = Database::open(file);
        f->commands = std::make_unique<DisputeCommands>(*f->db);
        f->regions = RegionRepository(*f->db).list({});
        for (const Region &r : std::as_const(f->regions)) {
            if (r.level == RegionLevel::Grid)
                f->grids << r;
        }
        f->dialog = std::make_unique<DisputeIntakeDialog>(*f->commands, f->regions,
                                                          QStringLiteral("clerk"));
        f->dialog->show();
        f->dialog->activateWindow();
        if (!QTest::qWaitForWindowActive(f->dialog.get()))
            return {};
        return f;
    }

    // Picks the item with `data` the way a keyboard user would: arrow keys until it is current.
    static void pick(QComboBox *box, const QVariant &data)
    {
        const int target = box->findData(data);
        QVERIFY(target >= 0);
        box->setFocus();
        while (box->currentIndex() != target)
            QTest::keyClick(box, box->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    }

    // Tab as the keyboard delivers it: to a completer's popup while one is open.
    static void pressTab(QWidget *field)
    {
        QWidget *popup = QApplication::activePopupWidget();
        QTest::keyClick(popup ? popup : field, Qt::Key_Tab);
    }

    // Fills a valid form by typing, as a clerk does.
    static void fill(Fixture &f, const QString &title, const Region &grid, const QString &idNumber,
                     const QString &phone)
    {
        f.title()->setFocus();
        f.title()->selectAll();
        type(f.title(), title);
        f.category()->setFocus();
        type(f.category()->lineEdit(), QStringLiteral("邻里"));
        pressTab(f.category()->lineEdit());
        pick(f.source(), QStringLiteral("walk_in"));
        f.grid()->setFocus();
        f.grid()->clear();
        type(f.grid(), grid.code);
        pressTab(f.grid());
        type(f.party("Name", 1), QStringLiteral("王建国"));
        type(f.party("IdCard", 1), idNumber);
        type(f.party("Phone", 1), phone);
    }

    WidgetTest::LeakGuard m_leaks;

private Q_SLOTS:
    void initTestCase() { QVERIFY(!WidgetTest::demoDatabase().isEmpty()); }
    void init() { m_leaks.begin(); }

    void cleanup()
    {
        QString leaked;
        QVERIFY2(m_leaks.check(&leaked), qPrintable(QStringLiteral("leaked windows: ") + leaked));
    }

    void typingFillsTheFormInTabOrder()
    {
        auto f = open();
        QVERIFY(f);
        QVERIFY(f->grids.size() > 2);
        QCOMPARE(f->dialog->partyCount(), 1);

        // Tab walks the fields in the order of the form; Tab in the summary moves on.
        const QStringList order = {QStringLiteral("titleEdit"), QStringLiteral("categoryCombo"),
                                   QStringLiteral("sourceCombo"), QStringLiteral("gridEdit"),
                                   QStringLiteral("complexityCombo"), QStringLiteral("majorCheck"),
                                   QStringLiteral("amountSpin"), QStringLiteral("reportedEdit"),
                                   QStringLiteral("summaryEdit"), QStringLiteral("partyRole1"),
                                   QStringLiteral("partyName1"), QStringLiteral("partyIdCard1"),
                                   QStringLiteral("partyPhone1")};
        f->title()->setFocus();
        for (int i = 0; i < order.size(); ++i) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            if (focus->objectName().isEmpty() && focus->parentWidget()) // an editable combo's line
                focus = focus->parentWidget();
            QCOMPARE(focus->objectName(), order[i]);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }

        const Region &grid = f->grids.at(1);
        fill(*f, QStringLiteral("两户共用水井取水时间争执"), grid, kValidId, QStringLiteral("13912345678"));
        f->find<QSpinBox>("amountSpin")->setFocus();
        f->find<QSpinBox>("amountSpin")->selectAll();
        type(f->find<QSpinBox>("amountSpin"), QStringLiteral("3500"));
        f->find<QPlainTextEdit>("summaryEdit")->setFocus();
        type(f->find<QPlainTextEdit>("summaryEdit"), QStringLiteral("双方因取水时间发生口角。"));

        const DisputeIntake in = f->dialog->intake();
        QCOMPARE(in.title, QStringLiteral("两户共用水井取水时间争执"));
        QCOMPARE(in.category, QStringLiteral("neighbour"));
        QCOMPARE(in.source, QStringLiteral("walk_in"));
        QCOMPARE(in.gridCode, grid.code);
        QCOMPARE(in.complexity, QStringLiteral("general"));
        QCOMPARE(in.amountYuan, 3500);
        QCOMPARE(in.summary, QStringLiteral("双方因取水时间发生口角。"));
        QCOMPARE(in.parties.size(), 1);
        QCOMPARE(in.parties[0].role, QStringLiteral("applicant"));
        QCOMPARE(in.parties[0].name, QStringLiteral("王建国"));
        QCOMPARE(in.parties[0].idCard, kValidId);
        QCOMPARE(in.parties[0].phone, QStringLiteral("13912345678"));
        QVERIFY(!in.reportedAt); // left alone: the time of saving

        // The chosen grid is shown with its path, and the category settled on its label.
        QVERIFY(f->grid()->text().contains(grid.code));
        QVERIFY(f->grid()->text().contains(grid.name));
        QVERIFY(f->label("gridPath")->text().contains(grid.name));
        QVERIFY(f->label("gridPath")->text().contains(QStringLiteral("示范县")));
        QCOMPARE(f->category()->currentData().toString(), QStringLiteral("neighbour"));
        QVERIFY(f->save()->isEnabled());
        QVERIFY(f->dialog->problems().isEmpty());
    }

    void saveIsEnabledOnlyWithoutProblems()
    {
        auto f = open();
        QVERIFY(f);
        QVERIFY(!f->save()->isEnabled());
        QVERIFY(f->label("titleError")->isHidden()); // an untouched form does not scold

        // Ctrl+Return on the empty form saves nothing, names every required field and goes to
        // the first one.
        {
            MessageBoxAnswerer answerer;
            QSignalSpy registered(f->dialog.get(), &DisputeIntakeDialog::disputeRegistered);
            f->find<QSpinBox>("amountSpin")->setFocus();
            QTest::keyClick(f->find<QSpinBox>("amountSpin"), Qt::Key_Return, Qt::ControlModifier);
            QCOMPARE(registered.size(), 0);
            QVERIFY(answerer.texts.isEmpty());
        }
        const std::pair<const char *, const char *> required[] = {
            {"titleError", "Title"}, {"categoryError", "Category"}, {"sourceError", "Source"},
            {"gridError", "Grid"}};
        for (const auto &[error, field] : required) {
            const QLabel *label = f->label(error);
            QVERIFY2(label->isVisible(), error);
            QVERIFY2(label->text().startsWith(trIntake(field)), qPrintable(label->text()));
        }
        QVERIFY(f->label("partyError1")->isHidden()); // a blank party row is no party
        QCOMPARE(QApplication::focusWidget(), f->title());
        QVERIFY(!f->label("statusLine")->text().isEmpty());
        QTest::qWait(20);
        f->dialog->grab().save(QStringLiteral("/tmp/intake-empty.png"));

        fill(*f, QStringLiteral("两户共用水井取水时间争执"), f->grids.at(1), kValidId,
             QStringLiteral("13912345678"));
        QVERIFY(f->save()->isEnabled());

        // Clearing the title: Save is disabled and the title says why.
        f->title()->setFocus();
        f->title()->selectAll();
        QTest::keyClick(f->title(), Qt::Key_Delete);
        QVERIFY(!f->save()->isEnabled());
        QLabel *titleError = f->label("titleError");
        QVERIFY(titleError->isVisible());
        QVERIFY2(titleError->text().startsWith(trIntake("Title")), qPrintable(titleError->text()));
        QVERIFY(!f->title()->styleSheet().isEmpty()); // the red frame
        QVERIFY(f->label("todoLine")->text().contains(trIntake("Title")));
        type(f->title(), QStringLiteral("两户共用水井"));
        QVERIFY(f->save()->isEnabled());
        QVERIFY(titleError->isHidden());
        QVERIFY(f->title()->styleSheet().isEmpty());

        // A mistyped check character in the ID number.
        QLineEdit *id = f->party("IdCard", 1);
        id->setFocus();
        id->selectAll();
        type(id, kWrongCheckId);
        QVERIFY(!f->save()->isEnabled());
        QLabel *partyError = f->label("partyError1");
        QVERIFY(partyError->isVisible());
        const QString idField = trIntake("Party %1 ID number").arg(1);
        QVERIFY2(partyError->text().startsWith(idField), qPrintable(partyError->text()));
        QVERIFY(!id->styleSheet().isEmpty());
        QVERIFY(f->dialog->problems().size() == 1);
        QCOMPARE(f->dialog->problems().first().field, QStringLiteral("parties[0].id_number"));

        // Fixing the last character makes the form valid again.
        QTest::keyClick(id, Qt::Key_Backspace);
        QTest::keyClick(id, Qt::Key_Backspace);
        type(id, QStringLiteral("2x")); // lower-case x is accepted
        QVERIFY(f->save()->isEnabled());
        QVERIFY(partyError->isHidden());

        // A wrong phone is named too, once the field is left.
        QLineEdit *phone = f->party("Phone", 1);
        phone->setFocus();
        phone->selectAll();
        type(phone, QStringLiteral("12345"));
        QVERIFY(!f->save()->isEnabled());
        QTest::keyClick(phone, Qt::Key_Tab);
        QVERIFY2(partyError->text().startsWith(trIntake("Party %1 phone").arg(1)),
                 qPrintable(partyError->text()));

        // A grid that does not exist.
        phone->clear();
        f->grid()->setFocus();
        f->grid()->selectAll();
        type(f->grid(), QStringLiteral("没有这个网格"));
        pressTab(f->grid());
        QVERIFY(!f->save()->isEnabled());
        QVERIFY2(f->label("gridError")->text().startsWith(trIntake("Grid")),
                 qPrintable(f->label("gridError")->text()));
        QTest::qWait(20);
        f->dialog->grab().save(QStringLiteral("/tmp/intake-errors.png"));
    }

    void ctrlReturnRegistersAndKeepsGridAndSource()
    {
        auto f = open();
        QVERIFY(f);
        MessageBoxAnswerer answerer; // there must be no duplicate to confirm
        const qint64 before = f->disputeCount();
        const Region &grid = f->grids.at(2);
        fill(*f, QStringLiteral("两户共用水井取水时间争执"), grid, kValidId, QStringLiteral("13912345678"));
        QTest::keyClick(f->party("Name", 1), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(f->dialog->partyCount(), 2);
        QCOMPARE(QApplication::focusWidget(), f->party("Name", 2));
        type(f->party("Name", 2), QStringLiteral("李四"));

        QSignalSpy registered(f->dialog.get(), &DisputeIntakeDialog::disputeRegistered);
        QTest::keyClick(f->party("Name", 2), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(answerer.texts.isEmpty(), qPrintable(answerer.texts.join(QLatin1Char('\n'))));
        QCOMPARE(registered.size(), 1);
        const QString id = registered.first().at(0).toString();
        const QString caseNo = registered.first().at(1).toString();
        QVERIFY(caseNo.startsWith(QStringLiteral("示调〔")));
        QCOMPARE(f->disputeCount(), before + 1);

        const std::optional<DisputeDetail> detail = DisputeRepository(*f->db).detail(id);
        QVERIFY(detail);
        QCOMPARE(detail->caseNo, caseNo);
        QCOMPARE(detail->title, QStringLiteral("两户共用水井取水时间争执"));
        QCOMPARE(detail->category, QStringLiteral("neighbour"));
        QCOMPARE(detail->source, QStringLiteral("walk_in"));
        QCOMPARE(detail->gridCode, grid.code);
        QCOMPARE(detail->status, QStringLiteral("reported"));
        QCOMPARE(detail->parties.size(), 2);
        QCOMPARE(detail->parties[0].idCard, kValidId);
        QCOMPARE(detail->parties[1].name, QStringLiteral("李四"));
        QCOMPARE(detail->parties[1].role, QStringLiteral("respondent"));

        // Ready for the next case of the batch: the status line says what was registered.
        QVERIFY(f->label("statusLine")->text().contains(caseNo));
        QVERIFY(f->title()->text().isEmpty());
        QVERIFY(f->category()->currentText().isEmpty());
        QCOMPARE(f->dialog->partyCount(), 1);
        QVERIFY(f->party("Name", 1)->text().isEmpty());
        QCOMPARE(f->dialog->intake().gridCode, grid.code);
        QCOMPARE(f->dialog->intake().source, QStringLiteral("walk_in"));
        QVERIFY(!f->save()->isEnabled());
        QVERIFY(f->label("titleError")->isHidden()); // a fresh form does not scold
        QCOMPARE(QApplication::focusWidget(), f->title());
    }

    void similarTitleInTheSameGridWarnsAndAsks()
    {
        auto f = open();
        QVERIFY(f);
        const Region &grid = f->grids.at(3);
        QString firstCaseNo;
        {
            MessageBoxAnswerer answerer;
            fill(*f, QStringLiteral("两户共用水井取水时间争执"), grid, kValidId,
                 QStringLiteral("13912345678"));
            QSignalSpy registered(f->dialog.get(), &DisputeIntakeDialog::disputeRegistered);
            QTest::mouseClick(f->save(), Qt::LeftButton);
            QVERIFY2(answerer.texts.isEmpty(), qPrintable(answerer.texts.join(QLatin1Char('\n'))));
            QCOMPARE(registered.size(), 1);
            firstCaseNo = registered.first().at(1).toString();
        }

        // The grid stays; a similar title brings up the warning after a short pause.
        QFrame *warning = f->find<QFrame>("duplicateWarning");
        QVERIFY(warning->isHidden());
        f->title()->setFocus();
        type(f->title(), QStringLiteral("两户共用水井取水时间发生争执"));
        QTRY_VERIFY(warning->isVisible());
        QLabel *text = f->label("duplicateText");
        QVERIFY2(text->text().contains(firstCaseNo), qPrintable(text->text()));
        QVERIFY(text->text().contains(QStringLiteral("两户共用水井取水时间争执")));
        QCOMPARE(f->dialog->duplicates().size(), 1);
        QVERIFY(!f->dialog->duplicates().first().reason.isEmpty());
        f->dialog->grab().save(QStringLiteral("/tmp/intake.png"));

        // Saving asks first; cancelling writes nothing and keeps the form.
        f->category()->setFocus();
        type(f->category()->lineEdit(), QStringLiteral("邻里"));
        pressTab(f->category()->lineEdit());
        QVERIFY(f->save()->isEnabled());
        const qint64 before = f->disputeCount();
        QSignalSpy registered(f->dialog.get(), &DisputeIntakeDialog::disputeRegistered);
        {
            MessageBoxAnswerer cancel;
            QTest::keyClick(f->title(), Qt::Key_Return, Qt::ControlModifier);
            QCOMPARE(cancel.texts.size(), 1);
            QVERIFY(cancel.texts.first().contains(firstCaseNo));
        }
        QCOMPARE(f->disputeCount(), before);
        QCOMPARE(registered.size(), 0);
        QCOMPARE(f->title()->text(), QStringLiteral("两户共用水井取水时间发生争执"));

        // "Register anyway" registers it.
        f->dialog->activateWindow(); // the window system gives it back after the message box
        QVERIFY(QTest::qWaitForWindowActive(f->dialog.get()));
        {
            MessageBoxAnswerer anyway(QStringLiteral("registerAnywayButton"));
            QTest::keyClick(f->title(), Qt::Key_Return, Qt::ControlModifier);
            QCOMPARE(anyway.texts.size(), 1);
        }
        QCOMPARE(registered.size(), 1);
        QCOMPARE(f->disputeCount(), before + 1);
        QTRY_VERIFY(warning->isHidden());

        // The same party's ID number in another grid is a possible duplicate too.
        QVERIFY(f->dialog->setGrid(f->grids.at(4).code));
        type(f->title(), QStringLiteral("借款到期迟迟不还"));
        type(f->party("Name", 1), QStringLiteral("王建国"));
        type(f->party("IdCard", 1), kValidId);
        QTRY_VERIFY(warning->isVisible());
        QVERIFY2(text->text().contains(firstCaseNo), qPrintable(text->text()));
        QVERIFY(text->text().contains(QStringLiteral("王建国")));
    }

    void partyRowsAreAddedAndRemoved()
    {
        auto f = open();
        QVERIFY(f);
        auto *remove = f->find<QPushButton>("removePartyButton");
        QVERIFY(!remove->isEnabled()); // the first row always stays
        type(f->party("Name", 1), QStringLiteral("张一"));
        for (int n = 2; n <= 3; ++n) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_N,
                            Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(QApplication::focusWidget(), f->party("Name", n));
            type(f->party("Name", n), QStringLiteral("张%1").arg(n));
        }
        QCOMPARE(f->dialog->partyCount(), 3);
        QVERIFY(remove->isEnabled());

        // Remove party removes the row one was working in; the rows below move up.
        f->party("Phone", 2)->setFocus();
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(f->dialog->partyCount(), 2);
        QCOMPARE(f->party("Name", 2)->text(), QStringLiteral("张3"));
        QCOMPARE(f->dialog->intake().parties.size(), 2);
        QCOMPARE(f->dialog->intake().parties[1].name, QStringLiteral("张3"));
        QCOMPARE(f->dialog->intake().parties[1].role, QStringLiteral("respondent"));

        // A party needs a name once anything of it is given: the error names the row.
        QTest::keyClick(f->party("Name", 2), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        type(f->party("Phone", 3), QStringLiteral("13800138000"));
        QTest::keyClick(f->party("Phone", 3), Qt::Key_Tab);
        f->party("Name", 3)->setFocus();
        QTest::keyClick(f->party("Name", 3), Qt::Key_Tab);
        QVERIFY2(f->label("partyError3")->text().startsWith(trIntake("Party %1 name").arg(3)),
                 qPrintable(f->label("partyError3")->text()));
        QTest::qWait(20);
        f->dialog->grab().save(QStringLiteral("/tmp/intake-parties.png"));
    }

    void setGridFillsTheGridField()
    {
        auto f = open();
        QVERIFY(f);
        const Region &grid = f->grids.last();
        QVERIFY(f->dialog->setGrid(grid.code));
        QVERIFY(f->grid()->text().contains(grid.code));
        QVERIFY(f->grid()->text().contains(grid.name));
        QCOMPARE(f->dialog->intake().gridCode, grid.code);
        QVERIFY(f->label("gridPath")->text().contains(grid.name));
        QVERIFY(f->label("gridError")->isHidden());

        // Codes that are not grids (a village picked in the tree) leave the field alone.
        QVERIFY(!f->dialog->setGrid(grid.parentCode));
        QVERIFY(!f->dialog->setGrid(QStringLiteral("999999999999999")));
        QCOMPARE(f->dialog->intake().gridCode, grid.code);

        // Typing part of the code offers the grid in the completer.
        f->grid()->setFocus();
        f->grid()->clear();
        type(f->grid(), grid.code.right(9));
        auto *completer = f->grid()->completer();
        QVERIFY(completer->completionCount() >= 1);
        QVERIFY(completer->currentCompletion().contains(grid.code.right(9)));
        completer->popup()->hide();
    }

    void refusedSaveKeepsTheDialogAndShowsTheField()
    {
        auto f = open();
        QVERIFY(f);
        MessageBoxAnswerer answerer;
        const Region &grid = f->grids.at(5);
        fill(*f, QStringLiteral("两户共用水井取水时间争执"), grid, kValidId, QStringLiteral("13912345678"));
        QVERIFY(f->save()->isEnabled());

        // The grid goes away in the store while the form is open: the store refuses.
        QSqlQuery q(f->db->connection());
        q.prepare(QStringLiteral("UPDATE region SET deleted = 1 WHERE code = ?"));
        q.addBindValue(grid.code);
        QVERIFY(q.exec());
        const qint64 before = f->disputeCount();
        QSignalSpy registered(f->dialog.get(), &DisputeIntakeDialog::disputeRegistered);
        QTest::mouseClick(f->save(), Qt::LeftButton);
        QCOMPARE(registered.size(), 0);
        QCOMPARE(f->disputeCount(), before);
        QVERIFY(f->dialog->isVisible());
        QVERIFY(f->label("gridError")->isVisible());
        QVERIFY(f->label("gridError")->text().contains(grid.code));
        QVERIFY(!f->save()->isEnabled());
        QVERIFY(!f->label("statusLine")->text().isEmpty());
        QCOMPARE(f->title()->text(), QStringLiteral("两户共用水井取水时间争执"));
    }

    void escapeCloses()
    {
        auto f = open();
        QVERIFY(f);
        QTest::keyClick(f->title(), Qt::Key_Escape);
        QVERIFY(f->dialog->isHidden());
    }
};

PINGAN_WIDGET_TEST_MAIN(TestDisputeIntake)
#include "tst_disputeintake.moc"
