// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/programme/interview.h"
#include "core/storage/record.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlQuery>

#include <optional>

namespace passages {

class Database;
class Referential;

/// The pôle desks' service: records, corrects and tombstones interviews, each in one
/// durable transaction that also appends the row image to the sync outbox.
class Interviews
{
    Q_DECLARE_TR_FUNCTIONS(Interviews)

public:
    /// The database must outlive the service (it keeps prepared statements on it).
    Interviews(Database &db, const Referential &referential, Clock clock = {});
    ~Interviews();
    Interviews(const Interviews &) = delete;
    Interviews &operator=(const Interviews &) = delete;

    /// Checks the codes against the referential; the message names the field and, for a
    /// bad code, lists the valid ones.
    Status validate(const InterviewInput &input) const;

    Result<Interview> log(const InterviewInput &input);
    /// A correction: the same interview, next revision (its moment kept unless given).
    Result<Interview> correct(const QString &id, const InterviewInput &input);
    /// A deletion: a tombstone (next revision, deleted).
    Result<Interview> remove(const QString &id);
    /// Writes an earlier image back as a new revision (the undo of a correction or
    /// deletion).
    Result<Interview> restore(const Interview &image);

    Result<Interview> find(const QString &id) const;
    /// Interviews of a day, not deleted, newest first (limit < 0: all).
    Result<QList<Interview>> entriesOn(const QDate &date, int limit = -1) const;
    /// The organisation of the interview recorded last here: the counsellor's own, which
    /// the form keeps chosen, across restarts too. Empty when there is none or the code
    /// left the referential.
    Result<QString> lastPartner() const;
    /// Interviews per pôle for a day (deleted excluded).
    Result<QHash<QString, qint64>> countsByPole(const QDate &date) const;

    QDateTime now() const;
    QDate today() const { return now().date(); }
    const Referential &referential() const { return m_referential; }

private:
    Result<Interview> build(const InterviewInput &input) const;
    Status write(const Interview &interview, record::Write how);

    Database &m_db;
    const Referential &m_referential;
    Clock m_clock;
    record::RowWriter m_rows;
};

} // namespace passages
