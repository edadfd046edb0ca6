# Assembles the data folder the core reads: the project's own data files and
# the fetched Hunspell dictionaries. Native builds carry en-US and en-GB; the
# wasm module embeds en-US and ships en-GB beside it, fetched on demand.
set(HANDSHAKE_DATA_DIR "${CMAKE_BINARY_DIR}/data")
set(HANDSHAKE_DICT_CACHE "${HANDSHAKE_CACHE}/dictionaries")

if(NOT EXISTS "${HANDSHAKE_DICT_CACHE}/en_US.dic" OR NOT EXISTS "${HANDSHAKE_DICT_CACHE}/en_GB.dic")
  execute_process(COMMAND "${PROJECT_SOURCE_DIR}/scripts/fetch-dictionaries.sh"
                  RESULT_VARIABLE _dict_result)
  if(NOT _dict_result EQUAL 0)
    message(FATAL_ERROR "Could not fetch the Hunspell dictionaries; run scripts/setup.sh")
  endif()
endif()

file(GLOB _project_data CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/dictionaries/data/*")
set(HANDSHAKE_DATA_OUTPUTS "")
function(handshake_copy_data source destination)
  add_custom_command(OUTPUT "${destination}"
    COMMAND ${CMAKE_COMMAND} -E copy_if_different "${source}" "${destination}"
    DEPENDS "${source}" VERBATIM)
  set(HANDSHAKE_DATA_OUTPUTS ${HANDSHAKE_DATA_OUTPUTS} "${destination}" PARENT_SCOPE)
endfunction()

foreach(_file ${_project_data})
  get_filename_component(_name "${_file}" NAME)
  handshake_copy_data("${_file}" "${HANDSHAKE_DATA_DIR}/${_name}")
endforeach()
foreach(_ext aff dic)
  handshake_copy_data("${HANDSHAKE_DICT_CACHE}/en_US.${_ext}" "${HANDSHAKE_DATA_DIR}/hunspell/en_US.${_ext}")
  if(NOT EMSCRIPTEN)
    handshake_copy_data("${HANDSHAKE_DICT_CACHE}/en_GB.${_ext}" "${HANDSHAKE_DATA_DIR}/hunspell/en_GB.${_ext}")
  endif()
endforeach()
add_custom_target(handshake_data ALL DEPENDS ${HANDSHAKE_DATA_OUTPUTS})
