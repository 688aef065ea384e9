#pragma once

#include "domain/disputeintake.h"
#include "domain/region.h"
#include "store/disputecommands.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

class QCheckBox;
class QComboBox;
class QCompleter;
class QDateTimeEdit;
class QFrame;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

// The intake form (登记): a clerk registers one dispute after another with the keyboard. Fields
// are checked as they are typed, possible duplicates are looked up after a short pause, and
// saving goes through DisputeCommands::report. Meant to be show()n, not exec()ed: it stays open
// for a batch of cases; Escape and Close hide it (the owner decides when to delete it).
class DisputeIntakeDialog : public QDialog
{
    Q_OBJECT
public:
    // `regions`: the grids to choose from and the regions above them, whose names make up a
    // grid's path (RegionRepository::list({}) gives all of them). `actor`: the login that
    // registers.
    DisputeIntakeDialog(DisputeCommands &commands, const QList<Region> &regions,
                        const QString &actor, QWidget *parent = nullptr);
    ~DisputeIntakeDialog() override;

    // What the form holds now. Blank party rows are left out; a category, source or grid that
    // does not resolve is given as typed, so that the rules name it.
    DisputeIntake intake() const;
    // Everything wrong with the form now (the rules' checks, plus a grid that is not one of
    // the regions given and anything the store refused at the last save).
    QList<IntakeProblem> problems() const;
    // The possible duplicates found by the last look-up.
    QList<DuplicateCandidate> duplicates() const { return m_duplicates; }

    // Party rows on the form (blank ones included). Row n's editors are named partyRole<n>,
    // partyName<n>, partyIdCard<n>, partyPhone<n>, counting from 1 as the form shows them.
    int partyCount() const { return int(m_parties.size()); }

public Q_SLOTS:
    // Puts the grid `code` into the grid field, as when the user picks it in the region tree or
    // on the map. Returns false (and changes nothing) when the code is not one of the grids.
    bool setGrid(const QString &code);
    // Adds an empty party row and moves the focus to its name (Ctrl+Shift+N).
    void addParty();
    // Removes the party row the focus was last in (the last row when none); one row always stays.
    void removeParty();
    // Checks and registers the dispute (Ctrl+Return). With possible duplicates, asks first.
    // On success: disputeRegistered, then the form is cleared except its grid and source.
    void save();

Q_SIGNALS:
    void disputeRegistered(const QString &id, const QString &caseNo);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct GridEntry
    {
        QString code;
        QString name;
        QString completion; // "name – village – code"
        QString path;       // county › township › village › grid
    };
    struct PartyRow
    {
        QLabel *number = nullptr;
        QComboBox *role = nullptr;
        QLineEdit *name = nullptr;
        QLineEdit *idCard = nullptr;
        QLineEdit *phone = nullptr;
        QLabel *error = nullptr;
    };

    void createFields();
    void createPartyArea();
    void createButtons();
    void layOut();
    void indexRegions(const QList<Region> &regions);
    void relayParties();
    void updateTabOrder();

    // Touched fields show their problems; the others wait until the user leaves them or saves.
    void touch(QWidget *field);
    void edited(QWidget *field);
    void revalidate();
    void showProblem(QWidget *field, QLabel *errorLabel, const QStringList &messages);
    QString fieldLabel(const QString &field) const;
    QWidget *widgetFor(const QString &field) const;
    // Row of the party at `index` in intake().parties, or -1.
    int rowOfParty(int index) const;

    QString resolveCategory(const QString &text, bool loosely) const;
    QString resolveGrid(const QString &text, bool loosely) const;
    void settleCategory();
    void settleGrid();
    void showGridPath();

    void lookForDuplicates();
    void showDuplicates();
    bool confirmDuplicates();
    void clearForNextCase();
    void showStatus(const QString &text, bool error);
    void setReportedNow();

    DisputeCommands &m_commands;
    QString m_actor;

    QList<GridEntry> m_grids;
    QHash<QString, int> m_gridByCode;
    QHash<QString, int> m_gridByCompletion;
    QHash<QString, int> m_gridByName; // names that only one grid has

    QLineEdit *m_title = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_source = nullptr;
    QLineEdit *m_grid = nullptr;
    QCompleter *m_gridCompleter = nullptr;
    QLabel *m_gridPath = nullptr;
    QComboBox *m_complexity = nullptr;
    QCheckBox *m_major = nullptr;
    QSpinBox *m_amount = nullptr;
    QDateTimeEdit *m_reported = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QHash<QWidget *, QLabel *> m_errorLabels;

    QWidget *m_partyArea = nullptr;
    QGridLayout *m_partyGrid = nullptr;
    QList<PartyRow> m_parties;
    int m_currentParty = -1;
    QPushButton *m_addParty = nullptr;
    QPushButton *m_removeParty = nullptr;

    QFrame *m_duplicateBox = nullptr;
    QLabel *m_duplicateText = nullptr;
    QLabel *m_todo = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_close = nullptr;

    QTimer *m_duplicateTimer = nullptr;
    QList<DuplicateCandidate> m_duplicates;
    QSet<QWidget *> m_touched;
    QList<IntakeProblem> m_refused; // the store's problems from the last save, until an edit
    bool m_reportedEdited = false;  // false: the reported time follows the clock
    bool m_programmatic = false;    // the form is changing its own fields
    bool m_statusIsError = false;   // the status line says why the last save failed
    bool m_built = false;           // every widget exists: checking can start
};
