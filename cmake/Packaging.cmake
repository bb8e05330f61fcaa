# The Debian package of the desks: `tools/dev package` (cpack -G DEB).
#
# Why CPack rather than a debian/ directory: the install rules that the package ships are
# the ones `cmake --install` runs (one list of files, kept beside the targets), the
# version comes from project(), and CPACK_DEBIAN_PACKAGE_SHLIBDEPS asks dpkg-shlibdeps for
# the exact runtime libraries, as dpkg-buildpackage would. What a debian/ directory would
# add (a source package for a Debian archive) is not what a Cité's IT needs: one .deb to
# install with apt.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "passages")
set(CPACK_PACKAGE_VENDOR "Passages developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # passages_<version>_amd64.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PASSAGES_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE
    "https://www.cite-sciences.fr/fr/au-programme/lieux-ressources/cite-des-metiers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "reception desk of the Cités des métiers")
# CPack puts the summary first and indents the rest; an empty line becomes " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Passages records each walk-in of a Cité des métiers (the free, anonymous
career-guidance centres) as an anonymous tally: pôle, theme, age band and
commune, from the keyboard or a touch screen. No personal data is ever
recorded.

Each desk keeps a local SQLite database and syncs nightly to the Cité's
shared folder; coordinators get attendance charts, the direction the yearly
activity report (bilan), documentalists the management of the printed
collection. The package ships the desk GUI (passages), the command-line tool
(passages-cli) and a systemd user timer for the nightly sync.")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
# Libraries the programs link come from dpkg-shlibdeps; what Qt loads as plugins does not
# show there: the SQLite driver, the X11/Wayland platform plugins.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
