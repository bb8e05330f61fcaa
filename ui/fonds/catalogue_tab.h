// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fonds/fonds_types.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace passages {
class Fonds;
} // namespace passages

namespace passages::ui {

class Prompter;

/// The catalogue tab of the documentation space: the scan field and its mode, the
/// consultation tally buttons, the searchable title list, the title editor, the copies
/// of the title in the editor and the spine labels of the selected titles.
///
/// The scanner types a code and Enter into the scan field. In catalogue mode a copy's
/// inventory number selects it, a known ISBN adds a copy, a new ISBN opens a new title
/// with the ISBN filled in (Enter in the editor saves it with its first copy), and a
/// misread says why. In reshelving mode each scan counts one consultation.
class CatalogueTab final : public QWidget
{
    Q_OBJECT

public:
    CatalogueTab(Fonds &fonds, Prompter &prompter, QWidget *parent = nullptr);

    /// Reshelving: each scan counts a consultation instead of adding copies.
    void setReshelving(bool reshelving);
    bool reshelving() const;
    /// Gives the scan field the focus (where the scanner types).
    void focusScan();

public slots:
    /// Re-reads the title list (the search and the selection stay).
    void refreshCatalogue();

signals:
    /// A line for the documentalist: a confirmation, or a problem when `error`.
    void notice(const QString &text, bool error);
    /// A title, copy or consultation was recorded.
    void changed();

private:
    void scan();
    void selectTitle(const QString &titleId);
    void editTitle(const Title &title);
    void newTitle(const QString &isbn = {});
    bool saveTitle();
    void refreshCopies();
    QString currentTitleId() const;
    QString currentCopyId() const;
    void addCopy();
    void printSpineLabels();
    void applyCopyChanges();
    void tally(const QString &theme);

    Fonds &m_fonds;
    Prompter &m_prompter;
    QLineEdit *m_scan = nullptr;
    QComboBox *m_scanMode = nullptr;
    QLineEdit *m_search = nullptr;
    QStandardItemModel *m_catalogue = nullptr;
    QTableView *m_catalogueView = nullptr;
    QString m_editingId; ///< the title in the editor; empty for a new one
    QLineEdit *m_title = nullptr;
    QLineEdit *m_authors = nullptr;
    QLineEdit *m_publisher = nullptr;
    QSpinBox *m_year = nullptr;
    QLineEdit *m_edition = nullptr;
    QLineEdit *m_isbn = nullptr;
    QComboBox *m_theme = nullptr;
    QLineEdit *m_subcote = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_language = nullptr;
    QLineEdit *m_notes = nullptr;
    QLabel *m_editorTitle = nullptr;
    QStandardItemModel *m_copies = nullptr;
    QTableView *m_copiesView = nullptr;
    QComboBox *m_copyStatus = nullptr;
    QLineEdit *m_copyLocation = nullptr;
};

} // namespace passages::ui
