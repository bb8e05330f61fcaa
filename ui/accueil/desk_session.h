// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reception/reception.h"

#include <QList>
#include <QObject>

namespace passages::ui {

/// The desk's working session over Reception: every record, correction and deletion of
/// the screens goes through here, so the models hear about changes and Ctrl+Z can take
/// back the session's actions in reverse order (a record becomes a tombstone; a
/// correction or a deletion writes the previous image back). Nothing is kept in memory
/// that is not already committed by Reception.
class DeskSession final : public QObject
{
    Q_OBJECT

public:
    explicit DeskSession(Reception &reception, QObject *parent = nullptr);

    Reception &reception() const { return m_reception; }
    const Referential &referential() const { return m_reception.referential(); }
    QDate today() const { return m_reception.today(); }

    Result<Passage> log(const PassageInput &input);
    Result<Passage> correct(const QString &id, const PassageInput &input);
    Result<Passage> remove(const QString &id);

    bool canUndo() const { return !m_undo.isEmpty(); }
    /// "Undo recording" / "Undo correction" / "Undo deletion".
    QString undoText() const;
    Result<Passage> undo();

    /// What the agent reads back: "Rechercher un emploi, 26–44 ans, Choisy-le-Roi (94)"
    /// (the theme, else the pôle). Codes left at "not stated" are skipped.
    QString describe(const Passage &passage) const;
    /// Every field recorded besides the theme, in the form's order: age band, commune,
    /// public, channel, first visit, service level, orientation, group size. The channel
    /// shows when the desk offers it or it is not the default; "not stated" codes are
    /// skipped.
    QStringList details(const Passage &passage) const;
    /// How often each commune was recorded here in the last year, for the commune list's
    /// order. Only a hint: a failure is said (notice) and the list stays alphabetical.
    QHash<QString, int> communeFrequency();
    /// A line for the agent from another screen of the desk (why a key did nothing).
    void inform(const QString &text, bool error) { emit notice(text, error); }

signals:
    /// The stored entries changed (models refresh).
    void changed();
    void undoAvailableChanged(bool available);
    /// A line for the agent: a confirmation or, with `error`, why nothing was done.
    void notice(const QString &text, bool error);

private:
    enum class Action
    {
        Log,
        Correct,
        Remove
    };
    struct Step
    {
        Action action;
        Passage before; ///< the image to write back (correction, deletion)
        Passage after;  ///< what the action wrote
    };

    void push(Step step);
    void failed(const QString &what, const Error &error);

    Reception &m_reception;
    QList<Step> m_undo;
};

} // namespace passages::ui
