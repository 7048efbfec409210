#include "SitesPage.h"

#include "MessageBox.h"
#include "SiteDetailsPane.h"
#include "SiteDialog.h"
#include "SiteFilterModel.h"
#include "SiteRepository.h"
#include "SiteTableModel.h"
#include "UiLogging.h"
#include "UnitDialog.h"
#include "UnitRepository.h"

#include "ui_SitesPage.h"

#include <QHeaderView>
#include <QShortcut>

namespace psv::ui {

SitesPage::SitesPage(AppSession &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SitesPage>()), m_session(session),
      m_model(new SiteTableModel(session, this)), m_filter(new SiteFilterModel(this)),
      m_details(new SiteDetailsPane(session, this))
{
    m_ui->setupUi(this);
    m_ui->detailsLayout->addWidget(m_details);
    m_filter->setSourceModel(m_model);
    m_ui->siteTable->setModel(m_filter);
    m_ui->siteTable->sortByColumn(SiteTableModel::UnitName, Qt::AscendingOrder);
    m_ui->siteTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    setTabOrder(m_ui->siteTable, m_details);

    m_ui->categoryFilter->addItem(tr("All categories"), QString());
    for (const auto &entry : codeTable<PlaceCategory>())
        m_ui->categoryFilter->addItem(displayName(entry.value), toCode(entry.value));
    m_ui->filingFilter->addItem(tr("Any"), int(SiteFilterModel::Filing::Any));
    m_ui->filingFilter->addItem(tr("Filed"), int(SiteFilterModel::Filing::Filed));
    m_ui->filingFilter->addItem(tr("Not filed"), int(SiteFilterModel::Filing::NotFiled));
    m_ui->filingFilter->addItem(tr("Overdue filing"), int(SiteFilterModel::Filing::Overdue));

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &SitesPage::applyFilters);
    connect(m_ui->categoryFilter, &QComboBox::currentIndexChanged, this, &SitesPage::applyFilters);
    connect(m_ui->filingFilter, &QComboBox::currentIndexChanged, this, &SitesPage::applyFilters);
    connect(
        m_ui->siteTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SitesPage::updateSelection);
    connect(m_ui->siteTable, &QAbstractItemView::activated, this, &SitesPage::editSite);
    connect(m_ui->newSiteButton, &QPushButton::clicked, this, &SitesPage::newSite);
    connect(m_ui->emptyAddSiteButton, &QPushButton::clicked, this, &SitesPage::newSite);
    connect(m_ui->newUnitButton, &QPushButton::clicked, this, &SitesPage::newUnit);
    connect(m_ui->emptyAddUnitButton, &QPushButton::clicked, this, &SitesPage::newUnit);
    connect(m_ui->editSiteButton, &QPushButton::clicked, this, &SitesPage::editSite);
    connect(m_ui->editUnitButton, &QPushButton::clicked, this, &SitesPage::editUnit);
    connect(m_ui->newInspectionButton, &QPushButton::clicked, this, &SitesPage::requestInspection);
    connect(&m_session, &AppSession::dataChanged, this, &SitesPage::onDataChanged);

    // Window-wide, but a shortcut only counts while its widget is visible: these work whenever
    // this page is the one shown, wherever the focus is (navigation list included).
    const auto shortcut = [this](const QKeySequence &keys, void (SitesPage::*slot)()) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_N), &SitesPage::newSite);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &SitesPage::newUnit);
    shortcut(QKeySequence(Qt::Key_F2), &SitesPage::editSite);
    shortcut(QKeySequence(Qt::SHIFT | Qt::Key_F2), &SitesPage::editUnit);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_I), &SitesPage::requestInspection);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_ui->stack->setCurrentWidget(m_ui->listPage);
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });

    reload();
}

SitesPage::~SitesPage() = default;

void SitesPage::onDataChanged(AppSession::Topic topic)
{
    using T = AppSession::Topic;
    if (topic == T::Units || topic == T::Sites || topic == T::Inspections || topic == T::Orders || topic == T::Calendar)
        reload();
}

void SitesPage::reload()
{
    const QString selected = currentSiteId();
    if (Status s = m_model->reload(); !s)
        qCWarning(lcUi) << "sites list:" << s.error().text();
    if (!m_sized && m_model->rowCount() > 0) {
        m_ui->siteTable->resizeColumnsToContents();
        m_sized = true;
    }
    updateEmptyState();
    if (!selected.isEmpty())
        selectSite(selected);
    if (!m_ui->siteTable->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_ui->siteTable->setCurrentIndex(m_filter->index(0, 0));
    updateSelection();
}

void SitesPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    const bool hadFocus = m_ui->listPage->isAncestorOf(focusWidget());
    if (empty) {
        const int units = m_model->unitCount();
        m_ui->emptyTitle->setText(units == 0 ? tr("No units or video systems yet") : tr("No video systems yet"));
        m_ui->emptyExplanation->setText(units == 0
                ? tr("Add the unit that runs a public video system (with its unified social credit code), "
                     "then its video system.")
                : tr("%n unit(s) recorded. Add the video system a unit runs to inspect it.", nullptr, units));
        m_ui->emptyAddSiteButton->setEnabled(units > 0);
        m_ui->stack->setCurrentWidget(m_ui->emptyPage);
        if (hadFocus)
            (units > 0 ? m_ui->emptyAddSiteButton : m_ui->emptyAddUnitButton)->setFocus();
    } else {
        const bool wasEmpty = m_ui->stack->currentWidget() == m_ui->emptyPage;
        m_ui->stack->setCurrentWidget(m_ui->listPage);
        if (wasEmpty && m_ui->emptyPage->isAncestorOf(focusWidget()))
            m_ui->siteTable->setFocus();
    }
}

bool SitesPage::showsEmptyState() const
{
    return m_ui->stack->currentWidget() == m_ui->emptyPage;
}

void SitesPage::applyFilters()
{
    const QString selected = currentSiteId();
    m_filter->setSearch(m_ui->searchEdit->text());
    m_filter->setCategory(m_ui->categoryFilter->currentData().toString());
    m_filter->setFiling(SiteFilterModel::Filing(m_ui->filingFilter->currentData().toInt()));
    selectSite(selected);
    if (!m_ui->siteTable->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_ui->siteTable->setCurrentIndex(m_filter->index(0, 0));
    updateSelection();
}

QString SitesPage::currentSiteId() const
{
    const QModelIndex index = m_ui->siteTable->currentIndex();
    return index.isValid() ? index.data(SiteTableModel::SiteIdRole).toString() : QString();
}

void SitesPage::selectSite(const QString &siteId)
{
    const int sourceRow = m_model->rowOf(siteId);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_ui->siteTable->setCurrentIndex(index);
    m_ui->siteTable->scrollTo(index);
}

void SitesPage::updateSelection()
{
    const QModelIndex index = m_ui->siteTable->currentIndex();
    const auto *row = index.isValid() ? m_model->row(m_filter->mapToSource(index).row()) : nullptr;
    m_details->showRow(row);
    m_ui->editSiteButton->setEnabled(row);
    m_ui->editUnitButton->setEnabled(row);
    m_ui->newInspectionButton->setEnabled(row);
    m_ui->countLabel->setText(tr("%1 of %n video system(s)", nullptr, m_model->rowCount()).arg(m_filter->rowCount()));
}

void SitesPage::newUnit()
{
    UnitDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.saved())
        return;
    const Unit unit = *dialog.saved();
    if (MessageBox::question(this, tr("Add a video system"),
            tr("Add the video system that %1 runs now?").arg(unit.name), QMessageBox::Yes | QMessageBox::No,
            QMessageBox::Yes)
        != QMessageBox::Yes)
        return;
    SiteDialog siteDialog(m_session, unit.id, this);
    if (siteDialog.exec() == QDialog::Accepted && siteDialog.saved())
        selectSite(siteDialog.saved()->id);
}

void SitesPage::newSite()
{
    const QModelIndex index = m_ui->siteTable->currentIndex();
    const QString unitId = index.isValid() ? index.data(SiteTableModel::UnitIdRole).toString() : QString();
    SiteDialog dialog(m_session, unitId, this);
    if (dialog.exec() == QDialog::Accepted && dialog.saved()) {
        selectSite(dialog.saved()->id);
        m_ui->siteTable->setFocus();
    }
}

void SitesPage::editSite()
{
    const QString siteId = currentSiteId();
    if (siteId.isEmpty())
        return;
    auto site = SiteRepository(m_session.db()).get(siteId);
    if (!site) {
        MessageBox::warning(this, tr("Edit video system"), site.error().message);
        return;
    }
    SiteDialog dialog(m_session, site.value(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.saved())
        selectSite(dialog.saved()->id);
}

void SitesPage::editUnit()
{
    const QModelIndex index = m_ui->siteTable->currentIndex();
    if (!index.isValid())
        return;
    const QString siteId = currentSiteId();
    auto unit = UnitRepository(m_session.db()).get(index.data(SiteTableModel::UnitIdRole).toString());
    if (!unit) {
        MessageBox::warning(this, tr("Edit unit"), unit.error().message);
        return;
    }
    UnitDialog dialog(m_session, unit.value(), this);
    if (dialog.exec() == QDialog::Accepted)
        selectSite(siteId);
}

void SitesPage::requestInspection()
{
    const QString siteId = currentSiteId();
    if (!siteId.isEmpty())
        Q_EMIT newInspectionRequested(siteId);
}

} // namespace psv::ui
