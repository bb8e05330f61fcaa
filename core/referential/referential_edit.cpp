// SPDX-License-Identifier: GPL-3.0-or-later
// Editing the referential (the editor, `referential import`): each call checks its
// arguments and changes nothing on error.
#include "core/referential/referential.h"
#include "core/referential/referential_p.h"

#include <algorithm>

namespace passages {

using namespace referential_detail;

Error referential_detail::unknown(Referential::Kind kind, const QString &code)
{
    return makeError(ErrorCode::UnknownCode,
                     Referential::tr("Unknown %1 \"%2\".").arg(Referential::kindName(kind), code),
                     Referential::kindKey(kind));
}

Status Referential::setOpenWeekdays(QList<int> weekdays)
{
    std::sort(weekdays.begin(), weekdays.end());
    weekdays.erase(std::unique(weekdays.begin(), weekdays.end()), weekdays.end());
    if (weekdays.isEmpty() || weekdays.constFirst() < 1 || weekdays.constLast() > 7)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The opening days are days 1 (Monday) to 7 (Sunday), at least one."),
                         QStringLiteral("open_weekdays"));
    m_openWeekdays = weekdays;
    return {};
}

Status Referential::setMaxGroupSize(int count)
{
    if (count < 1 || count > kMaxGroupSizeLimit)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The largest group must be between 1 and %1 (got %2).")
                             .arg(kMaxGroupSizeLimit)
                             .arg(count),
                         QStringLiteral("max_group_size"));
    m_maxGroupSize = count;
    return {};
}

Status Referential::add(Kind kind, const Category &category)
{
    Category entry = category;
    entry.code = entry.code.trimmed();
    if (entry.code.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("A new entry needs a code."),
                         kindKey(kind));
    if (contains(kind, entry.code))
        return makeError(ErrorCode::InvalidArgument,
                         tr("Code \"%1\" appears twice in \"%2\".").arg(entry.code, kindKey(kind)),
                         kindKey(kind));
    if (kind == Kind::Theme && !contains(Kind::Pole, entry.pole))
        return makeError(
            ErrorCode::UnknownCode,
            tr("Theme \"%1\" belongs to unknown pôle \"%2\".").arg(entry.code, entry.pole),
            kindKey(kind));
    if (kind == Kind::Pole && entry.color.isEmpty())
        entry.color = QStringLiteral("#808080");
    if (kind == Kind::Pole && contrast(entry.color, QStringLiteral("#ffffff")) < kMinPoleContrast)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Colour %1 is too pale on the desks' white background (contrast "
                            "%2:1, at least %3:1 needed).")
                             .arg(entry.color)
                             .arg(contrast(entry.color, QStringLiteral("#ffffff")), 0, 'f', 1)
                             .arg(kMinPoleContrast, 0, 'f', 1),
                         kindKey(kind));
    m_lists[int(kind)].append(entry);
    return {};
}

Status Referential::rename(Kind kind, const QString &code, const QString &language,
                           const QString &label)
{
    Category *category = findMutable(kind, code);
    if (!category)
        return unknown(kind, code);
    if (label.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The label of %1 \"%2\" cannot be empty.").arg(kindName(kind), code),
                         kindKey(kind));
    category->labels.insert(language, label.trimmed());
    return {};
}

Status Referential::setRetired(Kind kind, const QString &code, bool retired)
{
    Category *category = findMutable(kind, code);
    if (!category)
        return unknown(kind, code);
    if (retired && active(kind).size() == 1 && !category->retired)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The last active %1 cannot be retired.").arg(kindName(kind)),
                         kindKey(kind));
    category->retired = retired;
    return {};
}

Status Referential::move(Kind kind, const QString &code, int index)
{
    QList<Category> &list = m_lists[int(kind)];
    const auto it =
        std::find_if(list.begin(), list.end(), [&](const Category &c) { return c.code == code; });
    if (it == list.end())
        return unknown(kind, code);
    if (index < 0 || index >= list.size())
        return makeError(
            ErrorCode::InvalidArgument,
            tr("Position %1 is outside the list (1 to %2).").arg(index + 1).arg(list.size()),
            kindKey(kind));
    list.move(int(it - list.begin()), index);
    return {};
}

Status Referential::setPoleColor(const QString &code, const QString &color)
{
    Category *pole = findMutable(Kind::Pole, code);
    if (!pole)
        return unknown(Kind::Pole, code);
    const double ratio = contrast(color, QStringLiteral("#ffffff"));
    if (!isColor(color))
        return makeError(ErrorCode::InvalidArgument,
                         tr("Colour \"%1\" is not of the form #rrggbb.").arg(color),
                         QStringLiteral("color"));
    if (ratio < kMinPoleContrast)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Colour %1 is too pale on the desks' white background (contrast "
                            "%2:1, at least %3:1 needed).")
                             .arg(color)
                             .arg(ratio, 0, 'f', 1)
                             .arg(kMinPoleContrast, 0, 'f', 1),
                         QStringLiteral("color"));
    pole->color = color;
    return {};
}

Status Referential::setOrientationTarget(const QString &code, bool target)
{
    Category *partner = findMutable(Kind::Partner, code);
    if (!partner)
        return unknown(Kind::Partner, code);
    partner->orientationTarget = target;
    return {};
}

Status Referential::merge(Kind kind, const QStringList &from, const QString &into,
                          const QDate &since)
{
    const Category *target = find(kind, into);
    if (!target)
        return unknown(kind, into);
    if (target->retired)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Cannot merge into retired %1 \"%2\".").arg(kindName(kind), into),
                         kindKey(kind));
    if (from.isEmpty() || !since.isValid())
        return makeError(ErrorCode::InvalidArgument,
                         tr("A merge needs the codes to merge and a date."), kindKey(kind));
    for (const QString &code : from) {
        const Category *source = find(kind, code);
        if (!source)
            return unknown(kind, code);
        if (code == into || reportCode(kind, into) == code)
            return makeError(ErrorCode::InvalidArgument,
                             tr("Cannot merge %1 \"%2\" into itself.").arg(kindName(kind), code),
                             kindKey(kind));
        if (reportCode(kind, code) != code)
            return makeError(ErrorCode::InvalidArgument,
                             tr("%1 \"%2\" is already merged into \"%3\".")
                                 .arg(kindName(kind), code, reportCode(kind, code)),
                             kindKey(kind));
        if (kind == Kind::Theme && source->pole != target->pole)
            return makeError(ErrorCode::InvalidArgument,
                             tr("Theme \"%1\" belongs to pôle \"%2\", not \"%3\": themes merge "
                                "within one pôle.")
                                 .arg(code, source->pole, target->pole),
                             kindKey(kind));
    }
    for (const QString &code : from)
        findMutable(kind, code)->retired = true;
    m_merges.append({kind, from, into, since});
    return {};
}

void Referential::setMapping(const Mapping &mapping)
{
    for (Mapping &m : m_mappings)
        if (m.name == mapping.name) {
            m = mapping;
            return;
        }
    m_mappings.append(mapping);
}

} // namespace passages
