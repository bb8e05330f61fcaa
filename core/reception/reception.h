// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/reception/passage.h"
#include "core/storage/outbox.h"
#include "core/storage/record.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlQuery>

#include <optional>

namespace passages {

class Database;
class Referential;
class CommuneIndex;

/// Who this desk database is: a random instance id made at creation, the site code and
/// the human desk label set at first run.
/// The accueil desk's service: records, corrects and tombstones walk-ins, each in one
/// durable transaction that also appends the row image to the sync outbox.
class Reception
{
    Q_DECLARE_TR_FUNCTIONS(Reception)

public:
    /// The database must outlive the Reception (it keeps prepared statements on it).
    Reception(Database &db, const Referential &referential, const CommuneIndex &communes,
              Clock clock = {});
    ~Reception();
    Reception(const Reception &) = delete;
    Reception &operator=(const Reception &) = delete;

    DeskIdentity identity() const;
    /// Sets site (a referential site code) and desk label (1-40 characters).
    Status setIdentity(const QString &site, const QString &desk);

    /// Checks codes against the referential and communes, and the group size. The error
    /// message names the field and, for a bad code, lists the valid ones.
    Status validate(const PassageInput &input) const;

    /// Records one walk-in; returns it once it is committed to disk.
    Result<Passage> log(const PassageInput &input);
    /// Records many in one transaction: all or none (imports).
    Result<int> logAll(const QList<PassageInput> &inputs);
    /// A correction: the same entry, next revision.
    Result<Passage> correct(const QString &id, const PassageInput &input);
    /// A deletion: the entry becomes a tombstone (next revision, deleted).
    Result<Passage> remove(const QString &id);
    /// Writes an earlier image back (the undo of a correction or deletion), as a new
    /// revision so the sync sees it as the latest word.
    Result<Passage> restore(const Passage &image);

    Result<Passage> find(const QString &id) const;
    /// Entries of a day, not deleted, newest first (limit < 0: all).
    Result<QList<Passage>> entriesOn(const QDate &date, int limit = -1) const;
    /// Entries of a year (or all years when year == 0), not deleted, oldest first.
    Result<QList<Passage>> entriesOfYear(int year) const;
    /// `passage` as the reports count it: each referential code replaced by the one the
    /// referential's merges count it under (A merged into C reads C), as the raw exports
    /// write it. The stored row keeps its codes.
    Passage reported(Passage passage) const;
    /// Sum of group sizes per pôle for a day (deleted excluded).
    Result<QHash<QString, qint64>> countsByPole(const QDate &date) const;
    /// How often each commune was recorded here over the last year (search ordering); an
    /// Error when the entries cannot be read, never an empty count passed off as "no
    /// commune yet".
    Result<QHash<QString, int>> communeFrequency() const;

    QDateTime now() const;
    QDate today() const { return now().date(); }

    const Referential &referential() const { return m_referential; }
    const CommuneIndex &communes() const { return m_communes; }
    Database &database() const { return m_db; }

private:
    Result<Passage> build(const PassageInput &input, const DeskIdentity &identity) const;
    Status write(const Passage &passage, bool insert);

    Database &m_db;
    const Referential &m_referential;
    const CommuneIndex &m_communes;
    Clock m_clock;
    // The hot path of a desk is log(): its identity and statements are prepared once.
    mutable std::optional<DeskIdentity> m_identity;
    mutable quint64 m_identityGeneration = 0;
    std::optional<QSqlQuery> m_insertPassage;
    std::optional<QSqlQuery> m_updatePassage;
    Outbox m_outbox;
};

} // namespace passages
