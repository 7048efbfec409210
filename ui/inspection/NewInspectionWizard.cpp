#include "NewInspectionWizard.h"

#include "AppSession.h"
#include "InspectionActions.h"
#include "InspectionRepository.h"
#include "MessageBox.h"
#include "OfficerRepository.h"
#include "Settings.h"
#include "SiteRepository.h"
#include "UiLogging.h"
#include "UnitRepository.h"

#include "ui_NewInspectionWizard.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QListWidgetItem>
#include <QLocale>
#include <QTimer>

#include <algorithm>

namespace psv::ui {

namespace {
const int IdRole = Qt::UserRole;
}

NewInspectionWizard::NewInspectionWizard(AppSession &session, const QString &siteId, QWidget *parent)
    : QWizard(parent), m_ui(std::make_unique<Ui::NewInspectionWizard>()), m_session(session),
      m_preselectedSiteId(siteId)
{
    m_ui->setupUi(this);
    setOption(QWizard::NoBackButtonOnStartPage);
    for (InspectionKind kind : {InspectionKind::General, InspectionKind::Professional, InspectionKind::Art12Focus})
        m_ui->kindCombo->addItem(displayName(kind), toCode(kind));
    connect(m_ui->siteSearch, &QLineEdit::textChanged, this, &NewInspectionWizard::fillSites);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &NewInspectionWizard::updateChecklist);
    connect(m_ui->reportRadio, &QRadioButton::toggled, this, [this](bool on) {
        m_ui->reportReferenceEdit->setEnabled(on);
        m_ui->reportReferenceLabel->setEnabled(on);
    });
    m_ui->reportReferenceEdit->setEnabled(false);
    m_ui->reportReferenceLabel->setEnabled(false);
    m_ui->siteSearch->installEventFilter(this);
    fillSites({});
}

NewInspectionWizard::~NewInspectionWizard() = default;

InspectionKind NewInspectionWizard::defaultKind(std::optional<OfficerRole> role, PlaceCategory category)
{
    if (category == PlaceCategory::Art9)
        return InspectionKind::Art12Focus;
    if (role == OfficerRole::Tech)
        return InspectionKind::Professional;
    return InspectionKind::General;
}

bool NewInspectionWizard::eventFilter(QObject *watched, QEvent *event)
{
    // Up and down in the search field move through the list of systems.
    if (watched == m_ui->siteSearch && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_ui->siteList, event);
            return true;
        }
    }
    return QWizard::eventFilter(watched, event);
}

void NewInspectionWizard::fillSites(const QString &search)
{
    SiteFilter filter;
    filter.search = search.trimmed();
    m_ui->siteList->clear();
    auto sites = SiteRepository(m_session.db()).list(filter);
    if (!sites) {
        qCWarning(lcUi) << "new inspection: listing sites failed:" << sites.error().message;
        return;
    }
    UnitRepository units(m_session.db());
    for (const Site &site : sites.value()) {
        auto unit = units.get(site.unitId);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2 · %3 · %4")
                .arg(site.name, unit ? unit.value().name : QString(), site.address, displayName(site.category)),
            m_ui->siteList);
        item->setData(IdRole, site.id);
        if (site.id == m_preselectedSiteId)
            m_ui->siteList->setCurrentItem(item);
    }
    if (!m_ui->siteList->currentItem() && m_ui->siteList->count() > 0)
        m_ui->siteList->setCurrentRow(0);
}

void NewInspectionWizard::initializePage(int id)
{
    QWizardPage *p = page(id);
    if (p == m_ui->kindPage) {
        const auto officer = m_session.officer();
        const InspectionKind kind
            = defaultKind(officer ? std::optional(officer->role) : std::nullopt, m_site->category);
        m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(toCode(kind)));
        if (kind == InspectionKind::Art12Focus)
            m_ui->kindReasonLabel->setText(tr("This is a place under Art. 9 of the Regulation: items 1–3 are the focus "
                                              "(Rules Art. 12)."));
        else if (kind == InspectionKind::Professional)
            m_ui->kindReasonLabel->setText(
                tr("Professional inspection by the technology and informatization department: items 8–13 are the "
                   "focus (Rules Art. 11)."));
        else
            m_ui->kindReasonLabel->setText(
                tr("General inspection by the police station: items 1–7 are the focus (Rules Art. 11)."));
        updateChecklist();
    } else if (p == m_ui->peoplePage) {
        fillOfficers();
    } else if (p == m_ui->triggerPage) {
        m_ui->summaryLabel->setText(tr("%1 · %2 · %n inspector(s).", nullptr, int(checkedOfficers().size()))
                .arg(m_site->name, m_ui->kindCombo->currentText()));
    }
    QWizard::initializePage(id);
    // The page's first field takes the keyboard once the page is shown.
    QWidget *first = m_ui->siteSearch;
    if (p == m_ui->kindPage)
        first = m_ui->kindCombo;
    else if (p == m_ui->peoplePage)
        first = m_ui->officerList;
    else if (p == m_ui->triggerPage)
        first = m_ui->reportRadio->isChecked() ? m_ui->reportRadio : m_ui->routineRadio;
    QTimer::singleShot(0, first, [first] { first->setFocus(Qt::OtherFocusReason); });
}

void NewInspectionWizard::updateChecklist()
{
    m_selection.reset();
    if (!m_site)
        return;
    auto selection = m_session.checklists().select(
        m_ui->kindCombo->currentData().toString(), toCode(m_site->category), m_site->jurisdiction);
    if (!selection) {
        m_ui->checklistLabel->setText(selection.error().message);
        return;
    }
    m_selection = selection.value();
    const auto national = m_selection->national();
    QStringList lines {
        tr("%1 (national, %2, version %3)").arg(national->title().text(), national->id()).arg(national->version())};
    for (const auto &pack : m_selection->localPacks())
        lines << tr("%1 (local pack %2, version %3)").arg(pack->title().text(), pack->id()).arg(pack->version());
    if (m_selection->localPacks().isEmpty())
        lines << tr("No local pack applies to this system's jurisdiction.");
    lines << tr("%n item(s) to check.", nullptr, int(m_selection->entries().size()));
    m_ui->checklistLabel->setText(lines.join(u'\n'));
}

void NewInspectionWizard::fillOfficers()
{
    if (m_officersFilled)
        return;
    m_officersFilled = true;
    auto officers = OfficerRepository(m_session.db()).list(true);
    if (!officers)
        return;
    QList<Officer> ordered = officers.value();
    const auto me = m_session.officer();
    std::stable_partition(ordered.begin(), ordered.end(), [&me](const Officer &o) { return me && o.id == me->id; });
    m_ui->recorderCombo->addItem(tr("(none)"), QString());
    for (const Officer &o : ordered) {
        const QString text = QStringLiteral("%1 (%2, %3)").arg(o.name, o.policeNumber, displayName(o.role));
        auto *item = new QListWidgetItem(text, m_ui->officerList);
        item->setData(IdRole, o.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(me && o.id == me->id ? Qt::Checked : Qt::Unchecked);
        m_ui->recorderCombo->addItem(text, o.id);
    }
    if (me)
        m_ui->recorderCombo->setCurrentIndex(m_ui->recorderCombo->findData(me->id));
    m_ui->officerList->setCurrentRow(0);
}

QStringList NewInspectionWizard::checkedOfficers() const
{
    QStringList ids;
    for (int i = 0; i < m_ui->officerList->count(); ++i)
        if (m_ui->officerList->item(i)->checkState() == Qt::Checked)
            ids << m_ui->officerList->item(i)->data(IdRole).toString();
    return ids;
}

bool NewInspectionWizard::validateCurrentPage()
{
    QWizardPage *p = currentPage();
    if (p == m_ui->sitePage) {
        QListWidgetItem *item = m_ui->siteList->currentItem();
        if (!item) {
            MessageBox::warning(this, tr("New inspection"), tr("Choose the video system to inspect."));
            return false;
        }
        auto site = SiteRepository(m_session.db()).get(item->data(IdRole).toString());
        if (!site) {
            MessageBox::warning(this, tr("New inspection"), site.error().message);
            return false;
        }
        m_site = site.value();
    } else if (p == m_ui->kindPage) {
        if (!m_selection) {
            MessageBox::warning(this, tr("New inspection"), m_ui->checklistLabel->text());
            return false;
        }
    } else if (p == m_ui->peoplePage) {
        const qsizetype n = checkedOfficers().size();
        if (n < 2) {
            MessageBox::warning(this, tr("New inspection"),
                tr("An inspection needs at least two inspecting officers; %n chosen. Tick another officer with the "
                   "space bar. (The record made under Rules Art. 13 names every inspecting officer.)",
                    nullptr, int(n)));
            m_ui->officerList->setFocus();
            return false;
        }
    } else if (p == m_ui->triggerPage) {
        if (m_ui->reportRadio->isChecked() && m_ui->reportReferenceEdit->text().trimmed().isEmpty()) {
            MessageBox::warning(this, tr("New inspection"),
                tr("Checking a report (举报核查, Rules Art. 16) needs the report's reference."));
            m_ui->reportReferenceEdit->setFocus();
            return false;
        }
        return confirmRepeat() && create();
    }
    return QWizard::validateCurrentPage();
}

bool NewInspectionWizard::confirmRepeat()
{
    const int days = m_session.settings().value(Settings::Key::RepeatInspectionDays).toInt();
    if (days <= 0)
        return true;
    InspectionFilter filter;
    filter.siteId = m_site->id;
    filter.startedFrom = QDateTime::currentDateTimeUtc().addDays(-days);
    filter.limit = 1;
    auto recent = InspectionRepository(m_session.db()).list(filter);
    if (!recent || recent.value().isEmpty())
        return true;
    const InspectionSummary &last = recent.value().first();
    const QString text = tr("%1 was inspected on %2 (inspection %3), within the last %n day(s). Rules Art. 17 asks "
                            "to prevent repeated inspections (防止重复检查). Start another inspection anyway?",
        nullptr, days)
                             .arg(m_site->name, QLocale().toString(last.startedAt.toLocalTime().date()), last.number);
    return MessageBox::question(this, tr("Inspected recently"), text) == QMessageBox::Yes;
}

bool NewInspectionWizard::create()
{
    Inspection i;
    i.siteId = m_site->id;
    i.kind = fromCode<InspectionKind>(m_ui->kindCombo->currentData().toString()).value_or(InspectionKind::General);
    i.trigger = m_ui->reportRadio->isChecked() ? InspectionTrigger::Report : InspectionTrigger::Routine;
    if (i.trigger == InspectionTrigger::Report)
        i.reportReference = m_ui->reportReferenceEdit->text().trimmed();
    const auto national = m_selection->national();
    i.checklistId = national->id();
    i.checklistVersion = QString::number(national->version());
    i.checklistHash = national->contentHash();
    i.startedAt = QDateTime::currentDateTimeUtc();
    i.inspectorIds = checkedOfficers();
    i.recorderId = m_ui->recorderCombo->currentData().toString();
    i.representative = m_ui->representativeEdit->text().trimmed();
    i.witness = m_ui->witnessEdit->text().trimmed();
    auto created = InspectionActions(m_session.db(), m_session.checklists()).start(i, m_session.actor());
    if (!created) {
        MessageBox::warning(this, tr("New inspection"), created.error().message);
        return false;
    }
    m_createdId = created.value().id;
    qCInfo(lcUi) << "new inspection" << created.value().number << "created";
    return true;
}

} // namespace psv::ui
