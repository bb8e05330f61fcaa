// SPDX-License-Identifier: GPL-3.0-or-later
// What the Consolidator checks before it applies a file: the share's trust (pinned admin
// key, this PC's and the desks' approvals), each batch's signer, each row's values and
// each record's owner. The scan, the import and the receipts are in consolidator.cpp.
#include "core/sync/consolidator.h"
#include "core/sync/consolidator_p.h"

#include "core/sync/batch.h"
#include "core/sync/share.h"
#include "core/sync/trust.h"

#include <QDate>
#include <QRegularExpression>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>
#include <climits>
#include <cmath>

namespace passages {

namespace {

/// Bounds of the values checked at consolidation (a desk never writes beyond them).
constexpr qsizetype kMaxText = 200;
constexpr qsizetype kMaxLongText = 20000;

/// Control characters (C0, DEL, C1) that have no business in a stored field; line breaks
/// and tabs are allowed where `multiline`.
bool hasControl(const QString &text, bool multiline)
{
    return std::any_of(text.cbegin(), text.cend(), [multiline](QChar c) {
        const char16_t u = c.unicode();
        if (multiline && (u == u'\n' || u == u'\r' || u == u'\t'))
            return false;
        return u < 0x20 || (u >= 0x7f && u < 0xa0);
    });
}

/// A commune as a desk stores it: an INSEE code (Corsica 2A/2B, overseas 97x/98x),
/// "etranger" or "nr". Anything else (a name, an address) is refused.
bool isCommuneCode(const QString &code)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:[0-9]{5}|2[AB][0-9]{3}|etranger|nr)$"));
    return pattern.match(code).hasMatch();
}

} // namespace

namespace sync_detail {

/// This consolidation's identity, made at its first run.
Result<QString> consolidatorId(ConsolidationStore &store)
{
    Result<QString> id = store.meta(QStringLiteral("consolidator_id"));
    if (!id || !id->isEmpty())
        return id;
    const QString made = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (Status s = store.setMeta(QStringLiteral("consolidator_id"), made); !s)
        return s.error();
    return made;
}

} // namespace sync_detail

Status Consolidator::loadTrust(Share &share, const ShareInfo &info, ConsolidationSummary &summary)
{
    if (info.format < 2)
        return makeError(ErrorCode::ShareOutdated,
                         tr("The share %1 was prepared before signatures: an administrator "
                            "upgrades it once with: passages-cli share upgrade --share %1")
                             .arg(m_root));
    // Pinned at the first run, like a desk does: a replaced SHARE_ID brings no new admin.
    const QString adminKey = trust::toBase64(info.adminKey);
    const Result<QString> pinned = m_store->meta(QStringLiteral("share_admin_key"));
    if (!pinned)
        return pinned.error();
    if (pinned->isEmpty()) {
        if (Status s = m_store->setMeta(QStringLiteral("share_admin_key"), adminKey); !s)
            return s;
    } else if (*pinned != adminKey) {
        return makeError(ErrorCode::ShareDamaged,
                         tr("The administrator key in the share's SHARE_ID is not the one this "
                            "consolidation knows: the share was replaced or tampered with."));
    }
    const Result<QString> id = sync_detail::consolidatorId(*m_store);
    if (!id)
        return id.error();
    const QString &consolidator = *id;
    Result<trust::KeyPair> keys = trust::localKeys(
        [this](const QString &key) { return m_store->meta(key); },
        [this](const QString &key, const QString &value) { return m_store->setMeta(key, value); });
    if (!keys)
        return keys.error();
    m_signingKey = keys->secretKey;
    const TrustState state = share.trust(info.adminKey);
    m_approved = state.approved;
    summary.trustProblems << state.problems;
    const auto mine = m_approved.constFind(consolidator);
    if (mine == m_approved.constEnd() || mine->request.key != keys->publicKey ||
        mine->request.role != trust::kRoleConsolidator) {
        summary.awaitingApproval = true;
        const bool asked =
            std::any_of(state.pending.cbegin(), state.pending.cend(), [&](const JoinRequest &r) {
                return r.instance == consolidator && r.key == keys->publicKey;
            });
        if (!asked) {
            JoinRequest request;
            request.instance = consolidator;
            request.role = trust::kRoleConsolidator;
            request.desk = QSysInfo::machineHostName().left(100);
            request.key = keys->publicKey;
            request.requestedUtc = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
            // A share this PC may only read: the request waits for the next run.
            (void)share.requestJoin(request, keys->secretKey);
        }
    }
    // Files refused for want of an approval are judged again once their desk has a new
    // one (once: the approval they were judged under is remembered).
    const Result<QHash<QString, QString>> judged = m_store->judgedApprovals();
    if (!judged)
        return judged.error();
    for (auto it = m_approved.cbegin(); it != m_approved.cend(); ++it) {
        if (judged->value(it.key()) == it->approvedUtc)
            continue;
        if (Status s = m_store->rejudge(it.key(), it->approvedUtc); !s)
            return s;
    }
    return {};
}

QString Consolidator::checkApproval(const Batch &batch) const
{
    const auto approval = m_approved.constFind(batch.header.instance);
    if (approval == m_approved.constEnd() || approval->request.role != trust::kRoleDesk)
        return tr("this desk's key is not approved by an administrator (yet)");
    if (batch.header.version >= kSignedBatchFormat) {
        if (approval->request.key != batch.signer)
            return tr("signed by a key that is not the one approved for this desk");
        return {};
    }
    // Before signatures a batch carries only the share's HMAC, which every desk knows:
    // accepted for the numbers the administrator approved, never beyond.
    if (batch.header.batchNo > approval->request.legacyBatches)
        return tr("an unsigned batch (older format) beyond the %n the administrator approved "
                  "for this desk",
                  nullptr, int(std::min<qint64>(approval->request.legacyBatches, INT_MAX)));
    return {};
}

QString Consolidator::checkValues(const BatchChange &change) const
{
    const QString line = tr("record %1: ").arg(change.id.left(36));
    if (change.id.size() > 64 || hasControl(change.id, false))
        return tr("a record id is not valid");
    for (auto it = change.row.constBegin(); it != change.row.constEnd(); ++it) {
        if (it->isString()) {
            const QString text = it->toString();
            const bool free = change.entity != QLatin1String("passage");
            if (text.size() > (free ? kMaxLongText : kMaxText) || hasControl(text, free))
                return line + tr("the field %1 is too long or holds control characters")
                                  .arg(it.key().left(40));
        } else if (it->isDouble()) {
            // Beyond 2^31 no count, revision or offset makes sense, and a sum of a year of
            // rows stays far from 2^63.
            const double value = it->toDouble();
            if (!(std::abs(value) <= 2147483647.0))
                return line + tr("the field %1 holds an impossible number").arg(it.key().left(40));
        }
    }
    if (change.entity != QLatin1String("passage"))
        return {};
    // A walk-in: what Reception::validate() checks at the desk, against the referential
    // in force here (retired codes stay valid: history stays reportable).
    using Kind = Referential::Kind;
    const QJsonObject &row = change.row;
    const auto text = [&row](const char *key) {
        return row.value(QLatin1String(key)).toString();
    };
    // The group maximum of the referential in force, as the desk checks it.
    const int count = row.value(QStringLiteral("count")).toInt(0);
    if (count < 1 || count > m_referential.maxGroupSize())
        return line + tr("a group of %1 is outside 1..%2")
                          .arg(row.value(QStringLiteral("count")).toVariant().toString().left(20))
                          .arg(m_referential.maxGroupSize());
    if (Status s = m_referential.checkPoleAndTheme(text("pole"), text("theme")); !s)
        return line + s.error().message;
    for (const auto &[kind, key] :
         {std::pair{Kind::AgeBand, "age_band"}, std::pair{Kind::Public, "public"},
          std::pair{Kind::Channel, "channel"}})
        if (text(key).isEmpty() ||
            (!m_referential.contains(kind, text(key)) && text(key) != QLatin1String("nr")))
            return line + tr("unknown %1 \"%2\"").arg(Referential::kindName(kind), text(key));
    // The optional desk fields (issue 17): absent (a desk older than them) or null is "not
    // recorded"; anything else must be a code of the referential, as at the desk.
    for (const auto &[kind, key] : {std::pair{Kind::ServiceLevel, "service_level"},
                                    std::pair{Kind::Orientation, "orientation"}}) {
        const QJsonValue value = row.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isString() || !m_referential.contains(kind, value.toString()))
            return line +
                   tr("unknown %1 \"%2\"")
                       .arg(Referential::kindName(kind), value.toVariant().toString().left(40));
    }
    if (!isCommuneCode(text("commune")))
        return line + tr("the commune is not a commune code");
    const QDate day = QDate::fromString(text("local_date"), Qt::ISODate);
    if (!day.isValid() || day.year() < 1990 || day.year() > 2200)
        return line +
               tr("the date \"%1\" is not a plausible date").arg(text("local_date").left(20));
    return {};
}

Status Consolidator::checkOrigins(const Prepared &file)
{
    const QString &instance = file.header->instance;
    QStringList ids;
    ids.reserve(file.rows.size());
    for (const BoundRow &row : file.rows)
        ids << row.id;
    const Result<QList<std::pair<QString, QString>>> owners = m_store->foreignOwners(ids, instance);
    if (!owners)
        return owners.error();
    for (const auto &[id, owner] : *owners) {
        // A desk forked from the owner (approved with that parent) continues its records.
        QString ancestor = instance;
        bool descends = false;
        for (int hops = 0; hops < 64 && !descends; ++hops) {
            const auto approval = m_approved.constFind(ancestor);
            if (approval == m_approved.constEnd() || approval->request.parent.isEmpty())
                break;
            ancestor = approval->request.parent;
            descends = ancestor == owner;
        }
        if (!descends)
            return makeError(ErrorCode::Rejected,
                             tr("record %1 belongs to another desk, which alone may change or "
                                "delete it")
                                 .arg(id));
    }
    return {};
}

} // namespace passages
