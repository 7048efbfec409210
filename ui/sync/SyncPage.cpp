#include "SyncPage.h"

#include "BundleExporter.h"
#include "BundleImporter.h"
#include "MessageBox.h"
#include "ReviewQueue.h"
#include "SyncConflicts.h"

#include "ui_SyncPage.h"

#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTableWidgetItem>

namespace psv::ui {

namespace {

QString nextFilePath;
bool hasNextFilePath = false;

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return SyncPage::tr("(another version, kept with the conflict)");
    return QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

void fill(QTableWidget *table, const QStringList &headers, const QList<QStringList> &rows)
{
    table->clear();
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
    table->resizeColumnsToContents();
}

} // namespace

SyncPage::SyncPage(AppSession &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SyncPage>()), m_session(session),
      m_cancel(std::make_shared<std::atomic_bool>(false))
{
    m_ui->setupUi(this);
    m_ui->progressBar->setRange(0, 1000);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &SyncPage::startExport);
    connect(m_ui->importButton, &QPushButton::clicked, this, &SyncPage::startImport);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] { m_cancel->store(true); });
    connect(m_ui->keepLocalButton, &QPushButton::clicked, this, [this] { settle(true); });
    connect(m_ui->keepRemoteButton, &QPushButton::clicked, this, [this] { settle(false); });
    connect(m_ui->approveButton, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_ui->returnButton, &QPushButton::clicked, this, [this] { decide(false); });
    connect(&m_session, &AppSession::dataChanged, this, [this](AppSession::Topic) { refresh(); });
    connect(&m_session, &AppSession::signedInChanged, this, &SyncPage::refresh);
    refresh();
}

SyncPage::~SyncPage()
{
    m_cancel->store(true);
    if (m_thread)
        m_thread->wait();
}

void SyncPage::setNextFilePath(const QString &path)
{
    nextFilePath = path;
    hasNextFilePath = true;
}

QString SyncPage::chooseFile(QWidget *parent, bool save)
{
    if (hasNextFilePath) {
        hasNextFilePath = false;
        return nextFilePath;
    }
    const QString filter = tr("Sync bundles (*.psvbundle);;All files (*)");
    return save ? QFileDialog::getSaveFileName(parent, tr("Export a sync bundle"), QString(), filter)
                : QFileDialog::getOpenFileName(parent, tr("Import a sync bundle"), QString(), filter);
}

void SyncPage::refresh()
{
    auto conflicts = SyncConflicts(m_session.db()).list();
    QList<QStringList> rows;
    if (conflicts) {
        for (const SyncConflict &c : conflicts.value())
            rows << QStringList {QString::number(c.id), c.kind, c.entityType + u' ' + c.entityId.left(8), c.field,
                jsonText(c.local), jsonText(c.remote)};
    }
    fill(m_ui->conflictTable, {tr("No."), tr("Kind"), tr("Record"), tr("Field"), tr("Here"), tr("Other device")}, rows);
    const bool haveConflicts = !rows.isEmpty();
    m_ui->keepLocalButton->setEnabled(haveConflicts && !m_busy);
    m_ui->keepRemoteButton->setEnabled(haveConflicts && !m_busy);

    const auto officer = m_session.officer();
    const bool reviewer = officer && (officer->role == OfficerRole::Reviewer || officer->role == OfficerRole::Admin);
    m_ui->reviewGroup->setVisible(reviewer);
    rows.clear();
    if (reviewer) {
        auto queue = ReviewQueue(m_session.db()).list();
        if (queue) {
            for (const ReviewItem &i : queue.value())
                rows << QStringList {i.number, QString::number(i.version), i.unitName, i.siteName, i.sealHash};
        }
    }
    fill(m_ui->reviewTable, {tr("Number"), tr("Version"), tr("Unit"), tr("Video system"), tr("Seal")}, rows);
}

void SyncPage::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->exportButton->setEnabled(!busy);
    m_ui->importButton->setEnabled(!busy);
    m_ui->cancelButton->setEnabled(busy);
    if (busy)
        m_ui->progressBar->setValue(0);
}

void SyncPage::runWorker(std::function<QString(Database &, QString &)> work, std::function<void(bool, QString)> done)
{
    setBusy(true);
    m_cancel->store(false);
    const QString dataDir = m_session.dataDir();
    QPointer<SyncPage> self(this);
    m_thread = QThread::create([self, dataDir, work, done] {
        QString error, result;
        {
            auto db = Database::open(dataDir);
            if (!db)
                error = db.error().message;
            else
                result = work(*db.value(), error);
        }
        const bool ok = error.isEmpty();
        const QString text = ok ? result : error;
        if (self)
            QMetaObject::invokeMethod(
                self.data(),
                [self, done, ok, text] {
                    if (!self)
                        return;
                    self->setBusy(false);
                    done(ok, text);
                },
                Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

namespace {

BundleCallbacks callbacksFor(QProgressBar *bar, std::shared_ptr<std::atomic_bool> cancel)
{
    QPointer<QProgressBar> target(bar);
    BundleCallbacks cb;
    cb.progress = [target](qint64 done, qint64 total) {
        const int value = total > 0 ? int(done * 1000 / total) : 0;
        QMetaObject::invokeMethod(
            target.data(),
            [target, value] {
                if (target)
                    target->setValue(value);
            },
            Qt::QueuedConnection);
    };
    cb.cancelled = [cancel] {
        return cancel->load();
    };
    return cb;
}

} // namespace

void SyncPage::startExport()
{
    const QString path = chooseFile(this, true);
    if (path.isEmpty())
        return;
    ExportRequest request;
    request.peerId = m_ui->peerEdit->text().trimmed();
    request.inspectionNumbers = m_ui->inspectionsEdit->text().split(u' ', Qt::SkipEmptyParts);
    request.withMedia = m_ui->withMediaCheck->isChecked();
    const Actor actor = m_session.actor();
    const BundleCallbacks cb = callbacksFor(m_ui->progressBar, m_cancel);
    runWorker(
        [path, request, actor, cb](Database &db, QString &error) -> QString {
            auto m = BundleExporter(db).exportTo(path, request, actor, cb);
            if (!m) {
                error = m.error().message;
                return {};
            }
            return tr("Bundle written to %1: %2 records, %3 evidence files.")
                .arg(path)
                .arg(m.value().recordCount())
                .arg(m.value().blobCount());
        },
        [this, path](bool ok, const QString &text) {
            m_ui->statusLabel->setText(text);
            if (ok) {
                Q_EMIT exported(path);
                return;
            }
            MessageBox::warning(this, tr("Export"), text);
            Q_EMIT failed(text);
        });
}

void SyncPage::startImport()
{
    const QString path = chooseFile(this, false);
    if (path.isEmpty())
        return;
    const BundleCallbacks cb = callbacksFor(m_ui->progressBar, m_cancel);
    runWorker(
        [path, cb](Database &db, QString &error) -> QString {
            auto b = BundleImporter(db).verify(path, cb);
            if (!b) {
                error = tr("The bundle is refused: %1").arg(b.error().message);
                return {};
            }
            const BundleManifest &m = b.value().manifest;
            return tr("Bundle from device %1 (%2), created %3: %4 records, %5 evidence files. Apply it?")
                .arg(m.deviceId, m.officer.name, BundleManifest::formatTime(m.createdAt))
                .arg(m.recordCount())
                .arg(m.blobCount());
        },
        [this, path](bool ok, const QString &text) {
            m_ui->statusLabel->setText(text);
            if (!ok) {
                MessageBox::warning(this, tr("Import"), text);
                Q_EMIT failed(text);
                return;
            }
            if (MessageBox::question(this, tr("Import"), text) == QMessageBox::Yes)
                applyVerified(path);
        });
}

void SyncPage::applyVerified(const QString &path)
{
    const Actor actor = m_session.actor();
    const BundleCallbacks cb = callbacksFor(m_ui->progressBar, m_cancel);
    runWorker(
        [path, actor, cb](Database &db, QString &error) -> QString {
            auto r = BundleImporter(db).importFile(path, actor, cb);
            if (!r) {
                error = tr("The bundle is refused: %1").arg(r.error().message);
                return {};
            }
            return r.value().text();
        },
        [this](bool ok, const QString &text) {
            m_ui->statusLabel->setText(text);
            if (!ok) {
                MessageBox::warning(this, tr("Import"), text);
                Q_EMIT failed(text);
                return;
            }
            Q_EMIT imported(text);
        });
}

void SyncPage::settle(bool keepLocal)
{
    const int row = m_ui->conflictTable->currentRow();
    if (row < 0 || !m_ui->conflictTable->item(row, 0))
        return;
    const qint64 id = m_ui->conflictTable->item(row, 0)->text().toLongLong();
    auto r = SyncConflicts(m_session.db())
                 .settle(id, keepLocal ? QStringLiteral("local") : QStringLiteral("remote"), m_session.actor());
    if (!r)
        MessageBox::warning(this, tr("Settle a conflict"), r.error().message);
}

void SyncPage::decide(bool approve)
{
    const int row = m_ui->reviewTable->currentRow();
    if (row < 0 || !m_ui->reviewTable->item(row, 0))
        return;
    const QString number = m_ui->reviewTable->item(row, 0)->text();
    const QString seal = m_ui->reviewTable->item(row, 4)->text();
    auto r = ReviewQueue(m_session.db()).decide(number, approve, m_ui->commentEdit->text(), m_session.actor(), seal);
    if (!r) {
        MessageBox::warning(this, tr("Review"), r.error().message);
        return;
    }
    m_ui->commentEdit->clear();
}

} // namespace psv::ui
