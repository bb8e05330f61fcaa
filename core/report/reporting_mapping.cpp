// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/reporting_mapping.h"

#include <QCoreApplication>
#include <QHash>

namespace passages {

namespace {

struct MappingTr
{
    Q_DECLARE_TR_FUNCTIONS(ReportingMapping)
};

} // namespace

Result<const Referential::Mapping *> findMapping(const Referential &referential,
                                                 const QString &name, const QString &by)
{
    const Referential::Mapping *mapping = referential.mapping(name);
    if (!mapping) {
        QStringList names;
        for (const Referential::Mapping &m : referential.mappings())
            names << m.name;
        return makeError(
            ErrorCode::NotFound,
            MappingTr::tr("Unknown reporting mapping \"%1\"; mappings of this referential: "
                          "%2.")
                .arg(name,
                     names.isEmpty() ? MappingTr::tr("none") : names.join(QLatin1String(", "))),
            QStringLiteral("mapping"));
    }
    const QString wanted = mapping->kind == Referential::Kind::Pole    ? QStringLiteral("pole")
                           : mapping->kind == Referential::Kind::Theme ? QStringLiteral("theme")
                           : mapping->kind == Referential::Kind::ServiceLevel
                               ? QStringLiteral("service-level")
                               : QString();
    if (by != wanted)
        return makeError(ErrorCode::InvalidArgument,
                         MappingTr::tr("Mapping \"%1\" groups %2: use it with --by %3.")
                             .arg(name, Referential::kindName(mapping->kind),
                                  wanted.isEmpty() ? Referential::kindKey(mapping->kind) : wanted),
                         QStringLiteral("mapping"));
    return mapping;
}

YearlyCounts inMapping(const YearlyCounts &counts, const Referential &referential,
                       const Referential::Mapping &mapping)
{
    YearlyCounts mapped = counts;
    mapped.by = mapping.name;
    for (ReportRow &row : mapped.rows) {
        row.code = referential.mappedCode(mapping, row.code);
        row.label = referential.mappedLabel(mapping, row.code);
    }
    mapped.sortRows(); // sums the rows of one category
    return mapped;
}

Bilan inMapping(Bilan bilan, const Referential &referential, const Referential::Mapping &mapping)
{
    const QString suffix = mapping.kind == Referential::Kind::Theme ? QStringLiteral("-theme")
                           : mapping.kind == Referential::Kind::ServiceLevel
                               ? QStringLiteral("-service-level")
                               : QStringLiteral("-pole");
    for (BilanTable &table : bilan.tables) {
        if (!table.key.endsWith(suffix))
            continue;
        QList<BilanLine> lines;
        QHash<QString, int> at;
        // The categories in the mapping's order, then "Other" when something is unmapped.
        for (const Category &c : mapping.categories) {
            at.insert(c.code, int(lines.size()));
            lines << BilanLine{c.code, referential.mappedLabel(mapping, c.code), {}, 0, 0};
        }
        for (const BilanLine &line : std::as_const(table.lines)) {
            const QString code = referential.mappedCode(mapping, line.code);
            auto it = at.constFind(code);
            if (it == at.constEnd()) {
                it = at.insert(code, int(lines.size()));
                lines << BilanLine{code, referential.mappedLabel(mapping, code), {}, 0, 0};
            }
            lines[*it].count += line.count;
            lines[*it].previous += line.previous;
        }
        // Lines left out of a long table ("other lines") stay as they are, unmapped.
        table.lines = lines;
        table.title += QStringLiteral(" — ") + mapping.name;
    }
    bilan.scope += QStringLiteral(" — ") + MappingTr::tr("categories of \"%1\"").arg(mapping.name);
    return bilan;
}

} // namespace passages
