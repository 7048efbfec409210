#pragma once

#include "CorrectionNoticeData.h"
#include "InspectionRecordData.h"
#include "RenderReport.h"
#include "Result.h"

#include <QDialog>

#include <memory>
#include <variant>

class QPrinter;
class QPrintPreviewWidget;

namespace Ui {
class RecordPreviewDialog;
}

namespace psv {
class AppSession;
}

namespace psv::ui {

// Print preview of an inspection's 检查笔录 and of the 责令(限期)改正通知书 of each of its
// correction orders, drawn by the records' own renderers (a draft with its 草稿 watermark, a
// sealed record final with its QR code). Print… sends the shown document to a printer
// (QPrintDialog), Save as PDF… writes it with PdfExporter (atomically); both are audited like
// `psvctl record pdf` / `notice pdf` ("export", and "print" for paper).
class RecordPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RecordPreviewDialog(AppSession &session, QWidget *parent = nullptr);
    ~RecordPreviewDialog() override;

    // inspection: an id or an inspection number (latest version). Shows its record first.
    Status loadInspection(const QString &inspection);
    // Shows the notice of this order (with the inspection's record and other notices to pick).
    Status loadOrder(const QString &orderId);

    // Modal preview; on a failure to load, says why in a message box instead.
    static void showRecord(AppSession &session, const QString &inspectionId, QWidget *parent);
    static void showNotice(AppSession &session, const QString &orderId, QWidget *parent);

    int documentCount() const;
    int currentDocument() const;
    void setCurrentDocument(int index);
    int previewPageCount() const; // pages the preview shows
    RenderReport lastReport() const { return m_lastReport; }

    // The actions behind the buttons, without their file/print dialogs (tests, automation).
    Status saveAs(const QString &path);
    Status printTo(QPrinter *printer);

    // Tests: the next Save as PDF… uses this path instead of asking with a file dialog.
    static void setNextSavePath(const QString &path);

private:
    struct Document
    {
        QString entityType; // "inspection" or "order"
        QString entityId;
        QString title;
        std::variant<InspectionRecordData, CorrectionNoticeData> data;
    };

    Result<RenderReport> render(const Document &doc, QPrinter *printer) const;
    void paint(QPrinter *printer);
    void documentChanged();
    void onPrint();
    void onSave();
    QString suggestedFileName() const;

    std::unique_ptr<Ui::RecordPreviewDialog> m_ui;
    AppSession &m_session;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget *m_preview = nullptr;
    QList<Document> m_documents;
    RenderReport m_lastReport;
    QString m_renderError;
};

} // namespace psv::ui
