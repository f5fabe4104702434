// SPDX-License-Identifier: Apache-2.0
// STAND-IN for what `hab pkg install` does with a local .hart (issue #14); not Habitat. Static
// (libsodium and liblzma only, no Qt) so that it runs inside the task's chroot, where only
// busybox exists. It follows Habitat's core crate (HAB components/core/src/crypto/artifact.rs,
// package/archive.rs; reference builder-fetcher-ring.md §2.5, habitat.md §2), with the same kind
// of libraries: Habitat decompresses with the xz2 crate, i.e. liblzma's single-threaded stream
// decoder, as this does.
//
//   standin-hart-verify FILE.hart KEY-DIRECTORY            verify, then copy the xz payload out
//   standin-hart-verify --check FILE.hart KEY-DIRECTORY    verify only (artifact::verify)
//   standin-hart-verify --unpack FILE.hart KEY-DIRECTORY   verify, then write the decompressed tar
//                                                          for busybox `tar -x` (PackageArchive::unpack)
//   standin-hart-verify --metadata FILE.hart DIRECTORY     PackageArchive::new: no signature check,
//                                                          the tar read entry by entry, each metafile
//                                                          Habitat reads written trimmed to DIRECTORY
//
// The header: five lines as artifact_header_and_archive() reads them (HART-1, the signer's named
// revision, BLAKE2b, the base64 signature, a blank line). Verifying: the signer's public key
// <KEY-DIRECTORY>/<revision>.pub (SIG-PUB-1), the combined Ed25519 signature over the lower-case
// hex BLAKE2b-256 of the payload (crypto.rs, keys/signing.rs). The verifying modes write nothing
// before the whole file is verified, and what they write comes from the file they verified (the
// same open file, not the path again): nothing unverified reaches the unpacker. Errors go to
// stderr in Habitat's words, exit status 1.
#include <lzma.h>
#include <sodium.h>

#include <array>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <set>
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
    // As Rust's str::trim, which Habitat applies to header lines and metafiles.
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
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

// The header up to the payload; on success f stands at the payload's first byte.
struct Header
{
    std::string revision;
    std::string signature;
};

int readHeader(std::FILE* f, const std::string& path, Header& header)
{
    std::string format, hashType, blank;
    const bool whole = readLine(f, format) && readLine(f, header.revision) && readLine(f, hashType)
        && readLine(f, header.signature) && readLine(f, blank);
    if (!whole || trimmed(format) != "HART-1")
        return fail("Unsupported format version: " + path);
    header.revision = trimmed(header.revision);
    if (trimmed(hashType) != "BLAKE2b")
        return fail("Unsupported signature type: " + trimmed(hashType));
    if (!trimmed(blank).empty())
        return fail("Expected empty delimiter line: " + path);
    return 0;
}

// artifact::verify: the whole payload hashed, the signature checked; f is back at the payload.
int verifyPayload(std::FILE* f, const std::string& path, const Header& header, const std::string& keyDirectory)
{
    const long payloadStart = std::ftell(f);
    // Offline, a key that is not in the cache is an error (common/src/error.rs).
    unsigned char key[crypto_sign_PUBLICKEYBYTES];
    if (!readPublicKey(keyDirectory + '/' + header.revision + ".pub", header.revision, key))
        return fail("Cached origin key not found in offline mode: " + header.revision);

    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    std::vector<unsigned char> buffer(1 << 20);
    for (size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), f)) > 0;)
        crypto_generichash_update(&state, buffer.data(), n);
    if (std::ferror(f))
        return fail("cannot read " + path);
    unsigned char digest[32];
    crypto_generichash_final(&state, digest, sizeof digest);
    char hex[65];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);

    std::vector<unsigned char> signed_;
    std::vector<unsigned char> message(128);
    unsigned long long messageLength = 0;
    if (!decodeBase64(trimmed(header.signature), signed_, 256)
        || crypto_sign_open(message.data(), &messageLength, signed_.data(), signed_.size(), key) != 0)
        return fail("Habitat artifact is invalid, signature verification failed: " + path);
    if (messageLength != 64 || std::memcmp(message.data(), hex, 64) != 0)
        return fail("Habitat artifact is invalid, hashes don't match (expected: "
            + std::string(reinterpret_cast<const char*>(message.data()), size_t(messageLength)) + ", computed: " + hex
            + ")");
    std::fseek(f, payloadStart, SEEK_SET);
    return 0;
}

// The payload through liblzma's single-stream decoder (xz2's XzDecoder::new): sink gets each
// decompressed chunk and returns false to stop early (the metadata read stops at the tar's end).
template <typename Sink> int decompress(std::FILE* f, const std::string& path, Sink&& sink)
{
    lzma_stream stream = LZMA_STREAM_INIT;
    if (lzma_stream_decoder(&stream, UINT64_MAX, 0) != LZMA_OK)
        return fail("liblzma could not start");
    std::vector<uint8_t> in(1 << 16), out(1 << 20);
    lzma_action action = LZMA_RUN;
    stream.next_out = out.data();
    stream.avail_out = out.size();
    for (;;) {
        if (stream.avail_in == 0 && action == LZMA_RUN) {
            stream.next_in = in.data();
            stream.avail_in = std::fread(in.data(), 1, in.size(), f);
            if (std::ferror(f)) {
                lzma_end(&stream);
                return fail("cannot read " + path);
            }
            if (std::feof(f))
                action = LZMA_FINISH;
        }
        const lzma_ret ret = lzma_code(&stream, action);
        // What was decoded goes out before an error counts: Habitat's tar reader takes the data
        // as the decoder gives it, and its metadata read ends at the tar's end, before the xz
        // index and footer that a payload's last bytes hold.
        if (stream.avail_out == 0 || ret != LZMA_OK) {
            const bool more = sink(out.data(), out.size() - stream.avail_out);
            stream.next_out = out.data();
            stream.avail_out = out.size();
            if (!more || ret == LZMA_STREAM_END) {
                lzma_end(&stream);
                return 0;
            }
        }
        if (ret == LZMA_OK)
            continue;
        if (ret == LZMA_STREAM_END)
            break;
        lzma_end(&stream);
        // xz2's words for a decoder error or a payload that ends early (its read::XzDecoder).
        return fail(path + ": " + (ret == LZMA_BUF_ERROR ? "premature eof" : "corrupt xz stream"));
    }
    lzma_end(&stream);
    return 0;
}

// The metafiles PackageArchive reads (archive.rs METAFILE_REGXS), each matched as
// ^/?(?:opt/)?hab/pkgs/([^/]+)/([^/]+)/([^/]+)/([^/]+)/NAME$.
constexpr std::array<const char*, 16> metafiles { "BUILD_DEPS", "BUILD_TDEPS", "CFLAGS", "default.toml", "DEPS",
    "EXPOSES", "IDENT", "LDFLAGS", "LD_RUN_PATH", "MANIFEST", "PACKAGE_TYPE", "PATH", "SVC_GROUP", "SVC_USER", "TARGET",
    "TDEPS" };

const char* metafileOf(std::string path)
{
    if (!path.empty() && path.front() == '/')
        path.erase(0, 1);
    if (path.rfind("opt/", 0) == 0)
        path.erase(0, 4);
    if (path.rfind("hab/pkgs/", 0) != 0)
        return nullptr;
    path.erase(0, 9);
    for (int level = 0; level < 4; ++level) {
        const auto slash = path.find('/');
        if (slash == 0 || slash == std::string::npos)
            return nullptr;
        path.erase(0, slash + 1);
    }
    for (const char* name : metafiles) {
        if (path == name)
            return name;
    }
    return nullptr;
}

uint64_t tarNumber(const unsigned char* field, size_t length)
{
    if (field[0] & 0x80) { // GNU base-256
        uint64_t v = 0;
        for (size_t i = 1; i < length; ++i)
            v = (v << 8) | field[i];
        return v;
    }
    uint64_t v = 0;
    for (size_t i = 0; i < length && field[i]; ++i) {
        if (field[i] >= '0' && field[i] <= '7')
            v = v * 8 + (field[i] - '0');
    }
    return v;
}

// A tar read entry by entry as the tar crate's Archive::entries() does (ustar names with their
// prefix, GNU long names, pax paths), ending at the first zero block; hand-written because
// libarchive's static archive would pull in its own dependencies, and only names and the small
// metafiles are wanted.
class MetadataReader
{
public:
    explicit MetadataReader(std::string directory)
        : m_directory(std::move(directory))
    { }
    // Returns false once the tar has ended or every metafile is found (Habitat stops there too).
    bool feed(const unsigned char* data, size_t length)
    {
        while (length > 0 && !m_done) {
            const size_t take = std::min(length, m_want - m_buffer.size());
            m_buffer.insert(m_buffer.end(), data, data + take);
            data += take;
            length -= take;
            if (m_buffer.size() == m_want)
                step();
        }
        return !m_done;
    }
    bool failed() const { return m_failed; }
    bool ended() const { return m_done; }

private:
    void step()
    {
        if (m_state == State::Header) {
            const unsigned char* h = m_buffer.data();
            if (std::all_of(h, h + 512, [](unsigned char c) { return c == 0; })) {
                m_done = true;
                return;
            }
            std::string name(reinterpret_cast<const char*>(h), strnlen(reinterpret_cast<const char*>(h), 100));
            if (std::memcmp(h + 257, "ustar", 5) == 0 && h[345]) {
                const std::string prefix(
                    reinterpret_cast<const char*>(h + 345), strnlen(reinterpret_cast<const char*>(h + 345), 155));
                name = prefix + '/' + name;
            }
            m_type = char(h[156]);
            m_size = tarNumber(h + 124, 12);
            m_path = m_nextPath.empty() ? name : m_nextPath;
            if (m_type != 'L' && m_type != 'x' && m_type != 'g')
                m_nextPath.clear();
            m_state = State::Data;
            m_want = size_t((m_size + 511) / 512 * 512);
            // Only the small members it keeps are buffered; the rest is read past in chunks.
            m_keep = m_type == 'L' || m_type == 'x' || ((m_type == '0' || m_type == '\0') && metafileOf(m_path));
            if (m_size > (64u << 20) && m_keep) {
                m_failed = m_done = true;
                return;
            }
            if (!m_keep)
                m_skip = m_want, m_want = std::min<size_t>(m_skip, 512);
            m_buffer.clear();
            if (m_want == 0) {
                if (m_keep)
                    step(); // an empty metafile: kept, with nothing to read
                else
                    finishEntry();
            }
            return;
        }
        if (!m_keep) {
            m_skip -= m_buffer.size();
            m_buffer.clear();
            m_want = std::min<size_t>(m_skip, 1 << 16);
            if (m_skip == 0)
                finishEntry();
            return;
        }
        m_buffer.resize(size_t(m_size));
        if (m_type == 'L') {
            m_nextPath.assign(m_buffer.begin(), m_buffer.end());
            m_nextPath.resize(strnlen(m_nextPath.c_str(), m_nextPath.size()));
        } else if (m_type == 'x') {
            // Records "LEN key=value\n"; path= names the next member.
            const std::string records(m_buffer.begin(), m_buffer.end());
            for (size_t at = 0; at < records.size();) {
                const size_t space = records.find(' ', at);
                const size_t length = std::strtoul(records.c_str() + at, nullptr, 10);
                if (space == std::string::npos || length == 0 || at + length > records.size())
                    break;
                const std::string record = records.substr(space + 1, at + length - space - 2);
                if (record.rfind("path=", 0) == 0)
                    m_nextPath = record.substr(5);
                at += length;
            }
        } else if (const char* meta = metafileOf(m_path)) {
            const std::string contents = trimmed(std::string(m_buffer.begin(), m_buffer.end()));
            std::FILE* out = std::fopen((m_directory + '/' + meta).c_str(), "wb");
            if (!out || std::fwrite(contents.data(), 1, contents.size(), out) != contents.size()
                || std::fclose(out) != 0)
                m_failed = m_done = true;
            m_found.insert(meta);
            if (m_found.size() == metafiles.size())
                m_done = true;
        }
        finishEntry();
    }
    void finishEntry()
    {
        m_state = State::Header;
        m_want = 512;
        m_buffer.clear();
    }

    enum class State
    {
        Header,
        Data
    };
    std::string m_directory;
    State m_state = State::Header;
    std::vector<unsigned char> m_buffer;
    size_t m_want = 512;
    size_t m_skip = 0;
    uint64_t m_size = 0;
    char m_type = 0;
    bool m_keep = false;
    std::string m_path, m_nextPath;
    std::set<std::string> m_found;
    bool m_done = false;
    bool m_failed = false;
};

} // namespace

int main(int argc, char** argv)
{
    std::string mode;
    if (argc == 4 && argv[1][0] == '-')
        mode = argv[1];
    if ((argc != 3 && mode.empty())
        || (!mode.empty() && mode != "--check" && mode != "--unpack" && mode != "--metadata"))
        return fail("usage: standin-hart-verify [--check | --unpack] FILE.hart KEY-DIRECTORY\n"
                    "       standin-hart-verify --metadata FILE.hart DIRECTORY");
    const std::string path = argv[argc - 2];
    const std::string directory = argv[argc - 1];
    if (sodium_init() < 0)
        return fail("libsodium could not start");
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f)
        return fail("File not found at: " + path);
    struct Closer
    {
        std::FILE* f;
        ~Closer() { std::fclose(f); }
    } closer { f };
    Header header;
    if (readHeader(f, path, header) != 0)
        return 1;

    if (mode == "--metadata") {
        // PackageArchive::new reads the metadata of an artifact it has not verified (archive.rs).
        MetadataReader reader(directory);
        if (decompress(f, path, [&](const uint8_t* data, size_t n) { return reader.feed(data, n); }) != 0)
            return 1;
        if (reader.failed())
            return fail(path + ": cannot read its metadata");
        return 0;
    }

    if (verifyPayload(f, path, header, directory) != 0)
        return 1;
    if (mode == "--check")
        return 0;
    if (mode == "--unpack") {
        bool written = true;
        if (decompress(f, path,
                [&](const uint8_t* data, size_t n) {
                    written = std::fwrite(data, 1, n, stdout) == n;
                    return written;
                })
            != 0)
            return 1;
        return written && std::fflush(stdout) == 0 ? 0 : fail("cannot write the payload");
    }
    std::vector<unsigned char> buffer(1 << 20);
    for (size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), f)) > 0;) {
        if (std::fwrite(buffer.data(), 1, n, stdout) != n)
            return fail("cannot write the payload");
    }
    return std::fflush(stdout) == 0 ? 0 : fail("cannot write the payload");
}
