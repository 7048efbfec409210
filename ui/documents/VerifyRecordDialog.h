#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class VerifyRecordDialog;
}

namespace psv {
class AppSession;
}

namespace psv::ui {

// 核验纸质笔录: holds a paper 检查笔录 — its inspection number and seal hash, typed or pasted as the
// QR text "PSV1|NUMBER|SEALHASH" — against the stored sealed data with the same check as
// `psvctl inspection verify` (PaperRecordCheck), and says plainly whether they match. Every check
// that reaches a stored inspection is audited ("verify").
class VerifyRecordDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Outcome { None, Match, Mismatch, Error };
    Q_ENUM(Outcome)

    explicit VerifyRecordDialog(AppSession &session, QWidget *parent = nullptr);
    ~VerifyRecordDialog() override;

    void setInput(const QString &numberOrQr, const QString &sealHash = {});
    Outcome verify();
    Outcome outcome() const { return m_outcome; }
    QString resultText() const;

private:
    void setOutcome(Outcome outcome, const QString &text);

    std::unique_ptr<Ui::VerifyRecordDialog> m_ui;
    AppSession &m_session;
    Outcome m_outcome = Outcome::None;
};

} // namespace psv::ui
