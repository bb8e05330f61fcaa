// SPDX-License-Identifier: GPL-3.0-or-later
// Upkeep of the fonds: weeding (désherbage) and inventory (récolement).
// The consultations are in fonds_consultations.cpp.
#include "core/fonds/fonds_upkeep.h"

#include "core/fonds/fonds_catalogue.h"
#include "core/fonds/fonds_shared_p.h"

#include "core/fonds/fonds_storage_p.h"
#include "core/fonds/isbn.h"
#include "core/referential/commune_index.h"
#include "core/storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace passages {

namespace {

const QString kWeedingKey = QStringLiteral("fonds_weeding_rules");

/// The first number of an edition ("3e éd." -> 3, "2024-2025" -> 2024), 0 when none.
int editionNumber(const QString &edition)
{
    static const QRegularExpression number(QStringLiteral("(\\d+)"));
    const QRegularExpressionMatch m = number.match(edition);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

/// Whether `b` is a newer edition than `a` (same work).
bool newer(const Title &b, const Title &a)
{
    if (a.year > 0 && b.year > 0 && a.year != b.year)
        return b.year > a.year;
    const int ea = editionNumber(a.edition);
    const int eb = editionNumber(b.edition);
    return ea > 0 && eb > 0 && eb > ea;
}

} // namespace

FondsUpkeep::FondsUpkeep(fonds_detail::FondsShared &shared, FondsCatalogue &catalogue)
    : m_shared(shared), m_catalogue(catalogue)
{}

WeedingRules FondsUpkeep::weedingRules() const
{
    const QString saved = m_shared.db.meta(kWeedingKey);
    if (saved.isEmpty())
        return WeedingRules::defaults();
    const QJsonObject root = QJsonDocument::fromJson(saved.toUtf8()).object();
    WeedingRules rules;
    const QJsonObject ages = root.value(QStringLiteral("max_age_years")).toObject();
    for (auto it = ages.begin(); it != ages.end(); ++it)
        rules.maxAgeYears.insert(it.key(), it.value().toInt());
    rules.unusedYears = root.value(QStringLiteral("unused_years")).toInt(3);
    return rules;
}

Status FondsUpkeep::setWeedingRules(const WeedingRules &rules)
{
    QJsonObject ages;
    for (auto it = rules.maxAgeYears.cbegin(); it != rules.maxAgeYears.cend(); ++it) {
        if (it.value() < 0 || it.value() > 100)
            return makeError(
                ErrorCode::InvalidArgument,
                tr("The age limit of %1 must be between 0 and 100 years.").arg(it.key()),
                QStringLiteral("max_age"));
        ages.insert(it.key(), it.value());
    }
    if (rules.unusedYears < 0 || rules.unusedYears > 50)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The years without consultation must be between 0 and 50."),
                         QStringLiteral("unused_years"));
    QJsonObject root;
    root.insert(QStringLiteral("max_age_years"), ages);
    root.insert(QStringLiteral("unused_years"), rules.unusedYears);
    return m_shared.db.setMeta(
        kWeedingKey, QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact)));
}

Result<QList<WeedingCandidate>> FondsUpkeep::weedingCandidates(const WeedingRules &rules) const
{
    Result<QList<Title>> allTitles = m_catalogue.titles();
    if (!allTitles)
        return allTitles.error();
    Result<QList<Copy>> allCopies = m_catalogue.copies();
    if (!allCopies)
        return allCopies.error();
    const QDate day = m_shared.today();

    QHash<QString, Title> byId;
    for (const Title &t : *allTitles)
        byId.insert(t.id, t);
    // A title "exists" in the fonds when one of its copies is not withdrawn.
    QSet<QString> held;
    for (const Copy &c : *allCopies)
        if (c.status != CopyStatus::Withdrawn)
            held.insert(c.titleId);

    // The same work: same title and publisher, accents and case aside.
    auto workKey = [](const Title &t) {
        return CommuneIndex::fold(t.title) + QLatin1Char('|') + CommuneIndex::fold(t.publisher);
    };
    QHash<QString, QList<Title>> works;
    for (const Title &t : *allTitles)
        if (held.contains(t.id))
            works[workKey(t)] << t;

    QSet<QString> consulted;
    if (rules.unusedYears > 0) {
        QSqlQuery q = m_shared.db.prepare(
            QStringLiteral("SELECT DISTINCT title_id FROM fonds_consultation WHERE deleted = 0 "
                           "AND title_id IS NOT NULL AND local_date >= :since"));
        q.bindValue(QStringLiteral(":since"),
                    day.addYears(-rules.unusedYears).toString(Qt::ISODate));
        if (!q.exec())
            return sqlError(q, tr("Reading the consultations"));
        while (q.next())
            consulted.insert(q.value(0).toString());
    }

    QList<WeedingCandidate> result;
    for (const Copy &c : *allCopies) {
        if (c.status != CopyStatus::OnShelf && c.status != CopyStatus::Reserve)
            continue;
        if (!byId.contains(c.titleId))
            continue;
        const Title &t = byId[c.titleId];
        if (t.type == TitleType::Review || t.type == TitleType::Daily)
            continue; // periodicals follow their retention rule
        WeedingCandidate candidate{c, t, 0, {}};
        const int maxAge = rules.maxAgeYears.value(t.theme, 0);
        if (maxAge > 0) {
            const bool old = t.year > 0 ? day.year() - t.year > maxAge
                                        : c.acquired.isValid() && c.acquired.addYears(maxAge) < day;
            if (old)
                candidate.reasons |= WeedingCandidate::TooOld;
        }
        const Title *newest = nullptr;
        for (const Title &other : works.value(workKey(t)))
            if (other.id != t.id && newer(other, t) && (!newest || newer(other, *newest)))
                newest = &other;
        if (newest) {
            candidate.reasons |= WeedingCandidate::Superseded;
            candidate.supersededBy = newest->id;
        }
        if (rules.unusedYears > 0 && !consulted.contains(t.id)) {
            const QDate since = day.addYears(-rules.unusedYears);
            if (!c.acquired.isValid() || c.acquired < since)
                candidate.reasons |= WeedingCandidate::Unused;
        }
        if (candidate.reasons != 0)
            result << candidate;
    }
    std::sort(result.begin(), result.end(),
              [](const WeedingCandidate &a, const WeedingCandidate &b) {
                  if (a.title.cote() != b.title.cote())
                      return a.title.cote() < b.title.cote();
                  if (a.title.title != b.title.title)
                      return a.title.title < b.title.title;
                  return a.copy.inventory < b.copy.inventory;
              });
    return result;
}

Status FondsUpkeep::withdraw(const QStringList &copyIds, const QString &reason)
{
    return m_catalogue.setStatus(copyIds, CopyStatus::Withdrawn, reason);
}

QString FondsUpkeep::reasonText(int reasons)
{
    QStringList parts;
    if (reasons & WeedingCandidate::TooOld)
        parts << tr("too old");
    if (reasons & WeedingCandidate::Superseded)
        parts << tr("superseded by a newer edition");
    if (reasons & WeedingCandidate::Unused)
        parts << tr("not consulted");
    return parts.join(QLatin1String(", "));
}

Status FondsUpkeep::recordInventoryScan(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("Nothing was scanned."));
    QSqlQuery q = m_shared.db.prepare(
        QStringLiteral("INSERT INTO inventory_scan (code, scanned_utc) VALUES (:code, :at)"));
    q.bindValue(QStringLiteral(":code"), trimmed);
    q.bindValue(QStringLiteral(":at"), m_shared.now().toUTC().toString(Qt::ISODate));
    return exec(q, tr("Recording the scan %1").arg(trimmed));
}

Result<QStringList> FondsUpkeep::inventoryScans() const
{
    QSqlQuery q =
        m_shared.db.prepare(QStringLiteral("SELECT code FROM inventory_scan ORDER BY seq"));
    if (!q.exec())
        return sqlError(q, tr("Reading the inventory session"));
    QStringList codes;
    while (q.next())
        codes << q.value(0).toString();
    return codes;
}

Status FondsUpkeep::clearInventoryScans()
{
    QSqlQuery q = m_shared.db.prepare(QStringLiteral("DELETE FROM inventory_scan"));
    return exec(q, tr("Starting a new inventory session"));
}

Result<InventoryResult> FondsUpkeep::inventory(const InventoryScope &scope,
                                               const QStringList &scanned) const
{
    Result<QList<Title>> allTitles = m_catalogue.titles();
    if (!allTitles)
        return allTitles.error();
    Result<QList<Copy>> allCopies = m_catalogue.copies();
    if (!allCopies)
        return allCopies.error();
    QHash<QString, Title> byId;
    QHash<QString, QString> titleByIsbn;
    for (const Title &t : *allTitles) {
        byId.insert(t.id, t);
        if (!t.isbn.isEmpty())
            titleByIsbn.insert(t.isbn, t.id);
    }
    QHash<QString, int> byInventory; // lower-case inventory -> index
    QHash<QString, QList<int>> liveCopiesOfTitle;
    QSet<int> expected;
    for (int i = 0; i < allCopies->size(); ++i) {
        const Copy &c = allCopies->at(i);
        byInventory.insert(c.inventory.toLower(), i);
        if (c.status != CopyStatus::Withdrawn)
            liveCopiesOfTitle[c.titleId] << i;
        if (c.status != CopyStatus::OnShelf)
            continue;
        if (!scope.theme.isEmpty() && byId.value(c.titleId).theme != scope.theme)
            continue;
        if (!scope.location.isEmpty() &&
            c.location.compare(scope.location, Qt::CaseInsensitive) != 0)
            continue;
        expected.insert(i);
    }

    InventoryResult result;
    QSet<int> seen;
    QSet<QString> unknownSeen;
    for (const QString &raw : scanned) {
        const QString code = raw.trimmed();
        if (code.isEmpty())
            continue;
        int index = byInventory.value(code.toLower(), -1);
        if (index < 0 && Isbn::looksLikeIsbn(code)) {
            // A title with a single copy may be scanned by its ISBN.
            Result<QString> isbn = Isbn::normalise(code);
            if (isbn && titleByIsbn.contains(*isbn)) {
                const QList<int> copiesOfTitle = liveCopiesOfTitle.value(titleByIsbn.value(*isbn));
                if (copiesOfTitle.size() == 1)
                    index = copiesOfTitle.first();
            }
        }
        if (index < 0) {
            if (!unknownSeen.contains(code))
                result.unknown << code;
            unknownSeen.insert(code);
            continue;
        }
        if (seen.contains(index))
            continue;
        seen.insert(index);
        (expected.contains(index) ? result.found : result.unexpected) << allCopies->at(index);
    }
    for (int i = 0; i < allCopies->size(); ++i)
        if (expected.contains(i) && !seen.contains(i))
            result.missing << allCopies->at(i);
    return result;
}

} // namespace passages
