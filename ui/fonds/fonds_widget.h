// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fonds/fonds.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace passages {
class Database;
class Referential;
} // namespace passages

namespace passages::ui {

class Prompter;

/// The documentation space: catalogue with search and a scanner entry field, title and
/// copy editing, periodicals check-in, weeding review, inventory session and yearly
/// figures. Self-contained over core's Fonds service; every rule and figure is there.
///
/// The scanner types a code and Enter into the scan field. In "Catalogue" mode a copy's
/// inventory number selects it, a known ISBN adds a copy, a new ISBN opens a new title
/// with the ISBN filled in (Enter in the editor saves it with its first copy), and a
/// misread says why. In "Reshelving" mode each scan counts one consultation.
class FondsWidget final : public QWidget
{
    Q_OBJECT

public:
    enum class ScanMode
    {
        Catalogue,
        Reshelving
    };

    FondsWidget(Database &db, const Referential &referential, Prompter &prompter, Clock clock = {},
                QWidget *parent = nullptr);
    ~FondsWidget() override;

    Fonds &fonds() { return m_fonds; }
    void setScanMode(ScanMode mode);
    ScanMode scanMode() const;
    /// The last line shown to the documentalist (confirmation or problem).
    QString notice() const;
    /// Writes a PDF of spine labels (cote and inventory number), one per copy on the
    /// shelves or in reserve of these titles, 3 x 8 labels of 70 x 37 mm per A4 page.
    /// Returns how many labels.
    Result<int> writeSpineLabels(const QString &path, const QStringList &titleIds);

public slots:
    /// Re-reads everything from core (after an import elsewhere, a sync...).
    void refresh();

signals:
    /// The fonds changed (a title, copy, issue or consultation was recorded).
    void changed();

private:
    QWidget *buildCatalogue();
    QWidget *buildPeriodicals();
    QWidget *buildWeeding();
    QWidget *buildInventory();
    QWidget *buildFigures();

    void scan();
    void showNotice(const QString &text, bool error);
    void refreshCatalogue();
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

    void refreshPeriodicals();
    void checkInSelected();
    void removeSelectedIssues();
    /// Changes the selected subscription's frequency, first issue or retention.
    void changeSelectedSubscription();
    void endSelectedSubscription();
    void addSubscription();

    WeedingRules rulesFromForm() const;
    void refreshWeeding();
    void withdrawChecked();

    void inventoryScan();
    void compareInventory();
    void markMissing();

    void refreshFigures();

    Fonds m_fonds;
    Prompter &m_prompter;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_banner = nullptr;

    // Catalogue
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

    // Periodicals
    QStandardItemModel *m_periodicals = nullptr;
    QTableView *m_periodicalsView = nullptr;
    QLineEdit *m_issueNumber = nullptr;
    QComboBox *m_subscriptionTitle = nullptr;
    QComboBox *m_frequency = nullptr;
    QDateEdit *m_subscriptionStart = nullptr;
    QSpinBox *m_keepIssues = nullptr;
    QSpinBox *m_keepMonths = nullptr;
    QList<PeriodicalStatus> m_periodicalRows;
    /// The periodical selected in the list (in m_periodicalRows), or null.
    const PeriodicalStatus *selectedPeriodical() const;

    // Weeding
    QHash<QString, QSpinBox *> m_maxAge;
    QSpinBox *m_unusedYears = nullptr;
    QStandardItemModel *m_weeding = nullptr;
    QTableView *m_weedingView = nullptr;

    // Inventory
    QComboBox *m_inventoryTheme = nullptr;
    QLineEdit *m_inventoryLocation = nullptr;
    QLineEdit *m_inventoryScan = nullptr;
    QLabel *m_inventoryCount = nullptr;
    QStringList m_inventoryScanned;
    QStandardItemModel *m_inventoryResult = nullptr;
    QPushButton *m_markMissing = nullptr;
    QStringList m_missingIds;

    // Figures
    QSpinBox *m_figuresYear = nullptr;
    QStandardItemModel *m_figures = nullptr;
    QStandardItemModel *m_figuresThemes = nullptr;
};

} // namespace passages::ui
