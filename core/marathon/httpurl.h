// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace habmesos {

// The http(s) URLs an operator types (Marathon, upload targets), read the same way by the window
// and by `habmesos export`, and shown without their secrets.
class HttpUrl
{
    Q_DECLARE_TR_FUNCTIONS(habmesos::HttpUrl)
public:
    enum class Credentials
    {
        Refused, // a user or password in the URL is an error (ErrorKind::Unsafe)
        Allowed, // e.g. an upload target's HTTP Basic credentials
    };

    // An http or https URL that names a host.
    static bool isHttp(const QUrl& url);
    // text as typed: an http or https URL with a host. Invalid: why not, for a person.
    static Result<QUrl> parse(const QString& text, Credentials credentials = Credentials::Refused);

    // A folder: the path is empty ("http://host" is the server's root) or ends in '/'.
    static bool isFolder(const QUrl& url);
    // A folder URL with fileName appended; any other URL as it is.
    static QUrl withFileName(const QUrl& url, const QString& fileName);

    // For messages and logs: without user, password and query (a pre-signed URL's query is a
    // credential).
    static QString forDisplay(const QUrl& url);
    // "host:port" with the scheme's port when none is given, for messages.
    static QString hostAndPort(const QUrl& url);
};

} // namespace habmesos
