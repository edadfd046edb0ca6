# Hunspell 1.7.1 from Debian's source package, compiled from the same source
# for the native and the wasm build so both spell and suggest identically.
set(HUNSPELL_VERSION_DIR "hunspell-1.7.1-1")
set(HUNSPELL_SOURCE_DIR "${HANDSHAKE_CACHE}/${HUNSPELL_VERSION_DIR}" CACHE PATH "Unpacked Hunspell source")

if(NOT EXISTS "${HUNSPELL_SOURCE_DIR}/src/hunspell/hunspell.cxx")
  message(STATUS "Hunspell source not found in ${HUNSPELL_SOURCE_DIR}: fetching it")
  execute_process(
    COMMAND "${PROJECT_SOURCE_DIR}/scripts/fetch-hunspell.sh"
    RESULT_VARIABLE _fetch_result)
  if(NOT _fetch_result EQUAL 0 OR NOT EXISTS "${HUNSPELL_SOURCE_DIR}/src/hunspell/hunspell.cxx")
    message(FATAL_ERROR "Could not fetch Hunspell's source; run scripts/setup.sh")
  endif()
endif()

# hunvisapi.h comes from hunvisapi.h.in; a static build exports nothing.
set(_hunspell_gen "${CMAKE_BINARY_DIR}/hunspell-include")
file(READ "${HUNSPELL_SOURCE_DIR}/src/hunspell/hunvisapi.h.in" _visapi)
string(REPLACE "@HUNSPELL_STATIC@" "#define HUNSPELL_STATIC" _visapi "${_visapi}")
string(REPLACE "@HAVE_VISIBILITY@" "0" _visapi "${_visapi}")
file(WRITE "${_hunspell_gen}/hunvisapi.h.tmp" "${_visapi}")
configure_file("${_hunspell_gen}/hunvisapi.h.tmp" "${_hunspell_gen}/hunvisapi.h" COPYONLY)

set(_hs "${HUNSPELL_SOURCE_DIR}/src/hunspell")
add_library(hunspell STATIC
  ${_hs}/affentry.cxx ${_hs}/affixmgr.cxx ${_hs}/csutil.cxx ${_hs}/filemgr.cxx
  ${_hs}/hashmgr.cxx ${_hs}/hunspell.cxx ${_hs}/hunzip.cxx ${_hs}/phonet.cxx
  ${_hs}/replist.cxx ${_hs}/suggestmgr.cxx)
# The generated header must win over any hunvisapi.h shipped in the source.
target_include_directories(hunspell BEFORE PUBLIC "${_hunspell_gen}")
target_include_directories(hunspell PUBLIC "${_hs}")
target_compile_definitions(hunspell PUBLIC HUNSPELL_STATIC)
target_compile_options(hunspell PRIVATE -w)
set_target_properties(hunspell PROPERTIES POSITION_INDEPENDENT_CODE ON)
