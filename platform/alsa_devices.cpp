// Finding the sound outputs staff may choose for read aloud: every sound card's playback
// devices, as ALSA's control interface lists them (what `aplay -l` shows).
#include "alsa_messages.hpp"
#include "audio_output.hpp"

#include <alsa/asoundlib.h>

namespace kiosk::platform {

namespace {

// The playback devices of one card, e.g. "plughw:CARD=vc4hdmi0,DEV=0".
void add_card_outputs(int card, std::vector<AudioDevice>& outputs) {
    snd_ctl_t* ctl = nullptr;
    const std::string hw = "hw:" + std::to_string(card);
    if (snd_ctl_open(&ctl, hw.c_str(), 0) < 0)
        return;
    snd_ctl_card_info_t* info = nullptr;
    snd_pcm_info_t* pcm = nullptr;
    if (snd_ctl_card_info_malloc(&info) == 0 && snd_pcm_info_malloc(&pcm) == 0 &&
        snd_ctl_card_info(ctl, info) == 0) {
        const std::string id = snd_ctl_card_info_get_id(info);
        // The Pi's HDMI ports take IEC958 frames only: ALSA's "hdmi" device converts to
        // them (plughw cannot). Every other card through plughw.
        const bool hdmi = std::string(snd_ctl_card_info_get_driver(info)) == "vc4-hdmi";
        const std::string card_name = snd_ctl_card_info_get_name(info);
        int device = -1;
        while (snd_ctl_pcm_next_device(ctl, &device) == 0 && device >= 0) {
            snd_pcm_info_set_device(pcm, static_cast<unsigned>(device));
            snd_pcm_info_set_subdevice(pcm, 0);
            snd_pcm_info_set_stream(pcm, SND_PCM_STREAM_PLAYBACK);
            if (snd_ctl_pcm_info(ctl, pcm) < 0)
                continue; // a capture-only device
            std::string label = card_name;
            const std::string pcm_name = snd_pcm_info_get_name(pcm);
            if (!pcm_name.empty() && pcm_name != card_name)
                label += ", " + pcm_name;
            outputs.push_back(
                {(hdmi ? "hdmi:CARD=" : "plughw:CARD=") + id + ",DEV=" + std::to_string(device),
                 std::move(label)});
        }
    }
    if (pcm)
        snd_pcm_info_free(pcm);
    if (info)
        snd_ctl_card_info_free(info);
    snd_ctl_close(ctl);
}

} // namespace

std::vector<AudioDevice> list_alsa_outputs() {
    std::vector<AudioDevice> outputs{{"", "default"}};
    start_catching_alsa_messages(); // a card without a control device is skipped quietly
    int card = -1;
    while (snd_card_next(&card) == 0 && card >= 0)
        add_card_outputs(card, outputs);
    return outputs;
}

} // namespace kiosk::platform
