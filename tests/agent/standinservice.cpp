// SPDX-License-Identifier: Apache-2.0
// standin-service SHUTDOWN_SIGNAL DELAY RECORDS: the "service" the stand-in Supervisor
// (standin-hab.sh) runs, linked statically so it runs inside the chroot. Not Habitat.
//
// It puts itself in a process group of its own, as Habitat starts services (setpgid; HAB
// core/src/os/process/exec/unix.rs), logs every TERM, INT, QUIT, HUP, USR1 and USR2 it receives
// with the CLOCK_BOOTTIME time (that of /proc/uptime) to RECORDS/service.signals and
// RECORDS/events.log, and exits DELAY seconds after the first SHUTDOWN_SIGNAL (so a fixture can make
// the stop take as long as it likes). A program, not a busybox script: an ash script started with
// `&` has SIGINT and SIGQUIT ignored, and cannot trap them.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace {

int g_pipe[2];

void onSignal(int signo)
{
    const unsigned char b = static_cast<unsigned char>(signo);
    const int saved = errno;
    (void)!::write(g_pipe[1], &b, 1);
    errno = saved;
}

double now()
{
    timespec ts {};
    ::clock_gettime(CLOCK_BOOTTIME, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct Named
{
    int signo;
    const char* name;
};
constexpr Named Signals[] = { { SIGTERM, "TERM" }, { SIGINT, "INT" }, { SIGQUIT, "QUIT" }, { SIGHUP, "HUP" },
    { SIGUSR1, "USR1" }, { SIGUSR2, "USR2" } };

const char* nameOf(int signo)
{
    for (const Named& n : Signals) {
        if (n.signo == signo)
            return n.name;
    }
    return "?";
}

void append(const char* dir, const char* file, const char* line)
{
    char path[4096];
    std::snprintf(path, sizeof path, "%s/%s", dir, file);
    const int fd = ::open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd >= 0) {
        (void)!::write(fd, line, std::strlen(line));
        ::close(fd);
    }
}

void event(const char* dir, const char* what)
{
    char line[512];
    std::snprintf(line, sizeof line, "%.2f service[%d] %s\n", now(), int(::getpid()), what);
    append(dir, "events.log", line);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: standin-service SHUTDOWN_SIGNAL DELAY RECORDS\n");
        return 2;
    }
    const char* wanted = argv[1];
    if (std::strncmp(wanted, "SIG", 3) == 0)
        wanted += 3;
    const double delay = std::atof(argv[2]);
    const char* dir = argv[3];

    ::setpgid(0, 0);
    if (::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return 1;
    for (const Named& n : Signals) {
        struct sigaction sa
        {
        };
        sa.sa_handler = onSignal;
        sigemptyset(&sa.sa_mask);
        ::sigaction(n.signo, &sa, nullptr); // replaces an inherited SIG_IGN too
    }
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);

    char line[512];
    std::snprintf(line, sizeof line, "%d %d %d\n", int(::getpid()), int(::getpgrp()), int(::getsid(0)));
    append(dir, "service.pid", line);
    std::snprintf(line, sizeof line, "running: pid %d, process group %d, session %d; exits %.1f s after SIG%s",
        int(::getpid()), int(::getpgrp()), int(::getsid(0)), delay, wanted);
    event(dir, line);
    append(dir, "service.started", "");

    double stopAt = -1;
    for (;;) {
        pollfd p { g_pipe[0], POLLIN, 0 };
        ::poll(&p, 1, 50);
        unsigned char b = 0;
        while (::read(g_pipe[0], &b, 1) == 1) {
            const char* name = nameOf(b);
            std::snprintf(line, sizeof line, "%.2f %s\n", now(), name);
            append(dir, "service.signals", line);
            std::snprintf(line, sizeof line, "got SIG%s", name);
            event(dir, line);
            if (stopAt < 0 && std::strcmp(name, wanted) == 0)
                stopAt = now() + delay;
        }
        if (stopAt >= 0 && now() >= stopAt) {
            event(dir, "exits");
            append(dir, "service.exited", "");
            return 0;
        }
    }
}
