// The scrolling body under the top bar, shared by every screen.
#include "screens.hpp"

#include "ui/widgets/drag_scroll.hpp"

namespace kiosk::ui {

void begin_page(UiFrame& frame, const char* id, float reserve_bottom) {
    ImGui::SetCursorPosY(frame.theme.top_bar);
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    begin_drag_scroll(frame, id, ImVec2(avail.x, avail.y - reserve_bottom));
}

void end_page(UiFrame& frame) {
    ImGui::Dummy(ImVec2(1, frame.theme.pad)); // breathing room under the last item
    end_drag_scroll(frame);
}

} // namespace kiosk::ui
