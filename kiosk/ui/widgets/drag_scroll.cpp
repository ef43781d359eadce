// Drag-to-scroll with inertia for ImGui 1.86 (which has neither).
#include "drag_scroll.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace kiosk::ui {

namespace {
constexpr float kInertiaTimeConstant = 0.325f; // s; velocity falls to 37% in this time
constexpr float kStopSpeed = 20.0f;            // px/s at scale 1
constexpr double kVelocityWindow = 0.1;        // s of samples used for the fling speed

float release_velocity(const ScrollState& s) {
    if (s.samples.size() < 2)
        return 0;
    const auto& last = s.samples.back();
    auto first = s.samples.front();
    for (const auto& sample : s.samples)
        if (last.first - sample.first <= kVelocityWindow) {
            first = sample;
            break;
        }
    const double dt = last.first - first.first;
    return dt > 1e-4 ? static_cast<float>((last.second - first.second) / dt) : 0.0f;
}
} // namespace

float drag_slop(const Theme& theme) {
    return 10.0f * theme.scale;
}

void begin_drag_scroll(UiFrame& frame, const char* id, ImVec2 size) {
    // Padding on the right keeps content off the position bar.
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding,
                        ImVec2(frame.theme.pad, frame.theme.pad * 0.5f));
    ImGui::BeginChild(id, size, false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    ScrollState& s = frame.state.scrolls[window->ID];
    const ImGuiIO& io = ImGui::GetIO();
    const ImRect area = window->Rect();
    const float max_scroll = window->ScrollMax.y;
    const double time = ImGui::GetTime();

    // First frame of this area in this visit (a reset wipes UiState): start at the top.
    if (!s.seen) {
        s.seen = true;
        ImGui::SetScrollY(0.0f);
    }

    if (io.MouseClicked[0] && area.Contains(io.MousePos)) {
        s = ScrollState{};
        s.seen = true;
        s.tracking = true;
        s.press_y = io.MousePos.y;
        s.scroll_at_press = window->Scroll.y;
    }
    if (s.tracking && io.MouseDown[0]) {
        const float dy = io.MousePos.y - s.press_y;
        if (!s.dragging && std::fabs(dy) > drag_slop(frame.theme) && max_scroll > 0) {
            s.dragging = true;
            ImGui::ClearActiveID(); // the press is a scroll now, not a tap
            s.press_y = io.MousePos.y;
            s.scroll_at_press = window->Scroll.y;
        }
        if (s.dragging) {
            s.scroll_y =
                std::clamp(s.scroll_at_press - (io.MousePos.y - s.press_y), 0.0f, max_scroll);
            ImGui::SetScrollY(s.scroll_y);
            s.samples.emplace_back(time, io.MousePos.y);
            if (s.samples.size() > 32)
                s.samples.erase(s.samples.begin());
            frame.wants_animation = true;
        }
    } else if (s.tracking) {
        s.velocity = s.dragging ? -release_velocity(s) : 0.0f;
        s.tracking = s.dragging = false;
        s.samples.clear();
    }
    if (!s.tracking && s.velocity != 0.0f) {
        const float dt = std::max(io.DeltaTime, 1.0f / 120.0f);
        s.scroll_y = std::clamp(window->Scroll.y + s.velocity * dt, 0.0f, max_scroll);
        ImGui::SetScrollY(s.scroll_y);
        s.velocity *= std::exp(-dt / kInertiaTimeConstant);
        const bool at_end = s.scroll_y <= 0.0f || s.scroll_y >= max_scroll;
        if (std::fabs(s.velocity) < kStopSpeed * frame.theme.scale || at_end)
            s.velocity = 0.0f;
        else
            frame.wants_animation = true;
    }
}

void end_drag_scroll(UiFrame& frame) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const float max_scroll = window->ScrollMax.y;
    if (max_scroll > 0) {
        // Always-visible position bar, so people see the page goes on.
        const ImRect r = window->Rect();
        const float w = 6.0f * frame.theme.scale;
        const float track = r.GetHeight() - 8.0f * frame.theme.scale;
        const float bar = std::max(track * r.GetHeight() / (r.GetHeight() + max_scroll),
                                   frame.theme.touch * 0.6f);
        const float y =
            r.Min.y + 4.0f * frame.theme.scale + (track - bar) * (window->Scroll.y / max_scroll);
        window->DrawList->PushClipRectFullScreen();
        window->DrawList->AddRectFilled(ImVec2(r.Max.x - w - 2, y), ImVec2(r.Max.x - 2, y + bar),
                                        frame.theme.scroll_thumb, w * 0.5f);
        window->DrawList->PopClipRect();
    }
    ImGui::EndChild();
}

} // namespace kiosk::ui
