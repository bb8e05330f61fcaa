// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/referential/commune_index.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QStringTokenizer>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

namespace passages {

namespace {

const char kHeader[] = "code\tname\tpostal_codes\tdepartment\tpopulation";

/// How a search key relates to its commune; decides what counts as an exact match.
enum class KeyKind : std::uint8_t
{
    NameStart,      ///< the whole folded name
    NameWord,       ///< the folded name from a later word on
    Postal,         ///< a postal code
    Insee,          ///< the INSEE code, lower-cased ("2a004")
    PostalShadowed, ///< a postal code of Paris/Lyon/Marseille also held by an arrondissement
};

/// A key is a slice of Data::pool; keys are kept sorted for binary-search prefix ranges.
struct Key
{
    std::uint32_t offset;
    std::uint32_t length;
    std::uint32_t commune;
    KeyKind kind;
};

bool isAsciiAlnum(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

/// Appends the fold of one (already decomposed, non-mark) character: lower case, a few
/// ligatures and letters NFD does not split, and a space for anything else.
void appendFolded(QString &out, QChar c)
{
    if (c.unicode() < 0x80) {
        char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            u = static_cast<char16_t>(u + (u'a' - u'A'));
        out.append(isAsciiAlnum(u) ? QChar(u) : QChar(u' '));
        return;
    }
    if (c.isSurrogate()) { // astral characters are kept as they are
        out.append(c);
        return;
    }
    if (!c.isLetterOrNumber()) {
        out.append(QChar(u' '));
        return;
    }
    const QChar l = c.toLower();
    switch (l.unicode()) {
    case u'œ':
        out.append(QLatin1StringView("oe"));
        return;
    case u'æ':
        out.append(QLatin1StringView("ae"));
        return;
    case u'ß':
        out.append(QLatin1StringView("ss"));
        return;
    case u'ø':
        out.append(QChar(u'o'));
        return;
    case u'ł':
        out.append(QChar(u'l'));
        return;
    case u'đ':
        out.append(QChar(u'd'));
        return;
    case u'ı':
        out.append(QChar(u'i'));
        return;
    default:
        out.append(l);
    }
}

/// Collapses runs of spaces into one and trims, in place.
void squeezeSpaces(QString &s)
{
    qsizetype w = 0;
    bool pendingSpace = false;
    for (qsizetype r = 0; r < s.size(); ++r) {
        const QChar c = s.at(r);
        if (c == u' ') {
            pendingSpace = w > 0;
            continue;
        }
        if (pendingSpace)
            s[w++] = u' ';
        pendingSpace = false;
        s[w++] = c;
    }
    s.truncate(w);
}

/// "st etienne" -> "saint etienne", "ste foy" -> "sainte foy": the abbreviations agents
/// type. Only a whole word followed by another word, so that "st" alone still finds
/// "Stains" and "Strasbourg" while being typed. No commune name has such a word.
std::string expandSaint(std::string q)
{
    std::string out;
    out.reserve(q.size() + 8);
    std::size_t pos = 0;
    while (pos < q.size()) {
        std::size_t end = q.find(' ', pos);
        const bool last = end == std::string::npos;
        if (last)
            end = q.size();
        const std::string_view word(q.data() + pos, end - pos);
        if (!last && word == "st")
            out += "saint";
        else if (!last && word == "ste")
            out += "sainte";
        else
            out += word;
        if (!last)
            out += ' ';
        pos = end + 1;
    }
    return out;
}

/// Digits, or "2a"/"2b" followed by digits (Corsican INSEE codes), spaces ignored:
/// the query is a postal code or INSEE code prefix. Empty when it is not.
std::string codeQuery(const std::string &folded)
{
    std::string compact;
    compact.reserve(folded.size());
    for (char c : folded) {
        if (c != ' ')
            compact += c;
    }
    if (compact.empty())
        return {};
    for (std::size_t i = 0; i < compact.size(); ++i) {
        const char c = compact[i];
        const bool digit = c >= '0' && c <= '9';
        const bool corsica = i == 1 && compact[0] == '2' && (c == 'a' || c == 'b');
        if (!digit && !corsica)
            return {};
    }
    return compact;
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// "94022", "2A004": two digits (or "2A"/"2B") then three digits.
bool isInseeCode(QStringView s)
{
    return s.size() == 5 && isDigit(s[0]) && (isDigit(s[1]) || s[1] == u'A' || s[1] == u'B') &&
           isDigit(s[2]) && isDigit(s[3]) && isDigit(s[4]);
}

bool isPostalCode(QStringView s)
{
    return s.size() == 5 && std::all_of(s.begin(), s.end(), isDigit);
}

/// "94", "2A", "971".
bool isDepartment(QStringView s)
{
    if (s.size() == 2)
        return isDigit(s[0]) && (isDigit(s[1]) || s[1] == u'A' || s[1] == u'B');
    return s.size() == 3 && std::all_of(s.begin(), s.end(), isDigit);
}

} // namespace

QString Commune::displayLabel() const
{
    if (department.isEmpty())
        return name;
    return QStringLiteral("%1 (%2)").arg(name, department);
}

struct CommuneIndex::Data
{
    std::vector<Commune> communes;
    QHash<QString, int> byCode;
    std::vector<bool> special; ///< etranger, nr: ranked before population
    std::string pool;          ///< UTF-8 folded names and codes that keys point into
    std::vector<Key> nameKeys; ///< one per word start of each folded name, sorted
    std::vector<Key> codeKeys; ///< INSEE and postal codes, sorted

    std::string_view view(const Key &k) const { return {pool.data() + k.offset, k.length}; }

    void add(Commune c, bool isSpecial)
    {
        byCode.insert(c.code, int(communes.size()));
        communes.push_back(std::move(c));
        special.push_back(isSpecial);
    }

    /// Referential data like the commune names (French, not translated): they are
    /// written to exports and reports as they are.
    void addSpecials()
    {
        Commune abroad;
        abroad.code = QStringLiteral("etranger");
        abroad.name = QStringLiteral("Étranger (hors France)");
        add(std::move(abroad), true);
        Commune unknown;
        unknown.code = QStringLiteral("nr");
        unknown.name = QStringLiteral("Non renseignée");
        add(std::move(unknown), true);
    }

    std::uint32_t append(const std::string &s)
    {
        const auto offset = std::uint32_t(pool.size());
        pool += s;
        return offset;
    }

    void build();
};

void CommuneIndex::Data::build()
{
    const auto n = std::uint32_t(communes.size());
    pool.clear();
    nameKeys.clear();
    codeKeys.clear();

    // The postal codes of Paris, Lyon and Marseille that one of their arrondissements also
    // holds: typing "75019" means the 19th arrondissement, not Paris as a whole.
    static const QRegularExpression arrondissement(
        QStringLiteral("^(.+) \\d+(?:er|e) Arrondissement$"));
    QHash<QString, QSet<QString>> shadowed; // parent name + '\t' + department -> postal codes
    for (const Commune &c : communes) {
        if (!c.name.endsWith(u" Arrondissement"))
            continue;
        const auto m = arrondissement.match(c.name);
        if (m.hasMatch()) {
            QSet<QString> &codes = shadowed[m.captured(1) + u'\t' + c.department];
            for (const QString &p : c.postalCodes)
                codes.insert(p);
        }
    }

    for (std::uint32_t i = 0; i < n; ++i) {
        const Commune &c = communes[i];
        const std::string folded = fold(c.name).toStdString();
        const std::uint32_t base = append(folded);
        for (std::size_t w = 0; w < folded.size();) {
            nameKeys.push_back(Key{base + std::uint32_t(w), std::uint32_t(folded.size() - w), i,
                                   w == 0 ? KeyKind::NameStart : KeyKind::NameWord});
            const std::size_t space = folded.find(' ', w);
            if (space == std::string::npos)
                break;
            w = space + 1;
        }
        if (special[i]) { // "nr" and "etranger" by their code too
            const std::string code = c.code.toStdString();
            if (code != folded)
                nameKeys.push_back(
                    Key{append(code), std::uint32_t(code.size()), i, KeyKind::NameWord});
            continue;
        }
        const std::string insee = c.code.toLower().toStdString();
        codeKeys.push_back(Key{append(insee), std::uint32_t(insee.size()), i, KeyKind::Insee});
        const auto sh = shadowed.constFind(c.name + u'\t' + c.department);
        for (const QString &p : c.postalCodes) {
            const std::string postal = p.toStdString();
            const bool isShadowed = sh != shadowed.constEnd() && sh->contains(p);
            codeKeys.push_back(Key{append(postal), std::uint32_t(postal.size()), i,
                                   isShadowed ? KeyKind::PostalShadowed : KeyKind::Postal});
        }
    }

    // Within equal keys, the kinds that make an exact match come first, so that a scan
    // in key order meets a commune's best key before its others.
    const auto less = [this](const Key &a, const Key &b) {
        const int cmp = view(a).compare(view(b));
        if (cmp != 0)
            return cmp < 0;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.commune < b.commune;
    };
    std::sort(nameKeys.begin(), nameKeys.end(), less);
    std::sort(codeKeys.begin(), codeKeys.end(), less);
}

CommuneIndex::CommuneIndex() : d(std::make_unique<Data>())
{
    d->addSpecials();
    d->build();
}

CommuneIndex::~CommuneIndex() = default;
CommuneIndex::CommuneIndex(CommuneIndex &&) noexcept = default;
CommuneIndex &CommuneIndex::operator=(CommuneIndex &&) noexcept = default;

Result<CommuneIndex> CommuneIndex::loadDefault()
{
    return loadFile(QStringLiteral(":/communes/communes.tsv"));
}

Result<CommuneIndex> CommuneIndex::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Io,
            CommuneIndex::tr("Cannot read the communes file %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return makeError(
            ErrorCode::Io,
            CommuneIndex::tr("Cannot read the communes file %1: %2").arg(path, file.errorString()));

    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return makeError(ErrorCode::Parse,
                         CommuneIndex::tr("%1: the communes file is not valid UTF-8").arg(path));

    CommuneIndex index;
    Data &data = *index.d;
    data.communes.reserve(36000);
    data.special.reserve(36000);
    data.byCode.reserve(36000);

    bool headerSeen = false;
    int lineNumber = 0;
    const auto fieldError = [&](const char *field, const QString &value) {
        return makeError(ErrorCode::Parse, CommuneIndex::tr("%1, line %2: invalid %3 \"%4\"")
                                               .arg(path)
                                               .arg(lineNumber)
                                               .arg(QLatin1StringView(field), value));
    };

    for (QStringView line : QStringTokenizer(text, u'\n')) {
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (!headerSeen) {
            if (line != QLatin1StringView(kHeader))
                return makeError(ErrorCode::Parse,
                                 CommuneIndex::tr("%1, line %2: expected the header \"%3\"")
                                     .arg(path)
                                     .arg(lineNumber)
                                     .arg(QString::fromLatin1(kHeader).replace(u'\t', u' ')));
            headerSeen = true;
            continue;
        }
        const QList<QStringView> fields = line.split(u'\t');
        if (fields.size() != 5)
            return makeError(
                ErrorCode::Parse,
                CommuneIndex::tr("%1, line %2: expected 5 tab-separated fields, found %3")
                    .arg(path)
                    .arg(lineNumber)
                    .arg(fields.size()));

        Commune c;
        c.code = fields[0].toString();
        if (!isInseeCode(c.code))
            return fieldError("code", c.code);
        if (data.byCode.contains(c.code))
            return makeError(ErrorCode::Parse,
                             CommuneIndex::tr("%1, line %2: duplicate code \"%3\"")
                                 .arg(path)
                                 .arg(lineNumber)
                                 .arg(c.code));
        c.name = fields[1].trimmed().toString();
        if (c.name.isEmpty())
            return fieldError("name", fields[1].toString());
        if (!fields[2].isEmpty()) {
            for (QStringView p : fields[2].split(u',')) {
                if (!isPostalCode(p))
                    return fieldError("postal_codes", fields[2].toString());
                const QString postal = p.toString();
                if (!c.postalCodes.contains(postal))
                    c.postalCodes.append(postal);
            }
        }
        c.department = fields[3].toString();
        if (!isDepartment(c.department))
            return fieldError("department", c.department);
        bool ok = false;
        c.population = fields[4].toInt(&ok);
        if (!ok || c.population < 0)
            return fieldError("population", fields[4].toString());

        data.add(std::move(c), false);
    }
    if (!headerSeen)
        return makeError(ErrorCode::Parse,
                         CommuneIndex::tr("%1: no header line \"%2\"")
                             .arg(path, QString::fromLatin1(kHeader).replace(u'\t', u' ')));

    data.build();
    return index;
}

int CommuneIndex::size() const
{
    return d ? int(d->communes.size()) : 0;
}

bool CommuneIndex::contains(const QString &code) const
{
    return d && d->byCode.contains(code);
}

const Commune *CommuneIndex::find(const QString &code) const
{
    if (!d)
        return nullptr;
    const auto it = d->byCode.constFind(code);
    return it == d->byCode.constEnd() ? nullptr : &d->communes[std::size_t(*it)];
}

QString CommuneIndex::label(const QString &code) const
{
    const Commune *c = find(code);
    return c ? c->displayLabel() : code;
}

QString CommuneIndex::fold(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const bool ascii =
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii) {
        for (QChar c : text)
            appendFolded(out, c);
    } else {
        const QString decomposed = text.normalized(QString::NormalizationForm_D);
        for (QChar c : decomposed) {
            if (c.isMark())
                continue;
            appendFolded(out, c);
        }
    }
    squeezeSpaces(out);
    return out;
}

std::vector<const Commune *> CommuneIndex::search(const QString &query, int limit,
                                                  const QHash<QString, int> &frequency) const
{
    std::vector<const Commune *> result;
    if (!d || limit <= 0)
        return result;
    const Data &data = *d;
    const std::size_t n = data.communes.size();

    // Desk frequency by commune index (empty when the desk has no history).
    std::vector<int> freq;
    if (!frequency.isEmpty()) {
        freq.assign(n, 0);
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            const auto found = data.byCode.constFind(it.key());
            if (found != data.byCode.constEnd() && it.value() > 0)
                freq[std::size_t(*found)] = it.value();
        }
    }

    struct Candidate
    {
        int frequency;
        int exactCode; ///< 2: a postal code typed in full, 1: an INSEE code, 0: neither
        bool special;
        int population;
        bool exactName;
        std::uint32_t index;
    };
    // true when a ranks before b.
    const auto before = [&data](const Candidate &a, const Candidate &b) {
        if (a.frequency != b.frequency)
            return a.frequency > b.frequency;
        if (a.exactCode != b.exactCode)
            return a.exactCode > b.exactCode;
        if (a.special != b.special)
            return a.special;
        if (a.population != b.population)
            return a.population > b.population;
        if (a.exactName != b.exactName)
            return a.exactName;
        return data.communes[a.index].code < data.communes[b.index].code;
    };
    const auto candidate = [&](std::uint32_t i, int exactCode, bool exactName) {
        return Candidate{freq.empty() ? 0 : freq[i],  exactCode, bool(data.special[i]),
                         data.communes[i].population, exactName, i};
    };

    const std::string folded = expandSaint(fold(query).toStdString());
    std::vector<Candidate> top;        // a heap whose front is the worst kept candidate
    std::vector<Candidate> exactNames; // kept apart so that they are never crowded out
    const auto keep = [&](const Candidate &c) {
        if (top.size() < std::size_t(limit)) {
            top.push_back(c);
            std::push_heap(top.begin(), top.end(), before);
        } else if (before(c, top.front())) {
            std::pop_heap(top.begin(), top.end(), before);
            top.back() = c;
            std::push_heap(top.begin(), top.end(), before);
        }
    };

    if (folded.empty()) {
        // Nothing typed yet: the communes this desk records most, if any.
        for (std::uint32_t i = 0; i < freq.size(); ++i) {
            if (freq[i] > 0)
                keep(candidate(i, 0, false));
        }
    } else {
        const std::string code = codeQuery(folded);
        const std::string_view q = code.empty() ? std::string_view(folded) : code;
        const std::vector<Key> &keys = code.empty() ? data.nameKeys : data.codeKeys;
        const auto lo = std::partition_point(keys.begin(), keys.end(),
                                             [&](const Key &k) { return data.view(k) < q; });
        const auto hi = std::partition_point(
            lo, keys.end(), [&](const Key &k) { return data.view(k).substr(0, q.size()) == q; });

        std::vector<std::uint64_t> seen((n + 63) / 64, 0);
        for (auto it = lo; it != hi; ++it) {
            const std::uint32_t i = it->commune;
            std::uint64_t &word = seen[i / 64];
            const std::uint64_t bit = std::uint64_t(1) << (i % 64);
            if (word & bit)
                continue;
            word |= bit;
            // Keys equal to the query sort first, exact kinds first among them, so the
            // first key met for a commune tells whether it matches exactly.
            const bool whole = it->length == q.size();
            // "13001" is both a postal code of Marseille 1er and the INSEE code of
            // Aix-en-Provence: agents type postal codes, so those rank first.
            const int exactCode = !whole                        ? 0
                                  : it->kind == KeyKind::Postal ? 2
                                  : it->kind == KeyKind::Insee  ? 1
                                                                : 0;
            const bool exactName = whole && it->kind == KeyKind::NameStart;
            const Candidate c = candidate(i, exactCode, exactName);
            if (exactName)
                exactNames.push_back(c);
            else
                keep(c);
        }
    }

    // Exact name matches always make the list when there is room besides the best
    // candidate (the small "Choisy" under "Choisy-le-Roi", "Au-Bac", ...): they take the
    // places of the lowest-ranked others. The order stays the ranking above.
    top.insert(top.end(), exactNames.begin(), exactNames.end());
    std::sort(top.begin(), top.end(), before);
    for (std::size_t i = top.size(); top.size() > std::size_t(limit) && i-- > 1;) {
        if (!top[i].exactName)
            top.erase(top.begin() + std::ptrdiff_t(i));
    }
    if (top.size() > std::size_t(limit))
        top.resize(std::size_t(limit));

    result.reserve(top.size());
    for (const Candidate &c : top)
        result.push_back(&data.communes[c.index]);
    return result;
}

} // namespace passages
