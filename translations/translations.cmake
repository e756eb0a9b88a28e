# User interface translations, included at the end of app/CMakeLists.txt so
# that every target holding strings exists. core's messages are shown by the
# app, so lupdate reads core, widgets and app; lrelease runs in the build and
# the .qm files are compiled into appcore under :/i18n (nothing to install or
# to find at run time).
#
# Qt 6.4 (Debian 12) has no TARGETS argument for qt_add_lupdate, so the
# sources of each target are listed here; a source added to any of these
# targets is picked up at the next configure.
#
#   cmake --build build --target update_translations   refreshes the .ts files
#
# English is the source language; wirediff_en.ts holds only its plural forms
# (lupdate -pluralonly), so "%n file(s)" reads "1 file", "2 files".

set(WIREDIFF_LANGUAGES de fr es ko uk)
set(WIREDIFF_TRANSLATIONS_DIR "${CMAKE_SOURCE_DIR}/translations")

set(wirediff_tr_sources "")
set(wirediff_tr_includes "")
foreach(tr_target IN ITEMS core widgets appcore wirediff)
    get_target_property(tr_target_sources ${tr_target} SOURCES)
    get_target_property(tr_target_dir ${tr_target} SOURCE_DIR)
    list(APPEND wirediff_tr_includes "${tr_target_dir}")
    foreach(tr_source IN LISTS tr_target_sources)
        if(NOT tr_source MATCHES "\\.(cpp|h)$")
            continue()
        endif()
        if(NOT IS_ABSOLUTE "${tr_source}")
            set(tr_source "${tr_target_dir}/${tr_source}")
        endif()
        # Generated files (moc, rcc) hold no strings of ours.
        if(tr_source MATCHES "^${CMAKE_SOURCE_DIR}/" AND NOT tr_source MATCHES "^${CMAKE_BINARY_DIR}/")
            list(APPEND wirediff_tr_sources "${tr_source}")
        endif()
    endforeach()
endforeach()
list(REMOVE_DUPLICATES wirediff_tr_sources)
list(REMOVE_DUPLICATES wirediff_tr_includes)

set(wirediff_ts_files "")
foreach(language IN LISTS WIREDIFF_LANGUAGES)
    list(APPEND wirediff_ts_files "${WIREDIFF_TRANSLATIONS_DIR}/wirediff_${language}.ts")
endforeach()
set(wirediff_en_ts "${WIREDIFF_TRANSLATIONS_DIR}/wirediff_en.ts")

# Locations are left out so that moving code around does not rewrite the
# .ts files; vanished strings are dropped rather than kept as obsolete.
set(WIREDIFF_LUPDATE_OPTIONS -no-obsolete -locations none)
qt_add_lupdate(appcore
    TS_FILES ${wirediff_ts_files}
    SOURCES ${wirediff_tr_sources}
    INCLUDE_DIRECTORIES ${wirediff_tr_includes}
    OPTIONS ${WIREDIFF_LUPDATE_OPTIONS})
qt_add_lupdate(appcore_plurals
    TS_FILES ${wirediff_en_ts}
    SOURCES ${wirediff_tr_sources}
    INCLUDE_DIRECTORIES ${wirediff_tr_includes}
    OPTIONS ${WIREDIFF_LUPDATE_OPTIONS} -pluralonly)
qt_add_lrelease(appcore
    TS_FILES ${wirediff_en_ts} ${wirediff_ts_files}
    QM_FILES_OUTPUT_VARIABLE wirediff_qm_files)
qt_add_resources(appcore "translations"
    PREFIX "/i18n"
    BASE "${CMAKE_CURRENT_BINARY_DIR}"
    FILES ${wirediff_qm_files})

# The completeness test (tests/tst_translations) runs the same lupdate over
# the same sources into a copy of the .ts files.
string(REPLACE ";" "\n" wirediff_tr_list "${wirediff_tr_sources}")
list(TRANSFORM wirediff_tr_includes PREPEND "-I" OUTPUT_VARIABLE wirediff_tr_include_options)
string(REPLACE ";" "\n" wirediff_tr_include_list "${wirediff_tr_include_options}")
file(GENERATE OUTPUT "${CMAKE_BINARY_DIR}/translations/sources.lst"
    CONTENT "${wirediff_tr_include_list}\n${wirediff_tr_list}\n")
list(JOIN WIREDIFF_LUPDATE_OPTIONS " " wirediff_lupdate_options_line)
set(WIREDIFF_LUPDATE_OPTIONS_LINE "${wirediff_lupdate_options_line}" PARENT_SCOPE)
