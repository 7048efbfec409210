#include "VerifyRecordDialog.h"

#include "AppSession.h"
#include "PaperRecordCheck.h"
#include "UiLogging.h"

#include "ui_VerifyRecordDialog.h"

namespace psv::ui {

VerifyRecordDialog::VerifyRecordDialog(AppSession &session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::VerifyRecordDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, [this] { verify(); });
    // Editing the input makes an earlier verdict stale.
    for (QLineEdit *edit : {m_ui->numberEdit, m_ui->hashEdit})
        connect(edit, &QLineEdit::textEdited, this, [this] { setOutcome(Outcome::None, QString()); });
}

VerifyRecordDialog::~VerifyRecordDialog() = default;

void VerifyRecordDialog::setInput(const QString &numberOrQr, const QString &sealHash)
{
    m_ui->numberEdit->setText(numberOrQr);
    m_ui->hashEdit->setText(sealHash);
}

QString VerifyRecordDialog::resultText() const
{
    return m_ui->resultLabel->text();
}

void VerifyRecordDialog::setOutcome(Outcome outcome, const QString &text)
{
    m_outcome = outcome;
    m_ui->resultLabel->setText(text);
    const char *colour = outcome == Outcome::Match ? "#1b5e20" : outcome == Outcome::None ? "" : "#b71c1c";
    m_ui->resultLabel->setStyleSheet(outcome == Outcome::None
            ? QString()
            : QStringLiteral("font-weight: bold; color: %1;").arg(QLatin1String(colour)));
}

VerifyRecordDialog::Outcome VerifyRecordDialog::verify()
{
    auto input = PaperRecordCheck::parse(m_ui->numberEdit->text(), m_ui->hashEdit->text());
    if (!input) {
        setOutcome(Outcome::Error, input.error().message);
        return m_outcome;
    }
    if (input.value().sealHash.isEmpty()) {
        setOutcome(Outcome::Error,
            tr("Enter the seal hash printed on the record as well (64 hex digits), or paste the "
               "QR text that carries it."));
        return m_outcome;
    }
    auto check = PaperRecordCheck::check(m_session.db(), input.value());
    if (!check) {
        setOutcome(Outcome::Error, check.error().message);
        return m_outcome;
    }
    const SealService::Check &c = check.value();
    if (Status s = PaperRecordCheck::audit(m_session.db(), m_session.actor(), input.value(), c); !s)
        qCWarning(lcUi) << "verify not audited:" << s.error().text();
    if (c.intact())
        setOutcome(Outcome::Match,
            tr("MATCH: the paper record is inspection %1 (version %2) and matches the stored sealed data (seal %3).")
                .arg(c.number)
                .arg(c.version)
                .arg(c.storedHash));
    else
        setOutcome(Outcome::Mismatch, tr("DOES NOT MATCH: %1").arg(c.message));
    return m_outcome;
}

} // namespace psv::ui
