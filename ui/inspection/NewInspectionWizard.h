#pragma once

#include "ChecklistSelection.h"
#include "Codes.h"
#include "Site.h"

#include <QWizard>

#include <memory>
#include <optional>

namespace Ui {
class NewInspectionWizard;
}

namespace psv {
class AppSession;
}

namespace psv::ui {

// Starts a draft inspection: site → kind and checklist → inspectors, recorder, representative and
// witness → routine or report-triggered (Rules Art. 16) → a warning when the site was inspected
// recently (Rules Art. 17) → one audited write. createdInspectionId() names the new draft.
class NewInspectionWizard : public QWizard
{
    Q_OBJECT
public:
    explicit NewInspectionWizard(AppSession &session, const QString &siteId = {}, QWidget *parent = nullptr);
    ~NewInspectionWizard() override;

    QString createdInspectionId() const { return m_createdId; }

    // The default kind: Art. 12 focus at an Art. 9 place, else professional for technology
    // (科技信息化) officers and general for everyone else.
    static InspectionKind defaultKind(std::optional<OfficerRole> role, PlaceCategory category);

    bool validateCurrentPage() override;

protected:
    void initializePage(int id) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillSites(const QString &search);
    void updateChecklist();
    void fillOfficers();
    QStringList checkedOfficers() const;
    bool confirmRepeat();
    bool create();

    std::unique_ptr<Ui::NewInspectionWizard> m_ui;
    AppSession &m_session;
    QString m_preselectedSiteId;
    std::optional<Site> m_site;
    std::optional<ChecklistSelection> m_selection;
    bool m_officersFilled = false;
    QString m_createdId;
};

} // namespace psv::ui
