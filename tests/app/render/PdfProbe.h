// Reads generated PDFs back with the poppler and zbar tools, as an officer's reader or a court
// would: text (pdftotext -layout, NFKC-normalised), page count (pdfinfo), page images
// (pdftoppm) and QR codes (zbarimg).
#pragma once

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

struct ToolRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline ToolRun runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    ToolRun r;
    if (!p.waitForStarted(10000)) {
        r.err = QByteArray("cannot start ") + program.toUtf8();
        return r;
    }
    p.waitForFinished(120000);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

namespace PdfProbe {

// Text of the whole document (page 0) or of one page (from 1), NFKC-normalised.
inline QString text(const QString &pdf, int page = 0, bool layout = true)
{
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << pdf << QStringLiteral("-");
    return QString::fromUtf8(runTool(QStringLiteral("pdftotext"), args).out).normalized(QString::NormalizationForm_KC);
}

// Whitespace runs collapsed to one space (for phrases that pdftotext may space differently).
inline QString squash(const QString &s)
{
    return QString(s).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}
// All whitespace removed (for phrases a layout may wrap).
inline QString solid(const QString &s)
{
    return QString(s).remove(QRegularExpression(QStringLiteral("\\s+")));
}

inline int pages(const QString &pdf)
{
    const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {pdf}).out);
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

inline QString info(const QString &pdf)
{
    return QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {pdf}).out);
}
inline QString fonts(const QString &pdf)
{
    return QString::fromUtf8(runTool(QStringLiteral("pdffonts"), {pdf}).out);
}

// One page as an image (page from 1), without anti-aliasing so that colours stay exact.
inline QImage pageImage(const QString &pdf, int page, int dpi)
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("page"));
    runTool(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
            QString::number(page), QStringLiteral("-l"), QString::number(page), QStringLiteral("-singlefile"),
            QStringLiteral("-aa"), QStringLiteral("no"), QStringLiteral("-aaVector"), QStringLiteral("no"), pdf, base});
    return QImage(base + QStringLiteral(".png")).convertToFormat(QImage::Format_RGB32);
}

// The QR codes zbarimg finds on one page.
inline QStringList qrCodes(const QString &pdf, int page, int dpi = 150)
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("qr"));
    runTool(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
            QString::number(page), QStringLiteral("-l"), QString::number(page), QStringLiteral("-singlefile"), pdf,
            base});
    const ToolRun z = runTool(
        QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"), base + QStringLiteral(".png")});
    QStringList codes = QString::fromUtf8(z.out).split(u'\n', Qt::SkipEmptyParts);
    return codes;
}

} // namespace PdfProbe
