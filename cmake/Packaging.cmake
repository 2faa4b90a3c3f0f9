# Installation layout and the Debian package (CPack DEB); scripts/package.sh drives it.
#
#   /usr/bin/ballotdesk, /usr/bin/ballotdesk-cli             the two programs
#   /usr/share/applications/org.ballotdesk.BallotDesk.desktop the menu entry
#   /usr/share/metainfo/org.ballotdesk.BallotDesk.metainfo.xml software centres (AppStream)
#   /usr/share/icons/hicolor/scalable/apps/org.ballotdesk.BallotDesk.svg
#   /usr/share/man/man1/ballotdesk.1.gz, ballotdesk-cli.1.gz
#   /usr/share/doc/ballotdesk/                                copyright, changelog, manuals
#
# Boundaries, fonts and translations are compiled into the programs, so nothing else installs.
include(GNUInstallDirs)

set(BD_APP_ID org.ballotdesk.BallotDesk)
set(BD_PKG_STAGE ${CMAKE_BINARY_DIR}/package)
file(MAKE_DIRECTORY ${BD_PKG_STAGE})

install(TARGETS ballotdesk ballotdesk-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES resources/desktop/${BD_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES resources/desktop/${BD_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES resources/icons/${BD_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# Debian policy: man pages and changelogs are compressed with gzip -9n (no name, no time stamp),
# so the package is reproducible.
find_program(BD_GZIP gzip REQUIRED)
set(BD_GZIPPED)
foreach(source docs/man/ballotdesk.1 docs/man/ballotdesk-cli.1 resources/package/changelog)
    get_filename_component(name ${source} NAME)
    set(output ${BD_PKG_STAGE}/${name}.gz)
    add_custom_command(OUTPUT ${output}
        COMMAND ${BD_GZIP} -9n -c ${CMAKE_SOURCE_DIR}/${source} > ${output}
        DEPENDS ${CMAKE_SOURCE_DIR}/${source}
        COMMENT "Compressing ${name}" VERBATIM)
    list(APPEND BD_GZIPPED ${output})
endforeach()
add_custom_target(bd_package_files ALL DEPENDS ${BD_GZIPPED})
install(FILES ${BD_PKG_STAGE}/ballotdesk.1.gz ${BD_PKG_STAGE}/ballotdesk-cli.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# debian/copyright in the machine-readable format, with the full texts of the licences of what
# is compiled in (the boundary data's attribution must travel with the program).
function(bd_copyright_block file out)
    file(READ ${CMAKE_SOURCE_DIR}/${file} text)
    string(REGEX REPLACE "\n+$" "" text "${text}")
    string(REPLACE "\t" "    " text "${text}")
    string(REGEX REPLACE "\n[ ]*\n" "\n.\n" text "${text}")
    string(REGEX REPLACE "\n[ ]*\n" "\n.\n" text "${text}")
    string(REPLACE "\n" "\n " text " ${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()
bd_copyright_block(resources/geo/ATTRIBUTION.txt BD_GEO_ATTRIBUTION)
string(REGEX REPLACE "^ " "" BD_GEO_ATTRIBUTION "${BD_GEO_ATTRIBUTION}")
bd_copyright_block(resources/geo/LICENSE-geokz-CC-BY-4.0.md BD_CC_BY_TEXT)
# The fonts' licence file is itself a Debian copyright file: take its Bitstream Vera text.
file(READ resources/fonts/LICENSE-DejaVu.txt dejavu)
if(NOT dejavu MATCHES "\nLicense: bitstream-vera\n(( [^\n]*\n)+)")
    message(FATAL_ERROR "resources/fonts/LICENSE-DejaVu.txt: no bitstream-vera licence text")
endif()
string(REGEX REPLACE "\n$" "" BD_DEJAVU_TEXT "${CMAKE_MATCH_1}")
configure_file(resources/package/copyright.in ${BD_PKG_STAGE}/copyright @ONLY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
    resources/geo/ATTRIBUTION.txt resources/geo/LICENSE-geokz-CC-BY-4.0.md
    resources/fonts/LICENSE-DejaVu.txt)

set(BD_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/ballotdesk)
install(FILES ${BD_PKG_STAGE}/copyright ${BD_PKG_STAGE}/changelog.gz
        DESTINATION ${BD_DOCDIR})
install(FILES README.md DESTINATION ${BD_DOCDIR})
install(FILES docs/cli.md docs/csv.md docs/demo-election.md docs/protocol-rules.md
              docs/roles.md docs/schema.md
        DESTINATION ${BD_DOCDIR}/manual)
install(FILES resources/geo/ATTRIBUTION.txt resources/geo/LICENSE-geokz-CC-BY-4.0.md
        DESTINATION ${BD_DOCDIR}/boundaries)

# The package. Runtime Depends: dpkg-shlibdeps computes the libraries the programs link; the
# plugins Qt loads at run time (the SQLite driver, the platform plugins) are named by hand, as
# no linker sees them. The SVG icon plugin is in libqt6svg6, which shlibdeps names already.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ballotdesk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The BallotDesk developers")
set(CPACK_PACKAGE_CONTACT "The BallotDesk developers <maintainers@ballotdesk.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "election results desk for election commissions")
set(CPACK_PACKAGE_DESCRIPTION
"BallotDesk runs the results side of an election. Commission staff register
parties, candidates, territories and polling stations and enter each
station's results protocol twice, by two operators, with every arithmetic
rule checked as they type. Coordinators resolve differences and correct
accepted protocols with a recorded reason; analysts see turnout and results
on maps and charts and export PDF reports in Kazakh, Russian and English.
An election is one SQLite file, or a PostgreSQL database for many desks.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_OUTPUT_FILE_PREFIX ${CMAKE_BINARY_DIR})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://ballotdesk.org/")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# PostgreSQL is for commissions with many desks; Qt's own dialog strings in kk/ru.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-translations-l10n")
# Directories the package creates are 0755, files 0644 or 0755: what lintian expects.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)
