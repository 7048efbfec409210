#pragma once

#include "AppSession.h"
#include "Evidence.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QWidget>

#include <memory>

namespace Ui {
class EvidencePage;
}

namespace psv::ui {

// The evidence catalogue (Page::Evidence): every imported or captured recording with its
// thumbnail, capture time, device, officer, duration, resolution, SHA-256 (shortened; in full in
// the tooltip) and flags, filtered by inspection, site and capture date. Opening a row plays it
// in the PlayerDialog; Import… and Capture… add evidence to the filtered (or most recent draft)
// inspection. Thumbnails come from the store's thumbs/ folder; missing ones are made off the GUI
// thread with MediaProbe and cached there.
class EvidencePage : public QWidget
{
    Q_OBJECT
public:
    explicit EvidencePage(AppSession &session, QWidget *parent = nullptr);
    ~EvidencePage() override;

    void refresh();
    QStringList shownEvidenceIds() const;
    void setInspectionFilter(const QString &inspectionId);
    void setSiteFilter(const QString &siteId);
    void setDateFilter(const QDate &from, const QDate &to); // null dates: no date filter
    void openEvidence(const QString &evidenceId); // the player, non-blocking (window-modal)

    // The inspection new evidence goes into when none is chosen: the draft started most recently.
    static QString defaultInspection(AppSession &session);

Q_SIGNALS:
    void thumbnailReady(const QString &sha256);

private:
    void reloadFilters();
    void reloadTable();
    void openCurrent();
    void importEvidence();
    void captureEvidence();
    QString targetInspection() const;
    void requestThumbnail(const Evidence &e);
    void setThumbnail(const QString &sha256);

    std::unique_ptr<Ui::EvidencePage> m_ui;
    AppSession &m_session;
    QHash<QString, QString> m_officerNames; // id → name
    QHash<QString, QString> m_inspectionNumbers; // id → number
    QHash<QString, QString> m_inspectionSites; // id → site name
    QSet<QString> m_thumbnailsPending;
    bool m_loading = false;
};

} // namespace psv::ui
