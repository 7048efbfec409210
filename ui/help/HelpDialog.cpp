#include "HelpDialog.h"

#include "ui_HelpDialog.h"

#include <QStringList>

namespace psv::ui {

namespace {
QString table(const QString &title, const QList<std::pair<QString, QString>> &rows)
{
    QString html = QStringLiteral("<h3>%1</h3><table cellpadding=\"3\">").arg(title.toHtmlEscaped());
    for (const auto &[keys, what] : rows)
        html
            += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}
} // namespace

HelpDialog::HelpDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::HelpDialog>())
{
    m_ui->setupUi(this);
    m_ui->helpBrowser->setHtml(helpHtml());
}

HelpDialog::~HelpDialog() = default;

QString HelpDialog::helpHtml()
{
    QString html = table(tr("Main window"),
        {{tr("Ctrl+1 … Ctrl+6"), tr("Dashboard, Inspections, Sites & units, Re-inspections, Evidence, Sync")},
            {tr("F1"), tr("This help")}, {tr("Ctrl+L"), tr("Lock the screen (your secret unlocks it)")},
            {tr("Ctrl+Q"), tr("Quit (everything is already saved; you are signed out)")},
            {tr("Alt+F, Alt+H"), tr("File and Help menus")},
            {tr("Alt+T, O"),
                tr("Tools ▸ Officers: add a colleague (a second inspector), deactivate or reactivate one")}});
    html += table(tr("Sites & units"),
        {{tr("Ctrl+Shift+N"), tr("Add a unit (then its video system)")}, {tr("Ctrl+N"), tr("New video system")},
            {tr("Enter or F2"), tr("Edit the chosen video system")}, {tr("Shift+F2"), tr("Edit its unit")},
            {tr("Ctrl+I"), tr("New inspection of the chosen video system")},
            {tr("Ctrl+F"), tr("Search by name, USCC or address")}});
    html += table(tr("Inspections list"),
        {{tr("Up, Down"), tr("Choose an inspection")}, {tr("Enter"), tr("Open it in the walkthrough")},
            {tr("Ctrl+N or Alt+N"), tr("New inspection")}, {tr("Alt+W"), tr("Show drafts or all inspections")}});
    html += table(tr("New inspection"),
        {{tr("Type, Up, Down"), tr("Search for the video system and choose it")},
            {tr("Enter"), tr("Next page; on the last page: start the inspection")},
            {tr("Space"), tr("Tick or untick an inspecting officer (two or more)")},
            {tr("Alt+B"), tr("Back to the previous page")}, {tr("Esc"), tr("Cancel")}});
    html += table(tr("Walkthrough"),
        {{tr("1, 2, 3, 0"), tr("Compliant, non-compliant, not applicable, not checked (outside text fields)")},
            {tr("Alt+1, Alt+2, Alt+3, Alt+0"), tr("The same from anywhere, also while typing")},
            {tr("PgDown or Ctrl+Down, Alt+N"), tr("Next item")}, {tr("PgUp or Ctrl+Up, Alt+P"), tr("Previous item")},
            {tr("Up, Down in the item list"), tr("Go to any item")},
            {tr("Ctrl+E or Alt+O"), tr("Write the observation of the current item")},
            {tr("Alt+V"), tr("Link evidence to the current item")},
            {tr("Alt+A"), tr("Capture now: a photo or video from a connected camera, linked to the current item")},
            {tr("Alt+D"), tr("Findings and outcome")}, {tr("Alt+C"), tr("Complete and seal")},
            {tr("Alt+L"), tr("Back to the list of inspections")}});
    html += table(tr("Findings and outcome"),
        {{tr("Up, Down"), tr("Choose a proposed order")}, {tr("Alt+K"), tr("Kind of order, e.g. 责令限期改正")},
            {tr("Alt+P"), tr("Correction period: days, working days or a date")}, {tr("Alt+I"), tr("Issue the order")},
            {tr("Esc"), tr("Close")}});
    html += table(tr("Completion and sealing"),
        {{tr("Alt+A"), tr("Seal anyway although pieces are missing (Tab: write the reason)")},
            {tr("Alt+S"), tr("Seal (asks to confirm: Y)")}, {tr("Esc"), tr("Close without sealing")}});
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(tr("Tab order in the walkthrough").toHtmlEscaped(),
                    tr("Item list → result (arrow keys choose among the four) → legal text and guidance → the item's "
                       "structured observations → observation and notes → linked evidence → Link evidence → Capture "
                       "now → Previous → Next → Findings & outcome → Complete & seal → Back to the list.")
                        .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Everything you type is saved as you type; after closing the app or a crash it reopens the "
                        "draft at the same item.")
                        .toHtmlEscaped());
    return html;
}

} // namespace psv::ui
