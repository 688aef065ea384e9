#pragma once

#include "domain/surveyscheme.h"

#include <QDialog>

#include <array>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableWidget;

// The survey scoring scheme (测评口径): start from a preset or the scheme in force and edit, per
// indicator, the answers and either which of them count as positive (rate form) or what each
// weighs (index form, 0–100). Checked as typed: OK stays disabled while the scheme is not valid,
// and the problem is shown. The edited scheme keeps the current scheme's id, so that storing it
// makes a new revision.
class SurveySchemeDialog : public QDialog
{
    Q_OBJECT
public:
    // Table columns of an indicator's answers.
    enum Column { AnswerColumn, PositiveColumn, WeightColumn, ColumnCount };

    explicit SurveySchemeDialog(const SurveyScheme &current, QWidget *parent = nullptr);

    // The scheme as edited (id and, when the name is left empty, the name of the current one).
    SurveyScheme scheme() const;
    // Empty when valid; else the problem, as shown.
    QString problem() const;

    // Replaces the form with `scheme`'s name and rules (what choosing a preset does).
    void load(const SurveyScheme &scheme);

private:
    struct Editor
    {
        QLineEdit *label = nullptr;
        QComboBox *form = nullptr;
        QTableWidget *answers = nullptr;
    };

    QWidget *createEditor(SurveyIndicator indicator);
    void loadRule(SurveyIndicator indicator, const SurveyIndicatorRule &rule);
    SurveyIndicatorRule rule(SurveyIndicator indicator) const;
    void formChosen(SurveyIndicator indicator);
    void addAnswer(SurveyIndicator indicator);
    void removeAnswer(SurveyIndicator indicator);
    void moveAnswer(SurveyIndicator indicator, int by);
    void appendRow(QTableWidget *table, const QString &answer, bool positive, double weight);
    void check();

    SurveyScheme m_current;
    bool m_filling = false;
    QComboBox *m_preset = nullptr;
    QLineEdit *m_name = nullptr;
    QTabWidget *m_tabs = nullptr;
    std::array<Editor, SurveyIndicatorCount> m_editors;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
