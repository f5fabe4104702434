// SPDX-License-Identifier: Apache-2.0
// agent-extract ARCHIVE DEST [--secure-nodotdot]: stout's archiver::extract as the Mesos >= 1.7
// fetcher runs it, in a process of its own so that the locale is the one it was started with
// (the stand-in starts it with `env -i LC_ALL=C`, as the fetcher never calls setlocale). No
// QCoreApplication here: its constructor would call setlocale(LC_ALL, "").
#include "agentextract.h"

#include <archive.h>

#include <cstdio>
#include <cstring>

int main(int argc, char** argv)
{
    if (argc < 3 || argc > 4 || (argc == 4 && std::strcmp(argv[3], "--secure-nodotdot") != 0)) {
        std::fprintf(stderr, "usage: agent-extract ARCHIVE DEST [--secure-nodotdot]\n");
        return 2;
    }
    int flags = ARCHIVE_EXTRACT_TIME;
    if (argc == 4)
        flags |= ARCHIVE_EXTRACT_SECURE_NODOTDOT;
    const std::string error = habmesos::test::AgentExtract::extractRaw(argv[1], argv[2], flags);
    if (!error.empty()) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    return 0;
}
