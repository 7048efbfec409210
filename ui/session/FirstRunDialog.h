#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class FirstRunDialog;
}

namespace psv {
class AppSession;
}

namespace psv::ui {

// The first run on a device where no officer can sign in (none recorded, or only the sample
// officers, who have no secret): records the administrator (name, police number,
// police unit, a secret entered twice), signs them in, and — when asked — loads the clearly marked
// sample data set (DemoData). Refused input keeps the dialog open with the problem shown and
// changes nothing.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(AppSession &session, QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    QString errorText() const;
    bool sampleDataLoaded() const { return m_sampleLoaded; }

public Q_SLOTS:
    void accept() override;

private:
    void showError(const QString &text, QWidget *field);

    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    AppSession &m_session;
    bool m_sampleLoaded = false;
};

} // namespace psv::ui
