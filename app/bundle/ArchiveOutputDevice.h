#pragma once

#include <QIODevice>

namespace psv {

// What KTar writes into: passes every byte on to the real output (a QSaveFile) and counts them.
// Closing it leaves the output open — KArchive::close() closes its device, and a QSaveFile must be
// committed (or cancelled), never closed.
class ArchiveOutputDevice : public QIODevice
{
public:
    explicit ArchiveOutputDevice(QIODevice *output) : m_output(output) { }

    bool isSequential() const override { return true; }
    qint64 written() const { return m_written; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        const qint64 n = m_output->write(data, size);
        if (n > 0)
            m_written += n;
        if (n != size)
            setErrorString(m_output->errorString());
        return n;
    }

private:
    QIODevice *m_output;
    qint64 m_written = 0;
};

} // namespace psv
