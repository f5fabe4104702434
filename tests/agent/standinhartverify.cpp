// SPDX-License-Identifier: Apache-2.0
// STAND-IN for the check `hab pkg install` makes of a local .hart before it unpacks it (issue
// #14); not Habitat. Static (libsodium only, no Qt) so that it runs inside the task's chroot,
// where the stand-in hab (standin-hab.sh) pipes what it prints into busybox `xz -d | tar -x`,
// as Habitat unpacks the xz tar payload.
//
//   standin-hart-verify FILE.hart KEY-DIRECTORY
//
// Reads the five header lines as Habitat's artifact_header_and_archive() does (HART-1, the
// signer's named revision, BLAKE2b, the base64 signature, a blank line), opens the signer's public
// key <KEY-DIRECTORY>/<revision>.pub (SIG-PUB-1), checks the combined Ed25519 signature over the
// lower-case hex BLAKE2b-256 of the payload (crypto.rs, keys/signing.rs; reference habitat.md §2),
// and only then copies the payload to stdout: nothing unverified reaches the unpacker. Errors go
// to stderr in Habitat's words, exit status 1.
#include <sodium.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

int fail(const std::string& message)
{
    std::fprintf(stderr, "✗✗✗\n✗✗✗ %s\n✗✗✗\n", message.c_str());
    return 1;
}

bool readLine(std::FILE* f, std::string& line)
{
    line.clear();
    for (int c = std::fgetc(f); c != EOF; c = std::fgetc(f)) {
        if (c == '\n')
            return true;
        if (line.size() > 4096)
            return false; // no header line is this long
        line.push_back(char(c));
    }
    return false;
}

std::string trimmed(const std::string& s)
{
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

bool decodeBase64(const std::string& text, std::vector<unsigned char>& out, size_t maxLength)
{
    out.resize(maxLength);
    size_t length = 0;
    if (sodium_base642bin(
            out.data(), out.size(), text.data(), text.size(), nullptr, &length, nullptr, sodium_base64_VARIANT_ORIGINAL)
        != 0)
        return false;
    out.resize(length);
    return true;
}

// The 32-byte Ed25519 key from a SIG-PUB-1 file: version, revision, blank, base64 (trimmed).
bool readPublicKey(const std::string& path, const std::string& revision, unsigned char key[crypto_sign_PUBLICKEYBYTES])
{
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f)
        return false;
    std::string version, name, blank, encoded;
    readLine(f, version);
    readLine(f, name);
    readLine(f, blank);
    readLine(f, encoded);
    std::fclose(f);
    std::vector<unsigned char> bytes;
    if (trimmed(version) != "SIG-PUB-1" || trimmed(name) != revision || !decodeBase64(trimmed(encoded), bytes, 64)
        || bytes.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    std::memcpy(key, bytes.data(), crypto_sign_PUBLICKEYBYTES);
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3)
        return fail("usage: standin-hart-verify FILE.hart KEY-DIRECTORY");
    if (sodium_init() < 0)
        return fail("libsodium could not start");
    const std::string path = argv[1];
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f)
        return fail("File not found at: " + path);
    std::string format, revision, hashType, signature, blank;
    const bool header = readLine(f, format) && readLine(f, revision) && readLine(f, hashType) && readLine(f, signature)
        && readLine(f, blank);
    if (!header || trimmed(format) != "HART-1") {
        std::fclose(f);
        return fail("Unsupported format version: " + path);
    }
    revision = trimmed(revision);
    if (trimmed(hashType) != "BLAKE2b") {
        std::fclose(f);
        return fail("Unsupported signature type: " + trimmed(hashType));
    }
    if (!trimmed(blank).empty()) {
        std::fclose(f);
        return fail("Expected empty delimiter line: " + path);
    }
    const long payloadStart = std::ftell(f);

    // Offline, a key that is not in the cache is an error (common/src/error.rs).
    unsigned char key[crypto_sign_PUBLICKEYBYTES];
    if (!readPublicKey(std::string(argv[2]) + '/' + revision + ".pub", revision, key)) {
        std::fclose(f);
        return fail("Cached origin key not found in offline mode: " + revision);
    }

    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    std::vector<unsigned char> buffer(1 << 20);
    for (size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), f)) > 0;)
        crypto_generichash_update(&state, buffer.data(), n);
    unsigned char digest[32];
    crypto_generichash_final(&state, digest, sizeof digest);
    char hex[65];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);

    std::vector<unsigned char> signed_;
    std::vector<unsigned char> message(128);
    unsigned long long messageLength = 0;
    if (!decodeBase64(trimmed(signature), signed_, 256)
        || crypto_sign_open(message.data(), &messageLength, signed_.data(), signed_.size(), key) != 0) {
        std::fclose(f);
        return fail("Habitat artifact is invalid, signature verification failed: " + path);
    }
    if (messageLength != 64 || std::memcmp(message.data(), hex, 64) != 0) {
        std::fclose(f);
        return fail("Habitat artifact is invalid, hashes don't match (expected: "
            + std::string(reinterpret_cast<const char*>(message.data()), size_t(messageLength)) + ", computed: " + hex
            + ")");
    }

    std::fseek(f, payloadStart, SEEK_SET);
    for (size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), f)) > 0;) {
        if (std::fwrite(buffer.data(), 1, n, stdout) != n) {
            std::fclose(f);
            return fail("cannot write the payload");
        }
    }
    std::fclose(f);
    return std::fflush(stdout) == 0 ? 0 : fail("cannot write the payload");
}
