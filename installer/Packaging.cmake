# Installing and packaging Cruscotto: desktop integration (resources/), the hub's
# systemd unit, and CPack for a Debian 12 .deb (built and tested here), a Windows
# NSIS installer and a macOS disk image (complete, but they can only be built on
# those systems: this tree's CI is Debian).
#
#   cpack -G DEB        (in the build tree, after a build) -> cruscotto_<version>-1_<arch>.deb
#
# Included once, at the end of the top-level CMakeLists.txt, after every target exists.
include(GNUInstallDirs)

add_subdirectory("${PROJECT_SOURCE_DIR}/resources" "${PROJECT_BINARY_DIR}/resources")

set(CRUSCOTTO_PACKAGE_MAINTAINER "Cruscotto maintainers <maintainers@users.noreply.h-seed-7e04a525.example>"
    CACHE STRING "Maintainer named in the packages (Name <e-mail>)")

if(UNIX AND NOT APPLE)
    # The unit names /usr/bin/cruscotto-hub: it is the Debian package's unit.
    install(FILES "${PROJECT_SOURCE_DIR}/installer/cruscotto-hub.service" DESTINATION lib/systemd/system)
    install(FILES "${PROJECT_SOURCE_DIR}/installer/cruscotto-hub.conf.sample" "${PROJECT_SOURCE_DIR}/README.md"
            DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/cruscotto")
endif()

# Qt and the other libraries next to the executables where the system has no package manager.
if(WIN32 OR APPLE)
    qt_generate_deploy_app_script(TARGET cruscotto FILENAME_VARIABLE cruscotto_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${cruscotto_deploy_script}")
endif()
if(WIN32)
    # windeployqt brings Qt; this brings SQLite, OpenSSL, QuaZip, zlib and qtkeychain,
    # looked for beside Qt and in the bin/ of every prefix the build was pointed at.
    set(dll_dirs "$<TARGET_FILE_DIR:Qt6::Core>")
    foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
        list(APPEND dll_dirs "${prefix}/bin")
    endforeach()
    install(CODE "set(cruscotto_dll_dirs \"${dll_dirs}\")")
    install(CODE [[
        file(GET_RUNTIME_DEPENDENCIES
            EXECUTABLES $<TARGET_FILE:cruscotto> $<TARGET_FILE:cruscotto-cli> $<TARGET_FILE:cruscotto-hub>
            DIRECTORIES ${cruscotto_dll_dirs}
            RESOLVED_DEPENDENCIES_VAR resolved
            UNRESOLVED_DEPENDENCIES_VAR unresolved
            PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^Qt6"
            POST_EXCLUDE_REGEXES ".*[/\\\\][Ss]ystem32[/\\\\].*" ".*[/\\\\][Ww]indows[/\\\\].*")
        if(unresolved)
            message(FATAL_ERROR "Cruscotto: libraries not found for the installer: ${unresolved}")
        endif()
        file(INSTALL ${resolved} DESTINATION "${CMAKE_INSTALL_PREFIX}/bin")
    ]])
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
    include(InstallRequiredSystemLibraries)
endif()
if(APPLE)
    set_target_properties(cruscotto PROPERTIES
        OUTPUT_NAME Cruscotto
        MACOSX_BUNDLE_BUNDLE_NAME Cruscotto
        MACOSX_BUNDLE_GUI_IDENTIFIER it.cultura.Cruscotto
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_LONG_VERSION_STRING "Cruscotto ${PROJECT_VERSION}"
        MACOSX_BUNDLE_INFO_STRING "${PROJECT_DESCRIPTION}"
        MACOSX_BUNDLE_ICON_FILE Cruscotto.icns
        MACOSX_BUNDLE_COPYRIGHT "Cruscotto maintainers")
    target_sources(cruscotto PRIVATE "${CRUSCOTTO_ICON_ICNS}")
    set_source_files_properties("${CRUSCOTTO_ICON_ICNS}" TARGET_DIRECTORY cruscotto
                                PROPERTIES MACOSX_PACKAGE_LOCATION Resources GENERATED ON)
    add_dependencies(cruscotto cruscotto_icons)
    # bin/cruscotto-cli and bin/cruscotto-hub use the Qt frameworks macdeployqt puts in the bundle.
    set_target_properties(cruscotto-cli cruscotto-hub PROPERTIES
        INSTALL_RPATH "@executable_path/../Cruscotto.app/Contents/Frameworks")
endif()

# What every generator shares.
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_NAME cruscotto)
set(CPACK_PACKAGE_VENDOR "Cruscotto maintainers")
set(CPACK_PACKAGE_CONTACT "${CRUSCOTTO_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "decision support for Italian state cultural sites")
# Wrapped for the Debian control file (dpkg shows it as it is written).
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Cruscotto shows the directors of small state cultural sites (museums,\n"
    "archaeological areas, monuments, national libraries and state archives)\n"
    "their visitors, revenue, sales channels, occupancy and climate from a\n"
    "local cache that works offline; regional managers compare sites.\n"
    "\n"
    "The package holds the desktop application (cruscotto), its command-line\n"
    "twin (cruscotto-cli) and the central server (cruscotto-hub) with a\n"
    "systemd unit.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Cruscotto)
set(CPACK_PACKAGE_EXECUTABLES cruscotto Cruscotto)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR TXZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build/" "/\\.cache/")

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_NAME cruscotto)
    set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CRUSCOTTO_PACKAGE_MAINTAINER}")
    set(CPACK_DEBIAN_PACKAGE_SECTION misc)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    # dpkg-shlibdeps declares the libraries the executables link (Qt, SQLite, OpenSSL, ...).
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # What no ELF file names: Qt's platform plugins (xcb, wayland, offscreen) are loaded at
    # run time; adduser makes the hub's system user in postinst.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, adduser")
    # Qt's own Italian strings (dialog buttons; the app's own are built in), and native
    # Wayland windows (without it Qt runs through XWayland).
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
    # qtkeychain needs a Secret Service to keep the hub password; without one the app asks each time.
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | keepassxc")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
        "${PROJECT_SOURCE_DIR}/installer/debian/postinst"
        "${PROJECT_SOURCE_DIR}/installer/debian/prerm"
        "${PROJECT_SOURCE_DIR}/installer/debian/postrm")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
elseif(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_PACKAGE_NAME Cruscotto)
    set(CPACK_NSIS_DISPLAY_NAME "Cruscotto ${PROJECT_VERSION}")
    set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
    set(CPACK_NSIS_MUI_ICON "${CRUSCOTTO_ICON_ICO}")
    set(CPACK_NSIS_MUI_UNIICON "${CRUSCOTTO_ICON_ICO}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\cruscotto.exe")
    set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
    # Start menu and desktop shortcuts; the options page lets the user choose them for
    # all users or only for themselves, and whether cruscotto-cli goes on the PATH.
    set(CPACK_CREATE_DESKTOP_LINKS cruscotto)
    set(CPACK_NSIS_MODIFY_PATH ON)
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN cruscotto.exe)
    # Uninstall: an older version is removed first; the uninstaller is in the start
    # menu and in Apps & features.
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_UNINSTALL_NAME Uninstall)
    # Per-user settings (QSettings: HKCU\Software\Cruscotto) go only if the user says so;
    # the data folder (the cache, the ticket-office ledger) is never touched.
    set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
        "MessageBox MB_YESNO|MB_ICONQUESTION \"Also remove your Cruscotto settings? Your data folder is kept.\" /SD IDNO IDNO +2\n  DeleteRegKey HKCU \"Software\\Cruscotto\"")
    set(CPACK_NSIS_CONTACT "${CRUSCOTTO_PACKAGE_MAINTAINER}")
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "Cruscotto ${PROJECT_VERSION}")
    set(CPACK_DMG_FORMAT UDZO)
    # The disk image shows Cruscotto.app (and bin/ with the command-line tools) next to
    # the link to /Applications that DragNDrop adds.
    set(CPACK_PACKAGE_ICON "${CRUSCOTTO_ICON_ICNS}")
endif()

include(CPack)
