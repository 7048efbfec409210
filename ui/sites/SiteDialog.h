#pragma once

#include "Site.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class SiteDialog;
}

namespace psv {
class AppSession;
}

namespace psv::ui {

// Adds or edits a video system (公共安全视频系统): its unit, name, address, place category (条例
// Art. 7/9), jurisdiction (the 6-digit administrative division code; the installed local checklist
// packs' codes are offered), put-into-use date with the filing deadline it gives, cameras,
// retention and filing. OK stays disabled until the form is valid; it writes through
// SiteRepository with the session's actor, and a refused write shows the store's message.
class SiteDialog : public QDialog
{
    Q_OBJECT
public:
    // A new system, for unitId when given.
    explicit SiteDialog(AppSession &session, const QString &unitId = {}, QWidget *parent = nullptr);
    SiteDialog(AppSession &session, const Site &site, QWidget *parent = nullptr); // edits site
    ~SiteDialog() override;

    std::optional<Site> saved() const { return m_saved; }
    Site fields() const;
    // The division code in the jurisdiction box: a listed pack's code or the text typed.
    QString jurisdictionCode() const;
    // "" when valid (empty or 6 digits), else why not.
    static QString jurisdictionProblem(const QString &code);

    void accept() override;

private:
    void setUp();
    void loadUnits(const QString &selectId);
    void addUnit();
    void updateState();

    std::unique_ptr<Ui::SiteDialog> m_ui;
    AppSession &m_session;
    Site m_site;
    std::optional<Site> m_saved;
    bool m_nameTouched = false;
};

} // namespace psv::ui
