# Install rules: the two executables and the desktop entry (packaging/ holds the metadata).
include(GNUInstallDirs)
install(TARGETS psv-inspector psvctl RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${CMAKE_SOURCE_DIR}/packaging/psv-inspector.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
