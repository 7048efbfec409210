#pragma once

#include "Unit.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class UnitDialog;
}

namespace psv {
class AppSession;
}

namespace psv::ui {

// Adds or edits a unit (公共安全视频系统管理单位). The USCC is checked as it is typed and the exact
// problem is shown beside it; OK stays disabled until the name and code are valid. OK writes
// through UnitRepository with the session's actor; a refused write shows the store's message and
// keeps the dialog open, with nothing changed.
class UnitDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UnitDialog(AppSession &session, QWidget *parent = nullptr); // a new unit
    UnitDialog(AppSession &session, const Unit &unit, QWidget *parent = nullptr); // edits unit
    ~UnitDialog() override;

    std::optional<Unit> saved() const { return m_saved; } // the stored unit after OK
    Unit fields() const; // what the form holds now (not yet validated)
    bool fieldsValid() const;

    void accept() override;

private:
    void setUp();
    void updateValidity();

    std::unique_ptr<Ui::UnitDialog> m_ui;
    AppSession &m_session;
    Unit m_unit; // the unit being edited (id empty for a new one)
    std::optional<Unit> m_saved;
    bool m_nameTouched = false;
};

} // namespace psv::ui
