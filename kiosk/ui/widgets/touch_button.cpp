// Drawing and behaviour of touch buttons. A label keeps its size: it wraps at spaces, and the
// button grows to hold it; an icon stays beside it unless the label's longest word needs the
// room (the icon is a help, never the only signal).
#include "touch_button.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace kiosk::ui {

namespace {

struct Colours {
    ImU32 fill, fill_pressed, text, border;
};

Colours colours_for(const Theme& t, ButtonKind kind) {
    switch (kind) {
    case ButtonKind::Primary:
        return {t.primary, t.primary_pressed, t.primary_text, t.primary_pressed};
    case ButtonKind::Danger:
        return {t.danger, t.danger_pressed, t.danger_text, t.danger_pressed};
    case ButtonKind::Exit:
        return {t.exit, t.exit_pressed, t.exit_text, t.exit_pressed};
    case ButtonKind::TopBar:
        return {t.top_bar_bg, t.top_bar_pressed, t.top_bar_text, t.top_bar_border};
    case ButtonKind::Selected:
        return {t.selected, t.pressed, t.text, t.selected_border};
    case ButtonKind::Normal:
    case ButtonKind::Tile:
    case ButtonKind::Key:
        break;
    }
    return {t.surface, t.pressed, t.text, t.border};
}

float inner_pad(const Theme& t, ButtonKind kind) {
    return t.pad * (kind == ButtonKind::Key ? 0.3f : 0.8f);
}

ImFont* label_font(const UiFrame& frame, ButtonKind kind) {
    return kind == ButtonKind::Key ? frame.fonts.body : frame.fonts.bold;
}

float tile_icon_size(const Theme& t) {
    return 40.0f * t.scale;
}

// Beside a label, an icon is as large whatever the button's height, so labels measured
// beside it (top_bar_layout.cpp) are placed the same when the button is drawn.
float icon_size(const Theme& t) {
    return std::min(t.touch * 0.5f, 30.0f * t.scale);
}

// Where a plain button's label goes: beside its icon when its longest word fits there.
struct LabelPlace {
    bool icon_beside = false;
    float text_w = 0; // width the label wraps to
};

LabelPlace place_label(const UiFrame& frame, const ButtonSpec& spec) {
    const Theme& t = frame.theme;
    const float text_w = spec.size.x - inner_pad(t, spec.kind) * 2;
    if (spec.icon == Icon::None || spec.label.empty())
        return {false, text_w};
    const float beside = text_w - icon_size(t) - t.pad * 0.6f;
    if (longest_word(label_font(frame, spec.kind), t.body_px, spec.label) <= beside)
        return {true, beside};
    return {false, text_w};
}

// Tiles: a large icon on the left; the title and a detail line on the right.
float tile_text_left(const Theme& t, const ButtonSpec& spec) {
    const float pad = inner_pad(t, spec.kind);
    return pad * 1.5f + tile_icon_size(t);
}

float tile_content_height(const UiFrame& frame, const ButtonSpec& spec) {
    const Theme& t = frame.theme;
    const float text_w = spec.size.x - tile_text_left(t, spec) - inner_pad(t, spec.kind);
    float h = wrapped_height(frame.fonts.bold, t.body_px, text_w, spec.label);
    if (!spec.detail.empty())
        h += t.pad * 0.3f + wrapped_height(frame.fonts.small, t.small_px, text_w, spec.detail);
    return h + inner_pad(t, spec.kind) * 1.2f;
}

TextFit draw_tile_text(const UiFrame& frame, const ButtonSpec& spec, ImDrawList* d, ImVec2 min,
                       ImVec2 max, ImU32 text_col) {
    const Theme& t = frame.theme;
    const float pad = inner_pad(t, spec.kind);
    const float icon = tile_icon_size(t);
    draw_icon(d, spec.icon, ImVec2(min.x + pad + icon * 0.5f, (min.y + max.y) * 0.5f), icon,
              t.primary);
    const float left = min.x + tile_text_left(t, spec);
    const float right = max.x - pad;
    const float title_h = wrapped_height(frame.fonts.bold, t.body_px, right - left, spec.label);
    const float detail_h = spec.detail.empty()
                               ? 0.0f
                               : t.pad * 0.3f + wrapped_height(frame.fonts.small, t.small_px,
                                                               right - left, spec.detail);
    // The title and detail together, centred in the tile's height.
    const float top = min.y + std::max(pad * 0.6f, (max.y - min.y - title_h - detail_h) * 0.5f);
    TextFit fit = draw_fitted_text(d, frame.fonts.bold, t.body_px, t.body_px, ImVec2(left, top),
                                   ImVec2(right, std::min(max.y, top + title_h)), text_col,
                                   spec.label, TextAlign::Start);
    if (!spec.detail.empty()) {
        const float detail_top = top + title_h + t.pad * 0.3f;
        const TextFit detail =
            draw_fitted_text(d, frame.fonts.small, t.small_px, t.small_px, ImVec2(left, detail_top),
                             ImVec2(right, std::min(max.y, detail_top + detail_h)), t.text_muted,
                             spec.detail, TextAlign::Start);
        fit.clipped = fit.clipped || detail.clipped;
    }
    return fit;
}

TextFit draw_button_text(const UiFrame& frame, const ButtonSpec& spec, ImDrawList* d, ImVec2 min,
                         ImVec2 max, ImU32 text_col) {
    const Theme& t = frame.theme;
    const float pad = inner_pad(t, spec.kind);
    if (spec.icon != Icon::None && spec.label.empty()) {
        const float size = std::min((max.y - min.y) * 0.5f, 34.0f * t.scale);
        draw_icon(d, spec.icon, ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f), size,
                  text_col);
        return {};
    }
    const LabelPlace place = place_label(frame, spec);
    ImVec2 text_min(min.x + pad, min.y + pad * 0.4f);
    const ImVec2 text_max(max.x - pad, max.y - pad * 0.4f);
    if (place.icon_beside) {
        const float size = icon_size(t);
        draw_icon(d, spec.icon, ImVec2(text_min.x + size * 0.5f, (min.y + max.y) * 0.5f), size,
                  text_col);
        text_min.x += size + t.pad * 0.6f;
    }
    return draw_fitted_text(d, label_font(frame, spec.kind), t.body_px, t.body_px, text_min,
                            text_max, text_col, spec.label);
}

} // namespace

float button_width_for_label(const UiFrame& frame, const std::string& label, Icon icon) {
    const Theme& t = frame.theme;
    const float icon_w = icon == Icon::None ? 0.0f : icon_size(t) + t.pad * 0.6f;
    return inner_pad(t, ButtonKind::Normal) * 2 + icon_w +
           measure_text(frame.fonts.bold, t.body_px, label).x + 2.0f;
}

float tile_width_for_words(const UiFrame& frame, const std::string& title,
                           const std::string& detail) {
    const Theme& t = frame.theme;
    const float pad = inner_pad(t, ButtonKind::Tile);
    return pad * 2.5f + tile_icon_size(t) +
           std::max(longest_word(frame.fonts.bold, t.body_px, title),
                    longest_word(frame.fonts.small, t.small_px, detail)) +
           1.0f;
}

float button_height(const UiFrame& frame, const ButtonSpec& spec) {
    const Theme& t = frame.theme;
    if (spec.kind == ButtonKind::Tile)
        return std::max(spec.size.y, tile_content_height(frame, spec));
    if (spec.label.empty())
        return spec.size.y;
    const LabelPlace place = place_label(frame, spec);
    const float text_h =
        wrapped_height(label_font(frame, spec.kind), t.body_px, place.text_w, spec.label);
    return std::max(spec.size.y, text_h + inner_pad(t, spec.kind) * 0.8f + 1.0f);
}

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
    const ImVec2 size(spec.size.x, button_height(frame, spec));
    const ImRect bb(pos, ImVec2(pos.x + size.x, pos.y + size.y));
    ImGui::ItemSize(size);
    // Said when the screen is read aloud (keys of the on-screen keyboard are not).
    if (spec.kind != ButtonKind::Key)
        // By its name where it has one ("Aa" is said as "Display").
        frame.note_button(spec.id,
                          (spec.name.empty() ? spec.label : spec.name) +
                              (spec.detail.empty() ? "" : ". " + spec.detail),
                          bb.Min, bb.Max);
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
                         ImVec2(bb.Max.x, bb.Max.y + 3 * t.scale), t.shadow, t.radius);
    d->AddRectFilled(min, max, held ? c.fill_pressed : c.fill, t.radius);
    d->AddRect(min, max, c.border, t.radius, 0,
               spec.kind == ButtonKind::Selected ? border * 2 : border);
    ImU32 text_col = c.text;
    if (held && spec.kind == ButtonKind::Normal)
        text_col = t.text;
    const TextFit fit = spec.kind == ButtonKind::Tile
                            ? draw_tile_text(frame, spec, d, min, max, text_col)
                            : draw_button_text(frame, spec, d, min, max, text_col);
    const std::size_t before = frame.taps.size();
    register_tap(frame, spec.id, spec.label.empty() ? spec.name : spec.label, bb.Min, bb.Max);
    if (frame.taps.size() > before) {
        frame.taps.back().text_px = fit.px;
        frame.taps.back().clipped = fit.clipped;
    }
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
