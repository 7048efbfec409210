#include "RecordPreviewDialog.h"

#include "AppSession.h"
#include "InspectionRepository.h"
#include "MessageBox.h"
#include "NoticeRenderer.h"
#include "OrderRepository.h"
#include "PdfExporter.h"
#include "RecordDataBuilder.h"
#include "RecordExport.h"
#include "RecordRenderer.h"
#include "Settings.h"
#include "UiLogging.h"

#include "ui_RecordPreviewDialog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>

#include <optional>

namespace psv::ui {

namespace {
std::optional<QString> s_nextSavePath;
} // namespace

RecordPreviewDialog::RecordPreviewDialog(AppSession &session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RecordPreviewDialog>()), m_session(session),
      m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    m_ui->setupUi(this);
    m_printer->setPageSize(QPageSize(QPageSize::A4));
    m_printer->setFullPage(true);
    m_preview = new QPrintPreviewWidget(m_printer.get(), m_ui->previewHost);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    m_ui->previewLayout->addWidget(m_preview);
    setTabOrder(m_ui->fitButton, m_preview);
    setTabOrder(m_preview, m_ui->printButton);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &RecordPreviewDialog::paint);
    connect(m_ui->documentCombo, &QComboBox::currentIndexChanged, this, &RecordPreviewDialog::documentChanged);
    connect(m_ui->zoomInButton, &QToolButton::clicked, m_preview, [this] { m_preview->zoomIn(); });
    connect(m_ui->zoomOutButton, &QToolButton::clicked, m_preview, [this] { m_preview->zoomOut(); });
    connect(m_ui->fitButton, &QToolButton::clicked, m_preview, &QPrintPreviewWidget::fitToWidth);
    connect(m_ui->printButton, &QPushButton::clicked, this, &RecordPreviewDialog::onPrint);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &RecordPreviewDialog::onSave);
}

RecordPreviewDialog::~RecordPreviewDialog() = default;

Status RecordPreviewDialog::loadInspection(const QString &inspection)
{
    Database &db = m_session.db();
    auto insp = InspectionRepository(db).resolve(inspection);
    if (!insp)
        return insp.error();
    const QString organ = m_session.settings().value(Settings::Key::OrganName).toString().trimmed();
    const RecordDataBuilder builder(db, m_session.checklists(), organ.isEmpty() ? QStringLiteral("/") : organ);
    auto record = builder.record(insp.value().id);
    if (!record)
        return record.error();
    QList<Document> docs;
    docs.append({QStringLiteral("inspection"), insp.value().id,
        tr("Inspection record %1 (version %2)").arg(insp.value().number).arg(insp.value().version), record.value()});
    OrderFilter filter;
    filter.inspectionId = insp.value().id;
    filter.limit = 100000;
    auto orders = OrderRepository(db).list(filter);
    if (!orders)
        return orders.error();
    for (const Order &o : orders.value()) {
        if (o.kind != OrderKind::Correction && o.kind != OrderKind::CorrectionDeadline)
            continue;
        auto notice = builder.notice(o.id);
        if (!notice)
            return notice.error();
        const QString kind = o.kind == OrderKind::CorrectionDeadline ? tr("Notice to correct within a time limit")
                                                                     : tr("Notice to correct");
        docs.append({QStringLiteral("order"), o.id,
            o.documentNumber.isEmpty() ? kind : QStringLiteral("%1 %2").arg(kind, o.documentNumber), notice.value()});
    }
    m_documents = docs;
    const QSignalBlocker block(m_ui->documentCombo);
    m_ui->documentCombo->clear();
    for (const Document &d : std::as_const(m_documents))
        m_ui->documentCombo->addItem(d.title);
    m_ui->documentCombo->setCurrentIndex(0);
    documentChanged();
    return {};
}

Status RecordPreviewDialog::loadOrder(const QString &orderId)
{
    auto order = OrderRepository(m_session.db()).get(orderId.trimmed());
    if (!order)
        return order.error();
    if (order.value().kind != OrderKind::Correction && order.value().kind != OrderKind::CorrectionDeadline)
        return makeError(
            tr("This order is a %1; only orders to correct (责令改正, 责令限期改正) have a notice to print.")
                .arg(toCode(order.value().kind)),
            orderId, 1);
    if (Status s = loadInspection(order.value().inspectionId); !s)
        return s;
    for (int i = 0; i < m_documents.size(); ++i)
        if (m_documents[i].entityId == order.value().id)
            setCurrentDocument(i);
    return {};
}

void RecordPreviewDialog::showRecord(AppSession &session, const QString &inspectionId, QWidget *parent)
{
    RecordPreviewDialog dialog(session, parent);
    if (Status s = dialog.loadInspection(inspectionId); !s) {
        MessageBox::warning(parent, tr("Print inspection record"), s.error().text());
        return;
    }
    dialog.exec();
}

void RecordPreviewDialog::showNotice(AppSession &session, const QString &orderId, QWidget *parent)
{
    RecordPreviewDialog dialog(session, parent);
    if (Status s = dialog.loadOrder(orderId); !s) {
        MessageBox::warning(parent, tr("Print notice"), s.error().text());
        return;
    }
    dialog.exec();
}

int RecordPreviewDialog::documentCount() const
{
    return int(m_documents.size());
}

int RecordPreviewDialog::currentDocument() const
{
    return m_ui->documentCombo->currentIndex();
}

void RecordPreviewDialog::setCurrentDocument(int index)
{
    m_ui->documentCombo->setCurrentIndex(index);
}

int RecordPreviewDialog::previewPageCount() const
{
    return m_preview->pageCount();
}

void RecordPreviewDialog::setNextSavePath(const QString &path)
{
    s_nextSavePath = path;
}

Result<RenderReport> RecordPreviewDialog::render(const Document &doc, QPrinter *printer) const
{
    if (const auto *record = std::get_if<InspectionRecordData>(&doc.data))
        return RecordRenderer(*record).render(printer);
    return NoticeRenderer(std::get<CorrectionNoticeData>(doc.data)).render(printer);
}

void RecordPreviewDialog::paint(QPrinter *printer)
{
    const int index = currentDocument();
    if (index < 0 || index >= m_documents.size())
        return;
    QElapsedTimer timer;
    timer.start();
    auto report = render(m_documents[index], printer);
    qCDebug(lcUi) << "preview rendered in" << timer.elapsed() << "ms";
    if (!report) {
        m_renderError = report.error().text();
        m_ui->statusLabel->setText(m_renderError);
        return;
    }
    m_renderError.clear();
    m_lastReport = report.value();
    m_ui->statusLabel->setText(m_lastReport.final
            ? tr("Pages: %1. Sealed record, prints as final.").arg(m_lastReport.pages)
            : tr("Pages: %1. Not sealed, prints as a draft with a watermark.").arg(m_lastReport.pages));
}

void RecordPreviewDialog::documentChanged()
{
    const int index = currentDocument();
    const bool ok = index >= 0 && index < m_documents.size();
    m_ui->printButton->setEnabled(ok);
    m_ui->saveButton->setEnabled(ok);
    if (ok)
        setWindowTitle(tr("Print preview — %1").arg(m_documents[index].title));
    m_preview->updatePreview();
}

Status RecordPreviewDialog::saveAs(const QString &path)
{
    const int index = currentDocument();
    if (index < 0 || index >= m_documents.size())
        return makeError(tr("There is no document to save."), {}, 1);
    const Document &doc = m_documents[index];
    const auto *record = std::get_if<InspectionRecordData>(&doc.data);
    auto pdf
        = record ? PdfExporter::recordPdf(*record) : PdfExporter::noticePdf(std::get<CorrectionNoticeData>(doc.data));
    if (!pdf)
        return pdf.error();
    auto written
        = RecordExport::writePdf(m_session.db(), m_session.actor(), doc.entityType, doc.entityId, pdf.value(), path);
    if (!written)
        return written.error();
    m_lastReport = pdf.value().report;
    return {};
}

Status RecordPreviewDialog::printTo(QPrinter *printer)
{
    const int index = currentDocument();
    if (index < 0 || index >= m_documents.size())
        return makeError(tr("There is no document to print."), {}, 1);
    const Document &doc = m_documents[index];
    auto report = render(doc, printer);
    if (!report)
        return report.error();
    m_lastReport = report.value();
    const QString name
        = printer->outputFormat() == QPrinter::PdfFormat ? printer->outputFileName() : printer->printerName();
    return RecordExport::auditPrint(
        m_session.db(), m_session.actor(), doc.entityType, doc.entityId, report.value(), name);
}

QString RecordPreviewDialog::suggestedFileName() const
{
    const int index = currentDocument();
    QString base = index >= 0 && index < m_documents.size() ? m_documents[index].title : QStringLiteral("record");
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("_"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(dir.isEmpty() ? QDir::homePath() : dir).filePath(base + QStringLiteral(".pdf"));
}

void RecordPreviewDialog::onSave()
{
    QString path;
    if (s_nextSavePath) {
        path = *s_nextSavePath;
        s_nextSavePath.reset();
    } else {
        path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), suggestedFileName(), tr("PDF files (*.pdf)"));
    }
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (Status s = saveAs(path); !s) {
        MessageBox::warning(this, tr("Save as PDF"), s.error().text());
        return;
    }
    m_ui->statusLabel->setText(tr("Saved %1 (pages: %2); the export is in the audit log.")
            .arg(QDir::toNativeSeparators(path))
            .arg(m_lastReport.pages));
}

void RecordPreviewDialog::onPrint()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(m_ui->documentCombo->currentText()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = printTo(&printer); !s) {
        MessageBox::warning(this, tr("Print"), s.error().text());
        return;
    }
    m_ui->statusLabel->setText(
        tr("Sent to the printer (pages: %1); the print is in the audit log.").arg(m_lastReport.pages));
}

} // namespace psv::ui
