#include "ItemGuidanceHtml.h"

#include "Checklist.h"
#include "ChecklistItem.h"
#include "Translator.h"

#include <utility>

namespace psv::ui {

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

QString ItemGuidanceHtml::render(const ChecklistSelection::Entry &entry)
{
    const Checklist &c = *entry.checklist;
    const ChecklistItem &item = *entry.item;
    const bool chinese = Translator::current().startsWith(QLatin1String("zh"));
    QString html = QStringLiteral("<p><b>%1</b> %2</p>").arg(escaped(c.cite(item.source)), escaped(item.text.text()));
    if (entry.applicability != ChecklistSelection::Applicability::Mandatory) {
        // The reason usually names its basis already.
        QString reason = entry.reason.text();
        const QString basis = c.citeAll(entry.basis);
        if (!basis.isEmpty() && !reason.contains(basis))
            reason += QStringLiteral(" (%1)").arg(basis);
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(escaped(entry.applicability == ChecklistSelection::Applicability::Focus
                            ? tr("Focus item: %1").arg(reason)
                            : tr("Not mandatory at this place: %1").arg(reason)));
    }
    if (!item.legalText.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("Legal text")));
        for (const ChecklistItem::Quote &q : item.legalText) {
            html += QStringLiteral("<p><b>%1</b> %2").arg(escaped(c.cite(q.ref)), escaped(q.text.zh));
            if (!chinese && !q.text.en.isEmpty())
                html += QStringLiteral("<br/><span style=\"color:#555\">%1</span>").arg(escaped(q.text.en));
            html += QStringLiteral("</p>");
        }
    }
    const std::pair<QString, const QList<LocalizedText> *> sections[]
        = {{tr("Look at"), &item.guidance.look}, {tr("Ask for"), &item.guidance.ask},
            {tr("Film with the body camera"), &item.guidance.film}, {tr("Notes"), &item.guidance.notes}};
    for (const auto &[title, texts] : sections) {
        if (texts->isEmpty())
            continue;
        html += QStringLiteral("<h4>%1</h4><ul>").arg(escaped(title));
        for (const LocalizedText &t : *texts)
            html += QStringLiteral("<li>%1</li>").arg(escaped(t.text()));
        html += QStringLiteral("</ul>");
    }
    if (!item.enforces.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("Enforces: %1").arg(c.citeAll(item.enforces))));
    return html;
}

} // namespace psv::ui
