#include "CliLogging.h"
Q_LOGGING_CATEGORY(lcCli, "psv.cli", QtWarningMsg)
