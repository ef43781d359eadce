// Opening a screen is two steps: the model decides whether it may open (model.open), then
// the data its row in the screen table names (ScreenData) is loaded for it.
#pragma once

#include "action_context.hpp"

namespace kiosk::actions {

void load_screen_data(ActionContext& c, ScreenData data, const Place& place);
// The upload status and the bundle in use, for the staff page and the sync screen; read
// while staff look at them (it changes by itself).
void load_live_view(ActionContext& c);
// The staff page's notices and status, and the live view.
void load_staff_page(ActionContext& c);

} // namespace kiosk::actions
