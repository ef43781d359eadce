// The kiosk's data folder: made on first start, and checked to be a writable folder.
#pragma once

#include <string>

namespace kiosk::store {

// Creates data_dir (with its parents) if missing. Throws StoreError naming the folder and the
// operating system's reason when it cannot be created, is not a folder, or is not writable.
void prepare_data_dir(const std::string& data_dir);

} // namespace kiosk::store
