// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/referential/referential.h"

#include "core/common/text.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>

namespace passages {

namespace {

struct KindInfo
{
    Referential::Kind kind;
    const char *key;
    bool optional = false; ///< absent from a document: the default referential's list
};

constexpr KindInfo kinds[] = {
    {Referential::Kind::Pole, "poles"},
    {Referential::Kind::Theme, "themes"},
    {Referential::Kind::AgeBand, "age_bands"},
    {Referential::Kind::Public, "publics"},
    {Referential::Kind::Channel, "channels"},
    {Referential::Kind::Site, "sites"},
    {Referential::Kind::EventType, "event_types", true},
    {Referential::Kind::Location, "locations", true},
    {Referential::Kind::Partner, "partners", true},
    {Referential::Kind::DurationBand, "duration_bands", true},
    {Referential::Kind::ServiceLevel, "service_levels", true},
    {Referential::Kind::Orientation, "orientations", true},
};
static_assert(std::size(kinds) == Referential::kindCount);

/// The partner flag of the desks' "Referred to" targets.
constexpr const char *kOrientationTarget = "orientation_target";

/// The default document, read once: the source of the optional lists a stored (older)
/// referential lacks. Read directly rather than through fromJson to avoid recursion.
const QJsonObject &defaultDocument()
{
    static const QJsonObject document = [] {
        QFile file(QStringLiteral(":/referential/default.json"));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return document;
}

QString systemLanguage()
{
    return QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("fr");
}

QHash<QString, QString> readLabels(const QJsonValue &value)
{
    QHash<QString, QString> labels;
    if (value.isString()) {
        labels.insert(QStringLiteral("fr"), value.toString());
        return labels;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        labels.insert(it.key(), it.value().toString());
    return labels;
}

QJsonObject writeLabels(const QHash<QString, QString> &labels)
{
    QJsonObject object;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

QString Category::label(const QString &language) const
{
    QString text = labels.value(language);
    if (text.isEmpty())
        text = labels.value(QStringLiteral("fr"));
    return text.isEmpty() ? code : text;
}

Referential Referential::defaultReferential()
{
    QFile file(QStringLiteral(":/referential/default.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The default referential resource is missing");
    Result<Referential> ref = fromJson(file.readAll());
    if (!ref)
        qFatal("The default referential is invalid: %s", qPrintable(ref.error().message));
    return std::move(ref).value();
}

Result<Referential> Referential::fromJson(const QByteArray &json, bool forPublishing)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject())
        return makeError(ErrorCode::Parse,
                         Referential::tr("The referential is not valid JSON (offset %1): %2")
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toInt(1) > 1)
        return makeError(
            ErrorCode::TooNew,
            Referential::tr("The referential uses a newer format (%1); update Passages.")
                .arg(root.value(QStringLiteral("format")).toInt()));

    Referential ref;
    ref.m_language = systemLanguage();
    ref.m_version = root.value(QStringLiteral("version")).toInt(1);
    ref.m_cite = readLabels(root.value(QStringLiteral("cite")));
    const QJsonObject fields = root.value(QStringLiteral("fields")).toObject();
    ref.m_fields.publicField = fields.value(QStringLiteral("public")).toBool(true);
    ref.m_fields.channel = fields.value(QStringLiteral("channel")).toBool(true);
    ref.m_fields.firstVisit = fields.value(QStringLiteral("first_visit")).toBool(false);
    ref.m_fields.serviceLevel = fields.value(QStringLiteral("service_level")).toBool(false);
    ref.m_fields.orientation = fields.value(QStringLiteral("orientation")).toBool(false);
    if (root.contains(QStringLiteral("max_group_size"))) {
        const QJsonValue value = root.value(QStringLiteral("max_group_size"));
        if (Status s = ref.setMaxGroupSize(value.isDouble() ? value.toInt() : 0); !s)
            return makeError(ErrorCode::Parse,
                             QStringLiteral("max_group_size: %1").arg(s.error().message),
                             QStringLiteral("max_group_size"));
    }
    if (root.contains(QStringLiteral("open_weekdays"))) {
        QList<int> weekdays;
        const QJsonValue value = root.value(QStringLiteral("open_weekdays"));
        for (const QJsonValue &day : value.toArray())
            weekdays << (day.isDouble() ? day.toInt() : 0);
        if (!value.isArray())
            weekdays = {0}; // refused below, with the reason
        if (Status s = ref.setOpenWeekdays(weekdays); !s)
            return makeError(ErrorCode::Parse,
                             QStringLiteral("open_weekdays: %1").arg(s.error().message),
                             QStringLiteral("open_weekdays"));
    }

    for (const KindInfo &info : kinds) {
        const QString key = QLatin1String(info.key);
        const QJsonArray array = info.optional && !root.contains(key)
                                     ? defaultDocument().value(key).toArray()
                                     : root.value(key).toArray();
        if (array.isEmpty() && info.optional)
            continue;
        if (array.isEmpty())
            return makeError(ErrorCode::Parse,
                             Referential::tr("The referential has no \"%1\" list.").arg(key), key);
        QList<Category> &list = ref.m_lists[int(info.kind)];
        for (int i = 0; i < array.size(); ++i) {
            const QJsonObject item = array.at(i).toObject();
            Category category;
            category.code = item.value(QStringLiteral("code")).toString().trimmed();
            if (category.code.isEmpty())
                return makeError(
                    ErrorCode::Parse,
                    QStringLiteral("%1[%2].code: ").arg(key).arg(i) +
                        Referential::tr("Entry %1 of \"%2\" has no code.").arg(i + 1).arg(key),
                    QStringLiteral("%1[%2].code").arg(key).arg(i));
            category.labels = readLabels(item.value(QStringLiteral("label")));
            category.pole = item.value(QStringLiteral("pole")).toString();
            category.color = item.value(QStringLiteral("color")).toString();
            category.main = item.value(QStringLiteral("main")).toBool(false);
            category.retired = item.value(QStringLiteral("retired")).toBool(false);
            if (item.contains(QLatin1String(kOrientationTarget))) {
                // Validated here: a typo ("yes", a flag on a theme) must not silently
                // hide or offer a target.
                const QString at = QStringLiteral("%1[%2].%3")
                                       .arg(key)
                                       .arg(i)
                                       .arg(QLatin1String(kOrientationTarget));
                const QJsonValue flag = item.value(QLatin1String(kOrientationTarget));
                if (info.kind != Kind::Partner)
                    return makeError(ErrorCode::Parse,
                                     at + QStringLiteral(": ") +
                                         Referential::tr("Only partners can be orientation "
                                                         "targets."),
                                     at);
                if (!flag.isBool())
                    return makeError(
                        ErrorCode::Parse,
                        at + QStringLiteral(": ") + Referential::tr("Must be true or false."), at);
                category.orientationTarget = flag.toBool();
            }
            list.append(category);
        }
    }
    // Optional list (added with the fonds): a desk's older stored copy has none.
    const QJsonArray fondsThemes = root.value(QStringLiteral("fonds_themes")).toArray();
    QSet<QString> fondsSeen;
    for (int i = 0; i < fondsThemes.size(); ++i) {
        const QJsonObject item = fondsThemes.at(i).toObject();
        Category category;
        category.code = item.value(QStringLiteral("code")).toString().trimmed();
        if (category.code.isEmpty())
            return makeError(ErrorCode::Parse, Referential::tr("Entry %1 of \"%2\" has no code.")
                                                   .arg(i + 1)
                                                   .arg(QStringLiteral("fonds_themes")));
        if (fondsSeen.contains(category.code))
            return makeError(ErrorCode::Parse,
                             Referential::tr("Code \"%1\" appears twice in \"%2\".")
                                 .arg(category.code, QStringLiteral("fonds_themes")));
        fondsSeen.insert(category.code);
        category.labels = readLabels(item.value(QStringLiteral("label")));
        category.retired = item.value(QStringLiteral("retired")).toBool(false);
        ref.m_fondsThemes.append(category);
    }
    const QJsonArray merges = root.value(QStringLiteral("merges")).toArray();
    for (int i = 0; i < merges.size(); ++i) {
        const QJsonObject item = merges.at(i).toObject();
        const QString path = QStringLiteral("merges[%1]").arg(i);
        const QString listKey = item.value(QStringLiteral("kind")).toString();
        const auto *info = std::find_if(std::begin(kinds), std::end(kinds), [&](const KindInfo &k) {
            return listKey == QLatin1String(k.key);
        });
        if (info == std::end(kinds))
            return makeError(ErrorCode::Parse,
                             Referential::tr("%1.kind: unknown list \"%2\".").arg(path, listKey),
                             path + QStringLiteral(".kind"));
        Merge merge;
        merge.kind = info->kind;
        for (const QJsonValue &code : item.value(QStringLiteral("from")).toArray())
            merge.from << code.toString();
        merge.into = item.value(QStringLiteral("into")).toString();
        merge.since =
            QDate::fromString(item.value(QStringLiteral("since")).toString(), Qt::ISODate);
        ref.m_merges.append(merge);
    }
    const QJsonArray mappings = root.value(QStringLiteral("mappings")).toArray();
    for (int i = 0; i < mappings.size(); ++i) {
        const QJsonObject item = mappings.at(i).toObject();
        const QString path = QStringLiteral("mappings[%1]").arg(i);
        const QString listKey = item.value(QStringLiteral("kind")).toString();
        const auto *info = std::find_if(std::begin(kinds), std::end(kinds), [&](const KindInfo &k) {
            return listKey == QLatin1String(k.key);
        });
        if (info == std::end(kinds))
            return makeError(ErrorCode::Parse,
                             Referential::tr("%1.kind: unknown list \"%2\".").arg(path, listKey),
                             path + QStringLiteral(".kind"));
        Mapping mapping;
        mapping.name = item.value(QStringLiteral("name")).toString().trimmed();
        mapping.kind = info->kind;
        mapping.description = readLabels(item.value(QStringLiteral("description")));
        for (const QJsonValue &value : item.value(QStringLiteral("categories")).toArray()) {
            const QJsonObject category = value.toObject();
            Category c;
            c.code = category.value(QStringLiteral("code")).toString().trimmed();
            c.labels = readLabels(category.value(QStringLiteral("label")));
            mapping.categories.append(c);
        }
        const QJsonObject map = item.value(QStringLiteral("map")).toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            mapping.map.insert(it.key(), it.value().toString());
        ref.m_mappings.append(mapping);
    }
    if (const QList<ReferentialProblem> problems = ref.problems(forPublishing);
        !problems.isEmpty()) {
        QStringList lines;
        for (const ReferentialProblem &p : problems)
            lines << QStringLiteral("%1: %2").arg(p.path, p.reason);
        return makeError(ErrorCode::Parse, lines.join(QLatin1Char('\n')), problems.first().path);
    }
    return ref;
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

QByteArray Referential::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), 1);
    root.insert(QStringLiteral("version"), m_version);
    root.insert(QStringLiteral("cite"), writeLabels(m_cite));
    QJsonObject fields;
    fields.insert(QStringLiteral("public"), m_fields.publicField);
    fields.insert(QStringLiteral("channel"), m_fields.channel);
    fields.insert(QStringLiteral("first_visit"), m_fields.firstVisit);
    fields.insert(QStringLiteral("service_level"), m_fields.serviceLevel);
    fields.insert(QStringLiteral("orientation"), m_fields.orientation);
    root.insert(QStringLiteral("fields"), fields);
    root.insert(QStringLiteral("max_group_size"), m_maxGroupSize);
    QJsonArray weekdays;
    for (int day : m_openWeekdays)
        weekdays.append(day);
    root.insert(QStringLiteral("open_weekdays"), weekdays);
    for (const KindInfo &info : kinds) {
        if (info.optional && m_lists[int(info.kind)].isEmpty())
            continue;
        QJsonArray array;
        for (const Category &category : m_lists[int(info.kind)]) {
            QJsonObject item;
            item.insert(QStringLiteral("code"), category.code);
            item.insert(QStringLiteral("label"), writeLabels(category.labels));
            if (!category.pole.isEmpty())
                item.insert(QStringLiteral("pole"), category.pole);
            if (!category.color.isEmpty())
                item.insert(QStringLiteral("color"), category.color);
            if (category.main)
                item.insert(QStringLiteral("main"), true);
            if (category.retired)
                item.insert(QStringLiteral("retired"), true);
            if (category.orientationTarget)
                item.insert(QLatin1String(kOrientationTarget), true);
            array.append(item);
        }
        root.insert(QLatin1String(info.key), array);
    }
    if (!m_fondsThemes.isEmpty()) {
        QJsonArray array;
        for (const Category &category : m_fondsThemes) {
            QJsonObject item;
            item.insert(QStringLiteral("code"), category.code);
            item.insert(QStringLiteral("label"), writeLabels(category.labels));
            if (category.retired)
                item.insert(QStringLiteral("retired"), true);
            array.append(item);
        }
        root.insert(QStringLiteral("fonds_themes"), array);
    }
    if (!m_merges.isEmpty()) {
        QJsonArray array;
        for (const Merge &merge : m_merges) {
            QJsonObject item;
            item.insert(QStringLiteral("kind"), kindKey(merge.kind));
            item.insert(QStringLiteral("from"), QJsonArray::fromStringList(merge.from));
            item.insert(QStringLiteral("into"), merge.into);
            item.insert(QStringLiteral("since"), merge.since.toString(Qt::ISODate));
            array.append(item);
        }
        root.insert(QStringLiteral("merges"), array);
    }
    if (!m_mappings.isEmpty()) {
        QJsonArray array;
        for (const Mapping &mapping : m_mappings) {
            QJsonObject item;
            item.insert(QStringLiteral("name"), mapping.name);
            item.insert(QStringLiteral("kind"), kindKey(mapping.kind));
            if (!mapping.description.isEmpty())
                item.insert(QStringLiteral("description"), writeLabels(mapping.description));
            QJsonArray categories;
            for (const Category &c : mapping.categories)
                categories.append(QJsonObject{{QStringLiteral("code"), c.code},
                                              {QStringLiteral("label"), writeLabels(c.labels)}});
            item.insert(QStringLiteral("categories"), categories);
            QJsonObject map;
            for (auto it = mapping.map.begin(); it != mapping.map.end(); ++it)
                map.insert(it.key(), it.value());
            item.insert(QStringLiteral("map"), map);
            array.append(item);
        }
        root.insert(QStringLiteral("mappings"), array);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
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

Category *Referential::findMutable(Kind kind, const QString &code)
{
    for (Category &category : m_lists[int(kind)])
        if (category.code == code)
            return &category;
    return nullptr;
}

namespace {

Error unknown(Referential::Kind kind, const QString &code)
{
    return makeError(ErrorCode::UnknownCode,
                     Referential::tr("Unknown %1 \"%2\".").arg(Referential::kindName(kind), code),
                     Referential::kindKey(kind));
}

/// "#rrggbb" only: what the pôle buttons, bars and exports all read.
bool isColor(const QString &color)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return pattern.match(color).hasMatch();
}

double luminance(const QString &color)
{
    auto channel = [&](int at) {
        const double c = color.mid(at, 2).toInt(nullptr, 16) / 255.0;
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

} // namespace

double Referential::contrast(const QString &color, const QString &other)
{
    if (!isColor(color) || !isColor(other))
        return 0;
    const double a = luminance(color);
    const double b = luminance(other);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
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

void Referential::setMapping(const Mapping &mapping)
{
    for (Mapping &m : m_mappings)
        if (m.name == mapping.name) {
            m = mapping;
            return;
        }
    m_mappings.append(mapping);
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
