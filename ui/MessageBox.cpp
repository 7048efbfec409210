#include "MessageBox.h"

namespace psv::ui {

namespace {
std::optional<QMessageBox::StandardButton> s_next;
QString s_lastText;
} // namespace

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_next = answer;
}
QString MessageBox::lastText()
{
    return s_lastText;
}

std::optional<QMessageBox::StandardButton> MessageBox::takeNextAnswer(const QString &text)
{
    s_lastText = text;
    const auto answer = s_next;
    s_next.reset();
    return answer;
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    if (const auto answer = takeNextAnswer(text))
        return *answer;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    if (takeNextAnswer(text))
        return;
    QMessageBox::warning(parent, title, text);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    if (takeNextAnswer(text))
        return;
    QMessageBox::information(parent, title, text);
}

} // namespace psv::ui
