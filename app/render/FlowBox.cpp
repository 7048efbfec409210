#include "FlowBox.h"

namespace psv {

std::unique_ptr<FlowBox> FlowBox::splitAt(qreal available)
{
    Q_UNUSED(available);
    return nullptr;
}

} // namespace psv
