# Settings every target of the project links, in the manner of qBittorrent's qbt_common_cfg.
add_library(habmesos_settings INTERFACE)
target_compile_definitions(habmesos_settings INTERFACE
    QT_NO_KEYWORDS
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
)
# No QT_NO_DEBUG_OUTPUT: the debug messages of the logging categories (core/logging.h) stay in
# every build, off by default, so that QT_LOGGING_RULES="habmesos.*.debug=true" turns them on.
target_compile_options(habmesos_settings INTERFACE -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers)

# -DHABMESOS_SANITIZE=ON builds everything with AddressSanitizer (LeakSanitizer included) and
# UndefinedBehaviorSanitizer; any finding aborts, so a test that trips one fails. CI runs the suite so
# built with clang (scripts/bootstrap test).
option(HABMESOS_SANITIZE "Build with AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer" OFF)
if(HABMESOS_SANITIZE)
    # Directory-wide, so helper programs of the tests are checked too.
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
    add_compile_definitions(HABMESOS_SANITIZED=1)
endif()
