// Reads what the machine tells about itself for the kiosk.health report: the CPU
// temperature (thermal zone 0), the Raspberry Pi firmware's under-voltage and throttling
// flags (get_throttled), and the free space on the data folder's file system (statvfs).
// A reading the machine does not give stays empty; nothing is guessed.
//
// `sys_root` is /sys on a kiosk and a folder laid out like it in tests. Looked at:
//   <sys_root>/class/thermal/thermal_zone0/temp         millidegrees Celsius
//   <sys_root>/devices/platform/soc/soc:firmware/get_throttled   hex bits (Pi 4 and older);
//   else any <sys_root>/devices/platform/*/*firmware/get_throttled (Pi 5 names it by address)
// Does not read: the hwmon in0_lcrit_alarm newer kernels also offer, other thermal zones.
#pragma once

#include "core/device_health.hpp"

#include <string>

namespace kiosk::platform {

HardwareHealth read_hardware_health(const std::string& sys_root, const std::string& data_dir);

} // namespace kiosk::platform
