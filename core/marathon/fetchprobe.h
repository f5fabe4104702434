// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fieldproblem.h"
#include "marathon/marathonapp.h"

#include <QObject>

class QNetworkAccessManager;

namespace habmesos {

// Before a deploy: is there anything at the app's http(s) fetch URIs yet? A HEAD request each; a
// definite "not there" (HTTP 404 or 410) is an error on "fetch/<i>/uri" saying the way out, as the
// agents would only fail to download it. Anything else (no answer from here, 403 to a HEAD, a
// redirect loop) says nothing about what the agents can reach and is no problem.
class FetchProbe : public QObject
{
    Q_OBJECT
public:
    explicit FetchProbe(const MarathonApp& app, int timeoutMs = 10000, QObject* parent = nullptr);

    // finished() follows (also with nothing to ask).
    void start();
    const FieldProblems& problems() const { return m_problems; }

Q_SIGNALS:
    void finished();

private:
    void done();

    QList<std::pair<int, QString>> m_uris; // fetch index, URI
    int m_timeoutMs;
    int m_pending = 0;
    QNetworkAccessManager* m_nam;
    FieldProblems m_problems;
};

} // namespace habmesos
