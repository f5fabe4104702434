// SPDX-License-Identifier: Apache-2.0
// Settings: the window's Builder source (its keys are spelled here and nowhere else).
#include "ui/settings.h"

namespace habmesos {

namespace {
const QString builderUrlKey = QStringLiteral("Builder/Url");
const QString builderChannelKey = QStringLiteral("Builder/Channel");
} // namespace

QString Settings::builderUrl() const
{
    return stringValue(builderUrlKey);
}

void Settings::setBuilderUrl(const QString& url)
{
    setStringValue(builderUrlKey, url.trimmed());
}

QString Settings::builderChannel() const
{
    return stringValue(builderChannelKey);
}

void Settings::setBuilderChannel(const QString& channel)
{
    setStringValue(builderChannelKey, channel.trimmed());
}

} // namespace habmesos
