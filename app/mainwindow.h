#pragma once

#include <QMainWindow>

// Placeholder: the docked main window (replaced by the real one).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};
