// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core/fonds: what the catalogue, periodicals and upkeep services share (the
// database, the referential's themes, the clock, the desk's identity and the one way to
// write a synchronised row). ui and app never include a _p.h.
#pragma once

#include "core/common/result.h"
#include "core/reception/passage.h"
#include "core/referential/referential.h"
#include "core/storage/record.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <map>

namespace passages {

class Database;

namespace fonds_detail {

class FondsShared final
{
    // The fonds' messages share one translation context.
    Q_DECLARE_TR_FUNCTIONS(Fonds)

public:
    FondsShared(Database &db, const Referential &referential, Clock clock);

    QDateTime now() const;
    QDate today() const { return now().date(); }
    /// See Fonds::themes().
    QList<Category> themes() const;
    QString themeLabel(const QString &code) const;
    QString themeCodes() const;
    /// The desk new rows are written by (record::deskOf()).
    Result<DeskIdentity> identity() const;
    /// INSERT or UPDATE of one synchronised row (columns are code constants) plus its
    /// outbox image, through the table's record::RowWriter; inside the caller's
    /// transaction. The writer stamps created_utc (recorded_utc) and updated_utc.
    Status writeRow(const QString &table, const QVariantMap &row, bool insert);

    Database &db;
    const Referential &referential;

private:
    Clock m_clock;
    std::map<QString, record::RowWriter> m_writers; ///< table -> its writer
};

} // namespace fonds_detail
} // namespace passages
