#include "ReinspectionReminder.h"

#include "AppSession.h"
#include "IsoTime.h"
#include "MessageBox.h"
#include "ReinspectionSchedule.h"
#include "Settings.h"
#include "UiLogging.h"

namespace psv::ui {

QString ReinspectionReminder::text(AppSession &session, const QDate &today)
{
    const int soon = session.settings().value(Settings::Key::ReinspectionSoonDays).toInt();
    auto entries = ReinspectionSchedule(session.db(), session.calendar()).build(today, soon);
    if (!entries) {
        qCWarning(lcUi) << "re-inspection reminder:" << entries.error().text();
        return {};
    }
    QStringList overdue, dueToday;
    for (const ScheduleEntry &e : entries.value()) {
        const QString line = tr("• %1 — %2 (%3, due %4): %5")
                                 .arg(e.unitName, e.siteName, displayName(e.order.kind),
                                     IsoTime::format(e.order.reinspectionDue), e.workingDaysText());
        if (e.group == ScheduleEntry::Group::Overdue)
            overdue << line;
        else if (e.group == ScheduleEntry::Group::DueToday)
            dueToday << line;
    }
    if (overdue.isEmpty() && dueToday.isEmpty())
        return {};
    QStringList parts;
    if (!overdue.isEmpty())
        parts << tr("Overdue re-inspections (%n):", nullptr, int(overdue.size())) + u'\n' + overdue.join(u'\n');
    if (!dueToday.isEmpty())
        parts << tr("Re-inspections due today (%n):", nullptr, int(dueToday.size())) + u'\n' + dueToday.join(u'\n');
    parts << tr("Re-inspections are due on the 3rd working day after the order or the end of the correction "
                "period (Rules Art. 15). See the Re-inspections page.");
    return parts.join(QStringLiteral("\n\n"));
}

bool ReinspectionReminder::showIfDue(AppSession &session, QWidget *parent, const QDate &today)
{
    const QString message = text(session, today.isValid() ? today : QDate::currentDate());
    if (message.isEmpty())
        return false;
    MessageBox::information(parent, tr("Re-inspections due"), message);
    return true;
}

} // namespace psv::ui
