// What the device reports, applied through the action path: a screen that went off wipes the
// visit, a clock that became trusted opens the groups and files the day's counts, and what
// staff see about the device is updated.
#pragma once

#include "action_context.hpp"

namespace kiosk::actions {

void apply_device_news(ActionContext& c, const services::DeviceControl::Changes& changes);

} // namespace kiosk::actions
