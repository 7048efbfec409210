#pragma once

#include "Result.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace Ui {
class EvidenceLinkDialog;
}

namespace psv {
class AppSession;
}

namespace psv::ui {

// Links evidence of an inspection (optionally a time range of a video) to one checklist item:
// the walkthrough's "link evidence" action opens it (linkEvidenceRequested(inspectionId, itemKey)).
// "Import more…" opens the EvidenceImportDialog for the same inspection and lists the new files.
class EvidenceLinkDialog : public QDialog
{
    Q_OBJECT
public:
    EvidenceLinkDialog(AppSession &session, QString inspectionId, QString itemKey, QWidget *parent = nullptr);
    ~EvidenceLinkDialog() override;

    void reload();
    QStringList evidenceIds() const; // listed, in order
    void selectEvidence(const QString &evidenceId);
    void setRange(std::optional<qint64> startMs, std::optional<qint64> endMs);
    Status link(); // the selected evidence (and range) to the item; audited

    // The items of the inspection's checklist as (item key, label) for choosers.
    static QList<std::pair<QString, QString>> itemChoices(AppSession &session, const QString &inspectionId);

public Q_SLOTS:
    void accept() override; // link(), closes on success

private:
    void importMore();
    void updateControls();

    std::unique_ptr<Ui::EvidenceLinkDialog> m_ui;
    AppSession &m_session;
    QString m_inspectionId;
    QString m_itemKey;
};

} // namespace psv::ui
