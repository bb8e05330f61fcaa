// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fonds/fonds_types.h"

#include <iterator>

namespace passages {

namespace {

template <typename E> struct CodeInfo
{
    E value;
    const char *code;
};

constexpr CodeInfo<TitleType> typeCodes[] = {
    {TitleType::Book, "book"},       {TitleType::Review, "review"}, {TitleType::Daily, "daily"},
    {TitleType::Dossier, "dossier"}, {TitleType::Binder, "binder"},
};
constexpr CodeInfo<CopyStatus> statusCodes[] = {
    {CopyStatus::OnShelf, "on-shelf"},
    {CopyStatus::Reserve, "reserve"},
    {CopyStatus::Missing, "missing"},
    {CopyStatus::Withdrawn, "withdrawn"},
};
constexpr CodeInfo<CopySource> sourceCodes[] = {
    {CopySource::Purchase, "purchase"},
    {CopySource::Gift, "gift"},
    {CopySource::Free, "free"},
};
constexpr CodeInfo<Frequency> frequencyTable[] = {
    {Frequency::Daily, "daily"},
    {Frequency::Weekly, "weekly"},
    {Frequency::Fortnightly, "fortnightly"},
    {Frequency::Monthly, "monthly"},
    {Frequency::Bimonthly, "bimonthly"},
    {Frequency::Quarterly, "quarterly"},
    {Frequency::HalfYearly, "half-yearly"},
    {Frequency::Yearly, "yearly"},
};

template <typename E, std::size_t N> QString codeOf(const CodeInfo<E> (&table)[N], E value)
{
    for (const CodeInfo<E> &info : table)
        if (info.value == value)
            return QLatin1String(info.code);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const CodeInfo<E> (&table)[N], const QString &code)
{
    const QString wanted = code.trimmed().toLower();
    for (const CodeInfo<E> &info : table)
        if (wanted == QLatin1String(info.code))
            return info.value;
    return std::nullopt;
}

template <typename E, std::size_t N> QList<E> valuesOf(const CodeInfo<E> (&table)[N])
{
    QList<E> values;
    for (const CodeInfo<E> &info : table)
        values << info.value;
    return values;
}

template <typename E, std::size_t N> QString codesOf(const CodeInfo<E> (&table)[N])
{
    QStringList codes;
    for (const CodeInfo<E> &info : table)
        codes << QLatin1String(info.code);
    return codes.join(QLatin1Char('|'));
}

} // namespace

QString FondsCodes::code(TitleType type)
{
    return codeOf(typeCodes, type);
}
QString FondsCodes::code(CopyStatus status)
{
    return codeOf(statusCodes, status);
}
QString FondsCodes::code(CopySource source)
{
    return codeOf(sourceCodes, source);
}
QString FondsCodes::code(Frequency frequency)
{
    return codeOf(frequencyTable, frequency);
}

std::optional<TitleType> FondsCodes::titleType(const QString &code)
{
    return valueOf(typeCodes, code);
}
std::optional<CopyStatus> FondsCodes::copyStatus(const QString &code)
{
    return valueOf(statusCodes, code);
}
std::optional<CopySource> FondsCodes::copySource(const QString &code)
{
    return valueOf(sourceCodes, code);
}
std::optional<Frequency> FondsCodes::frequency(const QString &code)
{
    return valueOf(frequencyTable, code);
}

QList<TitleType> FondsCodes::titleTypes()
{
    return valuesOf(typeCodes);
}
QList<CopyStatus> FondsCodes::copyStatuses()
{
    return valuesOf(statusCodes);
}
QList<CopySource> FondsCodes::copySources()
{
    return valuesOf(sourceCodes);
}
QList<Frequency> FondsCodes::frequencies()
{
    return valuesOf(frequencyTable);
}
QString FondsCodes::titleTypeCodes()
{
    return codesOf(typeCodes);
}
QString FondsCodes::copyStatusCodes()
{
    return codesOf(statusCodes);
}
QString FondsCodes::copySourceCodes()
{
    return codesOf(sourceCodes);
}
QString FondsCodes::frequencyCodes()
{
    return codesOf(frequencyTable);
}

QString FondsCodes::label(TitleType type)
{
    switch (type) {
    case TitleType::Book:
        return tr("Book");
    case TitleType::Review:
        return tr("Review");
    case TitleType::Daily:
        return tr("Daily newspaper");
    case TitleType::Dossier:
        return tr("Dossier");
    case TitleType::Binder:
        return tr("Binder");
    }
    return {};
}

QString FondsCodes::label(CopyStatus status)
{
    switch (status) {
    case CopyStatus::OnShelf:
        return tr("On shelf");
    case CopyStatus::Reserve:
        return tr("Reserve");
    case CopyStatus::Missing:
        return tr("Missing");
    case CopyStatus::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QString FondsCodes::label(CopySource source)
{
    switch (source) {
    case CopySource::Purchase:
        return tr("Purchase");
    case CopySource::Gift:
        return tr("Gift");
    case CopySource::Free:
        return tr("Free");
    }
    return {};
}

QString FondsCodes::label(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Daily:
        return tr("Daily");
    case Frequency::Weekly:
        return tr("Weekly");
    case Frequency::Fortnightly:
        return tr("Fortnightly");
    case Frequency::Monthly:
        return tr("Monthly");
    case Frequency::Bimonthly:
        return tr("Every two months");
    case Frequency::Quarterly:
        return tr("Quarterly");
    case Frequency::HalfYearly:
        return tr("Half-yearly");
    case Frequency::Yearly:
        return tr("Yearly");
    }
    return {};
}

int FondsCodes::defaultIssuesPerYear(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Daily:
        return 312;
    case Frequency::Weekly:
        return 52;
    case Frequency::Fortnightly:
        return 26;
    case Frequency::Monthly:
        return 12;
    case Frequency::Bimonthly:
        return 6;
    case Frequency::Quarterly:
        return 4;
    case Frequency::HalfYearly:
        return 2;
    case Frequency::Yearly:
        return 1;
    }
    return 12;
}

WeedingRules WeedingRules::defaults()
{
    WeedingRules rules;
    rules.maxAgeYears = {{QStringLiteral("MFO"), 5},
                         {QStringLiteral("MFP"), 5},
                         {QStringLiteral("MFF"), 3},
                         {QStringLiteral("MFC"), 3}};
    rules.unusedYears = 3;
    return rules;
}

} // namespace passages
