#include "AboutDialog.h"

#include "AppInfo.h"

#include "ui_AboutDialog.h"

namespace psv::ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setText(tr("PSV Inspector %1").arg(AppInfo::version()));
    const QString rows = QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>");
    QString table = QStringLiteral("<table cellspacing='6'><tr><th align='left'>%1</th><th align='left'>%2</th>"
                                   "<th align='left'>%3</th></tr>")
                        .arg(tr("Component"), tr("Version"), tr("Licence"));
    table += rows.arg(QStringLiteral("Qt"), AppInfo::qtVersion(), tr("LGPL-3.0-only (or GPL-2.0/3.0)"));
    table += rows.arg(QStringLiteral("KDE Frameworks KArchive"), AppInfo::kArchiveVersion(), tr("LGPL-2.0-or-later"));
    table += rows.arg(QStringLiteral("OpenSSL"), AppInfo::openSslVersion(), tr("Apache-2.0"));
    table += rows.arg(QStringLiteral("libqrencode"), AppInfo::qrencodeVersion(), tr("LGPL-2.1-or-later"));
    table += QStringLiteral("</table>");
    m_ui->componentsLabel->setText(table);
}

AboutDialog::~AboutDialog() = default;

} // namespace psv::ui
