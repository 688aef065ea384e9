# Throwaway PostgreSQL server for the tests, as the CTest fixture `pg_server`.
# include()d from tests/CMakeLists.txt. See the header of pgserver.sh.
#
# A test that needs the server:
#   catch_discover_tests(target PROPERTIES
#       ENVIRONMENT "QT_QPA_PLATFORM=offscreen" ${PINGAN_PG_TEST_PROPERTIES})
#   set_tests_properties(name PROPERTIES ${PINGAN_PG_TEST_PROPERTIES})   # add_test() tests
# It then finds the connection URL (one line) in the file named by $PINGAN_TEST_PG_URL_FILE.
# `ctest -R <test>` pulls in pg.server.start / pg.server.stop automatically.

set(PINGAN_PG_DIR ${CMAKE_CURRENT_BINARY_DIR}/pg)
set(PINGAN_PG_SERVER_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/pgserver.sh)

add_test(NAME pg.server.start COMMAND bash ${PINGAN_PG_SERVER_SCRIPT} start ${PINGAN_PG_DIR})
set_tests_properties(pg.server.start PROPERTIES
    FIXTURES_SETUP pg_server
    RESOURCE_LOCK pg_server_dir
    TIMEOUT 120)

add_test(NAME pg.server.stop COMMAND bash ${PINGAN_PG_SERVER_SCRIPT} stop ${PINGAN_PG_DIR})
set_tests_properties(pg.server.stop PROPERTIES
    FIXTURES_CLEANUP pg_server
    RESOURCE_LOCK pg_server_dir
    TIMEOUT 120)

# Properties for tests using the server. The URL file goes through ENVIRONMENT_MODIFICATION
# (CTest >= 3.22), not ENVIRONMENT: it is a separate property, so it neither replaces
# nor is replaced by a test's own ENVIRONMENT (QT_QPA_PLATFORM=offscreen...), and it is a
# single list element, so it survives catch_discover_tests' PROPERTIES forwarding (which
# splits every ';', breaking an ENVIRONMENT value "A=1;B=2").
set(PINGAN_PG_TEST_PROPERTIES
    FIXTURES_REQUIRED pg_server
    ENVIRONMENT_MODIFICATION "PINGAN_TEST_PG_URL_FILE=set:${PINGAN_PG_DIR}/url")
