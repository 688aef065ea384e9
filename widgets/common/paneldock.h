#pragma once

#include <QDockWidget>

class QLabel;
class QStackedWidget;

// A dock panel of the main window: its content, or a centred message while there is nothing
// to show yet ("Loading…", "No database open").
class PanelDock : public QDockWidget
{
    Q_OBJECT
public:
    PanelDock(const QString &title, const QString &objectName, QWidget *parent = nullptr);

    void showMessage(const QString &text);
    void showContent();
    bool isShowingContent() const;
    QString message() const;

protected:
    // The panel's real content (owned by the dock).
    void setContent(QWidget *content);

private:
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_content = nullptr;
};
