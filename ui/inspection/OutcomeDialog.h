#pragma once

#include "OrderProposer.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <memory>

namespace Ui {
class OutcomeDialog;
}

namespace psv {
class AppSession;
}

namespace psv::ui {

// Findings and outcome: the orders OrderProposer suggests for the inspection's
// non-compliant items; the officer confirms or changes kind, provision, legal basis, facts,
// requirement and correction period (a date, N days or N working days) and issues each one through
// OrderIssuer. The deadline and re-inspection date are computed live with their basis (规定 Art. 15),
// marked provisional when the year's official calendar is missing.
class OutcomeDialog : public QDialog
{
    Q_OBJECT
public:
    OutcomeDialog(AppSession &session, QString inspectionId, QWidget *parent = nullptr);
    ~OutcomeDialog() override;

    int proposalCount() const { return int(m_proposals.size()); }
    int issuedCount() const;

Q_SIGNALS:
    void orderIssued(const QString &orderId);

private:
    void load();
    void showProposal(int row);
    void readForm();
    void updateSchedule();
    void updatePeriodWidgets();
    void issue();
    QString rowText(int row) const;

    AppSession &m_session;
    QString m_inspectionId;
    std::unique_ptr<Ui::OutcomeDialog> m_ui;
    QList<OrderProposer::Proposal> m_proposals;
    QStringList m_issuedIds; // per proposal, empty until issued
    int m_row = -1;
    bool m_filling = false;
};

} // namespace psv::ui
