#include "EmptyStatePage.h"

#include "ui_EmptyStatePage.h"

namespace psv::ui {

EmptyStatePage::EmptyStatePage(const QString &title, const QString &explanation, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::EmptyStatePage>())
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setText(title);
    m_ui->explanationLabel->setText(explanation);
}

EmptyStatePage::~EmptyStatePage() = default;

} // namespace psv::ui
