// SPDX-License-Identifier: GPL-3.0-or-later
// The referential: its lookups (lists, labels, merges, mappings). The document is read
// and written in referential_json.cpp, edited in referential_edit.cpp, checked in
// referential_checks.cpp.
#include "core/referential/referential.h"
#include "core/referential/referential_p.h"

#include <algorithm>
#include <optional>

namespace passages {

using namespace referential_detail;

QString Category::label(const QString &language) const
{
    QString text = labels.value(language);
    if (text.isEmpty())
        text = labels.value(QStringLiteral("fr"));
    return text.isEmpty() ? code : text;
}

QString Referential::citeName() const
{
    QString name = m_cite.value(m_language);
    return name.isEmpty() ? m_cite.value(QStringLiteral("fr")) : name;
}

const QList<Category> &Referential::list(Kind kind) const
{
    return m_lists[int(kind)];
}

QList<Category> Referential::active(Kind kind) const
{
    QList<Category> result;
    for (const Category &category : m_lists[int(kind)])
        if (!category.retired)
            result.append(category);
    return result;
}

QList<Category> Referential::themesOf(const QString &pole) const
{
    QList<Category> result;
    for (const Category &theme : m_lists[int(Kind::Theme)])
        if (!theme.retired && theme.pole == pole)
            result.append(theme);
    return result;
}

const Category *Referential::find(Kind kind, const QString &code) const
{
    for (const Category &category : m_lists[int(kind)])
        if (category.code == code)
            return &category;
    // A person may be sent to any partner organisation of the referential.
    if (kind == Kind::Orientation)
        return find(Kind::Partner, code);
    return nullptr;
}

QList<Category> Referential::orientationTargets() const
{
    QList<Category> targets;
    std::optional<Category> none;
    for (const Category &category : active(Kind::Orientation)) {
        if (category.code == QLatin1String(kNoOrientation))
            none = category;
        else
            targets.append(category);
    }
    for (const Category &partner : active(Kind::Partner))
        if (partner.orientationTarget &&
            std::none_of(m_lists[int(Kind::Orientation)].cbegin(),
                         m_lists[int(Kind::Orientation)].cend(),
                         [&](const Category &c) { return c.code == partner.code; }))
            targets.append(partner);
    if (none)
        targets.append(*none);
    return targets;
}

QString Referential::label(Kind kind, const QString &code) const
{
    const Category *category = find(kind, code);
    return category ? category->label(m_language) : code;
}

QString Referential::codeList(Kind kind) const
{
    QStringList codes;
    for (const Category &category : kind == Kind::Orientation ? orientationTargets() : active(kind))
        codes << category.code;
    return codes.join(QLatin1String(", "));
}

QString Referential::poleColor(const QString &code) const
{
    const Category *pole = find(Kind::Pole, code);
    return pole && !pole->color.isEmpty() ? pole->color : QStringLiteral("#808080");
}

QString Referential::kindKey(Kind kind)
{
    return QLatin1String(kinds[int(kind)].key);
}

QString Referential::reportCode(Kind kind, const QString &code) const
{
    QString current = code;
    // A chain is at most as long as the merges; a cycle (refused by problems()) stops.
    for (int step = 0; step <= m_merges.size(); ++step) {
        const auto it = std::find_if(m_merges.begin(), m_merges.end(), [&](const Merge &m) {
            return m.kind == kind && m.from.contains(current);
        });
        if (it == m_merges.end())
            return current;
        current = it->into;
    }
    return current;
}

QStringList Referential::codesReportedWith(Kind kind, const QString &code) const
{
    const QString target = reportCode(kind, code);
    QStringList codes{target};
    for (const Merge &merge : m_merges)
        if (merge.kind == kind)
            for (const QString &from : merge.from)
                if (!codes.contains(from) && reportCode(kind, from) == target)
                    codes << from;
    return codes;
}

Category *Referential::findMutable(Kind kind, const QString &code)
{
    for (Category &category : m_lists[int(kind)])
        if (category.code == code)
            return &category;
    return nullptr;
}

const Referential::Mapping *Referential::mapping(const QString &name) const
{
    for (const Mapping &m : m_mappings)
        if (m.name == name)
            return &m;
    return nullptr;
}

QString Referential::mappedCode(const Mapping &mapping, const QString &code) const
{
    const QString merged = reportCode(mapping.kind, code);
    if (const auto it = mapping.map.constFind(merged); it != mapping.map.constEnd())
        return *it;
    if (const auto it = mapping.map.constFind(code); it != mapping.map.constEnd())
        return *it;
    return QLatin1String(kUnmappedCategory);
}

QString Referential::mappedLabel(const Mapping &mapping, const QString &category) const
{
    for (const Category &c : mapping.categories)
        if (c.code == category)
            return c.label(m_language);
    return category == QLatin1String(kUnmappedCategory) ? tr("Other") : category;
}

QString Referential::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Pole:
        return Referential::tr("pôle");
    case Kind::Theme:
        return Referential::tr("theme");
    case Kind::AgeBand:
        return Referential::tr("age band");
    case Kind::Public:
        return Referential::tr("public");
    case Kind::Channel:
        return Referential::tr("channel");
    case Kind::Site:
        return Referential::tr("site");
    case Kind::EventType:
        return Referential::tr("event type");
    case Kind::Location:
        return Referential::tr("location");
    case Kind::Partner:
        return Referential::tr("partner");
    case Kind::DurationBand:
        return Referential::tr("duration band");
    case Kind::ServiceLevel:
        return Referential::tr("service level");
    case Kind::Orientation:
        return Referential::tr("orientation");
    }
    return {};
}

} // namespace passages
