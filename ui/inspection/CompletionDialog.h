#pragma once

#include "CompletionCheck.h"

#include <QDialog>
#include <QString>

#include <memory>

namespace Ui {
class CompletionDialog;
}

namespace psv {
class AppSession;
}

namespace psv::ui {

// Completion and sealing: the CompletionCheck's missing pieces, a summary (items by status,
// orders, evidence), and sealing after a confirmation — when pieces are missing only with "Seal
// anyway" and a written reason, which InspectionSealer records in the notes and the audit log.
class CompletionDialog : public QDialog
{
    Q_OBJECT
public:
    CompletionDialog(AppSession &session, QString inspectionId, QWidget *parent = nullptr);
    ~CompletionDialog() override;

    const CompletionCheck::Report &report() const { return m_report; }

Q_SIGNALS:
    void sealed(const QString &inspectionId);

private:
    void refresh();
    void updateButtons();
    void seal();

    AppSession &m_session;
    QString m_inspectionId;
    std::unique_ptr<Ui::CompletionDialog> m_ui;
    CompletionCheck::Report m_report;
    bool m_checked = false;
};

} // namespace psv::ui
