// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace passages {

/// A batch file: what one desk publishes at one sync, as JSON Lines.
///
/// Why JSON Lines rather than a small SQLite file (the design's first suggestion): the
/// bytes are a pure function of the outbox rows and the batch's recorded metadata, so a
/// batch rebuilt from the outbox after its local copy was lost has the same hash and is
/// recognised as the same batch, never mistaken for a fork; a truncated or empty file
/// fails to parse instead of opening as a valid empty database; and no SQLite file ever
/// lives on the share.
///
/// Line 1: header {"format":"passages-batch","version":2,"app":..,"instance":..,
///   "parent":..,"site":..,"desk":..,"batch_no":N,"rows":R,"prev_hash":..,"created_utc":..}
/// Lines 2..R+1: {"entity":"passage","id":..,"revision":N,"row":{...},"seq":S}
/// Last line (format 3): {"end":true,"key":<the desk's Ed25519 public key, base64>,
///   "rows":R,"sig":<Ed25519 signature, base64>}, the signature covering every preceding
///   byte followed by the trailer without its "sig" (so the whole file is signed: header,
///   rows and trailer); the consolidation accepts the key only when an administrator
///   approved it for this desk (docs/trust-model.md).
/// Formats 1 and 2 end with {"end":true,"hmac":<HMAC of every preceding byte, keyed by the
///   share key>,"rows":R}; they are still read (old batches of approved desks). In every
///   format the trailer line must be byte for byte the canonical encoding of its fields:
///   an added space is a damaged file, not a second copy.
/// File name: <instance>_<batch_no:08>_<content hash of the whole file, first 16
/// hex>_a<attempt>.jsonl
///
/// Formats 2 and 3 hash with BLAKE2b-256; format 1 (SHA-256, "prev_sha256") is
/// still read and still written for batches first made in it, so their bytes never
/// change. Why the change: Qt's SHA-256 runs at ~130 MB/s here, BLAKE2b at ~720 MB/s,
/// and a first consolidation hashes every byte of a year twice (name check, signature).
///
/// Format 4 is format 3 byte for byte but its number: a batch carrying a walk-in's
/// service level or orientation (desk schema 11) declares it, so a consolidator older
/// than those fields holds that batch ("format 4 is newer") instead of importing its
/// walk-ins without them, and imports it once upgraded. Batches carrying neither stay
/// format 3, which every consolidator since the signed format reads.
constexpr int kBatchFormatVersion = 4;
/// The first format signed by the desk's own key rather than the share's HMAC key.
constexpr int kSignedBatchFormat = 3;
/// The format of a batch carrying the walk-ins' service level or orientation.
constexpr int kDeskFieldsBatchFormat = 4;

struct BatchHeader
{
    int version = kBatchFormatVersion;
    QString app;
    QString instance;
    QString parent;
    QString site;
    QString desk;
    qint64 batchNo = 0;
    int rows = 0;
    QString prevHash; ///< the previous batch's content hash ("" for batch 1)
    QString createdUtc;
};

struct BatchChange
{
    qint64 seq = 0;
    QString entity; ///< the synchronised table ("passage")
    QString id;
    int revision = 0;
    QJsonObject row; ///< the full row image, keys = column names
};

struct Batch
{
    BatchHeader header;
    QList<BatchChange> changes;
    /// Format 3: the public key whose signature over the whole file verified (who signed
    /// it; whether that key is approved is the consolidation's question). Empty before.
    QByteArray signer;
};

/// Parts of a batch file name.
struct BatchName
{
    QString instance;
    qint64 batchNo = 0;
    QString hashPrefix; ///< 16 hex
    int attempt = 1;

    QString fileName() const;
    static std::optional<BatchName> parse(const QString &fileName);
};

/// The longest line a batch may hold (a row image is a few hundred bytes; free text is
/// bounded at the desk). Checked as the file is read: a 100 MB one-line header is
/// refused after its first megabyte, never parsed.
constexpr qsizetype kMaxBatchLineBytes = qsizetype(1) << 20;

class ShareFs;

/// A batch file read as a stream, line by line (ShareFs::readLines()): each line is
/// capped as it arrives, the content hash is computed as the bytes pass, and a first
/// line that is not a Passages batch header stops the read at once. The bytes are kept
/// until finish(): an Ed25519 signature (libsodium's crypto_sign_verify_detached) is
/// checked over the whole message, and the rows are only parsed once it verified, so
/// nothing unauthenticated beyond the header is ever decoded. BatchCodec::decode() is
/// this same reader over bytes already in memory.
class BatchReader
{
public:
    /// The next line, its '\n' included (the last one may lack it). An error refuses
    /// the file for what it holds so far: stop reading it.
    Status addLine(QByteArrayView line);
    /// After the last line: the batch, verified as BatchCodec::decode() documents.
    Result<Batch> finish(const QByteArray &shareKey) const;
    /// The content hash of every byte given, with the declared format's algorithm (the
    /// current one when the header declares none it knows).
    QString contentHash() const;
    qint64 size() const { return m_data.size(); }

    /// Reads `path` from `fs` into `reader` (size cap kMaxBatchFileBytes, line cap
    /// kMaxBatchLineBytes). Errors: the file system's (field "refused" for a file refused
    /// for what it is, see share_fs.h) or addLine()'s (ErrorCode::Parse).
    static Status readFile(ShareFs &fs, const QString &path, BatchReader &reader);

private:
    QByteArray m_data;
    std::optional<QCryptographicHash> m_hash;
    qint64 m_lines = 0;
};

class BatchCodec
{
    Q_DECLARE_TR_FUNCTIONS(BatchCodec)

public:
    /// Deterministic bytes for a batch, in the format of `batch.header.version`: `key` is
    /// the desk's Ed25519 secret key for format 3, the share's HMAC key before.
    static QByteArray encode(const Batch &batch, const QByteArray &key);
    /// Parses and verifies (structure, row count, signature: by the key the trailer names
    /// for format 3, with `shareKey` before). ErrorCode::TooNew for a newer format version
    /// (the file is held, not rejected); ErrorCode::Parse with the line for anything else.
    static Result<Batch> decode(const QByteArray &data, const QByteArray &shareKey);
    /// The content hash of a whole file, hex, as its name and the receipts carry it.
    /// Format 1 files were hashed with SHA-256, later ones with BLAKE2b-256.
    static QString contentHash(const QByteArray &data, int version = kBatchFormatVersion);
    /// The format version a batch file declares in its first line (0 if unreadable),
    /// without verifying anything else.
    static int declaredVersion(const QByteArray &data);
};

} // namespace passages
