// QR rendering: one filled rectangle per dark module.
#include "qr_code.hpp"

#include "ui/text/mirror.hpp"

#include <qrencode.h>

#include <imgui_internal.h>

#include <memory>

namespace kiosk::ui {

bool qr_code(const std::string& text, float size) {
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return false;
    const int modules = code->width + 8; // 4 modules of quiet zone on each side
    const float cell = std::floor(size / static_cast<float>(modules));
    const float side = cell * static_cast<float>(modules);
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImVec2 at = window->DC.CursorPos;
    ImDrawList* d = window->DrawList;
    const int first_vertex = d->VtxBuffer.Size;
    d->AddRectFilled(at, ImVec2(at.x + side, at.y + side), IM_COL32_WHITE);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1) {
                const ImVec2 p(at.x + (x + 4) * cell, at.y + (y + 4) * cell);
                d->AddRectFilled(p, ImVec2(p.x + cell, p.y + cell), IM_COL32_BLACK);
            }
    text::keep_unmirrored(d, first_vertex, at.x, at.x + side); // a code reads one way only
    ImGui::Dummy(ImVec2(side, side));
    return true;
}

} // namespace kiosk::ui
