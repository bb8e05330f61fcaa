// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace passages {

/// What one consolidation says of one desk's files, written back to the share as
/// `receipts/<instance>.<consolidator>.json` and read by that desk at its next sync:
///
///     {"format":"passages-receipt","version":1,"instance":..,"consolidator":..,
///      "written_utc":..,"files":[{"file":..,"batch_no":N,"hash":..,"status":..,
///      "reason":..,"rows":R},...]}
///
/// Signed by the consolidating PC's approved key: a desk ignores any other receipt.
/// Rewritten whole at each consolidation that gave one of the desk's files a status; the
/// statuses are the consolidator's (imported, duplicate, quarantined, held, fork).
struct ReceiptEntry
{
    QString file; ///< the batch file's name (no folder)
    qint64 batchNo = 0;
    QString hash; ///< the content hash of the bytes the consolidation read
    QString status;
    QString reason;
    int rows = 0;
};

struct Receipt
{
    Q_DECLARE_TR_FUNCTIONS(Receipt)

public:
    QString instance;
    QString consolidator;
    QString writtenUtc;
    QList<ReceiptEntry> files;

    QByteArray encode() const;
    /// The receipt signed by the consolidating PC's key ("sig", docs/trust-model.md).
    QByteArray encodeSigned(const QByteArray &secretKey) const;
    /// Whether a receipt file is signed by `publicKey`.
    static bool verify(const QByteArray &data, const QByteArray &publicKey);
    /// A receipt file's content; an error saying so when it is not one.
    static Result<Receipt> decode(const QByteArray &data, const QString &name);

    /// `<instance>.<consolidator>.json`
    static QString fileName(const QString &instance, const QString &consolidator);
    /// The desk identity a receipt file is for, or empty when the name is not a receipt's.
    static QString instanceOf(const QString &fileName);
};

} // namespace passages
