// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/startup.h"

namespace passages::ui {

QString Startup::failureTitle()
{
    return tr("Passages cannot start");
}

QString Startup::databaseFailure(const Error &error)
{
    QString why;
    QString next;
    switch (error.code) {
    case ErrorCode::Corrupt:
        why = tr("The desk database failed its integrity check.");
        next = tr("Restore the file from a backup, or ask your IT contact to repair or replace "
                  "it.");
        break;
    case ErrorCode::TooNew:
        why = tr("The desk database was written by a newer version of Passages.");
        next = tr("Install that newer version on this computer.");
        break;
    default:
        why = tr("The desk database cannot be opened.");
        next = tr("Check that the disk is available and not full, then start Passages again.");
        break;
    }
    return tr("%1\n\n%2\n\nTo protect the figures, Passages refuses to record anything into "
              "this database.\n\n%3")
        .arg(why, error.message, next);
}

QString Startup::dataFailure(const Error &error)
{
    return tr("The data Passages needs could not be loaded.\n\n%1\n\nNothing was recorded.")
        .arg(error.message);
}

} // namespace passages::ui
