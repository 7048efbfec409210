#pragma once

#include "Result.h"

#include <QString>
#include <QWidget>

#include <memory>

namespace Ui {
class InspectionsPage;
}

namespace psv {
class AppSession;
}

namespace psv::ui {

class WalkthroughWidget;

// The Inspections page: the list of inspections (drafts or all) and, in its place, the walkthrough
// of the one opened. On construction it reopens the draft that was open when the app last closed or
// crashed, at the same item.
class InspectionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit InspectionsPage(AppSession &session, QWidget *parent = nullptr);
    ~InspectionsPage() override;

    WalkthroughWidget *walkthrough() const { return m_walkthrough; }
    bool isWalkthroughShown() const;
    QString selectedInspectionId() const;

public Q_SLOTS:
    // Opens an inspection in the walkthrough; a problem is shown in a message box and returned.
    Status openInspection(const QString &inspectionId, const QString &itemKey = {});
    // Opens the new-inspection wizard (window-modal); the created draft opens in the walkthrough.
    void startNewInspection(const QString &siteId = {});
    void showList();
    void refresh();

Q_SIGNALS:
    // Forwarded from the walkthrough, for the evidence, capture, outcome and completion dialogs.
    void linkEvidenceRequested(const QString &inspectionId, const QString &itemKey);
    void captureRequested(const QString &inspectionId, const QString &itemKey);
    void outcomeRequested(const QString &inspectionId);
    void completionRequested(const QString &inspectionId);

private:
    void resumeLastInspection();

    std::unique_ptr<Ui::InspectionsPage> m_ui;
    AppSession &m_session;
    WalkthroughWidget *m_walkthrough = nullptr;
};

} // namespace psv::ui
