#include "MainWindow.h"

namespace bd {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {}

} // namespace bd
