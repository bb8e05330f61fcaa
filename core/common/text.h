// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace passages {

/// Whether `text` holds a control or format character (ESC, a bidirectional override...):
/// never accepted in a label, never printed raw to a terminal.
inline bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    return false;
}

/// Text from a file or the command line as a message may quote it: control characters
/// shown as U+FFFD, at most `max` characters (then "…"). A 50 MB CSV field must not
/// become a 50 MB error message, nor an escape sequence reach the terminal.
inline QString shown(const QString &text, qsizetype max = 80)
{
    QString result;
    result.reserve(std::min(text.size(), max + 1));
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (result.size() >= max) {
            result += QChar(0x2026);
            break;
        }
        const QChar c = text.at(i);
        result += c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
                      ? QChar(QChar::ReplacementCharacter)
                      : c;
    }
    return result;
}

} // namespace passages
