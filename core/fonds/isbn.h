// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QString>

namespace passages {

/// ISBNs as scanners and catalogues write them. A book's barcode is its ISBN-13 (EAN,
/// prefix 978 or 979); older books print an ISBN-10 whose last character may be X.
class Isbn
{
    Q_DECLARE_TR_FUNCTIONS(Isbn)

public:
    /// The 13 digits of a valid ISBN-10 or ISBN-13 (hyphens and spaces ignored, "ISBN"
    /// prefix allowed), or an error saying why not: wrong length, a character that is
    /// not a digit, a wrong check digit (with the expected one) or an EAN that is not
    /// a book (prefix other than 978/979).
    static Result<QString> normalise(const QString &text);
    /// Whether `text` has the shape of an ISBN (10 or 13 digits once hyphens and spaces
    /// are removed, X allowed last in 10): a scanner read worth checking as one.
    static bool looksLikeIsbn(const QString &text);
    /// The ISBN-10 of a 978 ISBN-13 (search by old numbers); empty otherwise.
    static QString toIsbn10(const QString &isbn13);
    /// The check digit of the first 12 digits of an ISBN-13 / first 9 of an ISBN-10.
    static QChar checkDigit13(const QString &first12);
    static QChar checkDigit10(const QString &first9);
};

} // namespace passages
