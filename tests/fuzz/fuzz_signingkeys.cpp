// SPDX-License-Identifier: Apache-2.0
// Key file text: PublicSigningKey::fromText (SIG-PUB-1) and SecretSigningKey::fromText (SIG-SEC-1),
// the same bytes given to both, and a signature check over the input with a fixed key.
#include "fuzz/fuzzsupport.h"

#include "package/publicsigningkey.h"
#include "package/secretsigningkey.h"

#include <sodium.h>

using namespace habmesos;

namespace {

void checkPublic(const QByteArray& input)
{
    const auto key = PublicSigningKey::fromText(input, QStringLiteral("fuzz.pub"));
    if (!key) {
        FUZZ_CHECK(key.error().startsWith(QLatin1String("fuzz.pub: ")), key.error());
        return;
    }
    FUZZ_CHECK(key->keyBytes().size() == crypto_sign_PUBLICKEYBYTES, QString::number(key->keyBytes().size()));
    FUZZ_CHECK(key->fileContents() == input, QStringLiteral("the key file is kept as read"));
    FUZZ_CHECK(key->namedRevision() == key->origin() + u'-' + key->revision(), key->namedRevision());
    // A signature from nobody: never accepted.
    FUZZ_CHECK(!key->openSigned(QByteArray(crypto_sign_BYTES + 8, 'x')), key->namedRevision());
}

void checkSecret(const QByteArray& input)
{
    const auto key = SecretSigningKey::fromText(input, QStringLiteral("fuzz.sig.key"));
    if (!key) {
        FUZZ_CHECK(key.error().startsWith(QLatin1String("fuzz.sig.key: ")), key.error());
        return;
    }
    FUZZ_CHECK(key->keyBytes().size() == crypto_sign_SECRETKEYBYTES, QString::number(key->keyBytes().size()));
    // What we write reads back as the same key.
    const auto again = SecretSigningKey::fromText(key->secretKeyFileText(), QStringLiteral("again"));
    FUZZ_CHECK(again && again->keyBytes() == key->keyBytes() && again->namedRevision() == key->namedRevision(),
        again ? again->namedRevision() : again.error());
    const auto pub = PublicSigningKey::fromText(key->publicKeyFileText(), QStringLiteral("pub"));
    FUZZ_CHECK(pub && pub->keyBytes() == key->publicKeyBytes() && pub->namedRevision() == key->namedRevision(),
        pub ? pub->namedRevision() : pub.error());
    // A consistent key pair (the seed gives the stored public half) signs what its public key opens.
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_seed_keypair(pk, sk, reinterpret_cast<const unsigned char*>(key->keyBytes().constData()));
    if (QByteArray(reinterpret_cast<const char*>(pk), sizeof pk) == key->publicKeyBytes()) {
        const QByteArray message = input.left(256);
        const auto opened = pub->openSigned(key->sign(message));
        FUZZ_CHECK(opened && opened.value() == message, opened ? QString() : opened.error());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    checkPublic(input);
    checkSecret(input);
    QString name;
    QString revision;
    if (PublicSigningKey::splitNamedRevision(QString::fromUtf8(input), &name, &revision))
        FUZZ_CHECK(!name.isEmpty() && !revision.isEmpty(), name);
    return 0;
}
