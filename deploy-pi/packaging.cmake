# Install rules and CPack settings for the kiosk .deb. docs/deploy-pi.md lists the layout
# and tests/deploy/ checks that the built package matches it. Build the real package
# with deploy-pi/build-deb.sh, which configures with -DCMAKE_INSTALL_PREFIX=/usr and
# -DKIOSK_ASSETS_DIR=/usr/share/kiosk/assets.
include(GNUInstallDirs)

set(KIOSK_PACKAGE_RELEASE 1 CACHE STRING "Debian revision of the .deb; raise it to rebuild the same version")
set(KIOSK_INSTALLED_ASSETS "${CMAKE_INSTALL_FULL_DATADIR}/kiosk/assets")
if(NOT KIOSK_ASSETS_DIR STREQUAL KIOSK_INSTALLED_ASSETS)
  message(STATUS "Packaging: a .deb made from this build would look for assets in ${KIOSK_ASSETS_DIR}; "
                 "deploy-pi/build-deb.sh builds one that looks in ${KIOSK_INSTALLED_ASSETS}")
endif()

# cpack installs without building everything first (the tests need not be built for a package).
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(files ${CMAKE_CURRENT_LIST_DIR}/files)
install(DIRECTORY assets/i18n assets/content assets/groups DESTINATION ${CMAKE_INSTALL_DATADIR}/kiosk/assets)
install(FILES ${files}/kiosk.toml DESTINATION /etc/kiosk)
install(FILES ${files}/kiosk.pam DESTINATION /etc/pam.d RENAME kiosk)
install(FILES ${files}/kiosk.service ${files}/kiosk-retry.timer DESTINATION lib/systemd/system)
install(FILES ${files}/sysusers.conf DESTINATION lib/sysusers.d RENAME kiosk.conf)
install(FILES ${files}/tmpfiles.conf DESTINATION lib/tmpfiles.d RENAME kiosk.conf)
install(FILES ${files}/journald.conf DESTINATION lib/systemd/journald.conf.d RENAME 60-kiosk.conf)
install(FILES ${files}/sysctl.conf DESTINATION lib/sysctl.d RENAME 60-kiosk.conf)
install(FILES ${files}/backlight.rules DESTINATION lib/udev/rules.d RENAME 60-kiosk-backlight.rules)
set(blank_cursor ${CMAKE_CURRENT_BINARY_DIR}/blank-cursor)
execute_process(COMMAND sh ${files}/make-blank-cursor.sh ${blank_cursor} COMMAND_ERROR_IS_FATAL ANY)
install(FILES ${blank_cursor} DESTINATION ${CMAKE_INSTALL_DATADIR}/kiosk/cursors/default/cursors RENAME left_ptr)
install(FILES assets/config/kiosk.example.toml docs/configuration.md docs/deploy-pi.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(PROGRAMS ${CMAKE_CURRENT_LIST_DIR}/provision.sh DESTINATION ${CMAKE_INSTALL_SBINDIR} RENAME kiosk-provision)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME kiosk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Drop-in kiosk maintainers <kiosk@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "touchscreen kiosk for harm-reduction drop-in centres")
set(CPACK_PACKAGE_DESCRIPTION "Anonymous harm-reduction information and group sign-up on a \
touchscreen, full screen at boot under the cage kiosk compositor, with a systemd watchdog. \
Works offline and uploads queued data later.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${KIOSK_PACKAGE_RELEASE})
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Libraries the binary links come from dpkg-shlibdeps; what it runs or loads by name is listed
# here (libcurl4: loaded with dlopen by the uploader, kiosk/sync/curl_library.hpp).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "cage, xwayland, libgl1-mesa-dri, libglx-mesa0, fonts-noto-core, espeak-ng-data, tzdata, libcurl4, systemd, seatd, udev")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${CMAKE_CURRENT_LIST_DIR}/debian/postinst ${CMAKE_CURRENT_LIST_DIR}/debian/prerm
    ${CMAKE_CURRENT_LIST_DIR}/debian/postrm ${CMAKE_CURRENT_LIST_DIR}/debian/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
include(CPack)
