#pragma once

#include <QMessageBox>

#include <optional>

namespace psv::ui {

// Every question or warning the UI asks goes through here, so that GUI tests can answer modal
// boxes in advance (setNextAnswer) instead of blocking — the KeePassXC seam.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    // Tests: the next box returns this answer without being shown; the text it would have shown is kept.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QString lastText();

private:
    static std::optional<QMessageBox::StandardButton> takeNextAnswer(const QString &text);
};

} // namespace psv::ui
