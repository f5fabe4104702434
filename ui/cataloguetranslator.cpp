// SPDX-License-Identifier: Apache-2.0
#include "cataloguetranslator.h"

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
    return QTranslator::translate(namespaced.constData(), sourceText, disambiguation, n);
}

} // namespace habmesos
