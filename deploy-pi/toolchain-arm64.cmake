# Cross-compiling for 64-bit Raspberry Pi OS (Bookworm, arm64) on Debian 12 with Debian's
# own cross toolchain (crossbuild-essential-arm64) and multiarch :arm64 -dev packages
# (deploy-pi/install-cross-deps.sh installs both). No downloaded toolchain or sysroot:
# the arm64 headers and libraries live in /usr/include and /usr/lib/aarch64-linux-gnu.
# Use: cmake -S . -B build-arm64 -DCMAKE_TOOLCHAIN_FILE=deploy-pi/toolchain-arm64.cmake
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)

set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)

# pkg-config reads the arm64 .pc files only.
set(ENV{PKG_CONFIG_LIBDIR} /usr/lib/aarch64-linux-gnu/pkgconfig:/usr/share/pkgconfig)
set(ENV{PKG_CONFIG_PATH} "")

# CMake finds arm64 libraries in /usr/lib/aarch64-linux-gnu through CMAKE_LIBRARY_ARCHITECTURE;
# the amd64 ones live in /usr/lib/x86_64-linux-gnu, which it then never searches.

# Test binaries run under qemu-aarch64 (Debian's qemu-user); see deploy-pi/qemu-check.sh.
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-aarch64)
set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE arm64)
