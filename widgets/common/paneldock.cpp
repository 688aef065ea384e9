#include "paneldock.h"

#include <QLabel>
#include <QStackedWidget>

PanelDock::PanelDock(const QString &title, const QString &objectName, QWidget *parent)
    : QDockWidget(title, parent)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(objectName);
    setFeatures(DockWidgetClosable | DockWidgetMovable | DockWidgetFloatable);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_message);
    setWidget(m_stack);
    showMessage(tr("Loading…"));
}

void PanelDock::setContent(QWidget *content)
{
    m_content = content;
    m_stack->addWidget(content);
}

void PanelDock::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void PanelDock::showContent()
{
    if (m_content)
        m_stack->setCurrentWidget(m_content);
}

bool PanelDock::isShowingContent() const
{
    return m_content && m_stack->currentWidget() == m_content;
}

QString PanelDock::message() const
{
    return m_message->text();
}
