// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/referential/referential.h"

#include "core/common/text.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <iterator>

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
};
static_assert(std::size(kinds) == Referential::kindCount);

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

Result<Referential> Referential::fromJson(const QByteArray &json)
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
                             Referential::tr("The referential has no \"%1\" list.").arg(key));
        QSet<QString> seen;
        QList<Category> &list = ref.m_lists[int(info.kind)];
        for (int i = 0; i < array.size(); ++i) {
            const QJsonObject item = array.at(i).toObject();
            Category category;
            category.code = item.value(QStringLiteral("code")).toString().trimmed();
            if (category.code.isEmpty())
                return makeError(
                    ErrorCode::Parse,
                    Referential::tr("Entry %1 of \"%2\" has no code.").arg(i + 1).arg(key));
            if (seen.contains(category.code))
                return makeError(ErrorCode::Parse,
                                 Referential::tr("Code \"%1\" appears twice in \"%2\".")
                                     .arg(category.code, key));
            seen.insert(category.code);
            category.labels = readLabels(item.value(QStringLiteral("label")));
            category.pole = item.value(QStringLiteral("pole")).toString();
            category.color = item.value(QStringLiteral("color")).toString();
            category.main = item.value(QStringLiteral("main")).toBool(false);
            category.retired = item.value(QStringLiteral("retired")).toBool(false);
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
    for (const Category &theme : ref.m_lists[int(Kind::Theme)]) {
        if (!ref.contains(Kind::Pole, theme.pole))
            return makeError(ErrorCode::Parse,
                             Referential::tr("Theme \"%1\" belongs to unknown pôle \"%2\".")
                                 .arg(theme.code, theme.pole));
    }
    for (const char *required : {"nr"}) {
        if (!ref.contains(Kind::AgeBand, QLatin1String(required)) ||
            !ref.contains(Kind::Public, QLatin1String(required)))
            return makeError(
                ErrorCode::Parse,
                Referential::tr("The age bands and publics must include the code \"nr\"."));
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
    return nullptr;
}

QString Referential::label(Kind kind, const QString &code) const
{
    const Category *category = find(kind, code);
    return category ? category->label(m_language) : code;
}

QString Referential::codeList(Kind kind) const
{
    QStringList codes;
    for (const Category &category : active(kind))
        codes << category.code;
    return codes.join(QLatin1String(", "));
}

QString Referential::poleColor(const QString &code) const
{
    const Category *pole = find(Kind::Pole, code);
    return pole && !pole->color.isEmpty() ? pole->color : QStringLiteral("#808080");
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
    if (category->pole == pole)
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
