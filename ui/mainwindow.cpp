// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include <QLabel>

namespace habmesos {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Habitat to Mesos exporter"));
    auto* placeholder = new QLabel(tr("Pick a Habitat package to export."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(1100, 720);
}

} // namespace habmesos
