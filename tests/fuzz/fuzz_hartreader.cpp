// SPDX-License-Identifier: Apache-2.0
// The whole .hart reader on an in-memory artifact (a memfd, opened by its /proc path as any file):
// ArtifactInspector::inspectArtifact and peekArtifact as the application calls them, and HartReader
// directly, reading members in pieces, whose verdict must agree with the inspector's.
//
// An input that starts with "HART-1" is a whole artifact, header and payload as they are. Any
// other input is a payload tar: it is xz-compressed and signed here, as Habitat would, so that
// mutations reach the tar members rather than dying in xz's checksums, and a readable package
// must verify.
#include "fuzz/fuzzsupport.h"

#include "package/artifactinspector.h"
#include "package/hartreader.h"
#include "package/hartwriter.h"
#include "package/keycache.h"
#include "package/secretsigningkey.h"

#include <QTemporaryDir>

#include <lzma.h>
#include <sodium.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>

using namespace habmesos;

namespace {

struct Setup
{
    QTemporaryDir keyDir;
    std::optional<SecretSigningKey> key;
    std::optional<KeyCache> keys;
    int fd = -1;
    QString path;
};
Setup* setup = nullptr;

[[noreturn]] void setupFailed(const char* what)
{
    std::fprintf(stderr, "fuzz_hartreader: %s\n", what);
    std::exit(1);
}

// The fixtures' signer (Habitat's own test key, shared/fixtures/habitat): its seeds verify.
const char fixturePublicKey[] = "SIG-PUB-1\nhappyhumans-20160424223347\n\nYFt55lgI3l/vcTEp/7IFGIXgnrLr5bWMADbIvuHKkoY=";

void initialize()
{
    setup = new Setup;
    if (!setup->keyDir.isValid())
        setupFailed("no temporary directory for the key cache");
    // A fixed seed: the same tar always makes the same artifact, so crashes reproduce exactly.
    unsigned char seed[crypto_sign_SEEDBYTES] = {};
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_seed_keypair(pk, sk, seed);
    const QByteArray text
        = "SIG-SEC-1\nfuzz-20200101000000\n\n" + QByteArray(reinterpret_cast<const char*>(sk), sizeof sk).toBase64();
    auto key = SecretSigningKey::fromText(text, QStringLiteral("fuzz key"));
    if (!key || !key->writeKeyFiles(setup->keyDir.path()))
        setupFailed("cannot write the signing key");
    setup->key = key.value();
    QFile fixture(setup->keyDir.filePath(QStringLiteral("happyhumans-20160424223347.pub")));
    if (!fixture.open(QIODevice::WriteOnly) || fixture.write(fixturePublicKey) < 0)
        setupFailed("cannot write the fixture key");
    fixture.close();
    setup->keys.emplace(setup->keyDir.path());
    setup->fd = memfd_create("fuzz.hart", MFD_CLOEXEC);
    if (setup->fd < 0)
        setupFailed("memfd_create failed");
    setup->path = QStringLiteral("/proc/self/fd/%1").arg(setup->fd);
}

// A tar as Habitat packs it: xz, then the header with the payload's signed BLAKE2b-256.
QByteArray signedArtifact(const QByteArray& tar)
{
    QByteArray xz(qsizetype(lzma_stream_buffer_bound(size_t(tar.size()))), Qt::Uninitialized);
    size_t written = 0;
    if (lzma_easy_buffer_encode(0, LZMA_CHECK_CRC64, nullptr, reinterpret_cast<const uint8_t*>(tar.constData()),
            size_t(tar.size()), reinterpret_cast<uint8_t*>(xz.data()), &written, size_t(xz.size()))
        != LZMA_OK)
        setupFailed("xz compression failed");
    xz.resize(qsizetype(written));
    unsigned char digest[32];
    crypto_generichash(
        digest, sizeof digest, reinterpret_cast<const unsigned char*>(xz.constData()), size_t(xz.size()), nullptr, 0);
    const QByteArray hex = QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex();
    return HartWriter::headerText(*setup->key, hex) + xz;
}

void store(const QByteArray& artifact)
{
    if (ftruncate(setup->fd, 0) != 0)
        setupFailed("ftruncate failed");
    qsizetype done = 0;
    while (done < artifact.size()) {
        const ssize_t n = pwrite(setup->fd, artifact.constData() + done, size_t(artifact.size() - done), done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            setupFailed("pwrite failed");
        done += n;
    }
}

struct DirectRead
{
    bool complete = false; // every member read, the end reached without an error
    qint64 entries = 0;
    Verification verification = Verification::NotChecked;
    QString hash;
    QString error;
};

// HartReader as the export uses it, reading each member's data in small pieces with read().
DirectRead readDirectly()
{
    DirectRead out;
    HartReader reader;
    if (const Status opened = reader.open(setup->path); !opened) {
        out.error = opened.error();
        return out;
    }
    char buffer[997];
    for (;;) {
        const auto next = reader.next();
        if (!next) {
            out.error = next.error();
            break;
        }
        if (!next->has_value()) {
            out.complete = true;
            break;
        }
        ++out.entries;
        qint64 total = 0;
        qint64 n = 0;
        while ((n = reader.read(buffer, sizeof buffer)) > 0)
            total += n;
        if (n < 0) {
            out.error = reader.errorString();
            break;
        }
        const PayloadEntry& e = **next;
        FUZZ_CHECK(e.type != PayloadEntry::Type::File || total == e.size,
            QStringLiteral("%1: %2 bytes read, %3 declared").arg(e.path).arg(total).arg(e.size));
    }
    QString detail;
    out.verification = reader.finish(*setup->keys, &detail, &out.hash);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::initialize();
    initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const bool signedHere = !input.startsWith("HART-1");
    const QByteArray artifact = signedHere ? signedArtifact(input) : input;
    store(artifact);

    const auto inspected = ArtifactInspector::inspectArtifact(setup->path, *setup->keys);
    const DirectRead direct = readDirectly();
    const auto peeked = ArtifactInspector::peekArtifact(setup->path);
    if (!inspected) {
        FUZZ_CHECK(inspected.error().startsWith(setup->path), inspected.error());
        // What we signed ourselves can be unreadable, never altered.
        if (signedHere)
            FUZZ_CHECK(!inspected.error().contains(QLatin1String("hashes don't match")), inspected.error());
        return 0;
    }
    const PackageArtifact& a = inspected.value();
    // The inspector and the reader read the same package the same way.
    FUZZ_CHECK(direct.complete, direct.error);
    FUZZ_CHECK(direct.entries == a.entryCount, QStringLiteral("%1 vs %2").arg(direct.entries).arg(a.entryCount));
    FUZZ_CHECK(direct.verification == a.verification, a.verificationDetail);
    FUZZ_CHECK(direct.hash == a.payloadHash, direct.hash);
    FUZZ_CHECK(
        a.verification != Verification::NotChecked && a.verification != Verification::Unsigned, a.verificationDetail);
    if (signedHere)
        FUZZ_CHECK(a.verification == Verification::Verified, a.verificationDetail);
    FUZZ_CHECK(a.isTrusted() == a.verificationDetail.isEmpty(), a.verificationDetail);
    FUZZ_CHECK(a.metadata.ident.isFullyQualified(), a.metadata.ident.toString());
    FUZZ_CHECK(peeked && peeked->ident() == a.ident(), peeked ? peeked->ident().toString() : peeked.error());
    FUZZ_CHECK(a.fileSize == artifact.size(), QString::number(a.fileSize));
    return 0;
}
