#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace psv {

struct TarHeader;

// Names of archive entries: the checks that keep a bundle from writing outside its place, and
// the names the format uses.
class EntryPath
{
    Q_DECLARE_TR_FUNCTIONS(EntryPath)

public:
    // Refuses (with the reason) a raw entry name that is empty, absolute ("/x", "C:x"), contains
    // "..", "." or empty components, a backslash, a NUL or other control byte, is not UTF-8,
    // or is longer than 255 bytes. The name is returned decoded when it is safe.
    static Result<QString> check(const QByteArray &raw);
    // An archive entry as a whole: a regular file (no hard or symbolic link, device, FIFO,
    // directory, long-name or pax extended header) with a safe name (check()).
    static Result<QString> checkEntry(const TarHeader &header);
    // The raw name for messages: control bytes and NUL shown as \xNN.
    static QString printable(const QByteArray &raw);

    // Record types: 1–32 of a–z 0–9 -, starting with a letter ("unit", "inspection", "item-result").
    static bool isValidRecordType(const QString &type);
    static bool isSha256Hex(const QString &s); // 64 lowercase hex digits

    static QString recordsPath(const QString &type); // records/<type>.jsonl.zst
    static QString blobPath(const QString &sha256); // blobs/sha256/<hex>
    // The record type of a records path, or an empty string when path is not one.
    static QString recordTypeOf(const QString &path);
    // The hash of a blob path, or an empty string when path is not one.
    static QString blobHashOf(const QString &path);
};

} // namespace psv
