// SPDX-License-Identifier: Apache-2.0
#include "ui/keyboardrouter.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QKeyEvent>
#include <QKeySequence>

namespace habmesos {

KeyboardRouter::KeyboardRouter(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    qApp->installEventFilter(this);
}

bool KeyboardRouter::isUndoOrRedo(const QKeyEvent* event)
{
    if (event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo))
        return true;
    const QKeyCombination key = event->keyCombination();
    const Qt::KeyboardModifiers mods = key.keyboardModifiers() & ~Qt::KeypadModifier;
    return (key.key() == Qt::Key_Z
               && (mods == Qt::ControlModifier || mods == (Qt::ControlModifier | Qt::ShiftModifier)))
        || (key.key() == Qt::Key_Y && mods == Qt::ControlModifier);
}

bool KeyboardRouter::inWindow(QObject* object) const
{
    auto* widget = qobject_cast<QWidget*>(object);
    return m_window && widget && widget->window() == m_window;
}

bool KeyboardRouter::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride:
        // Not accepted: the key goes to the window's Undo and Redo actions, not to the text widget.
        if (inWindow(watched) && isUndoOrRedo(static_cast<QKeyEvent*>(event))) {
            event->ignore();
            return true;
        }
        break;
    case QEvent::KeyPress:
        // Reaches a widget only when the action is disabled (nothing to undo): the widget's own
        // history must not run either.
        if (inWindow(watched) && isUndoOrRedo(static_cast<QKeyEvent*>(event)))
            return true;
        break;
    case QEvent::FocusIn:
        if (auto* view = qobject_cast<QAbstractItemView*>(watched); view && inWindow(view) && view->model()
            && !view->currentIndex().isValid() && view->model()->rowCount(view->rootIndex()) > 0) {
            view->selectionModel()->setCurrentIndex(
                view->model()->index(0, 0, view->rootIndex()), QItemSelectionModel::NoUpdate);
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace habmesos
