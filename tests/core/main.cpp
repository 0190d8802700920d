// The one Catch2 main; test files are one per area (test_*.cpp).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
