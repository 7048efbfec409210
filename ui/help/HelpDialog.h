#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class HelpDialog;
}

namespace psv::ui {

// F1: the keys of the main window and of the walkthrough, and the walkthrough's tab order.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HelpDialog(QWidget *parent = nullptr);
    ~HelpDialog() override;

    static QString helpHtml(); // in the UI language

private:
    std::unique_ptr<Ui::HelpDialog> m_ui;
};

} // namespace psv::ui
