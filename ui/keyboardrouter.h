// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>

class QKeyEvent;
class QWidget;

namespace habmesos {

// The window's keyboard rules, as an application-wide event filter (installed on qApp by the main
// window, for the widgets of that window only):
// - Undo and redo (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y) are the document's: a focused line edit or text
//   edit would otherwise run its own undo history, write its old text back into the document and
//   lose the document's redo stack.
// - An item view that gets the keyboard focus without a current item gets one (not selected), so
//   the style draws its focus frame and the focus stop is visible.
class KeyboardRouter : public QObject
{
    Q_OBJECT
public:
    explicit KeyboardRouter(QWidget* window);

    static bool isUndoOrRedo(const QKeyEvent* event);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool inWindow(QObject* object) const;

    QPointer<QWidget> m_window;
};

} // namespace habmesos
