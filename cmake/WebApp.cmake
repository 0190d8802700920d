# The browser app: Dear ImGui 1.86 (Debian's imgui source package, unpacked by
# scripts/setup.sh into third_party/imgui) + emscripten's GLFW + WebGL2.
# The build writes app.js, app.wasm and copies of web/ into ${STAGE_DIR}; cmake/dist.cmake
# turns them into ${DIST_DIR}: versioned names, precompressed .br/.gz, ready to serve.

set(IMGUI_DIR ${CMAKE_SOURCE_DIR}/third_party/imgui)
if(NOT EXISTS ${IMGUI_DIR}/imgui.cpp)
  message(FATAL_ERROR "Dear ImGui sources not found in ${IMGUI_DIR}: run scripts/setup.sh")
endif()
set(STAGE_DIR ${CMAKE_BINARY_DIR}/stage)
set(DIST_DIR ${CMAKE_BINARY_DIR}/dist)
set(PYTHON /usr/bin/python3)   # Debian's, which has fonttools

# --- Dear ImGui ---------------------------------------------------------------
add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp
  ${IMGUI_DIR}/backends/imgui_impl_glfw.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends)
target_compile_definitions(imgui PUBLIC
  IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_FILE_FUNCTIONS IMGUI_DISABLE_OBSOLETE_FUNCTIONS
  IMGUI_ENABLE_TEST_ENGINE)   # only the item hooks: they feed the automation snapshot

# --- Fonts: Inter from Debian's fonts-inter, subset to what the UI uses ------
# No layout tables (GPOS kerning, GSUB ligatures, GDEF): ImGui 1.86 applies neither, and they
# were a fifth of each font (about 2.5 KB brotli each). Desubroutinized CFF is larger raw but
# smaller under brotli (10.2 KB against 11.8 KB for Regular).
set(FONT_UNICODES "U+0020-007E,U+00A0-00FF,U+0152-0153,U+2013-2014,U+2018-201E,U+2022,U+2026,U+2030,U+2122,U+2190-2193,U+2197,U+21BB,U+2212,U+2264-2265,U+25B2,U+25B6,U+25BC,U+25CB,U+25CF,U+2605-2606,U+2713")
set(FONT_FILES "")
foreach(weight Regular SemiBold)
  set(src /usr/share/fonts/opentype/inter/Inter-${weight}.otf)
  set(dst ${GEN_DIR}/Inter-${weight}-subset.otf)
  add_custom_command(OUTPUT ${dst}
    COMMAND ${PYTHON} -m fontTools.subset ${src} --unicodes=${FONT_UNICODES}
            --layout-features= --drop-tables+=GDEF,GPOS,GSUB --no-hinting --desubroutinize
            --output-file=${dst}
    DEPENDS ${src} COMMENT "Subsetting Inter ${weight}" VERBATIM)
  list(APPEND FONT_FILES font_inter_${weight}=${dst})
endforeach()
embed_files(embed_fonts ${GEN_DIR}/embedded_fonts.h embedded_fonts ${FONT_FILES})

# --- Shaders: GLSL ES 3.00 from shaders/ ---------------------------------------
file(GLOB SHADER_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/shaders/*.vert ${CMAKE_SOURCE_DIR}/shaders/*.frag)
set(SHADER_ENTRIES "")
foreach(f IN LISTS SHADER_FILES)
  get_filename_component(n ${f} NAME)
  string(REGEX REPLACE "[^A-Za-z0-9]" "_" n "${n}")
  list(APPEND SHADER_ENTRIES ${n}=${f})
endforeach()
embed_files(embed_shaders ${GEN_DIR}/embedded_shaders.h embedded_shaders ${SHADER_ENTRIES})

# --- The app -----------------------------------------------------------------
file(GLOB APP_SOURCES CONFIGURE_DEPENDS
  ${CMAKE_SOURCE_DIR}/src/app/*.cpp ${CMAKE_SOURCE_DIR}/src/platform/web/*.cpp)
list(REMOVE_ITEM APP_SOURCES ${CMAKE_SOURCE_DIR}/src/app/intents.cpp ${CMAKE_SOURCE_DIR}/src/app/intents_use_cases.cpp
  ${CMAKE_SOURCE_DIR}/src/app/semantics.cpp)   # in caf_app_logic
add_executable(app ${APP_SOURCES} ${GEN_DIR}/embedded_fonts.h ${GEN_DIR}/embedded_shaders.h)
add_dependencies(app embed_fonts embed_shaders contracts)
target_link_libraries(app PRIVATE caf_app_logic imgui)
set_target_properties(app PROPERTIES
  RUNTIME_OUTPUT_DIRECTORY ${STAGE_DIR}
  SUFFIX ".js")
# Size and start-up: see README "Sizes". -Oz + LTO, emmalloc, no file system.
target_compile_options(app PRIVATE -Oz -flto)
target_compile_options(imgui PRIVATE -Oz -flto)
target_compile_options(caf_core PRIVATE -Oz -flto)
target_compile_options(caf_app_logic PRIVATE -Oz -flto)
# No exceptions in what ships (see CMakeLists.txt "Warnings and exceptions").
foreach(t app imgui caf_core caf_app_logic)
  target_compile_options(${t} PRIVATE -fno-exceptions)
endforeach()
# The semantics tree runs every frame: -O2 makes it about four times faster than -Oz
# (tests/bench/bench_semantics.cpp under node) for a few KB of wasm.
set_source_files_properties(${CMAKE_SOURCE_DIR}/src/app/semantics.cpp PROPERTIES COMPILE_OPTIONS -O2)
# The functions JavaScript calls, from the contracts (re-read when they change).
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CONTRACTS_JSON})
file(READ ${CONTRACTS_JSON} contracts_doc)
string(JSON n_exports LENGTH "${contracts_doc}" wasm_exports)
math(EXPR last_export "${n_exports} - 1")
set(APP_EXPORTS "")
foreach(i RANGE ${last_export})
  string(JSON fn GET "${contracts_doc}" wasm_exports ${i})
  list(APPEND APP_EXPORTS "_${fn}")
endforeach()
string(REPLACE ";" "," APP_EXPORTS "${APP_EXPORTS}")
set(PLATFORM_JS ${CMAKE_SOURCE_DIR}/src/platform/web/platform_library.js)
set_target_properties(app PROPERTIES LINK_DEPENDS ${PLATFORM_JS})
target_compile_options(app PRIVATE -Wno-pedantic)
target_link_options(app PRIVATE
  --js-library ${PLATFORM_JS}
  -Oz -flto -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0   # no 30 getExtension calls at start (main_web.cpp)
  -sALLOW_MEMORY_GROWTH=1 -sMALLOC=emmalloc -sFILESYSTEM=0 -sENVIRONMENT=web
  -sSUPPORT_LONGJMP=0 -sDYNAMIC_EXECUTION=0 -sTEXTDECODER=2
  -sINCOMING_MODULE_JS_API=[canvas,print,printErr,locateFile,onRuntimeInitialized,instantiateWasm,onAbort,preRun,postRun,setStatus,monitorRunDependencies]
  -sEXPORTED_FUNCTIONS=${APP_EXPORTS}
  -sEXPORTED_RUNTIME_METHODS=[ccall,UTF8ToString,stringToUTF8,lengthBytesUTF8]
  -sASSERTIONS=0
  --emit-symbol-map)   # stage/app.js.symbols: function names for the size breakdown (bench.sh)

# --- stage/: the page and its static files -----------------------------------
file(GLOB WEB_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/*)
set(WEB_OUTPUTS "")
foreach(f IN LISTS WEB_FILES)
  get_filename_component(n ${f} NAME)
  add_custom_command(OUTPUT ${STAGE_DIR}/${n}
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${f} ${STAGE_DIR}/${n}
    DEPENDS ${f} VERBATIM)
  list(APPEND WEB_OUTPUTS ${STAGE_DIR}/${n})
endforeach()
# The DOM mirror, a JS module of the platform (main.js imports it).
set(MIRROR_JS ${CMAKE_SOURCE_DIR}/src/platform/web/dom_mirror.mjs)
add_custom_command(OUTPUT ${STAGE_DIR}/dom_mirror.mjs
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${MIRROR_JS} ${STAGE_DIR}/dom_mirror.mjs
  DEPENDS ${MIRROR_JS} VERBATIM)
list(APPEND WEB_OUTPUTS ${STAGE_DIR}/dom_mirror.mjs)
# The contracts as a JS module for the page (main.js imports it).
add_custom_command(OUTPUT ${STAGE_DIR}/contracts.mjs
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${GEN_DIR}/contracts.mjs ${STAGE_DIR}/contracts.mjs
  DEPENDS ${GEN_DIR}/contracts.mjs VERBATIM)
list(APPEND WEB_OUTPUTS ${STAGE_DIR}/contracts.mjs)
add_custom_target(web_files ALL DEPENDS ${WEB_OUTPUTS})
add_dependencies(app web_files)

# --- dist/: versioned names and .br/.gz copies (cmake/dist.cmake) -------------
find_program(BROTLI brotli REQUIRED)   # Debian's brotli and gzip (scripts/setup.sh)
find_program(GZIP gzip REQUIRED)
add_custom_target(dist ALL
  COMMAND ${CMAKE_COMMAND} -DSTAGE=${STAGE_DIR} -DDIST=${DIST_DIR} -P ${CMAKE_SOURCE_DIR}/cmake/dist.cmake
  COMMENT "dist/: versioned names, .br and .gz" VERBATIM)
add_dependencies(dist app web_files)

# --- The first visit's bytes on the wire (scripts/first_visit.py) -------------
# Deterministic for a build, so a test holds it. The budget is 300,000 B (issue 14); the build
# is not there yet (README "Figures"), so the test holds the ceiling reached so far: lower it
# as the binary shrinks, to 300000 once within the budget. Over the ceiling means something grew.
# 350,000 until the Roadmap's plan views and the use-case portfolio landed (+13 KB brotli, 361,420 B).
set(FIRST_VISIT_CEILING 365000)
add_test(NAME web:first_visit_bytes
  COMMAND ${PYTHON} ${CMAKE_SOURCE_DIR}/scripts/first_visit.py ${DIST_DIR} --ceiling ${FIRST_VISIT_CEILING})

# --- Browser tests (playwright-core driving Debian's chromium) ----------------
file(GLOB BROWSER_TESTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/browser/*.test.mjs)
foreach(t IN LISTS BROWSER_TESTS)
  get_filename_component(n ${t} NAME_WE)
  add_test(NAME browser:${n} COMMAND /usr/bin/node ${t})
  set_tests_properties(browser:${n} PROPERTIES
    ENVIRONMENT "DIST_DIR=${DIST_DIR};ARTIFACTS_DIR=${CMAKE_SOURCE_DIR}/test-results"
    RESOURCE_LOCK browser TIMEOUT 600)
endforeach()

# EM_ASM with no arguments trips clang's pedantic variadic-macro warning.
set_source_files_properties(${CMAKE_SOURCE_DIR}/src/platform/web/main_web.cpp PROPERTIES
  COMPILE_OPTIONS -Wno-gnu-zero-variadic-macro-arguments)
