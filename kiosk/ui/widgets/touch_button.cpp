// Drawing and behaviour of touch buttons; text shrinks and wraps to fit, never overflows.
#include "touch_button.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace kiosk::ui {

namespace {

constexpr float kLineSpacing = 1.15f;

struct Colours {
    ImU32 fill, fill_pressed, text, border;
};

Colours colours_for(const Theme& t, ButtonKind kind) {
    switch (kind) {
    case ButtonKind::Primary:
        return {t.primary, t.primary_pressed, t.primary_text, t.primary_pressed};
    case ButtonKind::Danger:
        return {t.danger, t.danger_pressed, t.high_contrast ? t.primary_text : IM_COL32_WHITE,
                t.danger_pressed};
    case ButtonKind::Exit:
        return {t.exit, t.exit_pressed, t.exit_text, t.exit_pressed};
    case ButtonKind::TopBar:
        return {t.top_bar_bg, IM_COL32(70, 82, 104, 255), t.top_bar_text,
                IM_COL32(150, 160, 180, 255)};
    case ButtonKind::Selected:
        return {t.selected, t.pressed, t.text, t.selected_border};
    case ButtonKind::Normal:
    case ButtonKind::Tile:
    case ButtonKind::Key:
        break;
    }
    return {t.surface, t.pressed, t.text, t.border};
}

} // namespace

void draw_fitted_text(ImDrawList* d, ImFont* font, float size, float min_size, ImVec2 min,
                      ImVec2 max, ImU32 col, const std::string& text, TextAlign align) {
    const float w = max.x - min.x, h = max.y - min.y;
    // Shrink until every word fits on a line (never break inside a word if avoidable)
    // and all lines fit the height.
    auto longest_word = [&](float px) {
        float longest = 0;
        std::size_t start = 0;
        while (start <= text.size()) {
            std::size_t end = text.find(' ', start);
            if (end == std::string::npos)
                end = text.size();
            longest = std::max(
                longest,
                font->CalcTextSizeA(px, FLT_MAX, 0, text.c_str() + start, text.c_str() + end).x);
            start = end + 1;
        }
        return longest;
    };
    // Lines are drawn 1.15 apart, so measure them that way too.
    auto measure = [&](float px) {
        ImVec2 e = font->CalcTextSizeA(px, FLT_MAX, w, text.c_str());
        const float lines = std::round(e.y / px);
        e.y = px + (lines - 1.0f) * px * kLineSpacing;
        return e;
    };
    ImVec2 extent = measure(size);
    while ((extent.y > h || longest_word(size) > w) && size > min_size) {
        size = std::max(min_size, size - 1.0f);
        extent = measure(size);
    }
    d->PushClipRect(min, max, true); // never draw outside the box, whatever the text
    // Centre each wrapped line on its own.
    const char* start = text.c_str();
    const char* end = start + text.size();
    float y = min.y + std::max(0.0f, (h - extent.y) * 0.5f);
    while (start < end) {
        const char* line_end = font->CalcWordWrapPositionA(size / font->FontSize, start, end, w);
        if (line_end == start)
            line_end = start + 1;
        const ImVec2 line = font->CalcTextSizeA(size, FLT_MAX, 0, start, line_end);
        const float x = align == TextAlign::Centre ? min.x + (w - line.x) * 0.5f : min.x;
        d->AddText(font, size, ImVec2(x, y), col, start, line_end);
        y += size * kLineSpacing;
        start = line_end;
        while (start < end && (*start == ' ' || *start == '\n'))
            ++start;
    }
    d->PopClipRect();
}

namespace {

// Words come first: a label that would have to shrink or wrap beside its icon gets the
// whole button instead (the icon is a help, never the only signal).
bool label_fits_beside_icon(const UiFrame& frame, const ButtonSpec& spec, float text_w) {
    const Theme& t = frame.theme;
    const float icon_w = std::min(spec.size.y * 0.5f, 30.0f * t.scale) + t.pad * 0.6f;
    const float label_w =
        frame.fonts.bold->CalcTextSizeA(t.body_px * 0.9f, FLT_MAX, 0, spec.label.c_str()).x;
    return label_w <= text_w - icon_w || label_w > text_w;
}

} // namespace

void register_tap(UiFrame& frame, const std::string& id, const std::string& label, ImVec2 min,
                  ImVec2 max) {
    const ImRect clip = ImGui::GetCurrentWindow()->ClipRect;
    ImRect r(min, max);
    r.ClipWith(clip);
    if (r.GetWidth() < 1 || r.GetHeight() < 1)
        return; // scrolled out of view
    frame.taps.push_back({id, label, r.Min, r.Max});
}

bool touch_button(UiFrame& frame, const ButtonSpec& spec) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImGuiID gid = window->GetID(spec.id.c_str());
    const ImVec2 pos = window->DC.CursorPos;
    const ImRect bb(pos, ImVec2(pos.x + spec.size.x, pos.y + spec.size.y));
    ImGui::ItemSize(spec.size);
    if (!ImGui::ItemAdd(bb, gid))
        return false;
    bool hovered = false, held = false;
    const bool pressed = ImGui::ButtonBehavior(bb, gid, &hovered, &held);

    const Theme& t = frame.theme;
    const bool disabled = (GImGui->CurrentItemFlags & ImGuiItemFlags_Disabled) != 0;
    Colours c = colours_for(t, spec.kind);
    if (disabled) // greyed out, and the face is flat: not colour alone
        c = {t.background, t.background, t.text_muted, t.text_muted};
    ImDrawList* d = window->DrawList;
    const float border = std::max(1.5f, 2.0f * t.scale);
    // Pressed: darker fill and the face moves down a little, like a real key.
    const ImVec2 offset = held ? ImVec2(0, 2.0f * t.scale) : ImVec2(0, 0);
    const ImVec2 min(bb.Min.x + offset.x, bb.Min.y + offset.y);
    const ImVec2 max(bb.Max.x, bb.Max.y + offset.y);
    if (!held && !disabled && spec.kind != ButtonKind::TopBar)
        d->AddRectFilled(ImVec2(bb.Min.x, bb.Min.y + 3 * t.scale),
                         ImVec2(bb.Max.x, bb.Max.y + 3 * t.scale), IM_COL32(0, 0, 0, 40), t.radius);
    d->AddRectFilled(min, max, held ? c.fill_pressed : c.fill, t.radius);
    d->AddRect(min, max, c.border, t.radius, 0,
               spec.kind == ButtonKind::Selected ? border * 2 : border);

    const float pad = t.pad * (spec.kind == ButtonKind::Key ? 0.3f : 0.8f);
    ImVec2 text_min(min.x + pad, min.y + pad * 0.5f);
    const ImVec2 text_max(max.x - pad, max.y - pad * 0.5f);
    ImU32 text_col = c.text;
    if (held && spec.kind == ButtonKind::Normal)
        text_col = t.text;

    if (spec.kind == ButtonKind::Tile) {
        // Tile: large icon on the left; title and a detail line on the right.
        const float icon_size = std::min(spec.size.y * 0.45f, 44.0f * t.scale);
        draw_icon(d, spec.icon, ImVec2(min.x + pad + icon_size * 0.5f, (min.y + max.y) * 0.5f),
                  icon_size, t.primary);
        const float left = min.x + pad * 1.5f + icon_size;
        // Without a detail line the title may use the whole height (and wrap).
        const float title_h = spec.detail.empty()
                                  ? max.y - min.y - pad
                                  : std::max(t.body_px * 1.3f, (max.y - min.y) * 0.5f);
        const float top = min.y + pad * 0.5f;
        draw_fitted_text(d, frame.fonts.bold, t.body_px, t.small_px * 0.85f, ImVec2(left, top),
                         ImVec2(text_max.x, top + title_h), text_col, spec.label);
        if (!spec.detail.empty())
            draw_fitted_text(d, frame.fonts.small, t.small_px, t.small_px * 0.85f,
                             ImVec2(left, top + title_h), ImVec2(text_max.x, max.y - pad * 0.5f),
                             t.text_muted, spec.detail);
    } else {
        if (spec.icon != Icon::None && spec.label.empty()) {
            const float icon_size = std::min(spec.size.y * 0.5f, 34.0f * t.scale);
            draw_icon(d, spec.icon, ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f),
                      icon_size, text_col);
        } else if (spec.icon != Icon::None &&
                   label_fits_beside_icon(frame, spec, text_max.x - text_min.x)) {
            const float icon_size = std::min(spec.size.y * 0.5f, 30.0f * t.scale);
            draw_icon(d, spec.icon, ImVec2(text_min.x + icon_size * 0.5f, (min.y + max.y) * 0.5f),
                      icon_size, text_col);
            text_min.x += icon_size + pad * 0.6f;
        }
        ImFont* font = spec.kind == ButtonKind::Key ? frame.fonts.body : frame.fonts.bold;
        draw_fitted_text(d, font, t.body_px, t.small_px * 0.75f, text_min, text_max, text_col,
                         spec.label);
    }
    register_tap(frame, spec.id, spec.label.empty() ? spec.name : spec.label, bb.Min, bb.Max);
    return pressed;
}

float column_width(const UiFrame& frame, int columns) {
    const float avail = ImGui::GetContentRegionAvail().x;
    return std::floor((avail - frame.theme.pad * static_cast<float>(columns - 1)) /
                      static_cast<float>(columns));
}

int columns_that_fit(const UiFrame& frame, float min_width) {
    const float avail = ImGui::GetContentRegionAvail().x;
    return std::max(1, static_cast<int>((avail + frame.theme.pad) / (min_width + frame.theme.pad)));
}

} // namespace kiosk::ui
