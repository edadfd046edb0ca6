# ctest -R hunspell_matches_upstream: every answer of the project's patched
# Hunspell (cmake/Hunspell.cmake) must equal Debian's unpatched libhunspell's,
# for en_US and en_GB and for each of Hunspell's own test dictionaries (case
# rules, compounds, IGNORE, ICONV, forbidden and warned words, complex
# prefixes, 8-bit encodings), on their words and variants of them
# (tests/core/tools/hunspell_answers.cpp).
#
#   cmake -DPATCHED=EXE -DUPSTREAM=EXE -DDICTIONARIES=DIR -DHUNSPELL_TESTS=DIR
#         -DOUT=DIR -P hunspell_matches_upstream.cmake
file(MAKE_DIRECTORY "${OUT}")
file(GLOB _test_affs "${HUNSPELL_TESTS}/*.aff")
set(_cases "${DICTIONARIES}/en_US" "${DICTIONARIES}/en_GB")
foreach(_aff IN LISTS _test_affs)
  string(REGEX REPLACE "\\.aff$" "" _base "${_aff}")
  if(EXISTS "${_base}.dic")
    list(APPEND _cases "${_base}")
  endif()
endforeach()

set(_dictionaries 0)
set(_lines 0)
set(_differing "")
foreach(_base IN LISTS _cases)
  get_filename_component(_name "${_base}" NAME)
  set(_lists "${_base}.dic")
  foreach(_ext good wrong)
    if(EXISTS "${_base}.${_ext}")
      list(APPEND _lists "${_base}.${_ext}")
    endif()
  endforeach()
  foreach(_side PATCHED UPSTREAM)
    execute_process(COMMAND "${${_side}}" "${_base}.aff" "${_base}.dic" ${_lists}
                    OUTPUT_FILE "${OUT}/${_name}.${_side}" ERROR_VARIABLE _count
                    RESULT_VARIABLE _result TIMEOUT 120)
    if(NOT _result EQUAL 0)
      message(FATAL_ERROR "${_side} Hunspell failed on ${_name}: ${_result}")
    endif()
  endforeach()
  execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${OUT}/${_name}.PATCHED" "${OUT}/${_name}.UPSTREAM"
                  RESULT_VARIABLE _same)
  if(_same EQUAL 0)
    file(REMOVE "${OUT}/${_name}.PATCHED" "${OUT}/${_name}.UPSTREAM")
  else()
    list(APPEND _differing "${_name}")
  endif()
  string(STRIP "${_count}" _count)  # the tool's count of words, on stderr
  math(EXPR _lines "${_lines} + ${_count}")
  math(EXPR _dictionaries "${_dictionaries} + 1")
endforeach()

if(_differing)
  message(FATAL_ERROR "the patched Hunspell answers differently from upstream for: ${_differing} "
                      "(compare ${OUT}/NAME.PATCHED and NAME.UPSTREAM)")
endif()
message(STATUS "identical answers on ${_lines} words over ${_dictionaries} dictionaries")
