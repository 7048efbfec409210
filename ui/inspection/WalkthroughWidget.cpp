#include "WalkthroughWidget.h"

#include "AppSession.h"
#include "EvidenceRepository.h"
#include "InspectionActions.h"
#include "InspectionRepository.h"
#include "ItemGuidanceHtml.h"
#include "ItemResultRepository.h"
#include "Settings.h"
#include "SiteRepository.h"
#include "UiLogging.h"
#include "UnitRepository.h"

#include "ui_WalkthroughWidget.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QIntValidator>
#include <QKeyEvent>
#include <QLineEdit>
#include <QShortcut>

namespace psv::ui {

namespace {
const char *const ObservationKey = "psvObservationKey";
const char *const ObservationType = "psvObservationType";

bool isNumeric(const QString &type)
{
    return type == QLatin1String("integer") || type == QLatin1String("days");
}

QColor statusColour(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Compliant:
        return QColor(0x1b, 0x7a, 0x2f);
    case ItemStatus::NonCompliant:
        return QColor(0xb0, 0x00, 0x20);
    case ItemStatus::NotApplicable:
        return QColor(0x55, 0x55, 0x88);
    case ItemStatus::NotChecked:
        break;
    }
    return QColor(0x70, 0x70, 0x70);
}
} // namespace

WalkthroughWidget::WalkthroughWidget(AppSession &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::WalkthroughWidget>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({320, 1000});
    m_ui->readOnlyLabel->hide();
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(300);
    connect(&m_saveTimer, &QTimer::timeout, this, &WalkthroughWidget::flush);

    connect(m_ui->itemList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_loading && row >= 0)
            showRow(row);
    });
    const std::pair<QRadioButton *, ItemStatus> radios[]
        = {{m_ui->compliantButton, ItemStatus::Compliant}, {m_ui->nonCompliantButton, ItemStatus::NonCompliant},
            {m_ui->notApplicableButton, ItemStatus::NotApplicable}, {m_ui->notCheckedButton, ItemStatus::NotChecked}};
    for (const auto &[button, status] : radios)
        connect(button, &QRadioButton::clicked, this, [this, s = status] { setStatus(s); });
    connect(m_ui->observationEdit, &QPlainTextEdit::textChanged, this, &WalkthroughWidget::markDirty);
    connect(m_ui->previousButton, &QPushButton::clicked, this, &WalkthroughWidget::previousItem);
    connect(m_ui->nextButton, &QPushButton::clicked, this, &WalkthroughWidget::nextItem);
    connect(m_ui->backButton, &QPushButton::clicked, this, [this] {
        flush();
        Q_EMIT closeRequested();
    });
    connect(m_ui->linkEvidenceButton, &QPushButton::clicked, this, [this] {
        flush();
        Q_EMIT linkEvidenceRequested(m_inspection.id, currentItemKey());
    });
    connect(m_ui->captureButton, &QPushButton::clicked, this, [this] {
        flush();
        Q_EMIT captureRequested(m_inspection.id, currentItemKey());
    });
    connect(m_ui->outcomeButton, &QPushButton::clicked, this, [this] {
        flush();
        Q_EMIT outcomeRequested(m_inspection.id);
    });
    connect(m_ui->completeButton, &QPushButton::clicked, this, [this] {
        flush();
        Q_EMIT completionRequested(m_inspection.id);
    });
    connect(&m_session, &AppSession::dataChanged, this, [this](AppSession::Topic topic) {
        if (topic != AppSession::Topic::Evidence && topic != AppSession::Topic::Inspections)
            return;
        // Completed and sealed by the completion dialog: show it read-only from now on.
        if (topic == AppSession::Topic::Inspections && !m_inspection.id.isEmpty()) {
            const bool editable = bool(InspectionRepository(m_session.db()).editable(m_inspection.id));
            if (editable == m_readOnly) {
                if (Status s = load(m_inspection.id, currentItemKey()); !s)
                    m_ui->errorLabel->setText(s.error().message);
                return;
            }
        }
        refreshEvidence();
    });
    m_ui->observationEdit->installEventFilter(this);
    m_ui->legalBrowser->installEventFilter(this);
    setupShortcuts();
}

WalkthroughWidget::~WalkthroughWidget()
{
    flush();
}

void WalkthroughWidget::setupShortcuts()
{
    const auto add = [this](const QKeySequence &keys, auto slot) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    const std::pair<Qt::Key, ItemStatus> keys[]
        = {{Qt::Key_1, ItemStatus::Compliant}, {Qt::Key_2, ItemStatus::NonCompliant},
            {Qt::Key_3, ItemStatus::NotApplicable}, {Qt::Key_0, ItemStatus::NotChecked}};
    for (const auto &[key, status] : keys) {
        // A plain digit belongs to a text field that has the focus (it takes the shortcut over).
        add(QKeySequence(key), [this, s = status] {
            if (!textFieldHasFocus())
                setStatus(s);
        });
        add(QKeySequence(Qt::ALT | key), [this, s = status] { setStatus(s); });
    }
    add(QKeySequence(Qt::Key_PageDown), [this] { nextItem(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { nextItem(); });
    add(QKeySequence(Qt::Key_PageUp), [this] { previousItem(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { previousItem(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_E), [this] { focusObservation(); });
}

bool WalkthroughWidget::textFieldHasFocus() const
{
    QWidget *w = focusWidget();
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return !line->isReadOnly();
    if (auto *text = qobject_cast<QPlainTextEdit *>(w))
        return !text->isReadOnly();
    return qobject_cast<QAbstractSpinBox *>(w) != nullptr;
}

bool WalkthroughWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        // Text fields take these keys over; the walkthrough's navigation wins.
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        const bool plain = mods == Qt::NoModifier;
        const bool ctrl = mods == Qt::ControlModifier;
        if ((plain && key->key() == Qt::Key_PageDown) || (ctrl && key->key() == Qt::Key_Down)) {
            nextItem();
            return true;
        }
        if ((plain && key->key() == Qt::Key_PageUp) || (ctrl && key->key() == Qt::Key_Up)) {
            previousItem();
            return true;
        }
    } else if (event->type() == QEvent::FocusOut && watched != m_ui->legalBrowser) {
        flush();
    }
    return QWidget::eventFilter(watched, event);
}

void WalkthroughWidget::hideEvent(QHideEvent *event)
{
    flush();
    QWidget::hideEvent(event);
}

QString WalkthroughWidget::itemKey(const ChecklistSelection::Entry &entry)
{
    if (entry.checklist->kind() == Checklist::Kind::National)
        return QString::number(entry.item->number);
    return entry.checklist->id() + u'/' + QString::number(entry.item->number);
}

QString WalkthroughWidget::statusSymbol(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Compliant:
        return QString(QChar(0x2713)); // ✓
    case ItemStatus::NonCompliant:
        return QString(QChar(0x2717)); // ✗
    case ItemStatus::NotApplicable:
        return QString(QChar(0x2013)); // –
    case ItemStatus::NotChecked:
        break;
    }
    return QString(QChar(0x25CB)); // ○
}

Status WalkthroughWidget::load(const QString &inspectionId, const QString &itemKey)
{
    flush();
    InspectionRepository inspections(m_session.db());
    auto inspection = inspections.get(inspectionId);
    if (!inspection)
        return inspection.error();
    auto site = SiteRepository(m_session.db()).get(inspection.value().siteId);
    if (!site)
        return site.error();
    const Inspection &i = inspection.value();
    auto selection
        = m_session.checklists().select(toCode(i.kind), toCode(site.value().category), site.value().jurisdiction);
    if (!selection)
        return selection.error();
    if (const auto national = selection.value().national();
        national->id() != i.checklistId || QString::number(national->version()) != i.checklistVersion) {
        // The inspection was started with another version: show the items it used.
        if (auto used = m_session.checklists().findVerified(i.checklistId, i.checklistVersion.toInt(), i.checklistHash))
            if (auto rebuilt = ChecklistSelection::build(used.value(), selection.value().localPacks(), toCode(i.kind),
                    toCode(site.value().category), site.value().jurisdiction))
                selection = rebuilt;
    }
    auto results = ItemResultRepository(m_session.db()).list(i.id);
    if (!results)
        return results.error();

    m_loading = true;
    m_inspection = i;
    m_selection = selection.value();
    m_entries = m_selection->entries();
    m_results.clear();
    for (const ItemResult &r : results.value())
        m_results.insert(r.itemKey, r);
    m_readOnly = !inspections.editable(i.id);
    m_row = -1;

    QString unitName;
    if (auto unit = UnitRepository(m_session.db()).get(site.value().unitId))
        unitName = unit.value().name;
    m_ui->headerLabel->setText(
        tr("Inspection %1 · %2 (%3) · %4").arg(i.number, site.value().name, unitName, displayName(i.kind)));
    m_ui->readOnlyLabel->setVisible(m_readOnly);
    for (QRadioButton *b :
        {m_ui->compliantButton, m_ui->nonCompliantButton, m_ui->notApplicableButton, m_ui->notCheckedButton})
        b->setEnabled(!m_readOnly);
    m_ui->observationEdit->setReadOnly(m_readOnly);
    m_ui->linkEvidenceButton->setEnabled(!m_readOnly);
    m_ui->captureButton->setEnabled(!m_readOnly);
    m_ui->completeButton->setEnabled(!m_readOnly);

    m_ui->itemList->clear();
    for (int row = 0; row < m_entries.size(); ++row) {
        m_ui->itemList->addItem(QString());
        updateListRow(row);
    }
    m_loading = false;

    int row = 0;
    for (int r = 0; r < m_entries.size(); ++r)
        if (WalkthroughWidget::itemKey(m_entries[r]) == itemKey)
            row = r;
    if (!m_entries.isEmpty())
        showRow(row);
    updateProgress();
    m_ui->itemList->setFocus();
    return {};
}

QString WalkthroughWidget::currentItemKey() const
{
    if (m_row < 0 || m_row >= m_entries.size())
        return {};
    return itemKey(m_entries[m_row]);
}

QStringList WalkthroughWidget::itemKeys() const
{
    QStringList keys;
    for (const auto &e : m_entries)
        keys << itemKey(e);
    return keys;
}

int WalkthroughWidget::checkedCount() const
{
    int n = 0;
    for (const auto &e : m_entries)
        if (m_results.value(itemKey(e)).status != ItemStatus::NotChecked)
            ++n;
    return n;
}

void WalkthroughWidget::nextItem()
{
    if (m_row + 1 < m_entries.size())
        showRow(m_row + 1);
}

void WalkthroughWidget::previousItem()
{
    if (m_row > 0)
        showRow(m_row - 1);
}

void WalkthroughWidget::goToItem(const QString &key)
{
    for (int r = 0; r < m_entries.size(); ++r)
        if (itemKey(m_entries[r]) == key)
            showRow(r);
}

void WalkthroughWidget::focusObservation()
{
    m_ui->observationEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->observationEdit->moveCursor(QTextCursor::End);
}

void WalkthroughWidget::focusItemList()
{
    m_ui->itemList->setFocus(Qt::OtherFocusReason);
}

void WalkthroughWidget::showRow(int row)
{
    if (row == m_row || row < 0 || row >= m_entries.size())
        return;
    flush();
    QWidget *focus = focusWidget();
    const bool focusInFields = focus && m_ui->observationsBox->isAncestorOf(focus);
    m_row = row;
    m_loading = true;
    m_ui->itemList->setCurrentRow(row);
    m_loading = false;
    showItem();
    if (focusInFields)
        (m_fields.isEmpty() || !m_fields.first() ? static_cast<QWidget *>(m_ui->itemList) : m_fields.first().data())
            ->setFocus(Qt::OtherFocusReason);
    m_session.settings().setValue(Settings::Key::LastInspectionId, m_inspection.id);
    m_session.settings().setValue(Settings::Key::LastInspectionItem, currentItemKey());
    Q_EMIT currentItemChanged(m_inspection.id, currentItemKey());
}

void WalkthroughWidget::showItem()
{
    m_loading = true;
    const ChecklistSelection::Entry &entry = m_entries[m_row];
    const ItemResult result = m_results.value(itemKey(entry));
    m_ui->itemTitleLabel->setText(tr("Item %1: %2").arg(itemKey(entry), entry.item->text.text()));
    showStatus(result.status);
    m_ui->legalBrowser->setHtml(ItemGuidanceHtml::render(entry));
    m_ui->observationEdit->setPlainText(result.observation);
    buildObservationFields();
    refreshEvidence();
    m_ui->errorLabel->clear();
    m_loading = false;
    m_dirty = false;
}

void WalkthroughWidget::showStatus(ItemStatus status)
{
    QRadioButton *button = m_ui->notCheckedButton;
    if (status == ItemStatus::Compliant)
        button = m_ui->compliantButton;
    else if (status == ItemStatus::NonCompliant)
        button = m_ui->nonCompliantButton;
    else if (status == ItemStatus::NotApplicable)
        button = m_ui->notApplicableButton;
    button->setChecked(true);
}

void WalkthroughWidget::buildObservationFields()
{
    QFormLayout *form = m_ui->observationsForm;
    while (form->rowCount() > 0)
        form->removeRow(0);
    m_fields.clear();
    const ChecklistSelection::Entry &entry = m_entries[m_row];
    const QJsonObject values = m_results.value(itemKey(entry)).observations;
    for (const ChecklistItem::Observation &o : entry.item->observations) {
        QWidget *field = nullptr;
        const QJsonValue value = values.value(o.key);
        if (o.type == QLatin1String("boolean")) {
            auto *combo = new QComboBox(m_ui->observationsBox);
            combo->addItems({tr("(not recorded)"), tr("Yes"), tr("No")});
            combo->setCurrentIndex(value.isBool() ? (value.toBool() ? 1 : 2) : 0);
            combo->setEnabled(!m_readOnly);
            connect(combo, &QComboBox::currentIndexChanged, this, &WalkthroughWidget::markDirty);
            field = combo;
        } else {
            auto *line = new QLineEdit(m_ui->observationsBox);
            if (isNumeric(o.type))
                line->setValidator(new QIntValidator(0, 100000000, line));
            if (o.type == QLatin1String("date"))
                line->setPlaceholderText(tr("YYYY-MM-DD"));
            line->setText(value.isDouble() ? QString::number(value.toInteger()) : value.toString());
            line->setReadOnly(m_readOnly);
            connect(line, &QLineEdit::textEdited, this, &WalkthroughWidget::markDirty);
            line->installEventFilter(this);
            field = line;
        }
        field->setObjectName(QStringLiteral("observation_") + o.key);
        field->setProperty(ObservationKey, o.key);
        field->setProperty(ObservationType, o.type);
        QString label = o.label.text();
        if (!o.unit.isEmpty())
            label += QStringLiteral(" (%1)").arg(o.unit.text());
        else if (o.type == QLatin1String("days"))
            label += tr(" (days)");
        form->addRow(label + u':', field);
        m_fields << field;
    }
    m_ui->observationsBox->setVisible(!m_fields.isEmpty());
    updateTabOrder();
}

void WalkthroughWidget::updateTabOrder()
{
    QList<QWidget *> chain {m_ui->itemList, m_ui->compliantButton, m_ui->nonCompliantButton, m_ui->notApplicableButton,
        m_ui->notCheckedButton, m_ui->legalBrowser};
    for (const QPointer<QWidget> &f : std::as_const(m_fields))
        chain << f.data();
    chain << m_ui->observationEdit << m_ui->evidenceList << m_ui->linkEvidenceButton << m_ui->captureButton
          << m_ui->previousButton << m_ui->nextButton << m_ui->outcomeButton << m_ui->completeButton
          << m_ui->backButton;
    for (qsizetype i = 0; i + 1 < chain.size(); ++i)
        QWidget::setTabOrder(chain[i], chain[i + 1]);
}

QJsonObject WalkthroughWidget::observationValues() const
{
    QJsonObject values;
    for (const QPointer<QWidget> &f : m_fields) {
        if (!f)
            continue;
        const QString key = f->property(ObservationKey).toString();
        const QString type = f->property(ObservationType).toString();
        if (auto *combo = qobject_cast<QComboBox *>(f.data())) {
            if (combo->currentIndex() > 0)
                values.insert(key, combo->currentIndex() == 1);
        } else if (auto *line = qobject_cast<QLineEdit *>(f.data())) {
            const QString text = line->text().trimmed();
            if (text.isEmpty())
                continue;
            bool ok = false;
            const int number = text.toInt(&ok);
            // A number as a number; anything else (a date, text, a half-typed value) as typed.
            values.insert(key, isNumeric(type) && ok ? QJsonValue(number) : QJsonValue(text));
        }
    }
    return values;
}

void WalkthroughWidget::markDirty()
{
    if (m_loading || m_readOnly)
        return;
    m_dirty = true;
    m_saveTimer.start();
}

void WalkthroughWidget::flush()
{
    if (m_dirty)
        save();
}

void WalkthroughWidget::setStatus(ItemStatus status)
{
    if (m_readOnly || m_row < 0)
        return;
    const QString key = currentItemKey();
    ItemResult &r = m_results[key];
    r.inspectionId = m_inspection.id;
    r.itemKey = key;
    r.status = status;
    showStatus(status);
    save(); // with the texts as they are shown
}

bool WalkthroughWidget::save()
{
    m_saveTimer.stop();
    if (m_readOnly || m_row < 0)
        return true;
    const QString key = currentItemKey();
    InspectionActions::ItemChange change;
    change.itemKey = key;
    change.status = m_results.value(key).status;
    change.observation = m_ui->observationEdit->toPlainText();
    change.observations = observationValues();
    // Links may have been added by the evidence dialog meanwhile: recordItem keeps what the store has.
    auto saved = InspectionActions(m_session.db(), m_session.checklists())
                     .recordItem(m_inspection.id, change, m_session.actor());
    if (!saved) {
        qCWarning(lcUi) << "walkthrough: saving item" << key << "failed:" << saved.error().message;
        m_ui->errorLabel->setText(tr("Not saved: %1").arg(saved.error().message));
        return false;
    }
    m_dirty = false;
    m_results.insert(key, saved.value());
    m_ui->errorLabel->clear();
    updateListRow(m_row);
    updateProgress();
    return true;
}

void WalkthroughWidget::refreshEvidence()
{
    m_ui->evidenceList->clear();
    if (m_row < 0 || m_inspection.id.isEmpty())
        return;
    const QString key = currentItemKey();
    auto found = ItemResultRepository(m_session.db()).find(m_inspection.id, key);
    if (!found || !found.value())
        return;
    m_results[key].evidence = found.value()->evidence;
    EvidenceRepository evidence(m_session.db());
    for (const EvidenceLink &link : found.value()->evidence) {
        auto e = evidence.get(link.evidenceId);
        QString text = e ? e.value().originalName : link.evidenceId;
        if (e && !e.value().deviceNumber.isEmpty())
            text += QStringLiteral(" · ") + e.value().deviceNumber;
        if (link.startMs && link.endMs)
            text += QStringLiteral(" · %1–%2 s").arg(*link.startMs / 1000).arg(*link.endMs / 1000);
        if (!link.note.isEmpty())
            text += QStringLiteral(" · ") + link.note;
        m_ui->evidenceList->addItem(text);
    }
}

void WalkthroughWidget::updateListRow(int row)
{
    QListWidgetItem *item = m_ui->itemList->item(row);
    if (!item)
        return;
    const ChecklistSelection::Entry &entry = m_entries[row];
    const ItemStatus status = m_results.value(itemKey(entry)).status;
    QString text = statusSymbol(status) + u' ' + itemKey(entry) + u' ';
    if (entry.applicability == ChecklistSelection::Applicability::Focus)
        text += QStringLiteral("★ "); // a focus item (重点检查)
    text += entry.item->text.text();
    item->setText(text);
    item->setForeground(statusColour(status));
    item->setToolTip(QStringLiteral("%1 — %2").arg(displayName(status), entry.item->text.text()));
    QFont font = item->font();
    font.setItalic(entry.applicability == ChecklistSelection::Applicability::NotMandatory);
    item->setFont(font);
}

void WalkthroughWidget::updateProgress()
{
    m_ui->progressLabel->setText(tr("%1/%2 checked").arg(checkedCount()).arg(m_entries.size()));
}

} // namespace psv::ui
