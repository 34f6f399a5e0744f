# Finds every dependency and, when one is missing, names the Debian 12 package
# that provides it. installer/install-deps.sh installs all of them.

function(cruscotto_missing what package)
    message(FATAL_ERROR
        "Cruscotto: ${what} was not found.\n"
        "Install the Debian package '${package}' (apt-get install ${package}),\n"
        "or run installer/install-deps.sh, which installs every build dependency.")
endfunction()

set(_qt_packages
    "Core:qt6-base-dev" "Gui:qt6-base-dev" "Widgets:qt6-base-dev" "Concurrent:qt6-base-dev"
    "Test:qt6-base-dev" "Charts:qt6-charts-dev" "Svg:qt6-svg-dev" "PrintSupport:qt6-base-dev"
    "LinguistTools:qt6-l10n-tools")
foreach(entry IN LISTS _qt_packages)
    string(REPLACE ":" ";" parts "${entry}")
    list(GET parts 0 component)
    list(GET parts 1 package)
    find_package(Qt6 6.4 QUIET COMPONENTS ${component})
    if(NOT Qt6${component}_FOUND)
        cruscotto_missing("Qt 6 ${component}" "${package}")
    endif()
endforeach()

find_package(SQLite3 QUIET)
if(NOT SQLite3_FOUND)
    cruscotto_missing("SQLite 3" "libsqlite3-dev")
endif()

find_package(Boost 1.81 QUIET CONFIG COMPONENTS json)
if(NOT Boost_FOUND)
    cruscotto_missing("Boost 1.81 with Boost.JSON" "libboost1.81-dev libboost-json1.81-dev")
endif()

find_package(OpenSSL 3 QUIET)
if(NOT OpenSSL_FOUND)
    cruscotto_missing("OpenSSL 3" "libssl-dev")
endif()

find_package(QuaZip-Qt6 1.4 QUIET)
if(NOT QuaZip-Qt6_FOUND)
    cruscotto_missing("QuaZip for Qt 6" "libquazip1-qt6-dev")
endif()

find_package(Eigen3 3.4 QUIET NO_MODULE)
if(NOT Eigen3_FOUND)
    cruscotto_missing("Eigen 3.4" "libeigen3-dev")
endif()

find_package(Qt6Keychain QUIET)
if(NOT Qt6Keychain_FOUND)
    cruscotto_missing("qtkeychain for Qt 6" "qtkeychain-qt6-dev")
endif()

# QR codes on tickets: libqrencode has no CMake package on Debian, only pkg-config.
find_package(PkgConfig QUIET)
if(NOT PkgConfig_FOUND)
    cruscotto_missing("pkg-config" "pkg-config")
endif()
pkg_check_modules(QRENCODE QUIET IMPORTED_TARGET libqrencode)
if(NOT QRENCODE_FOUND)
    cruscotto_missing("libqrencode" "libqrencode-dev")
endif()

find_package(Threads REQUIRED)
