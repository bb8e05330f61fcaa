// SPDX-License-Identifier: GPL-3.0-or-later
// Validation of a referential: the whole (problems()) and one desk record's codes.
#include "core/referential/referential.h"
#include "core/referential/referential_p.h"

#include "core/common/text.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace passages {

using namespace referential_detail;

namespace {

double luminance(const QString &color)
{
    auto channel = [&](int at) {
        const double c = color.mid(at, 2).toInt(nullptr, 16) / 255.0;
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

} // namespace

bool referential_detail::isColor(const QString &color)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return pattern.match(color).hasMatch();
}

double Referential::contrast(const QString &color, const QString &other)
{
    if (!isColor(color) || !isColor(other))
        return 0;
    const double a = luminance(color);
    const double b = luminance(other);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QList<ReferentialProblem> Referential::problems(bool forPublishing) const
{
    QList<ReferentialProblem> problems;
    auto note = [&](const QString &path, const QString &reason) {
        problems.append({path, reason});
    };
    for (const KindInfo &info : kinds) {
        const QString key = QLatin1String(info.key);
        const QList<Category> &list = m_lists[int(info.kind)];
        if (list.isEmpty() && !info.optional)
            note(key, tr("The referential has no \"%1\" list.").arg(key));
        QSet<QString> seen;
        for (int i = 0; i < list.size(); ++i) {
            const Category &c = list.at(i);
            const QString path = QStringLiteral("%1[%2]").arg(key).arg(i);
            if (c.code.trimmed().isEmpty())
                note(path + QStringLiteral(".code"),
                     tr("Entry %1 of \"%2\" has no code.").arg(i + 1).arg(key));
            else if (seen.contains(c.code))
                note(path + QStringLiteral(".code"),
                     tr("Code \"%1\" appears twice in \"%2\".").arg(c.code, key));
            seen.insert(c.code);
            if (info.kind == Kind::Theme && !contains(Kind::Pole, c.pole))
                note(path + QStringLiteral(".pole"),
                     tr("Theme \"%1\" belongs to unknown pôle \"%2\".").arg(c.code, c.pole));
            if (info.kind == Kind::Pole && !c.color.isEmpty()) {
                if (!isColor(c.color))
                    note(path + QStringLiteral(".color"),
                         tr("Colour \"%1\" is not of the form #rrggbb.").arg(c.color));
                else if (const double ratio = contrast(c.color, QStringLiteral("#ffffff"));
                         forPublishing && ratio < kMinPoleContrast)
                    note(path + QStringLiteral(".color"),
                         tr("Colour %1 is too pale on the desks' white background (contrast "
                            "%2:1, at least %3:1 needed).")
                             .arg(c.color)
                             .arg(ratio, 0, 'f', 1)
                             .arg(kMinPoleContrast, 0, 'f', 1));
            }
        }
        if (forPublishing && !list.isEmpty() && active(info.kind).isEmpty() && !info.optional)
            note(key, tr("Every entry of \"%1\" is retired: the desks would have none.").arg(key));
    }
    // A field shown at the desks needs something to offer.
    if (m_fields.serviceLevel && active(Kind::ServiceLevel).isEmpty())
        note(QStringLiteral("service_levels"),
             tr("The desks show the service level but \"%1\" has no active entry.")
                 .arg(QStringLiteral("service_levels")));
    if (m_fields.orientation && orientationTargets().isEmpty())
        note(QStringLiteral("orientations"),
             tr("The desks show the orientation but \"%1\" has no active entry.")
                 .arg(QStringLiteral("orientations")));
    if (!contains(Kind::AgeBand, QStringLiteral("nr")) ||
        !contains(Kind::Public, QStringLiteral("nr")))
        note(QStringLiteral("age_bands"),
             tr("The age bands and publics must include the code \"nr\"."));
    for (int i = 0; i < m_merges.size(); ++i) {
        const Merge &m = m_merges.at(i);
        const QString path = QStringLiteral("merges[%1]").arg(i);
        if (!contains(m.kind, m.into))
            note(path + QStringLiteral(".into"),
                 tr("Unknown %1 \"%2\".").arg(kindName(m.kind), m.into));
        if (m.from.isEmpty())
            note(path + QStringLiteral(".from"),
                 tr("A merge needs the codes to merge and a date."));
        for (int j = 0; j < m.from.size(); ++j)
            if (!contains(m.kind, m.from.at(j)))
                note(QStringLiteral("%1.from[%2]").arg(path).arg(j),
                     tr("Unknown %1 \"%2\".").arg(kindName(m.kind), m.from.at(j)));
        if (!m.since.isValid())
            note(path + QStringLiteral(".since"), tr("A merge needs a date (YYYY-MM-DD)."));
        // A code merged twice, or a cycle: reportCode() would not be one answer.
        for (int j = 0; j < i; ++j)
            if (m_merges.at(j).kind == m.kind)
                for (const QString &code : m.from)
                    if (m_merges.at(j).from.contains(code))
                        note(path + QStringLiteral(".from"),
                             tr("%1 \"%2\" is already merged into \"%3\".")
                                 .arg(kindName(m.kind), code, m_merges.at(j).into));
        QString current = m.into;
        for (int step = 0; step <= m_merges.size(); ++step) {
            if (m.from.contains(current)) {
                note(path, tr("Merging into \"%1\" makes a cycle.").arg(m.into));
                break;
            }
            const auto next = std::find_if(m_merges.begin(), m_merges.end(), [&](const Merge &o) {
                return o.kind == m.kind && o.from.contains(current);
            });
            if (next == m_merges.end())
                break;
            current = next->into;
        }
    }
    QSet<QString> names;
    for (int i = 0; i < m_mappings.size(); ++i) {
        const Mapping &m = m_mappings.at(i);
        const QString path = QStringLiteral("mappings[%1]").arg(i);
        if (m.name.isEmpty())
            note(path + QStringLiteral(".name"), tr("A reporting mapping needs a name."));
        else if (names.contains(m.name))
            note(path + QStringLiteral(".name"),
                 tr("Two reporting mappings are named \"%1\".").arg(m.name));
        names.insert(m.name);
        QSet<QString> categories;
        for (int j = 0; j < m.categories.size(); ++j) {
            const QString code = m.categories.at(j).code;
            if (code.isEmpty() || categories.contains(code))
                note(QStringLiteral("%1.categories[%2].code").arg(path).arg(j),
                     code.isEmpty() ? tr("Entry %1 of \"%2\" has no code.")
                                          .arg(j + 1)
                                          .arg(QStringLiteral("categories"))
                                    : tr("Code \"%1\" appears twice in \"%2\".")
                                          .arg(code, QStringLiteral("categories")));
            categories.insert(code);
        }
        for (auto it = m.map.begin(); it != m.map.end(); ++it) {
            const QString at = QStringLiteral("%1.map.%2").arg(path, it.key());
            if (!contains(m.kind, it.key()))
                note(at, tr("Unknown %1 \"%2\".").arg(kindName(m.kind), it.key()));
            if (!categories.contains(it.value()))
                note(at, tr("Unknown category \"%1\" of mapping \"%2\".").arg(it.value(), m.name));
        }
    }
    return problems;
}

Status Referential::checkCode(Kind kind, const QString &code, const char *field) const
{
    if (code.isEmpty() || contains(kind, code))
        return {};
    return makeError(
        ErrorCode::UnknownCode,
        tr("Unknown %1 \"%2\"; valid codes: %3.").arg(kindName(kind), shown(code), codeList(kind)),
        QLatin1String(field));
}

Status Referential::checkPoleAndTheme(const QString &pole, const QString &theme) const
{
    if (pole.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The pôle is missing; valid codes: %1.").arg(codeList(Kind::Pole)),
                         QStringLiteral("pole"));
    if (Status s = checkCode(Kind::Pole, pole, "pole"); !s)
        return s;
    if (Status s = checkCode(Kind::Theme, theme, "theme"); !s)
        return s;
    if (theme.isEmpty())
        return {};
    const Category *category = find(Kind::Theme, theme);
    // A theme of a pôle merged into `pole` counts under it: the exports write it so.
    if (category->pole == pole || reportCode(Kind::Pole, category->pole) == pole)
        return {};
    QStringList codes;
    for (const Category &c : themesOf(pole))
        codes << c.code;
    return makeError(ErrorCode::InvalidArgument,
                     tr("Theme \"%1\" belongs to pôle \"%2\", not \"%3\"; themes of \"%3\": %4.")
                         .arg(theme, category->pole, pole,
                              codes.isEmpty() ? tr("none") : codes.join(QLatin1String(", "))),
                     QStringLiteral("theme"));
}

} // namespace passages
