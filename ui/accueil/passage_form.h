// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reception/passage.h"
#include "core/referential/referential.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QSpinBox;

namespace passages {
class CommuneIndex;
}

namespace passages::ui {

class ChoiceGroup;
class CommunePicker;
class FormRow;

/// The fields of one walk-in, shared by the desk and the correction dialog: pôle, theme
/// (of that pôle), age band, commune, and the optional public, channel, first visit,
/// service level and orientation (shown as the referential's DeskFields say),
/// then the group size. It only gathers codes; Reception validates and records them.
/// Enter and Escape are left to the parent (the desk records/clears, a dialog
/// accepts/cancels).
class PassageForm final : public QWidget
{
    Q_OBJECT

public:
    PassageForm(const Referential &referential, const CommuneIndex &communes,
                QWidget *parent = nullptr);

    /// Hidden fields are not offered and keep their defaults (or a corrected entry's value).
    void setFields(const DeskFields &fields);
    void setCommuneFrequency(const QHash<QString, int> &frequency);

    PassageInput input() const;
    void setInput(const PassageInput &input);
    /// Back to the defaults: no pôle, no theme, age band and public "nr", no commune,
    /// channel "sur-place", first visit not stated, one person.
    void reset();
    void focusFirst();

    /// Commune text typed but not picked from the list.
    bool communePending() const;

    /// Wide enough for the widest theme row of any pôle, not only the current one; as
    /// tall as the rows are at that width.
    QSize minimumSizeHint() const override;

    ChoiceGroup *poleGroup() const { return m_pole; }
    CommunePicker *communePicker() const { return m_commune; }

signals:
    /// Something the agent must fix (an unknown commune); shown by the parent.
    void problem(const QString &message);

private:
    FormRow *addRow(const QString &title, const QString &hint, QWidget *field);
    ChoiceGroup *makeGroup(const QString &name, Referential::Kind kind, int columns,
                           const QString &defaultCode);
    void poleChanged(const QString &pole);
    void moveFocus(QWidget *from, int step);
    bool canFocus(QWidget *stop) const;
    QString defaultCode(Referential::Kind kind, const QString &preferred) const;

    const Referential &m_referential;
    ChoiceGroup *m_pole = nullptr;
    ChoiceGroup *m_theme = nullptr;
    ChoiceGroup *m_age = nullptr;
    CommunePicker *m_commune = nullptr;
    ChoiceGroup *m_public = nullptr;
    ChoiceGroup *m_channel = nullptr;
    ChoiceGroup *m_firstVisit = nullptr;
    ChoiceGroup *m_serviceLevel = nullptr;
    ChoiceGroup *m_orientation = nullptr;
    QSpinBox *m_count = nullptr;
    QList<QWidget *> m_stops; ///< focus order
    QHash<QWidget *, FormRow *> m_rowOf;
    QList<FormRow *> m_rows;
    int m_widest = 0;
};

} // namespace passages::ui
