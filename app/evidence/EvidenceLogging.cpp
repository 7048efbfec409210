#include "EvidenceLogging.h"
Q_LOGGING_CATEGORY(lcEvidence, "psv.evidence", QtWarningMsg)
