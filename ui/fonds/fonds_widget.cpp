// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/fonds/fonds_widget.h"

#include "ui/dialogs/dialog_parts.h"
#include "ui/dialogs/prompter.h"
#include "ui/fonds/subscription_dialog.h"
#include "ui/style.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace passages::ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QStandardItem *textItem(const QString &text, const QString &id = {})
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    if (!id.isEmpty())
        item->setData(id, IdRole);
    return item;
}

/// A number that sorts as a number.
QStandardItem *numberItem(qint64 value)
{
    auto *item = new QStandardItem;
    item->setData(value, Qt::DisplayRole);
    item->setEditable(false);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString dateText(const QDate &date)
{
    // On screen the desk's date format; the CSV exports keep ISO dates.
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QTableView *makeTable(QStandardItemModel *model, QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    // Columns as wide as their contents, the descriptive one (the longest texts: a title,
    // a theme) taking the rest: a stretched last column used to cut the useful ones.
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    const auto fit = [model, header] {
        int widest = -1;
        qsizetype longest = -1;
        for (int c = 0; c < model->columnCount(); ++c) {
            qsizetype length = model->headerData(c, Qt::Horizontal).toString().size();
            for (int r = 0; r < std::min(model->rowCount(), 50); ++r)
                length = std::max(length, model->index(r, c).data().toString().size());
            header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
            if (length > longest) {
                longest = length;
                widest = c;
            }
        }
        if (widest >= 0)
            header->setSectionResizeMode(widest, QHeaderView::Stretch);
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, view, fit);
    QObject::connect(model, &QAbstractItemModel::columnsInserted, view, fit);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view, fit);
    return view;
}

} // namespace

FondsWidget::FondsWidget(Database &db, const Referential &referential, Prompter &prompter,
                         Clock clock, QWidget *parent)
    : QWidget(parent), m_fonds(db, referential, std::move(clock)), m_prompter(prompter)
{
    setObjectName(QStringLiteral("fonds"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("fondsTabs"));
    m_tabs->setAccessibleName(tr("Documentation space"));
    m_tabs->addTab(buildCatalogue(), tr("Catalogue"));
    m_tabs->addTab(buildPeriodicals(), tr("Periodicals"));
    m_tabs->addTab(buildWeeding(), tr("Weeding"));
    m_tabs->addTab(buildInventory(), tr("Inventory"));
    m_tabs->addTab(buildFigures(), tr("Yearly figures"));
    layout->addWidget(m_tabs, 1);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("fondsBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setMinimumHeight(36);
    m_banner->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_banner);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        switch (index) {
        case 1:
            refreshPeriodicals();
            break;
        case 2:
            refreshWeeding();
            break;
        case 4:
            refreshFigures();
            break;
        default:
            break;
        }
    });
    showNotice(QString(), false);
    refresh();
    m_scan->setFocus(Qt::OtherFocusReason);
}

FondsWidget::~FondsWidget() = default;

void FondsWidget::refresh()
{
    refreshCatalogue();
    refreshPeriodicals();
    refreshFigures();
}

void FondsWidget::showNotice(const QString &text, bool error)
{
    m_banner->setText(text);
    const QColor fg = error ? colors::danger : colors::success;
    const QColor bg = error ? colors::dangerBackground : colors::successBackground;
    m_banner->setStyleSheet(text.isEmpty() ? QString()
                                           : QStringLiteral("QLabel { color: %1; background: %2;"
                                                            " border-radius: 6px; }")
                                                 .arg(fg.name(), bg.name()));
}

QString FondsWidget::notice() const
{
    return m_banner->text();
}

// --- Catalogue ---------------------------------------------------------------------------

QWidget *FondsWidget::buildCatalogue()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(new QLabel(tr("Scan:"), page));
    m_scan = new QLineEdit(page);
    m_scan->setObjectName(QStringLiteral("scanField"));
    m_scan->setPlaceholderText(tr("ISBN or inventory number, then Enter"));
    m_scan->setClearButtonEnabled(true);
    scanRow->addWidget(m_scan, 2);
    m_scanMode = new QComboBox(page);
    m_scanMode->setObjectName(QStringLiteral("scanMode"));
    m_scanMode->addItem(tr("Catalogue: add copies"));
    m_scanMode->addItem(tr("Reshelving: count consultations"));
    scanRow->addWidget(m_scanMode);
    // The tally buttons: a consultation per theme when there is no time to scan.
    scanRow->addSpacing(12);
    scanRow->addWidget(new QLabel(tr("Consulted:"), page));
    for (const Category &theme : m_fonds.themes()) {
        if (theme.retired)
            continue;
        auto *button = new QPushButton(tr("%1 +1").arg(theme.code), page);
        button->setObjectName(QStringLiteral("tally_") + theme.code);
        button->setToolTip(tr("Count one consultation of %1").arg(m_fonds.themeLabel(theme.code)));
        button->setFocusPolicy(Qt::NoFocus);
        const QString code = theme.code;
        connect(button, &QPushButton::clicked, this, [this, code] { tally(code); });
        scanRow->addWidget(button);
    }
    layout->addLayout(scanRow);
    connect(m_scan, &QLineEdit::returnPressed, this, &FondsWidget::scan);

    auto *splitter = new QSplitter(Qt::Horizontal, page);
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
    connect(labelsButton, &QPushButton::clicked, this, &FondsWidget::printSpineLabels);
    connect(newButton, &QPushButton::clicked, this, [this] { newTitle(); });
    connect(m_search, &QLineEdit::textChanged, this, &FondsWidget::refreshCatalogue);
    connect(m_catalogueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const QString id = m_catalogue->item(current.row(), 0)->data(IdRole).toString();
                if (Result<Title> t = m_fonds.title(id))
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
        connect(edit, &QLineEdit::returnPressed, this, &FondsWidget::saveTitle);
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
    connect(save, &QPushButton::clicked, this, &FondsWidget::saveTitle);
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
    connect(addCopyButton, &QPushButton::clicked, this, &FondsWidget::addCopy);
    connect(applyButton, &QPushButton::clicked, this, &FondsWidget::applyCopyChanges);
    connect(m_copyLocation, &QLineEdit::returnPressed, this, &FondsWidget::applyCopyChanges);
    connect(m_copiesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                if (Result<Copy> c = m_fonds.copy(currentCopyId())) {
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
    return page;
}

void FondsWidget::setScanMode(ScanMode mode)
{
    m_scanMode->setCurrentIndex(mode == ScanMode::Catalogue ? 0 : 1);
}

FondsWidget::ScanMode FondsWidget::scanMode() const
{
    return m_scanMode->currentIndex() == 0 ? ScanMode::Catalogue : ScanMode::Reshelving;
}

void FondsWidget::scan()
{
    const QString code = m_scan->text().trimmed();
    m_scan->clear();
    if (code.isEmpty())
        return;
    if (scanMode() == ScanMode::Reshelving) {
        Result<Consultation> c = m_fonds.consultScan(code);
        if (!c) {
            showNotice(c.error().message, true);
            return;
        }
        Result<Title> t = m_fonds.title(c->titleId);
        showNotice(tr("Consultation counted: %1 (%2).").arg(t ? t->title : code, c->theme), false);
        emit changed();
        return;
    }
    const ScanResult r = m_fonds.resolveScan(code);
    switch (r.kind) {
    case ScanResult::Kind::KnownCopy:
        selectTitle(r.title->id);
        for (int row = 0; row < m_copies->rowCount(); ++row)
            if (m_copies->item(row, 0)->data(IdRole).toString() == r.copy->id)
                m_copiesView->selectRow(row);
        showNotice(tr("Copy %1 of \"%2\" (%3).")
                       .arg(r.copy->inventory, r.title->title, FondsCodes::label(r.copy->status)),
                   false);
        break;
    case ScanResult::Kind::KnownIsbn: {
        Result<Copy> added = m_fonds.addCopyOf(r.title->id);
        if (!added) {
            showNotice(added.error().message, true);
            break;
        }
        refreshCatalogue();
        selectTitle(r.title->id);
        showNotice(tr("Copy %1 added to \"%2\": write this number on the copy.")
                       .arg(added->inventory, r.title->title),
                   false);
        emit changed();
        break;
    }
    case ScanResult::Kind::NewIsbn:
        newTitle(r.isbn);
        showNotice(tr("ISBN %1 is new: type the title and press Enter to catalogue it with "
                      "its first copy.")
                       .arg(r.isbn),
                   false);
        m_title->setFocus(Qt::OtherFocusReason);
        return; // the focus stays in the editor
    case ScanResult::Kind::Invalid:
        showNotice(r.reason, true);
        break;
    }
    m_scan->setFocus(Qt::OtherFocusReason);
}

void FondsWidget::tally(const QString &theme)
{
    Result<Consultation> c = m_fonds.consultTheme(theme);
    if (!c) {
        showNotice(c.error().message, true);
        return;
    }
    showNotice(tr("One consultation counted for %1.").arg(m_fonds.themeLabel(theme)), false);
    emit changed();
}

void FondsWidget::refreshCatalogue()
{
    const QString selected = m_editingId;
    m_catalogue->clear();
    m_catalogue->setHorizontalHeaderLabels({tr("Title"), tr("Authors"), tr("Cote"), tr("Year"),
                                            tr("ISBN"), tr("Copies"), tr("On shelf")});
    Result<QList<CatalogueRow>> rows = m_fonds.search(m_search->text());
    if (!rows) {
        showNotice(rows.error().message, true);
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

void FondsWidget::selectTitle(const QString &titleId)
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
    if (Result<Title> t = m_fonds.title(titleId))
        editTitle(*t);
}

void FondsWidget::editTitle(const Title &t)
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

void FondsWidget::newTitle(const QString &isbn)
{
    m_catalogueView->clearSelection();
    Title t;
    t.isbn = isbn;
    if (m_theme->count() > 0)
        t.theme = m_theme->itemData(m_theme->currentIndex()).toString();
    editTitle(t);
    m_title->setFocus(Qt::OtherFocusReason);
}

bool FondsWidget::saveTitle()
{
    Title t;
    if (!m_editingId.isEmpty()) {
        Result<Title> current = m_fonds.title(m_editingId);
        if (!current) {
            showNotice(current.error().message, true);
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
    Result<Title> saved = isNew ? m_fonds.addTitle(t) : m_fonds.updateTitle(t);
    if (!saved) {
        showNotice(saved.error().message, true);
        return false;
    }
    QString text = tr("\"%1\" saved (%2).").arg(saved->title, saved->cote());
    // A new book comes with the copy in hand: catalogue it at once.
    if (isNew && saved->type != TitleType::Review && saved->type != TitleType::Daily) {
        Result<Copy> copy = m_fonds.addCopyOf(saved->id);
        if (copy)
            text = tr("\"%1\" catalogued with copy %2: write this number on the copy.")
                       .arg(saved->title, copy->inventory);
    }
    m_editingId = saved->id;
    refreshCatalogue();
    selectTitle(saved->id);
    showNotice(text, false);
    emit changed();
    m_scan->setFocus(Qt::OtherFocusReason);
    return true;
}

QString FondsWidget::currentTitleId() const
{
    return m_editingId;
}

QString FondsWidget::currentCopyId() const
{
    const QModelIndex index = m_copiesView->currentIndex();
    if (!index.isValid())
        return {};
    return m_copies->item(index.row(), 0)->data(IdRole).toString();
}

void FondsWidget::refreshCopies()
{
    m_copies->clear();
    m_copies->setHorizontalHeaderLabels(
        {tr("Inventory"), tr("Status"), tr("Since"), tr("Acquired"), tr("Source"), tr("Location")});
    if (m_editingId.isEmpty())
        return;
    Result<QList<Copy>> copies = m_fonds.copiesOf(m_editingId);
    if (!copies)
        return;
    for (const Copy &c : *copies)
        m_copies->appendRow({textItem(c.inventory, c.id), textItem(FondsCodes::label(c.status)),
                             textItem(dateText(c.statusDate)), textItem(dateText(c.acquired)),
                             textItem(FondsCodes::label(c.source)), textItem(c.location)});
    m_copiesView->resizeColumnsToContents();
}

void FondsWidget::addCopy()
{
    if (m_editingId.isEmpty()) {
        showNotice(tr("Save the title first."), true);
        return;
    }
    Result<Copy> added = m_fonds.addCopyOf(m_editingId);
    if (!added) {
        showNotice(added.error().message, true);
        return;
    }
    refreshCatalogue();
    refreshCopies();
    showNotice(tr("Copy %1 added: write this number on the copy.").arg(added->inventory), false);
    emit changed();
}

void FondsWidget::applyCopyChanges()
{
    Result<Copy> current = m_fonds.copy(currentCopyId());
    if (!current) {
        showNotice(tr("Choose a copy in the list first."), true);
        return;
    }
    Copy c = *current;
    c.status = FondsCodes::copyStatus(m_copyStatus->currentData().toString()).value_or(c.status);
    c.location = m_copyLocation->text();
    Result<Copy> saved = m_fonds.updateCopy(c);
    if (!saved) {
        showNotice(saved.error().message, true);
        return;
    }
    refreshCatalogue();
    refreshCopies();
    showNotice(tr("Copy %1: %2.").arg(saved->inventory, FondsCodes::label(saved->status)), false);
    emit changed();
}

void FondsWidget::printSpineLabels()
{
    QStringList ids;
    for (const QModelIndex &index : m_catalogueView->selectionModel()->selectedRows(0))
        ids << m_catalogue->item(index.row(), 0)->data(IdRole).toString();
    if (ids.isEmpty()) {
        showNotice(tr("Select the titles to label in the list first."), true);
        return;
    }
    QFileDialog dialog(this, tr("Spine labels"), QString(), tr("PDF documents (*.pdf)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    dialog.selectFile(tr("spine-labels.pdf"));
    if (m_prompter.exec(dialog) != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    Result<int> written = writeSpineLabels(path, ids);
    if (!written) {
        showNotice(written.error().message, true);
        return;
    }
    showNotice(tr("%Ln label(s) written to %1.", nullptr, *written).arg(path), false);
}

Result<int> FondsWidget::writeSpineLabels(const QString &path, const QStringList &titleIds)
{
    struct Label
    {
        QStringList lines;
        QString inventory;
    };
    QList<Label> labels;
    for (const QString &id : titleIds) {
        Result<Title> t = m_fonds.title(id);
        if (!t)
            return t.error();
        Result<QList<Copy>> copies = m_fonds.copiesOf(id);
        if (!copies)
            return copies.error();
        for (const Copy &c : *copies)
            if (c.status == CopyStatus::OnShelf || c.status == CopyStatus::Reserve)
                labels << Label{Fonds::spineLabel(*t), c.inventory};
    }
    if (labels.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The selected titles have no copy on the shelves."));

    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setResolution(300);
    pdf.setTitle(tr("Spine labels"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return makeError(ErrorCode::Io, tr("Cannot write %1.").arg(path));
    const qreal mm = pdf.resolution() / 25.4;
    constexpr int columns = 3;
    constexpr int rows = 8;
    const QSizeF cell(70 * mm, 37 * mm);
    QFont big(QStringLiteral("Sans Serif"));
    big.setPixelSize(int(7 * mm));
    big.setBold(true);
    QFont small(QStringLiteral("Sans Serif"));
    small.setPixelSize(int(3.5 * mm));
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const int onPage = int(i % (columns * rows));
        if (i > 0 && onPage == 0)
            pdf.newPage();
        const QRectF box(
            QPointF((onPage % columns) * cell.width(), (onPage / columns) * cell.height()), cell);
        const QRectF inner = box.adjusted(4 * mm, 3 * mm, -4 * mm, -3 * mm);
        painter.setFont(big);
        painter.drawText(inner.adjusted(0, 0, 0, -5 * mm), Qt::AlignCenter,
                         labels.at(i).lines.join(QLatin1Char('\n')));
        painter.setFont(small);
        painter.drawText(inner, Qt::AlignHCenter | Qt::AlignBottom, labels.at(i).inventory);
    }
    if (!painter.end())
        return makeError(ErrorCode::Io, tr("Cannot write %1.").arg(path));
    return int(labels.size());
}

// --- Periodicals -------------------------------------------------------------------------

QWidget *FondsWidget::buildPeriodicals()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_periodicals = new QStandardItemModel(this);
    m_periodicalsView = makeTable(m_periodicals, page, QStringLiteral("periodicalsView"));
    m_periodicalsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_periodicalsView->setSortingEnabled(true);
    layout->addWidget(m_periodicalsView, 1);

    auto *checkInRow = new QHBoxLayout;
    checkInRow->addWidget(new QLabel(tr("Issue received:"), page));
    m_issueNumber = new QLineEdit(page);
    m_issueNumber->setObjectName(QStringLiteral("issueNumber"));
    m_issueNumber->setPlaceholderText(tr("number (optional), then Enter"));
    checkInRow->addWidget(m_issueNumber, 1);
    auto *checkIn = new QPushButton(tr("Check in"), page);
    checkIn->setObjectName(QStringLiteral("checkInButton"));
    checkInRow->addWidget(checkIn);
    auto *remove = new QPushButton(tr("Take the old issues off the shelf"), page);
    remove->setObjectName(QStringLiteral("removeIssuesButton"));
    checkInRow->addWidget(remove);
    auto *change = new QPushButton(tr("Change the subscription…"), page);
    change->setObjectName(QStringLiteral("changeSubscriptionButton"));
    checkInRow->addWidget(change);
    connect(change, &QPushButton::clicked, this, &FondsWidget::changeSelectedSubscription);
    auto *end = new QPushButton(tr("End the subscription…"), page);
    end->setObjectName(QStringLiteral("endSubscriptionButton"));
    checkInRow->addWidget(end);
    layout->addLayout(checkInRow);
    connect(end, &QPushButton::clicked, this, &FondsWidget::endSelectedSubscription);
    connect(m_issueNumber, &QLineEdit::returnPressed, this, &FondsWidget::checkInSelected);
    connect(checkIn, &QPushButton::clicked, this, &FondsWidget::checkInSelected);
    connect(remove, &QPushButton::clicked, this, &FondsWidget::removeSelectedIssues);

    auto *box = new QGroupBox(tr("New subscription"), page);
    auto *grid = new QHBoxLayout(box);
    m_subscriptionTitle = new QComboBox(box);
    m_subscriptionTitle->setObjectName(QStringLiteral("subscriptionTitle"));
    grid->addWidget(m_subscriptionTitle, 2);
    m_frequency = new QComboBox(box);
    m_frequency->setObjectName(QStringLiteral("subscriptionFrequency"));
    for (Frequency f : FondsCodes::frequencies())
        m_frequency->addItem(FondsCodes::label(f), FondsCodes::code(f));
    m_frequency->setCurrentIndex(m_frequency->findData(FondsCodes::code(Frequency::Monthly)));
    grid->addWidget(m_frequency);
    grid->addWidget(new QLabel(tr("first issue"), box));
    m_subscriptionStart = dateEdit(m_fonds.today(), QStringLiteral("subscriptionStart"), box);
    grid->addWidget(m_subscriptionStart);
    grid->addWidget(new QLabel(tr("keep"), box));
    m_keepIssues = new QSpinBox(box);
    m_keepIssues->setRange(0, 999);
    m_keepIssues->setSpecialValueText(tr("–"));
    m_keepIssues->setSuffix(tr(" issues"));
    grid->addWidget(m_keepIssues);
    grid->addWidget(new QLabel(tr("or"), box));
    m_keepMonths = new QSpinBox(box);
    m_keepMonths->setRange(0, 240);
    m_keepMonths->setSpecialValueText(tr("–"));
    m_keepMonths->setSuffix(tr(" months"));
    grid->addWidget(m_keepMonths);
    auto *add = new QPushButton(tr("Subscribe"), box);
    add->setObjectName(QStringLiteral("subscribeButton"));
    grid->addWidget(add);
    connect(add, &QPushButton::clicked, this, &FondsWidget::addSubscription);
    layout->addWidget(box);
    return page;
}

void FondsWidget::refreshPeriodicals()
{
    const QString selected = m_periodicalsView->currentIndex().isValid()
                                 ? m_periodicals->item(m_periodicalsView->currentIndex().row(), 0)
                                       ->data(IdRole)
                                       .toString()
                                 : QString();
    m_periodicals->clear();
    m_periodicals->setHorizontalHeaderLabels({tr("Periodical"), tr("Frequency"), tr("Received"),
                                              tr("Last received"), tr("Next due"),
                                              tr("Late or missing"), tr("To remove")});
    Result<QList<PeriodicalStatus>> rows = m_fonds.periodicals();
    m_periodicalRows = rows ? *rows : QList<PeriodicalStatus>();
    for (const PeriodicalStatus &p : m_periodicalRows) {
        QStringList late;
        for (const ExpectedIssue &e : p.lateOrMissing)
            late << (e.state == ExpectedIssue::State::Missing ? tr("%1 missing") : tr("%1 late"))
                        .arg(dateText(e.due));
        auto *lateItem = textItem(late.isEmpty() ? tr("none") : late.join(QLatin1String(", ")));
        if (!late.isEmpty())
            lateItem->setForeground(colors::danger);
        m_periodicals->appendRow({textItem(p.title.title, p.subscription.id),
                                  textItem(FondsCodes::label(p.subscription.frequency)),
                                  numberItem(p.received), textItem(dateText(p.lastReceived)),
                                  textItem(dateText(p.nextDue)), lateItem,
                                  numberItem(p.toRemove.size())});
        if (p.subscription.id == selected)
            m_periodicalsView->selectRow(m_periodicals->rowCount() - 1);
    }
    m_periodicalsView->resizeColumnsToContents();
    if (!m_periodicalsView->currentIndex().isValid() && m_periodicals->rowCount() > 0)
        m_periodicalsView->selectRow(0);

    m_subscriptionTitle->clear();
    if (Result<QList<Title>> titles = m_fonds.titles())
        for (const Title &t : *titles)
            if (t.type == TitleType::Review || t.type == TitleType::Daily)
                m_subscriptionTitle->addItem(t.title, t.id);
}

const PeriodicalStatus *FondsWidget::selectedPeriodical() const
{
    const QModelIndex index = m_periodicalsView->currentIndex();
    if (!index.isValid())
        return nullptr;
    const QString id = m_periodicals->item(index.row(), 0)->data(IdRole).toString();
    for (const PeriodicalStatus &p : m_periodicalRows)
        if (p.subscription.id == id)
            return &p;
    return nullptr;
}

void FondsWidget::checkInSelected()
{
    const PeriodicalStatus *p = selectedPeriodical();
    if (!p) {
        showNotice(tr("Choose the periodical in the list first."), true);
        return;
    }
    const QString title = p->title.title; // the rows are read again below
    Result<Issue> issue = m_fonds.checkIn(p->subscription.id, m_issueNumber->text());
    if (!issue) {
        showNotice(issue.error().message, true);
        return;
    }
    m_issueNumber->clear();
    refreshPeriodicals();
    showNotice(tr("Issue %1 of \"%2\" checked in.").arg(issue->number, title), false);
    emit changed();
}

void FondsWidget::changeSelectedSubscription()
{
    const PeriodicalStatus *p = selectedPeriodical();
    if (!p) {
        showNotice(tr("Choose the periodical in the list first."), true);
        return;
    }
    const QString title = p->title.title; // the rows are read again below
    SubscriptionDialog dialog(m_fonds, title, p->subscription, this);
    if (m_prompter.exec(dialog) != QDialog::Accepted)
        return;
    if (Result<Subscription> s = m_fonds.updateSubscription(dialog.subscription()); !s) {
        showNotice(s.error().message, true);
        return;
    }
    refreshPeriodicals();
    showNotice(tr("Subscription to \"%1\" changed.").arg(title), false);
    emit changed();
}

void FondsWidget::endSelectedSubscription()
{
    const PeriodicalStatus *p = selectedPeriodical();
    if (!p)
        return;
    const QString title = p->title.title; // the rows are read again below
    // Issues already received stay, with their retention; none is expected any more.
    if (!m_prompter.confirm(this, tr("Periodicals"),
                            tr("End the subscription to \"%1\" today? No issue is expected "
                               "after today; those received stay.")
                                .arg(title),
                            tr("End")))
        return;
    Subscription ended = p->subscription;
    ended.end = m_fonds.today();
    if (Result<Subscription> s = m_fonds.updateSubscription(ended); !s) {
        showNotice(s.error().message, true);
        return;
    }
    refreshPeriodicals();
    showNotice(tr("Subscription to \"%1\" ended.").arg(title), false);
}

void FondsWidget::removeSelectedIssues()
{
    const PeriodicalStatus *p = selectedPeriodical();
    if (!p)
        return;
    const QString title = p->title.title; // the rows are read again below
    if (p->toRemove.isEmpty()) {
        showNotice(tr("Nothing to take off the shelf for \"%1\".").arg(title), false);
        return;
    }
    QStringList ids;
    QStringList numbers;
    for (const Issue &issue : p->toRemove) {
        ids << issue.id;
        numbers << (issue.number.isEmpty() ? dateText(issue.received) : issue.number);
    }
    if (!m_prompter.confirm(
            this, tr("Periodicals"),
            tr("Take %Ln issue(s) of \"%1\" off the shelf: %2?", nullptr, int(ids.size()))
                .arg(title, numbers.join(QLatin1String(", "))),
            tr("Take off")))
        return;
    if (Status s = m_fonds.removeIssues(ids); !s) {
        showNotice(s.error().message, true);
        return;
    }
    refreshPeriodicals();
    showNotice(tr("%Ln issue(s) taken off the shelf.", nullptr, int(ids.size())), false);
    emit changed();
}

void FondsWidget::addSubscription()
{
    Subscription s;
    s.titleId = m_subscriptionTitle->currentData().toString();
    if (s.titleId.isEmpty()) {
        showNotice(tr("Catalogue the review or daily first (type Review or Daily newspaper)."),
                   true);
        return;
    }
    s.frequency =
        FondsCodes::frequency(m_frequency->currentData().toString()).value_or(Frequency::Monthly);
    s.issuesPerYear = FondsCodes::defaultIssuesPerYear(s.frequency);
    s.start = m_subscriptionStart->date();
    s.keepIssues = m_keepIssues->value();
    s.keepMonths = m_keepMonths->value();
    Result<Subscription> added = m_fonds.addSubscription(s);
    if (!added) {
        showNotice(added.error().message, true);
        return;
    }
    refreshPeriodicals();
    showNotice(tr("Subscription to \"%1\" recorded.").arg(m_subscriptionTitle->currentText()),
               false);
    emit changed();
}

// --- Weeding -----------------------------------------------------------------------------

QWidget *FondsWidget::buildWeeding()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *rules = new QHBoxLayout;
    const WeedingRules saved = m_fonds.weedingRules();
    rules->addWidget(new QLabel(tr("Older than (years):"), page));
    for (const Category &theme : m_fonds.themes()) {
        if (theme.retired)
            continue;
        rules->addWidget(new QLabel(theme.code, page));
        auto *spin = new QSpinBox(page);
        spin->setObjectName(QStringLiteral("maxAge_") + theme.code);
        spin->setRange(0, 100);
        spin->setSpecialValueText(tr("–"));
        spin->setValue(saved.maxAgeYears.value(theme.code, 0));
        m_maxAge.insert(theme.code, spin);
        rules->addWidget(spin);
    }
    rules->addSpacing(12);
    rules->addWidget(new QLabel(tr("Not consulted for (years):"), page));
    m_unusedYears = new QSpinBox(page);
    m_unusedYears->setObjectName(QStringLiteral("unusedYears"));
    m_unusedYears->setRange(0, 50);
    m_unusedYears->setSpecialValueText(tr("–"));
    m_unusedYears->setValue(saved.unusedYears);
    rules->addWidget(m_unusedYears);
    auto *apply = new QPushButton(tr("Review"), page);
    apply->setObjectName(QStringLiteral("weedingReviewButton"));
    rules->addWidget(apply);
    rules->addStretch(1);
    layout->addLayout(rules);
    connect(apply, &QPushButton::clicked, this, [this] {
        if (Status s = m_fonds.setWeedingRules(rulesFromForm()); !s)
            showNotice(s.error().message, true);
        refreshWeeding();
    });

    m_weeding = new QStandardItemModel(this);
    m_weedingView = makeTable(m_weeding, page, QStringLiteral("weedingView"));
    m_weedingView->setSortingEnabled(true);
    layout->addWidget(m_weedingView, 1);
    auto *withdraw = new QPushButton(tr("Withdraw the checked copies"), page);
    withdraw->setObjectName(QStringLiteral("withdrawButton"));
    layout->addWidget(withdraw, 0, Qt::AlignRight);
    connect(withdraw, &QPushButton::clicked, this, &FondsWidget::withdrawChecked);
    return page;
}

WeedingRules FondsWidget::rulesFromForm() const
{
    WeedingRules rules;
    for (auto it = m_maxAge.cbegin(); it != m_maxAge.cend(); ++it)
        if (it.value()->value() > 0)
            rules.maxAgeYears.insert(it.key(), it.value()->value());
    rules.unusedYears = m_unusedYears->value();
    return rules;
}

void FondsWidget::refreshWeeding()
{
    m_weeding->clear();
    m_weeding->setHorizontalHeaderLabels(
        {tr("Inventory"), tr("Title"), tr("Cote"), tr("Year"), tr("Acquired"), tr("Why")});
    Result<QList<WeedingCandidate>> candidates = m_fonds.weedingCandidates(rulesFromForm());
    if (!candidates) {
        showNotice(candidates.error().message, true);
        return;
    }
    for (const WeedingCandidate &c : *candidates) {
        QStandardItem *inventory = textItem(c.copy.inventory, c.copy.id);
        inventory->setCheckable(true);
        inventory->setCheckState(Qt::Checked);
        m_weeding->appendRow({inventory, textItem(c.title.title), textItem(c.title.cote()),
                              c.title.year > 0 ? numberItem(c.title.year) : textItem({}),
                              textItem(dateText(c.copy.acquired)),
                              textItem(Fonds::reasonText(c.reasons))});
    }
    m_weedingView->resizeColumnsToContents();
}

void FondsWidget::withdrawChecked()
{
    QStringList ids;
    for (int r = 0; r < m_weeding->rowCount(); ++r)
        if (m_weeding->item(r, 0)->checkState() == Qt::Checked)
            ids << m_weeding->item(r, 0)->data(IdRole).toString();
    if (ids.isEmpty()) {
        showNotice(tr("No copy is checked."), true);
        return;
    }
    if (!m_prompter.confirm(this, tr("Weeding"),
                            tr("Mark %Ln copy(ies) withdrawn? They stay in the catalogue's "
                               "history.",
                               nullptr, int(ids.size())),
                            tr("Withdraw")))
        return;
    if (Status s = m_fonds.withdraw(ids, tr("weeding %1").arg(m_fonds.today().year())); !s) {
        showNotice(s.error().message, true);
        return;
    }
    refreshWeeding();
    refreshCatalogue();
    showNotice(tr("%Ln copy(ies) withdrawn.", nullptr, int(ids.size())), false);
    emit changed();
}

// --- Inventory ---------------------------------------------------------------------------

QWidget *FondsWidget::buildInventory()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *scope = new QHBoxLayout;
    scope->addWidget(new QLabel(tr("Shelves of"), page));
    m_inventoryTheme = new QComboBox(page);
    m_inventoryTheme->setObjectName(QStringLiteral("inventoryTheme"));
    m_inventoryTheme->addItem(tr("every theme"), QString());
    for (const Category &theme : m_fonds.themes())
        if (!theme.retired)
            m_inventoryTheme->addItem(theme.code, theme.code);
    scope->addWidget(m_inventoryTheme);
    scope->addWidget(new QLabel(tr("location"), page));
    m_inventoryLocation = new QLineEdit(page);
    m_inventoryLocation->setObjectName(QStringLiteral("inventoryLocation"));
    m_inventoryLocation->setPlaceholderText(tr("any"));
    scope->addWidget(m_inventoryLocation);
    scope->addStretch(1);
    layout->addLayout(scope);

    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(new QLabel(tr("Scan each copy:"), page));
    m_inventoryScan = new QLineEdit(page);
    m_inventoryScan->setObjectName(QStringLiteral("inventoryScan"));
    m_inventoryScan->setPlaceholderText(tr("inventory number, then Enter"));
    scanRow->addWidget(m_inventoryScan, 1);
    m_inventoryCount = new QLabel(page);
    m_inventoryCount->setObjectName(QStringLiteral("inventoryCount"));
    scanRow->addWidget(m_inventoryCount);
    auto *compare = new QPushButton(tr("Compare"), page);
    compare->setObjectName(QStringLiteral("compareButton"));
    scanRow->addWidget(compare);
    auto *restart = new QPushButton(tr("New session"), page);
    restart->setObjectName(QStringLiteral("newInventoryButton"));
    scanRow->addWidget(restart);
    layout->addLayout(scanRow);
    connect(m_inventoryScan, &QLineEdit::returnPressed, this, &FondsWidget::inventoryScan);
    connect(compare, &QPushButton::clicked, this, &FondsWidget::compareInventory);
    connect(restart, &QPushButton::clicked, this, [this] {
        if (Status s = m_fonds.clearInventoryScans(); !s) {
            showNotice(s.error().message, true);
            return;
        }
        m_inventoryScanned.clear();
        m_missingIds.clear();
        m_inventoryResult->removeRows(0, m_inventoryResult->rowCount());
        m_inventoryCount->setText(tr("%Ln scanned", nullptr, 0));
        m_markMissing->setEnabled(false);
        m_inventoryScan->setFocus(Qt::OtherFocusReason);
    });

    m_inventoryResult = new QStandardItemModel(this);
    m_inventoryResult->setHorizontalHeaderLabels(
        {tr("Finding"), tr("Inventory"), tr("Title"), tr("Cote"), tr("Status"), tr("Location")});
    auto *view = makeTable(m_inventoryResult, page, QStringLiteral("inventoryView"));
    view->setSortingEnabled(true);
    layout->addWidget(view, 1);
    m_markMissing = new QPushButton(tr("Mark the missing copies missing"), page);
    m_markMissing->setObjectName(QStringLiteral("markMissingButton"));
    m_markMissing->setEnabled(false);
    layout->addWidget(m_markMissing, 0, Qt::AlignRight);
    connect(m_markMissing, &QPushButton::clicked, this, &FondsWidget::markMissing);
    // A session interrupted by a restart goes on where it was.
    if (Result<QStringList> scans = m_fonds.inventoryScans(); scans)
        m_inventoryScanned = *scans;
    m_inventoryCount->setText(tr("%Ln scanned", nullptr, int(m_inventoryScanned.size())));
    return page;
}

void FondsWidget::inventoryScan()
{
    const QString code = m_inventoryScan->text().trimmed();
    m_inventoryScan->clear();
    if (code.isEmpty())
        return;
    // On disk before it counts: an hour at the shelves survives a crash.
    if (Status s = m_fonds.recordInventoryScan(code); !s) {
        showNotice(s.error().message, true);
        return;
    }
    m_inventoryScanned << code;
    m_inventoryCount->setText(tr("%Ln scanned", nullptr, int(m_inventoryScanned.size())));
}

void FondsWidget::compareInventory()
{
    const InventoryScope scope{m_inventoryTheme->currentData().toString(),
                               m_inventoryLocation->text().trimmed()};
    Result<InventoryResult> result = m_fonds.inventory(scope, m_inventoryScanned);
    if (!result) {
        showNotice(result.error().message, true);
        return;
    }
    m_inventoryResult->removeRows(0, m_inventoryResult->rowCount());
    m_missingIds.clear();
    auto add = [&](const QString &finding, const Copy &c) {
        Result<Title> t = m_fonds.title(c.titleId);
        m_inventoryResult->appendRow({textItem(finding, c.id), textItem(c.inventory),
                                      textItem(t ? t->title : QString()),
                                      textItem(t ? t->cote() : QString()),
                                      textItem(FondsCodes::label(c.status)), textItem(c.location)});
    };
    for (const Copy &c : result->missing) {
        add(tr("Missing"), c);
        m_missingIds << c.id;
    }
    for (const Copy &c : result->unexpected)
        add(tr("Not expected here"), c);
    for (const QString &code : result->unknown)
        m_inventoryResult->appendRow({textItem(tr("Unknown code")), textItem(code)});
    m_markMissing->setEnabled(!m_missingIds.isEmpty());
    showNotice(tr("%1 found, %2 missing, %3 not expected, %4 unknown.")
                   .arg(result->found.size())
                   .arg(result->missing.size())
                   .arg(result->unexpected.size())
                   .arg(result->unknown.size()),
               !result->missing.isEmpty() || !result->unknown.isEmpty());
}

void FondsWidget::markMissing()
{
    if (m_missingIds.isEmpty())
        return;
    if (!m_prompter.confirm(this, tr("Inventory"),
                            tr("Mark %Ln copy(ies) missing?", nullptr, int(m_missingIds.size())),
                            tr("Mark missing")))
        return;
    const int count = int(m_missingIds.size());
    if (Status s = m_fonds.setStatus(m_missingIds, CopyStatus::Missing,
                                     tr("inventory %1").arg(dateText(m_fonds.today())));
        !s) {
        showNotice(s.error().message, true);
        return;
    }
    compareInventory();
    refreshCatalogue();
    showNotice(tr("%Ln copy(ies) marked missing.", nullptr, count), false);
    emit changed();
}

// --- Figures -----------------------------------------------------------------------------

QWidget *FondsWidget::buildFigures()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year"), page));
    m_figuresYear = new QSpinBox(page);
    m_figuresYear->setObjectName(QStringLiteral("figuresYear"));
    m_figuresYear->setRange(1990, 2100);
    m_figuresYear->setValue(m_fonds.today().year());
    top->addWidget(m_figuresYear);
    top->addStretch(1);
    layout->addLayout(top);
    connect(m_figuresYear, &QSpinBox::valueChanged, this, &FondsWidget::refreshFigures);

    m_figures = new QStandardItemModel(this);
    auto *figures = makeTable(m_figures, page, QStringLiteral("figuresView"));
    layout->addWidget(figures, 1);
    m_figuresThemes = new QStandardItemModel(this);
    auto *themes = makeTable(m_figuresThemes, page, QStringLiteral("figuresThemesView"));
    themes->setSortingEnabled(true);
    layout->addWidget(themes, 1);
    return page;
}

void FondsWidget::refreshFigures()
{
    if (!m_figures)
        return;
    const int year = m_figuresYear->value();
    Result<FondsStats> stats = m_fonds.stats(year);
    m_figures->clear();
    m_figuresThemes->clear();
    if (!stats) {
        showNotice(stats.error().message, true);
        return;
    }
    m_figures->setHorizontalHeaderLabels(
        {tr("Figure"), QString::number(year), QString::number(year - 1)});
    // The year before, for the figures of a year (the stock is counted today only).
    const Result<FondsStats> before = m_fonds.stats(year - 1);
    auto row = [&](const QString &label, qint64 value, std::optional<qint64> previous = {}) {
        QStandardItem *last = previous ? numberItem(*previous) : textItem(QStringLiteral("—"));
        if (!previous)
            last->setToolTip(tr("Counted today: no figure for a past year."));
        m_figures->appendRow({textItem(label), numberItem(value), last});
    };
    const auto then = [&before](int FondsStats::*field) -> std::optional<qint64> {
        if (!before)
            return std::nullopt;
        return (*before).*field;
    };
    row(tr("Titles"), stats->titles);
    row(tr("Copies (not withdrawn)"), stats->copies);
    for (CopyStatus status : FondsCodes::copyStatuses())
        row(tr("Copies: %1").arg(FondsCodes::label(status)), stats->copiesByStatus.value(status));
    row(tr("Copies acquired in the year"), stats->acquired, then(&FondsStats::acquired));
    row(tr("Copies withdrawn in the year"), stats->withdrawn, then(&FondsStats::withdrawn));
    row(tr("Periodicals"), stats->periodicals);
    row(tr("Issues received"), stats->issuesReceived, then(&FondsStats::issuesReceived));
    row(tr("Consultations"), stats->consultations, stats->previousConsultations);
    const QLocale locale;
    for (int m = 0; m < 12; ++m)
        row(tr("Consultations: %1").arg(locale.standaloneMonthName(m + 1)),
            stats->consultationsByMonth.value(m), stats->previousConsultationsByMonth.value(m));

    m_figuresThemes->setHorizontalHeaderLabels(
        {tr("Theme"), tr("Titles"), tr("Copies"), tr("Consultations"), tr("Previous year")});
    for (const FondsStats::Theme &t : stats->themes)
        m_figuresThemes->appendRow({textItem(t.code + QStringLiteral(" – ") + t.label),
                                    numberItem(t.titles), numberItem(t.copies),
                                    numberItem(t.consultations),
                                    numberItem(t.previousConsultations)});
}

} // namespace passages::ui
