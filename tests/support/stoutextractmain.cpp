// SPDX-License-Identifier: Apache-2.0
// stout-extract ARCHIVE DEST [--secure-nodotdot]: StoutExtract as a program, so that it can run in
// the C locale as a Mesos agent's fetcher does (it never calls setlocale; run it under `env -i` to
// keep the environment out too). Exit 0: extracted; 1: failed (the message on stderr); 2: usage.
#include "support/stoutextract.h"

#include <QString>

#include <cstdio>
#include <cstring>

int main(int argc, char** argv)
{
    if (argc < 3 || argc > 4 || (argc == 4 && std::strcmp(argv[3], "--secure-nodotdot") != 0)) {
        std::fprintf(stderr, "usage: stout-extract ARCHIVE DEST [--secure-nodotdot]\n");
        return 2;
    }
    using habmesos::test::StoutExtract;
    const int flags = argc == 4 ? StoutExtract::Mesos18Flags : StoutExtract::Mesos17Flags;
    const auto done = StoutExtract::extract(QString::fromUtf8(argv[1]), QString::fromUtf8(argv[2]), flags);
    if (!done) {
        std::fprintf(stderr, "stout-extract: %s\n", done.error().toUtf8().constData());
        return 1;
    }
    return 0;
}
