// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTranslator>

namespace habmesos {

// habmesos' own catalogue. The engine names its translation contexts without the namespace
// (QCoreApplication::translate("HartHeader", ...) behind a file-local tr() helper), but lupdate,
// seeing tr() inside a member of habmesos::HartHeader, files those strings under
// "habmesos::HartHeader". This translator looks a message up under the context it is asked for
// and then under the namespaced one, so both spellings find their translation. tr() in a free
// function (outside any class) lupdate files under "habmesos"; that is the last place looked.
class CatalogueTranslator : public QTranslator
{
    Q_OBJECT
public:
    using QTranslator::QTranslator;

    QString translate(
        const char* context, const char* sourceText, const char* disambiguation = nullptr, int n = -1) const override;
};

} // namespace habmesos
