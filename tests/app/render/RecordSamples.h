// The sample view models under tests/data/records/, as the store will hand them to the renderers.
#pragma once

#include "CorrectionNoticeData.h"
#include "InspectionRecordData.h"

#include <QFile>

inline QByteArray sampleBytes(const QString &name)
{
    QFile f(QStringLiteral(PSV_SOURCE_DIR "/tests/data/records/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline psv::InspectionRecordData sampleRecord(const QString &name)
{
    return psv::InspectionRecordData::fromJson(sampleBytes(name)).value();
}

inline psv::CorrectionNoticeData sampleNotice(const QString &name)
{
    return psv::CorrectionNoticeData::fromJson(sampleBytes(name)).value();
}
