#include "EvidencePage.h"

#include "CaptureDialog.h"
#include "EvidenceImportDialog.h"
#include "EvidenceRepository.h"
#include "EvidenceStore.h"
#include "InspectionRepository.h"
#include "MediaProbe.h"
#include "MessageBox.h"
#include "OfficerRepository.h"
#include "PlayerDialog.h"
#include "SiteRepository.h"

#include "ui_EvidencePage.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QPixmap>
#include <QThread>
#include <QTimeZone>

#include <algorithm>

namespace psv::ui {

namespace {
enum Column {
    NameColumn,
    CapturedColumn,
    DeviceColumn,
    OfficerColumn,
    DurationColumn,
    ResolutionColumn,
    HashColumn,
    InspectionColumn,
    SiteColumn,
    FlagsColumn
};

QString durationText(std::optional<qint64> ms)
{
    if (!ms)
        return {};
    const qint64 s = (*ms + 500) / 1000;
    return s >= 3600 ? QStringLiteral("%1:%2:%3")
                           .arg(s / 3600)
                           .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                           .arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

EvidencePage::EvidencePage(AppSession &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::EvidencePage>()), m_session(session)
{
    m_ui->setupUi(this);
    const QDate today = QDate::currentDate();
    m_ui->fromDate->setDate(today.addDays(-30));
    m_ui->toDate->setDate(today);
    m_ui->fromDate->setEnabled(false);
    m_ui->toDate->setEnabled(false);
    m_ui->emptyLabel->setText(tr("No evidence matches. Body-camera footage imported for inspections (Art. 13 of "
                                 "the supervision rules) is catalogued here: choose Import… to add some."));
    m_ui->evidenceTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->evidenceTable->verticalHeader()->setDefaultSectionSize(60);

    const bool camera = CaptureDialog::cameraAvailable();
    m_ui->captureButton->setEnabled(camera);
    m_ui->captureButton->setToolTip(
        camera ? tr("Take photos or record video with a connected camera.") : CaptureDialog::unavailableReason());

    connect(m_ui->inspectionFilter, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            reloadTable();
    });
    connect(m_ui->siteFilter, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            reloadTable();
    });
    connect(m_ui->dateFilter, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->fromDate->setEnabled(on);
        m_ui->toDate->setEnabled(on);
        reloadTable();
    });
    connect(m_ui->fromDate, &QDateEdit::dateChanged, this, &EvidencePage::reloadTable);
    connect(m_ui->toDate, &QDateEdit::dateChanged, this, &EvidencePage::reloadTable);
    connect(m_ui->evidenceTable, &QTableWidget::cellActivated, this, &EvidencePage::openCurrent);
    connect(m_ui->evidenceTable, &QTableWidget::itemSelectionChanged, this,
        [this] { m_ui->playButton->setEnabled(m_ui->evidenceTable->currentRow() >= 0); });
    connect(m_ui->playButton, &QPushButton::clicked, this, &EvidencePage::openCurrent);
    connect(m_ui->importButton, &QPushButton::clicked, this, &EvidencePage::importEvidence);
    connect(m_ui->captureButton, &QPushButton::clicked, this, &EvidencePage::captureEvidence);
    connect(this, &EvidencePage::thumbnailReady, this, &EvidencePage::setThumbnail);
    connect(&m_session, &AppSession::dataChanged, this, [this](AppSession::Topic topic) {
        if (topic == AppSession::Topic::Evidence || topic == AppSession::Topic::Inspections
            || topic == AppSession::Topic::Sites || topic == AppSession::Topic::Officers)
            refresh();
    });
    refresh();
}

EvidencePage::~EvidencePage() = default;

void EvidencePage::refresh()
{
    reloadFilters();
    reloadTable();
}

void EvidencePage::reloadFilters()
{
    m_loading = true;
    const QString inspection = m_ui->inspectionFilter->currentData().toString();
    const QString site = m_ui->siteFilter->currentData().toString();
    m_ui->inspectionFilter->clear();
    m_ui->inspectionFilter->addItem(tr("All inspections"), QString());
    m_inspectionNumbers.clear();
    m_inspectionSites.clear();
    InspectionFilter f;
    f.limit = 500;
    if (auto list = InspectionRepository(m_session.db()).list(f)) {
        for (const InspectionSummary &i : list.value()) {
            m_inspectionNumbers.insert(i.id, i.number);
            m_inspectionSites.insert(i.id, i.siteName);
            m_ui->inspectionFilter->addItem(QStringLiteral("%1 · %2").arg(i.number, i.unitName), i.id);
        }
    }
    m_ui->siteFilter->clear();
    m_ui->siteFilter->addItem(tr("All sites"), QString());
    SiteFilter sf;
    sf.limit = 1000;
    if (auto list = SiteRepository(m_session.db()).list(sf))
        for (const Site &s : list.value())
            m_ui->siteFilter->addItem(s.name, s.id);
    m_officerNames.clear();
    if (auto list = OfficerRepository(m_session.db()).list())
        for (const Officer &o : list.value())
            m_officerNames.insert(o.id, o.name);
    m_ui->inspectionFilter->setCurrentIndex(std::max(0, m_ui->inspectionFilter->findData(inspection)));
    m_ui->siteFilter->setCurrentIndex(std::max(0, m_ui->siteFilter->findData(site)));
    m_loading = false;
}

void EvidencePage::reloadTable()
{
    EvidenceFilter f;
    f.inspectionId = m_ui->inspectionFilter->currentData().toString();
    f.siteId = m_ui->siteFilter->currentData().toString();
    if (m_ui->dateFilter->isChecked()) {
        f.capturedFrom = QDateTime(m_ui->fromDate->date(), QTime(0, 0));
        f.capturedBefore = QDateTime(m_ui->toDate->date().addDays(1), QTime(0, 0));
    }
    f.limit = 1000;
    auto list = EvidenceRepository(m_session.db()).list(f);
    QTableWidget *t = m_ui->evidenceTable;
    t->setRowCount(0);
    if (!list) {
        m_ui->emptyLabel->setText(list.error().text());
        m_ui->stack->setCurrentWidget(m_ui->emptyLabel);
        return;
    }
    auto store = EvidenceStore::open(m_session.dataDir());
    const QList<Evidence> &rows = list.value();
    t->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const Evidence &e = rows[r];
        auto *name = new QTableWidgetItem(e.originalName);
        name->setData(Qt::UserRole, e.id);
        name->setData(Qt::UserRole + 1, e.sha256);
        name->setToolTip(e.originalPath);
        t->setItem(r, NameColumn, name);
        auto *captured = new QTableWidgetItem(e.capturedAt.isValid()
                ? e.capturedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                : QString());
        captured->setToolTip(e.captureTimeSource);
        t->setItem(r, CapturedColumn, captured);
        t->setItem(r, DeviceColumn, new QTableWidgetItem(e.deviceNumber));
        t->setItem(r, OfficerColumn, new QTableWidgetItem(m_officerNames.value(e.importedBy, e.importedBy)));
        t->setItem(r, DurationColumn, new QTableWidgetItem(durationText(e.durationMs)));
        t->setItem(r, ResolutionColumn,
            new QTableWidgetItem(e.width > 0 ? QStringLiteral("%1×%2").arg(e.width).arg(e.height) : QString()));
        auto *hash = new QTableWidgetItem(e.sha256.left(12) + QStringLiteral("…"));
        hash->setToolTip(e.sha256);
        t->setItem(r, HashColumn, hash);
        t->setItem(r, InspectionColumn, new QTableWidgetItem(m_inspectionNumbers.value(e.inspectionId)));
        t->setItem(r, SiteColumn, new QTableWidgetItem(m_inspectionSites.value(e.inspectionId)));
        QStringList flags;
        for (const QString &flag : e.flags)
            flags << (flag == QStringLiteral("metadata-unreadable") ? tr("metadata unreadable") : flag);
        t->setItem(r, FlagsColumn, new QTableWidgetItem(flags.join(QStringLiteral(", "))));
        if (store) {
            const QString thumb = store.value().thumbnailPathFor(e.sha256);
            if (QFileInfo::exists(thumb))
                name->setIcon(QIcon(QPixmap(thumb)));
            else
                requestThumbnail(e);
        }
    }
    m_ui->countLabel->setText(tr("%n recording(s)", nullptr, int(rows.size())));
    m_ui->stack->setCurrentWidget(rows.isEmpty() ? static_cast<QWidget *>(m_ui->emptyLabel) : m_ui->listPage);
    m_ui->playButton->setEnabled(t->currentRow() >= 0);
}

QStringList EvidencePage::shownEvidenceIds() const
{
    QStringList ids;
    for (int r = 0; r < m_ui->evidenceTable->rowCount(); ++r)
        ids << m_ui->evidenceTable->item(r, NameColumn)->data(Qt::UserRole).toString();
    return ids;
}

void EvidencePage::setInspectionFilter(const QString &inspectionId)
{
    m_ui->inspectionFilter->setCurrentIndex(std::max(0, m_ui->inspectionFilter->findData(inspectionId)));
}

void EvidencePage::setSiteFilter(const QString &siteId)
{
    m_ui->siteFilter->setCurrentIndex(std::max(0, m_ui->siteFilter->findData(siteId)));
}

void EvidencePage::setDateFilter(const QDate &from, const QDate &to)
{
    if (from.isValid())
        m_ui->fromDate->setDate(from);
    if (to.isValid())
        m_ui->toDate->setDate(to);
    m_ui->dateFilter->setChecked(from.isValid() || to.isValid());
}

void EvidencePage::requestThumbnail(const Evidence &e)
{
    if (e.mediaType != QStringLiteral("video") && e.mediaType != QStringLiteral("photo"))
        return;
    if (e.flags.contains(QStringLiteral("metadata-unreadable")) || m_thumbnailsPending.contains(e.sha256))
        return;
    m_thumbnailsPending.insert(e.sha256);
    const QString dataDir = m_session.dataDir();
    const QString sha = e.sha256;
    const MediaKind kind = e.mediaType == QStringLiteral("video") ? MediaKind::Video : MediaKind::Photo;
    QThread *worker = QThread::create([dataDir, sha, kind] {
        auto store = EvidenceStore::open(dataDir);
        if (!store || !store.value().contains(sha))
            return;
        MediaProbe::Options options;
        options.useFfprobe = false;
        const MediaFacts facts = MediaProbe::probe(store.value().pathFor(sha), kind, options);
        if (!facts.thumbnail.isNull())
            (void)store.value().storeThumbnail(sha, facts.thumbnail);
    });
    // Queued to this page (and dropped with it): shows the thumbnail if one was made.
    connect(worker, &QThread::finished, this, [this, sha] { Q_EMIT thumbnailReady(sha); });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start(QThread::LowPriority);
}

void EvidencePage::setThumbnail(const QString &sha256)
{
    m_thumbnailsPending.remove(sha256);
    auto store = EvidenceStore::open(m_session.dataDir());
    if (!store)
        return;
    const QString path = store.value().thumbnailPathFor(sha256);
    if (!QFileInfo::exists(path))
        return;
    const QPixmap pixmap(path);
    for (int r = 0; r < m_ui->evidenceTable->rowCount(); ++r)
        if (QTableWidgetItem *item = m_ui->evidenceTable->item(r, NameColumn);
            item->data(Qt::UserRole + 1).toString() == sha256)
            item->setIcon(QIcon(pixmap));
}

void EvidencePage::openCurrent()
{
    const int r = m_ui->evidenceTable->currentRow();
    if (r >= 0)
        openEvidence(m_ui->evidenceTable->item(r, NameColumn)->data(Qt::UserRole).toString());
}

void EvidencePage::openEvidence(const QString &evidenceId)
{
    auto *player = new PlayerDialog(m_session, evidenceId, this);
    player->setAttribute(Qt::WA_DeleteOnClose);
    player->open();
}

QString EvidencePage::defaultInspection(AppSession &session)
{
    InspectionFilter f;
    f.status = InspectionStatus::Draft;
    f.limit = 1;
    auto list = InspectionRepository(session.db()).list(f);
    if (!list || list.value().isEmpty())
        return {};
    return list.value().first().id;
}

QString EvidencePage::targetInspection() const
{
    const QString chosen = m_ui->inspectionFilter->currentData().toString();
    return chosen.isEmpty() ? defaultInspection(m_session) : chosen;
}

void EvidencePage::importEvidence()
{
    const QString inspection = targetInspection();
    if (inspection.isEmpty()) {
        MessageBox::information(this, tr("Import evidence"),
            tr("There is no draft inspection to import into. Start an inspection first, or choose one in the "
               "Inspection filter."));
        return;
    }
    auto *dialog = new EvidenceImportDialog(m_session, inspection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void EvidencePage::captureEvidence()
{
    const QString inspection = targetInspection();
    if (inspection.isEmpty()) {
        MessageBox::information(this, tr("Capture evidence"),
            tr("There is no draft inspection to capture for. Start an inspection first, or choose one in the "
               "Inspection filter."));
        return;
    }
    auto *dialog = new CaptureDialog(m_session, inspection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace psv::ui
