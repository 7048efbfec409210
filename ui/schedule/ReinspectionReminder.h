#pragma once

#include <QCoreApplication>
#include <QDate>

class QWidget;

namespace psv {
class AppSession;
}

namespace psv::ui {

// The reminder after sign-in (规定 Art. 15: a re-inspection must not slip unseen): one message listing
// the overdue re-inspections and those due today. app/desktop/main.cpp calls showIfDue() once after each sign-in.
class ReinspectionReminder
{
    Q_DECLARE_TR_FUNCTIONS(ReinspectionReminder)
public:
    // Shows the message (through psv::ui::MessageBox) when anything is overdue or due today; returns
    // whether it was shown. `today` defaults to the current date.
    static bool showIfDue(AppSession &session, QWidget *parent, const QDate &today = {});
    // The message text, empty when nothing is overdue or due today.
    static QString text(AppSession &session, const QDate &today);
};

} // namespace psv::ui
