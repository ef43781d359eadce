// Decides when an unattended visit is asked "Still there?" and when it is wiped.
// Time is passed in, never read, so tests use an injected clock and no sleeps.
#pragma once

#include <chrono>
#include <optional>

namespace kiosk {

using SteadyTime = std::chrono::steady_clock::time_point;
using Seconds = std::chrono::seconds;

class IdlePolicy {
  public:
    enum class Phase { Active, Prompting, Expired };

    IdlePolicy(Seconds until_prompt, Seconds prompt_length);

    // Any touch while the visit is active (not while the prompt is up).
    void on_input(SteadyTime now);
    // The visitor answered the prompt ("I'm still here") or a new visit began.
    void restart(SteadyTime now) { last_input_ = now; }

    // A neutral visit (home screen, nothing chosen) never prompts: there is nothing to wipe.
    Phase phase(SteadyTime now, bool visit_is_neutral) const;
    // Whole seconds left on the prompt's countdown, rounded up.
    int seconds_left(SteadyTime now) const;
    // When the loop must wake next to move the policy on (none for a neutral visit).
    std::optional<SteadyTime> next_deadline(SteadyTime now, bool visit_is_neutral) const;

    Seconds until_prompt() const { return until_prompt_; }
    Seconds prompt_length() const { return prompt_length_; }

  private:
    Seconds until_prompt_;
    Seconds prompt_length_;
    SteadyTime last_input_{};
};

} // namespace kiosk
