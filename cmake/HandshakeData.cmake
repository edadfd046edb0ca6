# Assembles the data folder the core reads: the project's own data files and
# the fetched Hunspell dictionaries. Native builds carry en-US and en-GB; the
# wasm module compiles the project's data in and ships both dictionaries
# beside it (wasm/CMakeLists.txt), fetched on demand.
set(HANDSHAKE_DATA_DIR "${CMAKE_BINARY_DIR}/data")
set(HANDSHAKE_DICT_CACHE "${HANDSHAKE_CACHE}/dictionaries")

if(NOT EXISTS "${HANDSHAKE_DICT_CACHE}/en_US.dic" OR NOT EXISTS "${HANDSHAKE_DICT_CACHE}/en_GB.dic")
  execute_process(COMMAND "${PROJECT_SOURCE_DIR}/scripts/fetch-dictionaries.sh"
                  RESULT_VARIABLE _dict_result)
  if(NOT _dict_result EQUAL 0)
    message(FATAL_ERROR "Could not fetch the Hunspell dictionaries; run scripts/setup.sh")
  endif()
endif()

# The project's own data files (word and phrase lists, tables): read from
# this folder natively, compiled into the wasm module (wasm/CMakeLists.txt).
file(GLOB HANDSHAKE_PROJECT_DATA_FILES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/dictionaries/data/*")
set(HANDSHAKE_DATA_OUTPUTS "")
function(handshake_copy_data source destination)
  add_custom_command(OUTPUT "${destination}"
    COMMAND ${CMAKE_COMMAND} -E copy_if_different "${source}" "${destination}"
    DEPENDS "${source}" VERBATIM)
  set(HANDSHAKE_DATA_OUTPUTS ${HANDSHAKE_DATA_OUTPUTS} "${destination}" PARENT_SCOPE)
endfunction()

foreach(_file ${HANDSHAKE_PROJECT_DATA_FILES})
  get_filename_component(_name "${_file}" NAME)
  handshake_copy_data("${_file}" "${HANDSHAKE_DATA_DIR}/${_name}")
endforeach()
foreach(_ext aff dic)
  if(NOT (EMSCRIPTEN AND _ext STREQUAL "dic"))
    handshake_copy_data("${HANDSHAKE_DICT_CACHE}/en_US.${_ext}" "${HANDSHAKE_DATA_DIR}/hunspell/en_US.${_ext}")
  endif()
  if(NOT EMSCRIPTEN)
    handshake_copy_data("${HANDSHAKE_DICT_CACHE}/en_GB.${_ext}" "${HANDSHAKE_DATA_DIR}/hunspell/en_GB.${_ext}")
  endif()
endforeach()

# The en-US word list packed (scripts/pack-dictionary.mjs): the wasm module
# ships only this form, a quarter smaller to download gzipped; native builds
# carry both, so the tests can hold the packed form to the .dic.
find_program(HANDSHAKE_NODE NAMES node nodejs REQUIRED NO_CMAKE_FIND_ROOT_PATH)
set(_packed_dic "${HANDSHAKE_DATA_DIR}/hunspell/en_US.dic.packed")
add_custom_command(OUTPUT "${_packed_dic}"
  COMMAND "${HANDSHAKE_NODE}" "${PROJECT_SOURCE_DIR}/scripts/pack-dictionary.mjs"
          "${HANDSHAKE_DICT_CACHE}/en_US.dic" "${_packed_dic}"
  DEPENDS "${HANDSHAKE_DICT_CACHE}/en_US.dic" "${PROJECT_SOURCE_DIR}/scripts/pack-dictionary.mjs"
  VERBATIM)
list(APPEND HANDSHAKE_DATA_OUTPUTS "${_packed_dic}")
if(EMSCRIPTEN)
  # A .dic left by an earlier build would win over the packed one.
  file(REMOVE "${HANDSHAKE_DATA_DIR}/hunspell/en_US.dic")
endif()
add_custom_target(handshake_data ALL DEPENDS ${HANDSHAKE_DATA_OUTPUTS})
