#include "RenderLogging.h"
Q_LOGGING_CATEGORY(lcRender, "psv.render", QtWarningMsg)
