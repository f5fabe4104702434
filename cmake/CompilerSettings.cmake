# Settings every target of the project links, in the manner of qBittorrent's qbt_common_cfg.
add_library(habmesos_settings INTERFACE)
target_compile_definitions(habmesos_settings INTERFACE
    QT_NO_KEYWORDS
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG_OUTPUT>
)
target_compile_options(habmesos_settings INTERFACE -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers)
