#include "widgettesthelpers.h"

#include "domain/dispute.h"
#include "settings/deadlinepolicydialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

class TestDeadlinePolicyDialog : public QObject
{
    Q_OBJECT

private:
    WidgetTest::LeakGuard m_guard;

    struct Parts
    {
        QTableWidget *table = nullptr;
        QPushButton *add = nullptr;
        QPushButton *remove = nullptr;
        QPushButton *defaults = nullptr;
        QPushButton *ok = nullptr;
        QLabel *error = nullptr;
    };

    static Parts parts(DeadlinePolicyDialog &dialog)
    {
        Parts p;
        p.table = dialog.findChild<QTableWidget *>(QStringLiteral("rulesTable"));
        p.add = dialog.findChild<QPushButton *>(QStringLiteral("addRuleButton"));
        p.remove = dialog.findChild<QPushButton *>(QStringLiteral("removeRuleButton"));
        p.defaults = dialog.findChild<QPushButton *>(QStringLiteral("restoreDefaultsButton"));
        p.error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
        if (auto *box = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox")))
            p.ok = box->button(QDialogButtonBox::Ok);
        return p;
    }

    static QComboBox *combo(QTableWidget *table, int row, int column)
    {
        return qobject_cast<QComboBox *>(table->cellWidget(row, column));
    }

    static QSpinBox *days(QTableWidget *table, int row)
    {
        return qobject_cast<QSpinBox *>(table->cellWidget(row, DeadlinePolicyDialog::DaysColumn));
    }

    // Picks the item with `data` the way a keyboard user would: arrow keys until it is current.
    static bool pick(QComboBox *box, const QVariant &data)
    {
        const int target = box->findData(data);
        if (target < 0)
            return false;
        box->setFocus();
        while (box->currentIndex() != target)
            QTest::keyClick(box, box->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
        return true;
    }

    static void typeDays(QSpinBox *spin, int value)
    {
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(value));
        QTest::keyClick(spin, Qt::Key_Tab);
    }

private Q_SLOTS:
    void init() { m_guard.begin(); }

    void cleanup()
    {
        QString leaked;
        QVERIFY2(m_guard.check(&leaked), qPrintable(leaked));
    }

    void showsThePolicyItIsGiven()
    {
        DeadlinePolicy policy;
        QList<DeadlinePolicy::Rule> rules = policy.rules();
        rules.append({QStringLiteral("medical"), QStringLiteral("major"), 1, 45});
        policy.setRules(rules);
        DeadlinePolicyDialog dialog(policy);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const Parts p = parts(dialog);
        QVERIFY(p.table && p.add && p.remove && p.defaults && p.ok && p.error);
        QCOMPARE(p.table->rowCount(), 4);
        QCOMPARE(combo(p.table, 3, DeadlinePolicyDialog::CategoryColumn)->currentData().toString(),
                 QStringLiteral("medical"));
        // Category names are shown in the user's language, not as keys.
        QCOMPARE(combo(p.table, 3, DeadlinePolicyDialog::CategoryColumn)->currentText(),
                 disputeCategoryLabel(QStringLiteral("medical")));
        QCOMPARE(combo(p.table, 3, DeadlinePolicyDialog::LevelColumn)->currentData().toInt(), 1);
        QCOMPARE(days(p.table, 3)->value(), 45);
        QCOMPARE(dialog.policy(), policy);
        QVERIFY(!p.error->isVisible());
    }

    void editsARuleThroughTheWidgets()
    {
        DeadlinePolicyDialog dialog(DeadlinePolicy::defaults());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const Parts p = parts(dialog);

        // Complex disputes get 20 working days instead of 15.
        typeDays(days(p.table, 1), 20);
        // A new rule: unpaid wages handled at village level, any complexity, 5 working days.
        QTest::mouseClick(p.add, Qt::LeftButton);
        QCOMPARE(p.table->rowCount(), 4);
        QVERIFY(pick(combo(p.table, 3, DeadlinePolicyDialog::CategoryColumn),
                     QStringLiteral("labour_wage")));
        QVERIFY(pick(combo(p.table, 3, DeadlinePolicyDialog::LevelColumn), 2));
        typeDays(days(p.table, 3), 5);

        QTest::mouseClick(p.ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const DeadlinePolicy edited = dialog.policy();
        QCOMPARE(edited.rules().size(), 4);
        QCOMPARE(edited.rules().at(1).workingDays, 20);
        const DeadlinePolicy::Rule added{QStringLiteral("labour_wage"), QStringLiteral("*"), 2, 5};
        QCOMPARE(edited.rules().at(3), added);
        QCOMPARE(edited.workingDays(QStringLiteral("labour_wage"), QStringLiteral("complex"), 2),
                 5);
        QCOMPARE(edited.workingDays(QStringLiteral("land"), QStringLiteral("complex"), 2), 20);
        QCOMPARE(edited.workingDays(QStringLiteral("land"), QStringLiteral("major"), 0), 30);
        // What the dialog hands back is what a store would accept.
        QVERIFY(DeadlinePolicy::fromJson(edited.toJson()).has_value());
    }

    void removesTheSelectedRule()
    {
        DeadlinePolicyDialog dialog(DeadlinePolicy::defaults());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const Parts p = parts(dialog);
        // Working in a row's editor selects the row, and "Remove rule" removes that one.
        days(p.table, 2)->setFocus();
        QTest::keyClick(days(p.table, 2), Qt::Key_Up);
        const QModelIndexList selected = p.table->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().row(), 2);
        QVERIFY(p.remove->isEnabled());
        QTest::mouseClick(p.remove, Qt::LeftButton);
        QCOMPARE(p.table->rowCount(), 2);
        QTest::mouseClick(p.ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.policy().rules().size(), 2);
        QCOMPARE(dialog.policy().rules().at(1).complexity, QStringLiteral("complex"));
    }

    void refusesTwoRulesForTheSameDisputes()
    {
        DeadlinePolicyDialog dialog(DeadlinePolicy::defaults());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const Parts p = parts(dialog);
        // Rule 3 (major) becomes a second rule for general disputes.
        QVERIFY(pick(combo(p.table, 2, DeadlinePolicyDialog::ComplexityColumn),
                     QStringLiteral("general")));
        QTest::mouseClick(p.ok, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(p.error->isVisible());
        QVERIFY(p.error->text().contains(QLatin1Char('1')));
        QVERIFY(p.error->text().contains(QLatin1Char('3')));
        QVERIFY(!dialog.validationError().isEmpty());

        // Fixing it clears the message and OK goes through.
        QVERIFY(pick(combo(p.table, 2, DeadlinePolicyDialog::ComplexityColumn),
                     QStringLiteral("major")));
        QVERIFY(!p.error->isVisible());
        QTest::mouseClick(p.ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.policy(), DeadlinePolicy::defaults());
    }

    void restoresTheDefaults()
    {
        DeadlinePolicy policy(
            QList<DeadlinePolicy::Rule>{{QStringLiteral("debt"), QStringLiteral("*"), -1, 3}});
        DeadlinePolicyDialog dialog(policy);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const Parts p = parts(dialog);
        QCOMPARE(p.table->rowCount(), 1);
        QTest::mouseClick(p.defaults, Qt::LeftButton);
        QCOMPARE(p.table->rowCount(), 3);
        QCOMPARE(dialog.policy(), DeadlinePolicy::defaults());
        QCOMPARE(days(p.table, 2)->value(), 30);
    }
};

PINGAN_WIDGET_TEST_MAIN(TestDeadlinePolicyDialog)
#include "tst_deadlinepolicydialog.moc"
