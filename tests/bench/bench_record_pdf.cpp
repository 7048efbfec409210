// Time to PDF of a 13-item record with 20 evidence files (target < 300 ms).
// Prints the first run (font loading included) and the median of the following runs, with the
// median's ratio to the target.
#include "InspectionRecordData.h"
#include "PdfExporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QFile f(QStringLiteral(PSV_SOURCE_DIR "/tests/data/records/record-sealed.json"));
    if (!f.open(QIODevice::ReadOnly))
        return 3;
    const auto data = psv::InspectionRecordData::fromJson(f.readAll());
    if (!data || data->items.size() != 13 || data->evidence.size() != 20) {
        std::fprintf(stderr, "bench_record_pdf: the sample is not a 13-item record with 20 evidence files\n");
        return 3;
    }
    constexpr double kTargetMs = 300;
    const int runs = 15;
    std::vector<double> ms;
    int pages = 0;
    qsizetype bytes = 0;
    for (int i = 0; i <= runs; ++i) {
        QElapsedTimer t;
        t.start();
        const auto pdf = psv::PdfExporter::recordPdf(*data);
        const double elapsed = t.nsecsElapsed() / 1e6;
        if (!pdf) {
            std::fprintf(stderr, "bench_record_pdf: %s\n", qPrintable(pdf.error().text()));
            return 3;
        }
        pages = pdf->report.pages;
        bytes = pdf->bytes.size();
        ms.push_back(elapsed);
    }
    const double first = ms.front();
    std::vector<double> rest(ms.begin() + 1, ms.end());
    std::sort(rest.begin(), rest.end());
    const double median = rest[rest.size() / 2];
    std::printf(
        "record PDF (13 items, 20 evidence files, %d pages, %lld bytes)\n", pages, static_cast<long long>(bytes));
    std::printf("  first run (fonts loaded): %8.1f ms\n", first);
    std::printf("  median of %d runs:        %8.1f ms   target %.0f ms   ratio %.2f\n", runs, median, kTargetMs,
        median / kTargetMs);
    return 0;
}
