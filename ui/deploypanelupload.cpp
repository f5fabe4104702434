// SPDX-License-Identifier: Apache-2.0
// DeployPanel's Upload: the tarball (a URL or Marathon's artifact store), or in the harts layout
// the bootstrap and .hart files into one folder (HartsUploadBox).
#include "ui/deploypanel.h"

#include "marathon/marathonclient.h"
#include "ui/hartsuploadbox.h"
#include "ui/uploadbox.h"

#include <QFileInfo>

namespace habmesos {

void DeployPanel::upload()
{
    if (isBusy())
        return;
    if (m_hartsUpload->isVisibleTo(this)) {
        if (m_hartsUpload->files().isEmpty()) {
            setStatus(tr("Build first: the bootstrap and the .hart files are uploaded together."));
            Q_EMIT uploadFinished(false);
            return;
        }
        startTask(Task::Upload);
        m_hartsUpload->start();
        return;
    }
    const QString path = m_upload->tarballPath();
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        setStatus(path.isEmpty() ? tr("Build the tarball first.")
                                 : tr("%1: the tarball is not there any more; build it again.").arg(path));
        Q_EMIT uploadFinished(false);
        return;
    }
    startTask(Task::Upload);
    if (m_upload->uploadsToArtifactStore()) {
        m_servers->requestClient([this](MarathonClient* client) { m_upload->start(client); },
            [this](const QString& why) {
                setStatus(why);
                finishTask(false);
            });
        return;
    }
    m_upload->start(nullptr);
}

} // namespace habmesos
