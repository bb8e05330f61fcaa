// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reception/desk_data.h"

#include "core/referential/referential_store.h"

namespace passages {

Result<DeskData> openDesk(const QString &path, bool withCommunes, DeskOpenStep *failedStep)
{
    const auto failed = [failedStep](DeskOpenStep step, const Error &error) {
        if (failedStep)
            *failedStep = step;
        return error;
    };
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db)
        return failed(DeskOpenStep::Database, db.error());
    Result<Referential> referential = loadReferential(**db);
    if (!referential)
        return failed(DeskOpenStep::Referential, referential.error());
    DeskData desk{std::move(db).value(), std::move(referential).value(), {}};
    if (withCommunes) {
        Result<CommuneIndex> communes = CommuneIndex::loadDefault();
        if (!communes)
            return failed(DeskOpenStep::Communes, communes.error());
        desk.communes = std::move(communes).value();
    }
    return desk;
}

} // namespace passages
