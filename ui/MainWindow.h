#pragma once

#include <QMainWindow>

namespace bd {

/** The application window: overview and registers of one open election. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace bd
