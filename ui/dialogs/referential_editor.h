// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/referential/referential.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace passages::ui {

/// *Outils › Référentiel…* (admin only): the Cité's lists — pôles (label, colour, order),
/// themes per pôle, age bands, publics, channels, sites, event types, locations,
/// partners, duration bands, service levels, orientations. Add, rename (labels only: codes never
/// change), retire or restore, reorder, merge (codes A and B count under C in every report). Each
/// action is checked by core at once (the reason shows under the table); the whole is checked
/// before Save, which the caller turns into a new published version.
class ReferentialEditor final : public QDialog
{
    Q_OBJECT

public:
    explicit ReferentialEditor(const Referential &referential, QWidget *parent = nullptr);

    const Referential &edited() const { return m_ref; }
    bool isChanged() const { return m_changed; }
    /// Shows the list of `kind` (what the list on the left does).
    void showKind(Referential::Kind kind);
    Referential::Kind currentKind() const { return m_kind; }
    /// The codes of the selected rows.
    QStringList selectedCodes() const;
    /// Selects the row of `code` (tests and keyboard users alike).
    void select(const QString &code);

private:
    void fill();
    void updateState();
    /// Applies a core edit: on error its reason shows and nothing changes.
    void apply(const Status &status);
    void add();
    void rename();
    void toggleRetired();
    void moveBy(int step);
    void setColor();
    void merge();
    void toggleTarget();

    Referential m_ref;
    Referential::Kind m_kind = Referential::Kind::Pole;
    bool m_changed = false;
    QListWidget *m_kinds = nullptr;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_label = nullptr;
    QComboBox *m_pole = nullptr;
    QLineEdit *m_color = nullptr;
    QComboBox *m_into = nullptr;
    QDateEdit *m_since = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_retire = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_colorButton = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_target = nullptr; ///< partners: offered as an orientation target or not
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;  ///< what the last action refused
    QLabel *m_problems = nullptr; ///< what keeps the whole from being saved
};

} // namespace passages::ui
