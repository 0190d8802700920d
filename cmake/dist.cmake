# Makes dist/ (what a server or a static host serves) from stage/ (what the build made):
#   [SECTION] versioned names: each file the page loads gets its content hash in its name
#             (app.3f9c1e2a7b.wasm), so a host may cache it for ever ("immutable"); only
#             the entry points keep their names and are revalidated: index.html, sw.js,
#             manifest.webmanifest;
#   [SECTION] references: index.html and main.js name the versioned files;
#   [SECTION] precompressed copies: NAME.br and NAME.gz beside every file (Debian's brotli
#             and gzip at their best settings), for servers that send them as they are.
# Run by the build: cmake -DSTAGE=<stage dir> -DDIST=<dist dir> -P dist.cmake
cmake_minimum_required(VERSION 3.25)
foreach(v STAGE DIST)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "dist.cmake: -D${v}=<dir> is required")
  endif()
endforeach()
find_program(BROTLI brotli REQUIRED)
find_program(GZIP gzip REQUIRED)

# [SECTION] versioned names --------------------------------------------------------------
# Leaves first: a file is hashed after the names it contains were rewritten.
set(LEAVES app.wasm app.js contracts.mjs dom_mirror.mjs offline.mjs style.css favicon.svg icon.svg)

set(OUTPUTS "")          # names in dist/, without .br/.gz
set(RENAMES "")          # "old=new" pairs for the references

function(versioned_name name content_hash out)
  string(SUBSTRING "${content_hash}" 0 10 h)
  string(REGEX MATCH "\\.[^.]+$" ext "${name}")
  string(REGEX REPLACE "\\.[^.]+$" "" stem "${name}")
  set(${out} "${stem}.${h}${ext}" PARENT_SCOPE)
endfunction()

# Writes `content` to dist/NAME only when it differs (keeps timestamps, skips recompressing).
function(put name content)
  set(dst "${DIST}/${name}")
  if(EXISTS "${dst}")
    file(READ "${dst}" old)
    if(old STREQUAL content)
      return()
    endif()
  endif()
  file(WRITE "${dst}" "${content}")
endfunction()

# Replaces each literal `old` in `text` by the versioned name; the literal must be there
# (a reference that silently stayed unversioned would be cached for ever by no one).
function(rewrite file text out)
  set(t "${text}")
  foreach(pair IN LISTS RENAMES)
    string(REPLACE "=" ";" p "${pair}")
    list(GET p 0 from)
    list(GET p 1 to)
    foreach(quote "'" "\"")
      string(REPLACE "${quote}${from}${quote}" "${quote}${to}${quote}" t "${t}")
      string(REPLACE "${quote}./${from}${quote}" "${quote}./${to}${quote}" t "${t}")
    endforeach()
  endforeach()
  set(${out} "${t}" PARENT_SCOPE)
endfunction()

function(require_reference file text literal)
  string(FIND "${text}" "${literal}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "dist.cmake: ${file} no longer names ${literal}: "
                        "update the references in cmake/dist.cmake")
  endif()
endfunction()

file(MAKE_DIRECTORY "${DIST}")
foreach(name IN LISTS LEAVES)
  if(NOT EXISTS "${STAGE}/${name}")
    message(FATAL_ERROR "dist.cmake: ${STAGE}/${name} is missing")
  endif()
  file(SHA256 "${STAGE}/${name}" h)
  versioned_name(${name} ${h} vname)
  if(NOT EXISTS "${DIST}/${vname}")
    file(COPY_FILE "${STAGE}/${name}" "${DIST}/${vname}")
  endif()
  list(APPEND RENAMES "${name}=${vname}")
  list(APPEND OUTPUTS ${vname})
  set(VNAME_${name} ${vname})
endforeach()

# [SECTION] references ---------------------------------------------------------------------
# main.js names the wasm, the app's JS glue and its two modules.
file(READ "${STAGE}/main.js" main_js)
foreach(lit "'app.wasm'" "'app.js'" "'./contracts.mjs'" "'./dom_mirror.mjs'" "'./offline.mjs'")
  require_reference(web/main.js "${main_js}" "${lit}")
endforeach()
rewrite(main.js "${main_js}" main_js)
string(SHA256 h "${main_js}")
versioned_name(main.js ${h} vmain)
put(${vmain} "${main_js}")
list(APPEND RENAMES "main.js=${vmain}")
list(APPEND OUTPUTS ${vmain})
set(VNAME_main.js ${vmain})

# The manifest names the icon; the page names main.js, the style sheet, the icons and the manifest.
file(READ "${STAGE}/manifest.webmanifest" manifest)
require_reference(web/manifest.webmanifest "${manifest}" "\"icon.svg\"")
rewrite(manifest.webmanifest "${manifest}" manifest)
put(manifest.webmanifest "${manifest}")
list(APPEND OUTPUTS manifest.webmanifest)

file(READ "${STAGE}/index.html" html)
foreach(lit "\"main.js\"" "\"style.css\"" "\"favicon.svg\"" "\"manifest.webmanifest\"")
  require_reference(web/index.html "${html}" "${lit}")
endforeach()
rewrite(index.html "${html}" html)
put(index.html "${html}")
list(APPEND OUTPUTS index.html)

# The service worker precaches the page and every versioned file; its version is their hash,
# so a new build is a new worker (and the page says "A new version is ready").
file(READ "${STAGE}/sw.js" sw)
set(precache "")
set(all_versions "")
foreach(name IN LISTS OUTPUTS)
  string(APPEND precache "  './${name}',\n")
  string(APPEND all_versions "${name};")
endforeach()
string(SHA256 build_id "${all_versions}${html}${manifest}${sw}")   # the worker itself too
string(SUBSTRING "${build_id}" 0 10 build_id)
require_reference(web/sw.js "${sw}" "/* PRECACHE */")
require_reference(web/sw.js "${sw}" "'dev'")
string(REPLACE "/* PRECACHE */" "\n  './',\n${precache}" sw "${sw}")
string(REPLACE "'dev'" "'${build_id}'" sw "${sw}")
put(sw.js "${sw}")
list(APPEND OUTPUTS sw.js)

# Anything in dist/ from an earlier build that is not part of this one goes.
file(GLOB old RELATIVE "${DIST}" "${DIST}/*")
foreach(f IN LISTS old)
  string(REGEX REPLACE "\\.(br|gz)$" "" base "${f}")
  list(FIND OUTPUTS "${base}" keep)
  if(keep EQUAL -1)
    file(REMOVE_RECURSE "${DIST}/${f}")
  endif()
endforeach()

# [SECTION] precompressed copies -----------------------------------------------------------
foreach(name IN LISTS OUTPUTS)
  set(f "${DIST}/${name}")
  if(NOT EXISTS "${f}.br" OR "${f}" IS_NEWER_THAN "${f}.br")
    execute_process(COMMAND ${BROTLI} --best --force --output=${f}.br ${f} COMMAND_ERROR_IS_FATAL ANY)
  endif()
  if(NOT EXISTS "${f}.gz" OR "${f}" IS_NEWER_THAN "${f}.gz")
    execute_process(COMMAND ${GZIP} --best --no-name --force --keep ${f} COMMAND_ERROR_IS_FATAL ANY)
  endif()
endforeach()
list(LENGTH OUTPUTS n)
message(STATUS "dist/: ${n} files (+ .br, .gz), build ${build_id}")
