// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fonds/isbn.h"

namespace passages {

namespace {

QString compact(const QString &text)
{
    QString s = text.trimmed();
    if (s.startsWith(QLatin1String("ISBN"), Qt::CaseInsensitive)) {
        s = s.mid(4);
        if (s.startsWith(QLatin1String("-13")) || s.startsWith(QLatin1String("-10")))
            s = s.mid(3);
        while (!s.isEmpty() && (s.front() == QLatin1Char(':') || s.front().isSpace()))
            s.remove(0, 1);
    }
    QString out;
    for (const QChar c : s)
        if (c != QLatin1Char('-') && !c.isSpace())
            out += c == QLatin1Char('x') ? QLatin1Char('X') : c;
    return out;
}

bool allDigits(QStringView s)
{
    for (const QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

} // namespace

QChar Isbn::checkDigit13(const QString &first12)
{
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += first12.at(i).digitValue() * (i % 2 == 0 ? 1 : 3);
    return QChar(QLatin1Char(char('0' + (10 - sum % 10) % 10)));
}

QChar Isbn::checkDigit10(const QString &first9)
{
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += first9.at(i).digitValue() * (10 - i);
    const int check = (11 - sum % 11) % 11;
    return check == 10 ? QLatin1Char('X') : QChar(QLatin1Char(char('0' + check)));
}

bool Isbn::looksLikeIsbn(const QString &text)
{
    const QString s = compact(text);
    if (s.size() == 13)
        return allDigits(s);
    if (s.size() == 10)
        return allDigits(QStringView(s).left(9)) &&
               (s.back().isDigit() || s.back() == QLatin1Char('X'));
    return false;
}

Result<QString> Isbn::normalise(const QString &text)
{
    const QString s = compact(text);
    if (s.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The ISBN is empty."),
                         QStringLiteral("isbn"));
    if (s.size() != 10 && s.size() != 13)
        return makeError(ErrorCode::InvalidArgument,
                         tr("\"%1\" is not an ISBN: it has %2 characters (an ISBN has 10 or 13).")
                             .arg(text.trimmed())
                             .arg(s.size()),
                         QStringLiteral("isbn"));
    const qsizetype body = s.size() - 1;
    if (!allDigits(QStringView(s).left(body)) ||
        !(s.back().isDigit() || (s.size() == 10 && s.back() == QLatin1Char('X'))))
        return makeError(ErrorCode::InvalidArgument,
                         tr("\"%1\" is not an ISBN: only digits are allowed (and X as the last "
                            "character of an ISBN-10).")
                             .arg(text.trimmed()),
                         QStringLiteral("isbn"));
    if (s.size() == 13) {
        if (!s.startsWith(QLatin1String("978")) && !s.startsWith(QLatin1String("979")))
            return makeError(ErrorCode::InvalidArgument,
                             tr("\"%1\" is not an ISBN: a book's EAN starts with 978 or 979.")
                                 .arg(text.trimmed()),
                             QStringLiteral("isbn"));
        const QChar expected = checkDigit13(s.left(12));
        if (s.back() != expected)
            return makeError(ErrorCode::InvalidArgument,
                             tr("ISBN \"%1\" has a wrong check digit: %2 instead of %3 (a "
                                "misread or mistyped digit).")
                                 .arg(text.trimmed(), s.back(), expected),
                             QStringLiteral("isbn"));
        return s;
    }
    const QChar expected = checkDigit10(s.left(9));
    if (s.back() != expected)
        return makeError(ErrorCode::InvalidArgument,
                         tr("ISBN \"%1\" has a wrong check digit: %2 instead of %3 (a misread "
                            "or mistyped digit).")
                             .arg(text.trimmed(), s.back(), expected),
                         QStringLiteral("isbn"));
    const QString first12 = QStringLiteral("978") + s.left(9);
    return first12 + checkDigit13(first12);
}

QString Isbn::toIsbn10(const QString &isbn13)
{
    if (isbn13.size() != 13 || !isbn13.startsWith(QLatin1String("978")))
        return {};
    const QString first9 = isbn13.mid(3, 9);
    return first9 + checkDigit10(first9);
}

} // namespace passages
