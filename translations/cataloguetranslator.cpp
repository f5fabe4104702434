// SPDX-License-Identifier: Apache-2.0
#include "translations/cataloguetranslator.h"

#include <QByteArray>

namespace habmesos {

QString CatalogueTranslator::translate(
    const char* context, const char* sourceText, const char* disambiguation, int n) const
{
    QString text = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!text.isNull() || !context || !*context)
        return text;
    const QByteArray plain(context);
    if (plain.contains("::"))
        return text;
    const QByteArray namespaced = QByteArrayLiteral("habmesos::") + plain;
    text = QTranslator::translate(namespaced.constData(), sourceText, disambiguation, n);
    if (!text.isNull())
        return text;
    // tr() in a free function of the engine: lupdate files it under the namespace alone.
    return QTranslator::translate("habmesos", sourceText, disambiguation, n);
}

} // namespace habmesos
