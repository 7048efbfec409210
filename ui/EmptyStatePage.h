#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class EmptyStatePage;
}

namespace psv::ui {

// A page that honestly says there is nothing here yet, and what would fill it.
class EmptyStatePage : public QWidget
{
    Q_OBJECT
public:
    EmptyStatePage(const QString &title, const QString &explanation, QWidget *parent = nullptr);
    ~EmptyStatePage() override;

private:
    std::unique_ptr<Ui::EmptyStatePage> m_ui;
};

} // namespace psv::ui
