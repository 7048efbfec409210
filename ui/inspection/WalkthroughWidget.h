#pragma once

#include "ChecklistSelection.h"
#include "Codes.h"
#include "Inspection.h"
#include "ItemResult.h"
#include "Result.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class WalkthroughWidget;
}

namespace psv {
class AppSession;
}

namespace psv::ui {

// The checklist walkthrough of one inspection: the items on the left, the current item on the right
// (legal text and guidance, result, structured observations, observation text, linked evidence,
// captured now or linked from the imports).
// Every change is written to the store at once (text after a short pause, and always before the item
// changes, the focus leaves a field or the widget closes), and the inspection and current item are
// remembered in the settings on every move so that the app can return there after a crash.
class WalkthroughWidget : public QWidget
{
    Q_OBJECT
public:
    explicit WalkthroughWidget(AppSession &session, QWidget *parent = nullptr);
    ~WalkthroughWidget() override;

    // Opens an inspection at an item (its key, e.g. "4" or "PACK/2"; empty: the first item).
    Status load(const QString &inspectionId, const QString &itemKey = {});
    QString inspectionId() const { return m_inspection.id; }
    QString currentItemKey() const;
    int currentRow() const { return m_row; }
    bool isReadOnly() const { return m_readOnly; }
    int itemCount() const { return int(m_entries.size()); }
    int checkedCount() const;
    QStringList itemKeys() const;

    void setStatus(ItemStatus status);
    // The key an entry of a checklist selection is stored under: "4", or "PACK/2" for a local pack.
    static QString itemKey(const ChecklistSelection::Entry &entry);
    static QString statusSymbol(ItemStatus status);

public Q_SLOTS:
    void nextItem();
    void previousItem();
    void goToItem(const QString &itemKey);
    void focusObservation();
    void focusItemList();
    void flush(); // writes pending text now
    void refreshEvidence();

Q_SIGNALS:
    void linkEvidenceRequested(const QString &inspectionId, const QString &itemKey);
    // "Capture now…": a photo or video from a connected camera, linked to the item once stored.
    void captureRequested(const QString &inspectionId, const QString &itemKey);
    void outcomeRequested(const QString &inspectionId);
    void completionRequested(const QString &inspectionId);
    void closeRequested();
    void currentItemChanged(const QString &inspectionId, const QString &itemKey);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void setupShortcuts();
    void showRow(int row);
    void showItem();
    void showStatus(ItemStatus status);
    void buildObservationFields();
    void updateTabOrder();
    void updateListRow(int row);
    void updateProgress();
    void markDirty();
    bool save(); // the current item as shown
    QJsonObject observationValues() const;
    bool textFieldHasFocus() const;

    std::unique_ptr<Ui::WalkthroughWidget> m_ui;
    AppSession &m_session;
    Inspection m_inspection;
    std::optional<ChecklistSelection> m_selection;
    QList<ChecklistSelection::Entry> m_entries;
    QHash<QString, ItemResult> m_results; // by item key
    QList<QPointer<QWidget>> m_fields; // structured observation editors of the current item
    int m_row = -1;
    bool m_readOnly = false;
    bool m_loading = false;
    bool m_dirty = false;
    QTimer m_saveTimer;
};

} // namespace psv::ui
