// Read aloud, wired into the frame loop: after each frame it compares what the visitor asked
// for (listening on, Repeat, the volume) and what the screen now shows with what it said,
// and hands the speech worker new lines when needed: a new screen from the top, new texts
// on the same screen (a refused code, a full session) on their own. A touch silences it;
// the visit's end (quick exit, the idle reset, the screen going off) stops it. It never
// waits for the worker; the worker wakes the loop when the line being heard changes, so the
// highlight follows.
#pragma once

#include "core/kiosk_model.hpp"
#include "core/speech_config.hpp"
#include "speech/speech_service.hpp"
#include "ui/kiosk_ui.hpp"
#include "ui/speech_script.hpp"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::app {

class SpeechLink {
  public:
    // `config`: read aloud as set at start (the config file with staff changes over it);
    // later staff changes come through the model. `speech_to`: WAV files in this folder
    // instead of the sound device (--speech-to).
    SpeechLink(SpeechConfig config, std::optional<std::string> speech_to,
               std::function<void()> wake);
    // Starts espeak-ng and opens the output; "" when speech works, else the problem in
    // words (then nothing is ever said and staff see why).
    std::string start();
    // After every frame, with what it drew.
    void after_frame(const KioskModel& model, const ui::KioskUi& ui);
    // What staff changed or asked for: another output, a test sound; the outputs found
    // when the staff Read aloud screen opens.
    void staff_changes(const KioskModel& model);
    // On every wake of the loop: the visit ended or listening went off → silence.
    void check_visit(const KioskModel& model);
    // A touch began: stop talking (the touch may start new speech through its action).
    void touched();
    // True once after the worker moved to another line (redraw the highlight).
    bool take_changed() { return changed_.exchange(false); }
    // The line being heard, as a ui::ScriptLine id ("" for none).
    std::string spoken_line() const;
    // What went wrong with speech, "" when it works (for the staff page).
    std::string problem() const;
    // Read aloud for the staff status page: the output, a problem, the last figures.
    ui::SpeechStaffView staff_view() const;
    // Figures of the last request (docs/performance.md): time to first sound and the
    // synthesis real-time factor.
    speech::SpeechStatus status() const;

  private:
    void say(const KioskModel& model, std::vector<ui::ScriptLine> lines);

    const SpeechConfig config_;
    std::string device_; // the ALSA device in use (staff may choose another)
    std::vector<ui::SpeechOutputChoice> outputs_;
    bool on_output_screen_ = false;
    std::uint64_t test_cue_ = 0;
    std::optional<std::string> speech_to_;
    std::function<void()> wake_;
    std::atomic<bool> changed_{false};
    std::unique_ptr<speech::SpeechService> service_;
    std::string start_problem_;

    // What was last asked for and said.
    std::uint64_t visit_ = ~std::uint64_t{0};
    bool listening_ = false;
    std::uint64_t cue_ = 0, repeat_ = 0;
    int volume_ = -1;
    Place place_;
    std::string language_;
    std::vector<ui::ScriptLine> shown_;  // the screen's lines when last compared
    std::vector<ui::ScriptLine> spoken_; // the lines of the last request
    std::uint64_t request_ = 0;
    int last_heard_ = -1; // index in spoken_ of the line heard last
};

} // namespace kiosk::app
