#include "InspectionsPage.h"

#include "AppSession.h"
#include "InspectionRepository.h"
#include "MessageBox.h"
#include "NewInspectionWizard.h"
#include "OfficerRepository.h"
#include "Settings.h"
#include "UiLogging.h"
#include "WalkthroughWidget.h"

#include "ui_InspectionsPage.h"

#include <QHash>
#include <QLocale>
#include <QShortcut>

namespace psv::ui {

namespace {
const int IdRole = Qt::UserRole;
}

InspectionsPage::InspectionsPage(AppSession &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::InspectionsPage>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->filterCombo->addItem(tr("All inspections"));
    m_ui->filterCombo->addItem(tr("Drafts in progress"));
    setObjectName(QStringLiteral("inspectionsPage"));
    // In a scroll area: the walkthrough fits 1366×768, and a smaller window scrolls instead of growing.
    m_walkthrough = new WalkthroughWidget(session);
    m_walkthrough->setObjectName(QStringLiteral("walkthrough"));
    m_ui->walkScroll->setWidget(m_walkthrough);

    connect(m_ui->filterCombo, &QComboBox::currentIndexChanged, this, &InspectionsPage::refresh);
    connect(m_ui->inspectionList, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { (void)openInspection(item->data(0, IdRole).toString()); });
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedInspectionId(); !id.isEmpty())
            (void)openInspection(id); // a problem was shown
    });
    connect(m_ui->newButton, &QPushButton::clicked, this, [this] { startNewInspection(); });
    auto *newShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, [this] {
        if (!isWalkthroughShown())
            startNewInspection();
    });
    connect(m_walkthrough, &WalkthroughWidget::closeRequested, this, [this] {
        // Back to the list on purpose: nothing to resume after a restart.
        m_session.settings().setValue(Settings::Key::LastInspectionId, QString());
        m_session.settings().setValue(Settings::Key::LastInspectionItem, QString());
        showList();
    });
    connect(m_walkthrough, &WalkthroughWidget::linkEvidenceRequested, this, &InspectionsPage::linkEvidenceRequested);
    connect(m_walkthrough, &WalkthroughWidget::captureRequested, this, &InspectionsPage::captureRequested);
    connect(m_walkthrough, &WalkthroughWidget::outcomeRequested, this, &InspectionsPage::outcomeRequested);
    connect(m_walkthrough, &WalkthroughWidget::completionRequested, this, &InspectionsPage::completionRequested);
    connect(&m_session, &AppSession::dataChanged, this, [this](AppSession::Topic topic) {
        if (topic != AppSession::Topic::Evidence && topic != AppSession::Topic::Calendar
            && topic != AppSession::Topic::Settings && topic != AppSession::Topic::Sync && !isWalkthroughShown())
            refresh(); // showList() refreshes when the walkthrough closes
    });
    refresh();
    resumeLastInspection();
}

InspectionsPage::~InspectionsPage() = default;

bool InspectionsPage::isWalkthroughShown() const
{
    return m_ui->stack->currentWidget() == m_ui->walkPage;
}

QString InspectionsPage::selectedInspectionId() const
{
    const QTreeWidgetItem *item = m_ui->inspectionList->currentItem();
    return item ? item->data(0, IdRole).toString() : QString();
}

void InspectionsPage::resumeLastInspection()
{
    const QString id = m_session.settings().value(Settings::Key::LastInspectionId).toString();
    if (id.isEmpty())
        return;
    auto inspection = InspectionRepository(m_session.db()).get(id);
    if (!inspection || inspection.value().status != InspectionStatus::Draft)
        return;
    qCInfo(lcUi) << "resuming inspection" << inspection.value().number;
    (void)openInspection(id, m_session.settings().value(Settings::Key::LastInspectionItem).toString());
}

Status InspectionsPage::openInspection(const QString &inspectionId, const QString &itemKey)
{
    if (Status s = m_walkthrough->load(inspectionId, itemKey); !s) {
        MessageBox::warning(this, tr("Open inspection"), s.error().message);
        return s;
    }
    m_ui->stack->setCurrentWidget(m_ui->walkPage);
    m_session.settings().setValue(Settings::Key::LastInspectionId, inspectionId);
    m_session.settings().setValue(Settings::Key::LastInspectionItem, m_walkthrough->currentItemKey());
    m_walkthrough->focusItemList();
    return {};
}

void InspectionsPage::startNewInspection(const QString &siteId)
{
    auto *wizard = new NewInspectionWizard(m_session, siteId, this);
    wizard->setObjectName(QStringLiteral("newInspectionWizard"));
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        if (!wizard->createdInspectionId().isEmpty())
            (void)openInspection(wizard->createdInspectionId());
    });
    wizard->open();
}

void InspectionsPage::showList()
{
    m_ui->stack->setCurrentWidget(m_ui->listPage);
    refresh();
    m_ui->inspectionList->setFocus();
}

void InspectionsPage::refresh()
{
    const QString selected = selectedInspectionId();
    InspectionFilter filter;
    if (m_ui->filterCombo->currentIndex() == 1)
        filter.status = InspectionStatus::Draft;
    filter.limit = 500;
    InspectionRepository inspections(m_session.db());
    auto rows = inspections.list(filter);
    m_ui->inspectionList->clear();
    if (!rows) {
        qCWarning(lcUi) << "inspections page: listing failed:" << rows.error().message;
        return;
    }
    QHash<QString, QString> officerNames;
    if (auto officers = OfficerRepository(m_session.db()).list())
        for (const Officer &o : officers.value())
            officerNames.insert(o.id, o.name);
    const QLocale locale;
    for (const InspectionSummary &s : rows.value()) {
        QStringList names;
        if (auto i = inspections.get(s.id))
            for (const QString &id : i.value().inspectorIds)
                names << officerNames.value(id, id);
        auto *item = new QTreeWidgetItem(m_ui->inspectionList,
            {s.number, s.siteName, s.unitName, displayName(s.kind), displayName(s.trigger), displayName(s.status),
                locale.toString(s.startedAt.toLocalTime(), QLocale::ShortFormat), names.join(QStringLiteral("、"))});
        item->setData(0, IdRole, s.id);
        if (s.id == selected)
            m_ui->inspectionList->setCurrentItem(item);
    }
    if (!m_ui->inspectionList->currentItem() && m_ui->inspectionList->topLevelItemCount() > 0)
        m_ui->inspectionList->setCurrentItem(m_ui->inspectionList->topLevelItem(0));
    m_ui->openButton->setEnabled(m_ui->inspectionList->topLevelItemCount() > 0);
}

} // namespace psv::ui
