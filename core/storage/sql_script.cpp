// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sql_script.h"

#include <sqlite3.h>

namespace passages {

namespace {

/// True when the text holds more than comments, blanks and semicolons (an empty
/// statement is harmless to SQLite but an error to QSqlQuery::exec()).
bool holdsSql(const QString &text)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        QString code = line.trimmed();
        if (code.startsWith(QLatin1String("--")))
            continue;
        code.remove(QLatin1Char(';'));
        if (!code.trimmed().isEmpty())
            return true;
    }
    return false;
}

} // namespace

QStringList splitSqlScript(const QString &script)
{
    // Each `;` is a candidate end; sqlite3_complete() says whether the text up to it is a
    // whole statement for SQLite's tokenizer (not inside a string, a comment or a
    // trigger body). A trigger's few inner semicolons make this cheap enough.
    QStringList statements;
    const QByteArray utf8 = script.toUtf8();
    QByteArray current;
    qsizetype start = 0;
    const auto take = [&](const QByteArray &text) {
        const QString statement = QString::fromUtf8(text).trimmed();
        if (holdsSql(statement))
            statements << statement;
    };
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8.at(i) != ';')
            continue;
        current.append(utf8.constData() + start, i + 1 - start);
        start = i + 1;
        if (sqlite3_complete(current.constData()) == 1) {
            take(current);
            current.clear();
        }
    }
    // A last statement without its `;`, or only comments.
    current.append(utf8.constData() + start, utf8.size() - start);
    take(current);
    return statements;
}

} // namespace passages
