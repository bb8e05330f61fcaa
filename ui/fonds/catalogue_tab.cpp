// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/fonds/catalogue_tab.h"

#include "core/fonds/fonds.h"
#include "ui/dialogs/prompter.h"
#include "ui/fonds/fonds_parts.h"
#include "ui/fonds/spine_labels.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace passages::ui {

using namespace fonds_parts;

CatalogueTab::CatalogueTab(Fonds &fonds, Prompter &prompter, QWidget *parent)
    : QWidget(parent), m_fonds(fonds), m_prompter(prompter)
{
    auto *layout = new QVBoxLayout(this);

    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(new QLabel(tr("Scan:"), this));
    m_scan = new QLineEdit(this);
    m_scan->setObjectName(QStringLiteral("scanField"));
    m_scan->setPlaceholderText(tr("ISBN or inventory number, then Enter"));
    m_scan->setClearButtonEnabled(true);
    scanRow->addWidget(m_scan, 2);
    m_scanMode = new QComboBox(this);
    m_scanMode->setObjectName(QStringLiteral("scanMode"));
    m_scanMode->addItem(tr("Catalogue: add copies"));
    m_scanMode->addItem(tr("Reshelving: count consultations"));
    scanRow->addWidget(m_scanMode);
    // The tally buttons: a consultation per theme when there is no time to scan.
    scanRow->addSpacing(12);
    scanRow->addWidget(new QLabel(tr("Consulted:"), this));
    for (const Category &theme : m_fonds.themes()) {
        if (theme.retired)
            continue;
        auto *button = new QPushButton(tr("%1 +1").arg(theme.code), this);
        button->setObjectName(QStringLiteral("tally_") + theme.code);
        button->setToolTip(tr("Count one consultation of %1").arg(m_fonds.themeLabel(theme.code)));
        button->setFocusPolicy(Qt::NoFocus);
        const QString code = theme.code;
        connect(button, &QPushButton::clicked, this, [this, code] { tally(code); });
        scanRow->addWidget(button);
    }
    layout->addLayout(scanRow);
    connect(m_scan, &QLineEdit::returnPressed, this, &CatalogueTab::scan);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search title, author, ISBN, cote…"));
    m_search->setClearButtonEnabled(true);
    leftLayout->addWidget(m_search);
    m_catalogue = new QStandardItemModel(this);
    m_catalogueView = makeTable(m_catalogue, left, QStringLiteral("catalogueView"));
    m_catalogueView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_catalogueView->setSortingEnabled(true);
    leftLayout->addWidget(m_catalogueView, 1);
    auto *listButtons = new QHBoxLayout;
    auto *newButton = new QPushButton(tr("New title"), left);
    newButton->setObjectName(QStringLiteral("newTitleButton"));
    listButtons->addWidget(newButton);
    auto *labelsButton = new QPushButton(tr("Spine labels (PDF)…"), left);
    labelsButton->setObjectName(QStringLiteral("spineLabelsButton"));
    labelsButton->setToolTip(tr("Labels for the copies of the selected titles"));
    listButtons->addWidget(labelsButton);
    leftLayout->addLayout(listButtons);
    connect(labelsButton, &QPushButton::clicked, this, &CatalogueTab::printSpineLabels);
    connect(newButton, &QPushButton::clicked, this, [this] { newTitle(); });
    connect(m_search, &QLineEdit::textChanged, this, &CatalogueTab::refreshCatalogue);
    connect(m_catalogueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const QString id = m_catalogue->item(current.row(), 0)->data(IdRole).toString();
                if (Result<Title> t = m_fonds.catalogue().title(id))
                    editTitle(*t);
            });

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_editorTitle = new QLabel(right);
    QFont bold = m_editorTitle->font();
    bold.setBold(true);
    m_editorTitle->setFont(bold);
    rightLayout->addWidget(m_editorTitle);
    auto *form = new QFormLayout;
    auto line = [&](const char *name) {
        auto *edit = new QLineEdit(right);
        edit->setObjectName(QLatin1String(name));
        connect(edit, &QLineEdit::returnPressed, this, &CatalogueTab::saveTitle);
        return edit;
    };
    m_title = line("titleField");
    m_authors = line("authorsField");
    m_publisher = line("publisherField");
    m_year = new QSpinBox(right);
    m_year->setObjectName(QStringLiteral("yearField"));
    m_year->setRange(0, 2100);
    m_year->setSpecialValueText(tr("unknown"));
    m_edition = line("editionField");
    m_isbn = line("isbnField");
    m_theme = new QComboBox(right);
    m_theme->setObjectName(QStringLiteral("themeField"));
    for (const Category &theme : m_fonds.themes())
        if (!theme.retired)
            m_theme->addItem(
                QStringLiteral("%1 – %2").arg(theme.code, m_fonds.themeLabel(theme.code)),
                theme.code);
    m_subcote = line("subcoteField");
    m_type = new QComboBox(right);
    m_type->setObjectName(QStringLiteral("typeField"));
    for (TitleType type : FondsCodes::titleTypes())
        m_type->addItem(FondsCodes::label(type), FondsCodes::code(type));
    m_language = line("languageField");
    m_notes = line("notesField");
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Authors"), m_authors);
    form->addRow(tr("Publisher"), m_publisher);
    form->addRow(tr("Year"), m_year);
    form->addRow(tr("Edition"), m_edition);
    form->addRow(tr("ISBN"), m_isbn);
    form->addRow(tr("Theme"), m_theme);
    form->addRow(tr("Sub-cote"), m_subcote);
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Notes"), m_notes);
    rightLayout->addLayout(form);
    auto *save = new QPushButton(tr("Save title (Enter)"), right);
    save->setObjectName(QStringLiteral("saveTitleButton"));
    connect(save, &QPushButton::clicked, this, &CatalogueTab::saveTitle);
    rightLayout->addWidget(save);

    rightLayout->addWidget(new QLabel(tr("Copies"), right));
    m_copies = new QStandardItemModel(this);
    m_copiesView = makeTable(m_copies, right, QStringLiteral("copiesView"));
    m_copiesView->setSelectionMode(QAbstractItemView::SingleSelection);
    rightLayout->addWidget(m_copiesView, 1);
    auto *copyRow = new QHBoxLayout;
    auto *addCopyButton = new QPushButton(tr("Add a copy"), right);
    addCopyButton->setObjectName(QStringLiteral("addCopyButton"));
    copyRow->addWidget(addCopyButton);
    m_copyStatus = new QComboBox(right);
    m_copyStatus->setObjectName(QStringLiteral("copyStatus"));
    for (CopyStatus status : FondsCodes::copyStatuses())
        m_copyStatus->addItem(FondsCodes::label(status), FondsCodes::code(status));
    copyRow->addWidget(m_copyStatus);
    m_copyLocation = new QLineEdit(right);
    m_copyLocation->setObjectName(QStringLiteral("copyLocation"));
    m_copyLocation->setPlaceholderText(tr("Location"));
    copyRow->addWidget(m_copyLocation);
    auto *applyButton = new QPushButton(tr("Apply to the copy"), right);
    applyButton->setObjectName(QStringLiteral("applyCopyButton"));
    copyRow->addWidget(applyButton);
    rightLayout->addLayout(copyRow);
    connect(addCopyButton, &QPushButton::clicked, this, &CatalogueTab::addCopy);
    connect(applyButton, &QPushButton::clicked, this, &CatalogueTab::applyCopyChanges);
    connect(m_copyLocation, &QLineEdit::returnPressed, this, &CatalogueTab::applyCopyChanges);
    connect(m_copiesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                if (Result<Copy> c = m_fonds.catalogue().copy(currentCopyId())) {
                    m_copyStatus->setCurrentIndex(
                        m_copyStatus->findData(FondsCodes::code(c->status)));
                    m_copyLocation->setText(c->location);
                }
            });

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({760, 520});
    layout->addWidget(splitter, 1);
    newTitle();
}

void CatalogueTab::setReshelving(bool reshelving)
{
    m_scanMode->setCurrentIndex(reshelving ? 1 : 0);
}

bool CatalogueTab::reshelving() const
{
    return m_scanMode->currentIndex() != 0;
}

void CatalogueTab::focusScan()
{
    m_scan->setFocus(Qt::OtherFocusReason);
}

void CatalogueTab::scan()
{
    const QString code = m_scan->text().trimmed();
    m_scan->clear();
    if (code.isEmpty())
        return;
    if (reshelving()) {
        Result<Consultation> c = m_fonds.upkeep().consultScan(code);
        if (!c) {
            emit notice(c.error().message, true);
            return;
        }
        Result<Title> t = m_fonds.catalogue().title(c->titleId);
        emit notice(tr("Consultation counted: %1 (%2).").arg(t ? t->title : code, c->theme), false);
        emit changed();
        return;
    }
    const ScanResult r = m_fonds.catalogue().resolveScan(code);
    switch (r.kind) {
    case ScanResult::Kind::KnownCopy:
        selectTitle(r.title->id);
        for (int row = 0; row < m_copies->rowCount(); ++row)
            if (m_copies->item(row, 0)->data(IdRole).toString() == r.copy->id)
                m_copiesView->selectRow(row);
        emit notice(tr("Copy %1 of \"%2\" (%3).")
                        .arg(r.copy->inventory, r.title->title, FondsCodes::label(r.copy->status)),
                    false);
        break;
    case ScanResult::Kind::KnownIsbn: {
        Result<Copy> added = m_fonds.catalogue().addCopyOf(r.title->id);
        if (!added) {
            emit notice(added.error().message, true);
            break;
        }
        refreshCatalogue();
        selectTitle(r.title->id);
        emit notice(tr("Copy %1 added to \"%2\": write this number on the copy.")
                        .arg(added->inventory, r.title->title),
                    false);
        emit changed();
        break;
    }
    case ScanResult::Kind::NewIsbn:
        newTitle(r.isbn);
        emit notice(tr("ISBN %1 is new: type the title and press Enter to catalogue it with "
                       "its first copy.")
                        .arg(r.isbn),
                    false);
        m_title->setFocus(Qt::OtherFocusReason);
        return; // the focus stays in the editor
    case ScanResult::Kind::Invalid:
        emit notice(r.reason, true);
        break;
    }
    m_scan->setFocus(Qt::OtherFocusReason);
}

void CatalogueTab::tally(const QString &theme)
{
    Result<Consultation> c = m_fonds.upkeep().consultTheme(theme);
    if (!c) {
        emit notice(c.error().message, true);
        return;
    }
    emit notice(tr("One consultation counted for %1.").arg(m_fonds.themeLabel(theme)), false);
    emit changed();
}

void CatalogueTab::refreshCatalogue()
{
    const QString selected = m_editingId;
    m_catalogue->clear();
    m_catalogue->setHorizontalHeaderLabels({tr("Title"), tr("Authors"), tr("Cote"), tr("Year"),
                                            tr("ISBN"), tr("Copies"), tr("On shelf")});
    Result<QList<CatalogueRow>> rows = m_fonds.catalogue().search(m_search->text());
    if (!rows) {
        emit notice(rows.error().message, true);
        return;
    }
    for (const CatalogueRow &row : *rows) {
        QStandardItem *year = row.title.year > 0 ? numberItem(row.title.year) : textItem({});
        m_catalogue->appendRow({textItem(row.title.title, row.title.id),
                                textItem(row.title.authors), textItem(row.title.cote()), year,
                                textItem(row.title.isbn), numberItem(row.copies),
                                numberItem(row.onShelf)});
    }
    m_catalogueView->resizeColumnsToContents();
    if (!selected.isEmpty())
        for (int r = 0; r < m_catalogue->rowCount(); ++r)
            if (m_catalogue->item(r, 0)->data(IdRole).toString() == selected) {
                m_catalogueView->selectionModel()->blockSignals(true);
                m_catalogueView->selectRow(r);
                m_catalogueView->selectionModel()->blockSignals(false);
            }
}

void CatalogueTab::selectTitle(const QString &titleId)
{
    if (!m_search->text().isEmpty()) {
        m_search->blockSignals(true);
        m_search->clear();
        m_search->blockSignals(false);
        refreshCatalogue();
    }
    for (int r = 0; r < m_catalogue->rowCount(); ++r)
        if (m_catalogue->item(r, 0)->data(IdRole).toString() == titleId) {
            m_catalogueView->selectRow(r);
            m_catalogueView->scrollTo(m_catalogue->index(r, 0));
        }
    if (Result<Title> t = m_fonds.catalogue().title(titleId))
        editTitle(*t);
}

void CatalogueTab::editTitle(const Title &t)
{
    m_editingId = t.id;
    m_editorTitle->setText(t.id.isEmpty() ? tr("New title") : tr("Title: %1").arg(t.cote()));
    m_title->setText(t.title);
    m_authors->setText(t.authors);
    m_publisher->setText(t.publisher);
    m_year->setValue(t.year);
    m_edition->setText(t.edition);
    m_isbn->setText(t.isbn);
    const int theme = m_theme->findData(t.theme);
    if (theme >= 0)
        m_theme->setCurrentIndex(theme);
    m_subcote->setText(t.subcote);
    m_type->setCurrentIndex(m_type->findData(FondsCodes::code(t.type)));
    m_language->setText(t.language);
    m_notes->setText(t.notes);
    refreshCopies();
}

void CatalogueTab::newTitle(const QString &isbn)
{
    m_catalogueView->clearSelection();
    Title t;
    t.isbn = isbn;
    if (m_theme->count() > 0)
        t.theme = m_theme->itemData(m_theme->currentIndex()).toString();
    editTitle(t);
    m_title->setFocus(Qt::OtherFocusReason);
}

bool CatalogueTab::saveTitle()
{
    Title t;
    if (!m_editingId.isEmpty()) {
        Result<Title> current = m_fonds.catalogue().title(m_editingId);
        if (!current) {
            emit notice(current.error().message, true);
            return false;
        }
        t = *current;
    }
    t.title = m_title->text();
    t.authors = m_authors->text();
    t.publisher = m_publisher->text();
    t.year = m_year->value();
    t.edition = m_edition->text();
    t.isbn = m_isbn->text();
    t.theme = m_theme->currentData().toString();
    t.subcote = m_subcote->text();
    t.type = FondsCodes::titleType(m_type->currentData().toString()).value_or(TitleType::Book);
    t.language = m_language->text();
    t.notes = m_notes->text();
    const bool isNew = m_editingId.isEmpty();
    Result<Title> saved =
        isNew ? m_fonds.catalogue().addTitle(t) : m_fonds.catalogue().updateTitle(t);
    if (!saved) {
        emit notice(saved.error().message, true);
        return false;
    }
    QString text = tr("\"%1\" saved (%2).").arg(saved->title, saved->cote());
    // A new book comes with the copy in hand: catalogue it at once.
    if (isNew && saved->type != TitleType::Review && saved->type != TitleType::Daily) {
        Result<Copy> copy = m_fonds.catalogue().addCopyOf(saved->id);
        if (copy)
            text = tr("\"%1\" catalogued with copy %2: write this number on the copy.")
                       .arg(saved->title, copy->inventory);
    }
    m_editingId = saved->id;
    refreshCatalogue();
    selectTitle(saved->id);
    emit notice(text, false);
    emit changed();
    m_scan->setFocus(Qt::OtherFocusReason);
    return true;
}

QString CatalogueTab::currentTitleId() const
{
    return m_editingId;
}

QString CatalogueTab::currentCopyId() const
{
    const QModelIndex index = m_copiesView->currentIndex();
    if (!index.isValid())
        return {};
    return m_copies->item(index.row(), 0)->data(IdRole).toString();
}

void CatalogueTab::refreshCopies()
{
    m_copies->clear();
    m_copies->setHorizontalHeaderLabels(
        {tr("Inventory"), tr("Status"), tr("Since"), tr("Acquired"), tr("Source"), tr("Location")});
    if (m_editingId.isEmpty())
        return;
    Result<QList<Copy>> copies = m_fonds.catalogue().copiesOf(m_editingId);
    if (!copies)
        return;
    for (const Copy &c : *copies)
        m_copies->appendRow({textItem(c.inventory, c.id), textItem(FondsCodes::label(c.status)),
                             textItem(dateText(c.statusDate)), textItem(dateText(c.acquired)),
                             textItem(FondsCodes::label(c.source)), textItem(c.location)});
    m_copiesView->resizeColumnsToContents();
}

void CatalogueTab::addCopy()
{
    if (m_editingId.isEmpty()) {
        emit notice(tr("Save the title first."), true);
        return;
    }
    Result<Copy> added = m_fonds.catalogue().addCopyOf(m_editingId);
    if (!added) {
        emit notice(added.error().message, true);
        return;
    }
    refreshCatalogue();
    refreshCopies();
    emit notice(tr("Copy %1 added: write this number on the copy.").arg(added->inventory), false);
    emit changed();
}

void CatalogueTab::applyCopyChanges()
{
    Result<Copy> current = m_fonds.catalogue().copy(currentCopyId());
    if (!current) {
        emit notice(tr("Choose a copy in the list first."), true);
        return;
    }
    Copy c = *current;
    c.status = FondsCodes::copyStatus(m_copyStatus->currentData().toString()).value_or(c.status);
    c.location = m_copyLocation->text();
    Result<Copy> saved = m_fonds.catalogue().updateCopy(c);
    if (!saved) {
        emit notice(saved.error().message, true);
        return;
    }
    refreshCatalogue();
    refreshCopies();
    emit notice(tr("Copy %1: %2.").arg(saved->inventory, FondsCodes::label(saved->status)), false);
    emit changed();
}

void CatalogueTab::printSpineLabels()
{
    QStringList ids;
    for (const QModelIndex &index : m_catalogueView->selectionModel()->selectedRows(0))
        ids << m_catalogue->item(index.row(), 0)->data(IdRole).toString();
    if (ids.isEmpty()) {
        emit notice(tr("Select the titles to label in the list first."), true);
        return;
    }
    QFileDialog dialog(this, tr("Spine labels"), QString(), tr("PDF documents (*.pdf)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    dialog.selectFile(tr("spine-labels.pdf"));
    if (m_prompter.exec(dialog) != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    Result<int> written = SpineLabelWriter(m_fonds).write(path, ids);
    if (!written) {
        emit notice(written.error().message, true);
        return;
    }
    emit notice(tr("%Ln label(s) written to %1.", nullptr, *written).arg(path), false);
}

} // namespace passages::ui
