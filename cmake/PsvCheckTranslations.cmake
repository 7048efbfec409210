# cmake -P script: fails when lupdate finds a source string without a finished zh_CN translation.
file(MAKE_DIRECTORY ${WORK})
set(copy ${WORK}/psv_zh_CN.ts)
file(COPY_FILE ${TS} ${copy})
execute_process(
  COMMAND ${LUPDATE} -silent -no-obsolete -locations none -recursive
          ${SRC}/app ${SRC}/ui ${SRC}/forms -ts ${copy}
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc})")
endif()
file(READ ${copy} ts)
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?(<extracomment>[^<]*</extracomment>[^<]*)?<translation type=\"unfinished\"" missing "${ts}")
# A plural message whose form is empty is untranslated as well (lupdate leaves it unmarked).
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?(<extracomment>[^<]*</extracomment>[^<]*)?<translation>[ \t\r\n]*<numerusform( */>|></numerusform>)" plural "${ts}")
list(APPEND missing ${plural})
list(LENGTH missing n)
if(n GREATER 0)
  set(lines "")
  foreach(m IN LISTS missing)
    string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" s "${m}")
    string(APPEND lines "\n  ${s}")
  endforeach()
  message(FATAL_ERROR "${n} user-visible string(s) have no zh_CN translation in translations/psv_zh_CN.ts:${lines}\n"
                      "Run: packaging/dev shell cmake --build build --target update_translations, then translate them.")
endif()
file(TOUCH ${STAMP})
