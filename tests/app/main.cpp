// The one Catch2 main of the app-logic tests (intents against a fake platform).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
