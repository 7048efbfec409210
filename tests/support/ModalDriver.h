// Driving dialogs that the app opens with exec() (a nested event loop the test cannot step out
// of): the test arms whenModal() before the key that opens the dialog, and f runs on the dialog
// from inside that loop once the dialog is shown and active.
#pragma once

#include <QApplication>
#include <QDebug>
#include <QDialog>
#include <QElapsedTimer>
#include <QTimer>

#include <functional>

// Runs f on the next modal dialog of type D once it is shown and active. A dialog f leaves open (a
// failed check returns early) is rejected so that the test ends instead of waiting; after 20 s the
// watch gives up. f must not return before what it pressed has landed (a mnemonic or a message
// box button "animates" the click: wait for it with QTRY_), or the dialog is rejected under it.
template<typename D> void whenModal(std::function<void(D *)> f)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto *deadline = new QElapsedTimer;
    deadline->start();
    QObject::connect(timer, &QTimer::timeout, timer, [timer, deadline, f] {
        const auto finish = [timer, deadline] {
            timer->stop();
            timer->deleteLater();
            delete deadline;
        };
        if (deadline->elapsed() > 20000) {
            qWarning() << "no" << D::staticMetaObject.className() << "appeared";
            finish();
            return;
        }
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        if (QApplication::activeWindow() != dialog || !dialog->focusWidget()) {
            dialog->activateWindow(); // as the window manager does for a new dialog
            return;
        }
        finish();
        f(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    timer->start();
}
