# Translations: English source strings, zh_CN shipped (and the default UI language).
# The .qm is compiled into psv_core's resources under :/i18n.
# `cmake --build build --target update_translations` refreshes translations/psv_zh_CN.ts.
get_property(psv_tr_targets GLOBAL PROPERTY PSV_TR_TARGETS)
set(PSV_TS_FILE ${CMAKE_SOURCE_DIR}/translations/psv_zh_CN.ts)

qt_add_translations(psv_core
  TS_FILES ${PSV_TS_FILE}
  SOURCE_TARGETS ${psv_tr_targets} psv-inspector psvctl
  LUPDATE_OPTIONS -no-obsolete -locations none
  RESOURCE_PREFIX /i18n)

# The build fails when a user-visible string has no zh_CN translation: lupdate runs over a copy
# of the .ts file and the copy must come out with nothing unfinished.
file(GLOB_RECURSE psv_tr_sources CONFIGURE_DEPENDS
  ${CMAKE_SOURCE_DIR}/app/*.cpp ${CMAKE_SOURCE_DIR}/app/*.h
  ${CMAKE_SOURCE_DIR}/ui/*.cpp ${CMAKE_SOURCE_DIR}/ui/*.h ${CMAKE_SOURCE_DIR}/forms/*.ui)
set(psv_tr_stamp ${CMAKE_BINARY_DIR}/tr-check/psv_zh_CN.checked)
add_custom_command(
  OUTPUT ${psv_tr_stamp}
  COMMAND ${CMAKE_COMMAND} -DLUPDATE=$<TARGET_FILE:Qt6::lupdate> -DTS=${PSV_TS_FILE}
          -DSRC=${CMAKE_SOURCE_DIR} -DWORK=${CMAKE_BINARY_DIR}/tr-check -DSTAMP=${psv_tr_stamp}
          -P ${CMAKE_SOURCE_DIR}/cmake/PsvCheckTranslations.cmake
  DEPENDS ${psv_tr_sources} ${PSV_TS_FILE} ${CMAKE_SOURCE_DIR}/cmake/PsvCheckTranslations.cmake
  COMMENT "Checking that every user-visible string has a zh_CN translation"
  VERBATIM)
add_custom_target(psv_check_translations ALL DEPENDS ${psv_tr_stamp})
