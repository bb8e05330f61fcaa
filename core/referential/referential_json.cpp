// SPDX-License-Identifier: GPL-3.0-or-later
// The referential document (docs/referential.md): read with its checks, written back.
#include "core/referential/referential.h"
#include "core/referential/referential_p.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace passages {

using namespace referential_detail;

namespace {

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

} // namespace passages
