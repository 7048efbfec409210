#pragma once

#include "Officer.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class OfficersDialog;
}

namespace psv {
class AppSession;
}

namespace psv::ui {

// Tools ▸ Officers: the officers registered on this computer, and (for an administrator) adding
// one — name, police number, police unit, role and an optional sign-in secret — or deactivating
// and reactivating one. Writes go through OfficerRepository with the session's actor (audited);
// a refused write shows the store's message beside the form and changes nothing.
class OfficersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OfficersDialog(AppSession &session, QWidget *parent = nullptr);
    ~OfficersDialog() override;

    int officerCount() const;
    bool canManage() const; // the signed-in officer is an administrator

private:
    void reload(const QString &selectId = {});
    void addOfficer();
    void toggleActive();
    void updateButtons();
    void showProblem(const QString &message, QWidget *field);

    std::unique_ptr<Ui::OfficersDialog> m_ui;
    AppSession &m_session;
    QList<Officer> m_officers; // as listed, by table row
};

} // namespace psv::ui
