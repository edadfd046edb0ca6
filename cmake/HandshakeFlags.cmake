# Compiler and linker flags in named groups; every build variant is one of
# these lists, never a copy of another.

# Our own code (not Hunspell's) is held to these warnings.
set(HANDSHAKE_WARNINGS -Wall -Wextra -Wpedantic -Wshadow -Wno-unused-parameter)

set(HANDSHAKE_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all
    -fno-omit-frame-pointer)

# libFuzzer builds (clang only): every object, Hunspell's included, carries
# coverage feedback and the sanitizers; only the fuzz targets link libFuzzer's
# main (tests/fuzz/CMakeLists.txt adds -fsanitize=fuzzer to them).
set(HANDSHAKE_FUZZ_FLAGS ${HANDSHAKE_SANITIZER_FLAGS} -fsanitize=fuzzer-no-link)

# Every wasm link: one ES module factory that browsers, workers, extensions
# and (given wasmBinary) Node load; no eval or new Function, so an MV3
# extension's CSP accepts it. No file system: the core reads files lent in
# memory (src/lent_files.h), and Emscripten's was half the JS glue.
set(HANDSHAKE_EM_LINK_COMMON
    --bind
    -sMODULARIZE=1
    -sEXPORT_ES6=1
    -sEXPORT_NAME=createHandshakeCore
    -sENVIRONMENT=web,worker
    -sDYNAMIC_EXECUTION=0
    -sALLOW_MEMORY_GROWTH=1
    -sINITIAL_MEMORY=16MB
    -sTOTAL_STACK=1MB
    -sFILESYSTEM=0
    "SHELL:--js-library ${PROJECT_SOURCE_DIR}/wasm/no_file_system.js"
    -sINCOMING_MODULE_JS_API=wasmBinary,instantiateWasm,locateFile,print,printErr,onAbort)
set(HANDSHAKE_EM_LINK_RELEASE -O2 CACHE STRING "Optimization flags of the release wasm link")
# Binaryen inlines every function that has a single caller, whatever its size,
# so the setup code (Checker::create and all it calls once, the suggestion
# index build) became a few functions of 20-72 KB. V8 tiers a function up to
# TurboFan once it has run long enough, but the running call stays in Liftoff:
# at cold start those one-call giants cost ~1 s of TurboFan time on the worker
# threads (compiled for nothing), which on 2 cores starved the main thread,
# and their compilers' working memory stayed in the process. Not inlined, they
# stay small and the parts that run again are the ones tiered up (the loops'
# per-item functions, src/tier_up.h, each have one caller too). Measured at
# cold start: 60 bytes ~10 % less TurboFan time than 200; 500, 1000 or no
# limit ~25-50 % more; a warm check the same with any of them.
set(HANDSHAKE_EM_LINK_INLINING "-sBINARYEN_EXTRA_PASSES=--one-caller-inline-max-function-size=60")
# The debug module runs only under Node's tests. With assertions on, a module
# built for web,worker throws "environment detection error" in Node, and the
# node environment calls `require` and reads `__dirname`, which an ES module
# lacks in 3.1.6: wasm/node_prelude.mjs supplies them.
set(HANDSHAKE_EM_LINK_DEBUG -O1 -g -sASSERTIONS=2 -sSAFE_HEAP=1 -sSTACK_OVERFLOW_CHECK=2
    -sENVIRONMENT=web,worker,node "SHELL:--extern-pre-js ${PROJECT_SOURCE_DIR}/wasm/node_prelude.mjs")

# The GoogleTest runner under Node: synchronous start, the host file system.
set(HANDSHAKE_EM_LINK_TEST -sNODERAWFS=1 -sWASM_ASYNC_COMPILATION=0 -sENVIRONMENT=node
    -sALLOW_MEMORY_GROWTH=1 -sTOTAL_STACK=1MB -sEXIT_RUNTIME=1)

# The native-asan preset builds the GoogleTest suite and the fuzz targets in
# one clang tree: the core and Hunspell compile once with the sanitizers (and
# coverage for libFuzzer) instead of once per compiler, and the suite runs
# under clang's UBSan, which caught a pointer overflow gcc's let through.
if(HANDSHAKE_BUILD_FUZZERS AND NOT EMSCRIPTEN)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "HANDSHAKE_BUILD_FUZZERS needs clang (libFuzzer): use the native-asan preset")
  endif()
  add_compile_options(${HANDSHAKE_FUZZ_FLAGS})
  add_link_options(${HANDSHAKE_SANITIZER_FLAGS})
elseif(HANDSHAKE_SANITIZE AND NOT EMSCRIPTEN)
  add_compile_options(${HANDSHAKE_SANITIZER_FLAGS})
  add_link_options(${HANDSHAKE_SANITIZER_FLAGS})
endif()


# emcc's JS optimizer needs acorn, which Debian installs where Node does not
# look; every wasm link runs with it on NODE_PATH.
if(EMSCRIPTEN)
  set(CMAKE_CXX_LINKER_LAUNCHER ${CMAKE_COMMAND} -E env "NODE_PATH=/usr/share/nodejs")
endif()
