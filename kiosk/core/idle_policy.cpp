// Idle timing: Active until `until_prompt` without input, then Prompting for
// `prompt_length`, then Expired (the app wipes the visit).
#include "idle_policy.hpp"

namespace kiosk {

IdlePolicy::IdlePolicy(Seconds until_prompt, Seconds prompt_length)
    : until_prompt_(until_prompt), prompt_length_(prompt_length) {}

void IdlePolicy::on_input(SteadyTime now) {
    if (phase(now, false) == Phase::Active)
        last_input_ = now;
}

IdlePolicy::Phase IdlePolicy::phase(SteadyTime now, bool visit_is_neutral) const {
    if (visit_is_neutral)
        return Phase::Active;
    const auto idle = now - last_input_;
    if (idle < until_prompt_)
        return Phase::Active;
    if (idle < until_prompt_ + prompt_length_)
        return Phase::Prompting;
    return Phase::Expired;
}

int IdlePolicy::seconds_left(SteadyTime now) const {
    const auto end = last_input_ + until_prompt_ + prompt_length_;
    if (now >= end)
        return 0;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(end - now).count();
    return static_cast<int>((left + 999) / 1000);
}

std::optional<SteadyTime> IdlePolicy::next_deadline(SteadyTime now, bool visit_is_neutral) const {
    switch (phase(now, visit_is_neutral)) {
    case Phase::Active:
        if (visit_is_neutral)
            return std::nullopt;
        return last_input_ + until_prompt_;
    case Phase::Prompting: {
        // Wake once a second so the countdown on screen stays true.
        const auto end = last_input_ + until_prompt_ + prompt_length_;
        const auto tick = now + std::chrono::seconds(1) -
                          (now - last_input_ - until_prompt_) % std::chrono::seconds(1);
        return tick < end ? tick : end;
    }
    case Phase::Expired:
        return now;
    }
    return std::nullopt;
}

} // namespace kiosk
