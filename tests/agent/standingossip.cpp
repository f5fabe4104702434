// SPDX-License-Identifier: Apache-2.0
// STAND-IN for the Supervisor's ring membership (tests/agent, issue #13); not Habitat. Static,
// so that it runs inside the chroot; hab-sup (standin-hab.sh) starts it when it gets
// --peer-watch-file:
//   standin-gossip PEER_WATCH_FILE RECORDS_DIR
// It reads the peer file as HAB sup/src/manager/peer_watcher.rs does: an absent file is empty,
// each line is host or host:port (default 9638) of which getaddrinfo's first address (addrs[0])
// is used, a line that does not resolve is fatal, and the file is read only while the member
// list is empty. It gossips over UDP on the port of HAB_LISTEN_GOSSIP, bound to
// HABMESOS_STANDIN_IP (the stand-in agent's address, so that tasks on one machine still have
// distinct source addresses), and learns a member's IP from the packet's source address and its
// port from the packet, as butterfly's inbound.rs does; it passes on the members it knows.
// Records: RECORDS_DIR/members (sorted ip:port lines, replaced atomically), and
// RECORDS_DIR/ring.ready once it knows HABMESOS_STANDIN_EXPECT members. Ends on SIGTERM or when
// /hab/launcher/standin-shutdown exists.
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

volatile std::sig_atomic_t stopping = 0;

void onTerm(int)
{
    stopping = 1;
}

bool exists(const std::string& path)
{
    struct stat st;
    return ::stat(path.c_str(), &st) == 0;
}

// peer_watcher.rs: host[:port], default port 9638, addrs[0]; std::nullopt-like empty on failure.
bool resolve(const std::string& line, sockaddr_in* out)
{
    std::string host = line;
    std::string port = "9638";
    const auto colon = line.rfind(':');
    if (colon != std::string::npos) {
        host = line.substr(0, colon);
        port = line.substr(colon + 1);
    }
    addrinfo hints {};
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_DGRAM;
    addrinfo* res = nullptr;
    if (::getaddrinfo(host.c_str(), port.c_str(), &hints, &res) != 0 || !res)
        return false;
    std::memcpy(out, res->ai_addr, sizeof(sockaddr_in));
    ::freeaddrinfo(res);
    return true;
}

std::string text(const sockaddr_in& a)
{
    char ip[INET_ADDRSTRLEN] = {};
    ::inet_ntop(AF_INET, &a.sin_addr, ip, sizeof ip);
    return std::string(ip) + ':' + std::to_string(ntohs(a.sin_port));
}

void writeAtomically(const std::string& path, const std::string& contents)
{
    const std::string tmp = path + ".tmp";
    {
        std::ofstream f(tmp, std::ios::trunc);
        f << contents;
    }
    std::rename(tmp.c_str(), path.c_str());
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: standin-gossip PEER_WATCH_FILE RECORDS_DIR\n");
        return 2;
    }
    const std::string peerFile = argv[1];
    const std::string records = argv[2];
    const char* listen = std::getenv("HAB_LISTEN_GOSSIP");
    const char* ownIp = std::getenv("HABMESOS_STANDIN_IP");
    const char* expectText = std::getenv("HABMESOS_STANDIN_EXPECT");
    const std::size_t expect = expectText ? std::strtoul(expectText, nullptr, 10) : 0;
    std::string port = "9638";
    if (listen && std::strchr(listen, ':'))
        port = std::strrchr(listen, ':') + 1;
    std::signal(SIGTERM, onTerm);

    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in self {};
    self.sin_family = AF_INET;
    self.sin_port = htons(std::uint16_t(std::stoi(port)));
    ::inet_pton(AF_INET, ownIp && *ownIp ? ownIp : "127.0.0.1", &self.sin_addr);
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&self), sizeof self) != 0) {
        std::perror("standin-gossip: bind");
        return 1;
    }
    const std::string me = text(self);

    std::set<std::string> members; // others, ip:port
    std::vector<sockaddr_in> seeds;
    std::string written = "-";
    while (!stopping && !exists("/hab/launcher/standin-shutdown")) {
        if (members.empty()) {
            seeds.clear();
            std::ifstream f(peerFile); // absent: empty
            std::string line;
            while (std::getline(f, line)) {
                if (line.empty())
                    continue;
                sockaddr_in a {};
                if (!resolve(line, &a)) {
                    std::fprintf(stderr, "standin-gossip: the peer %s does not resolve: fatal\n", line.c_str());
                    writeAtomically(records + "/gossip.fatal", line + '\n');
                    return 1;
                }
                seeds.push_back(a);
            }
        }
        std::ostringstream packet;
        packet << "P " << ntohs(self.sin_port) << '\n';
        for (const std::string& m : members)
            packet << "M " << m << '\n';
        const std::string payload = packet.str();
        std::vector<sockaddr_in> targets = seeds;
        for (const std::string& m : members) {
            sockaddr_in a {};
            if (resolve(m, &a))
                targets.push_back(a);
        }
        for (const sockaddr_in& a : targets)
            ::sendto(fd, payload.data(), payload.size(), 0, reinterpret_cast<const sockaddr*>(&a), sizeof a);

        pollfd p { fd, POLLIN, 0 };
        while (::poll(&p, 1, 200) > 0) {
            char buf[4096];
            sockaddr_in from {};
            socklen_t len = sizeof from;
            const ssize_t n = ::recvfrom(fd, buf, sizeof buf - 1, 0, reinterpret_cast<sockaddr*>(&from), &len);
            if (n <= 0)
                break;
            std::istringstream in(std::string(buf, std::size_t(n)));
            std::string kind, value;
            while (in >> kind >> value) {
                if (kind == "P") {
                    from.sin_port = htons(std::uint16_t(std::stoi(value)));
                    const std::string m = text(from); // the source address, as inbound.rs
                    if (m != me)
                        members.insert(m);
                } else if (kind == "M" && value != me) {
                    members.insert(value);
                }
            }
        }
        std::string now;
        for (const std::string& m : members)
            now += m + '\n';
        if (now != written) {
            writeAtomically(records + "/members", now);
            written = now;
        }
        if (expect > 0 && members.size() >= expect && !exists(records + "/ring.ready"))
            writeAtomically(records + "/ring.ready", now);
    }
    return 0;
}
