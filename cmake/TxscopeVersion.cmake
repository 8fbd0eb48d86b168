# The release version, read from cmake/VERSION (one line: MAJOR.MINOR.PATCH)
# before project() so that project(VERSION), `txscope --version` and the
# Debian package agree.
file(STRINGS "${CMAKE_CURRENT_LIST_DIR}/VERSION" TXSCOPE_VERSION LIMIT_COUNT 1)
if(NOT TXSCOPE_VERSION MATCHES "^[0-9]+\\.[0-9]+\\.[0-9]+$")
  message(FATAL_ERROR "cmake/VERSION must hold MAJOR.MINOR.PATCH, not '${TXSCOPE_VERSION}'")
endif()
