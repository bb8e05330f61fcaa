// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/referential_editor.h"

#include "ui/dialogs/dialog_parts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace passages::ui {

namespace {

using Kind = Referential::Kind;

QString kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::Pole:
        return ReferentialEditor::tr("Pôles");
    case Kind::Theme:
        return ReferentialEditor::tr("Themes");
    case Kind::AgeBand:
        return ReferentialEditor::tr("Age bands");
    case Kind::Public:
        return ReferentialEditor::tr("Publics");
    case Kind::Channel:
        return ReferentialEditor::tr("Channels");
    case Kind::Site:
        return ReferentialEditor::tr("Sites");
    case Kind::EventType:
        return ReferentialEditor::tr("Event types");
    case Kind::Location:
        return ReferentialEditor::tr("Event locations");
    case Kind::Partner:
        return ReferentialEditor::tr("Partner organisations");
    case Kind::DurationBand:
        return ReferentialEditor::tr("Interview durations");
    case Kind::ServiceLevel:
        return ReferentialEditor::tr("Service levels");
    case Kind::Orientation:
        return ReferentialEditor::tr("Referred to (besides the partners offered)");
    default: // a list added later: its kind name until it has a title here
        break;
    }
    return Referential::kindName(kind);
}

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAutoDefault(false);
    return b;
}

} // namespace

ReferentialEditor::ReferentialEditor(const Referential &referential, QWidget *parent)
    : QDialog(parent), m_ref(referential)
{
    setObjectName(QStringLiteral("referentialEditor"));
    setWindowTitle(tr("Referential"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        headingLabel(tr("The Cité's referential, version %1").arg(referential.version()), this));
    auto *intro = new QLabel(tr("Codes never change; labels may. A retired entry is no longer "
                                "offered at the desks but stays in the reports. Merged codes "
                                "count under their target in every report, past years "
                                "included. Saving publishes a new version to the desks."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *lists = new QHBoxLayout;
    m_kinds = new QListWidget(this);
    m_kinds->setObjectName(QStringLiteral("kindList"));
    m_kinds->setAccessibleName(tr("Lists"));
    for (int k = 0; k < Referential::kindCount; ++k)
        m_kinds->addItem(kindTitle(Kind(k)));
    m_kinds->setMaximumWidth(200);
    lists->addWidget(m_kinds);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("entryTable"));
    m_table->setAccessibleName(tr("Entries"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Label"), tr("State"), tr("Pôle / colour")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    lists->addWidget(m_table, 1);
    layout->addLayout(lists, 1);

    // The action fields, under the table: no dialog over the dialog.
    auto *grid = new QGridLayout;
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setPlaceholderText(tr("new-code"));
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("labelEdit"));
    m_pole = new QComboBox(this);
    m_pole->setObjectName(QStringLiteral("poleCombo"));
    m_color = new QLineEdit(this);
    m_color->setObjectName(QStringLiteral("colorEdit"));
    m_color->setPlaceholderText(QStringLiteral("#1f77b4"));
    m_add = button(tr("&Add"), "addButton", this);
    m_rename = button(tr("Re&name"), "renameButton", this);
    m_retire = button(tr("&Retire"), "retireButton", this);
    m_up = button(tr("Move &up"), "upButton", this);
    m_down = button(tr("Move &down"), "downButton", this);
    m_colorButton = button(tr("Set &colour"), "colorButton", this);
    m_into = new QComboBox(this);
    m_into->setObjectName(QStringLiteral("intoCombo"));
    m_since = dateEdit(QDate::currentDate(), QStringLiteral("sinceEdit"), this);
    m_merge = button(tr("&Merge selected into"), "mergeButton", this);
    m_target = button(tr("Offer as &orientation target"), "targetButton", this);
    m_target->setToolTip(tr("Whether the desks offer this partner under \"Referred to\""));

    int row = 0;
    grid->addWidget(new QLabel(tr("Code:"), this), row, 0);
    grid->addWidget(m_code, row, 1);
    grid->addWidget(new QLabel(tr("Label:"), this), row, 2);
    grid->addWidget(m_label, row, 3);
    grid->addWidget(m_add, row, 4);
    grid->addWidget(m_rename, row, 5);
    ++row;
    grid->addWidget(new QLabel(tr("Pôle:"), this), row, 0);
    grid->addWidget(m_pole, row, 1);
    grid->addWidget(new QLabel(tr("Colour:"), this), row, 2);
    grid->addWidget(m_color, row, 3);
    grid->addWidget(m_colorButton, row, 4);
    grid->addWidget(m_retire, row, 5);
    ++row;
    grid->addWidget(m_merge, row, 0, 1, 2);
    grid->addWidget(m_into, row, 2, 1, 2);
    grid->addWidget(new QLabel(tr("from"), this), row, 4, Qt::AlignRight);
    grid->addWidget(m_since, row, 5);
    ++row;
    auto *order = new QHBoxLayout;
    order->addWidget(m_up);
    order->addWidget(m_down);
    order->addStretch();
    order->addWidget(m_target);
    grid->addLayout(order, row, 0, 1, 6);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 2);
    layout->addLayout(grid);

    m_message = problemLabel(this);
    m_message->setObjectName(QStringLiteral("actionProblem"));
    layout->addWidget(m_message);
    m_problems = problemLabel(this);
    m_problems->setObjectName(QStringLiteral("referentialProblems"));
    layout->addWidget(m_problems);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save and publish"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_kinds, &QListWidget::currentRowChanged, this,
            [this](int r) { showKind(Kind(std::max(0, r))); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReferentialEditor::updateState);
    connect(m_add, &QPushButton::clicked, this, &ReferentialEditor::add);
    connect(m_rename, &QPushButton::clicked, this, &ReferentialEditor::rename);
    connect(m_retire, &QPushButton::clicked, this, &ReferentialEditor::toggleRetired);
    connect(m_up, &QPushButton::clicked, this, [this] { moveBy(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveBy(1); });
    connect(m_colorButton, &QPushButton::clicked, this, &ReferentialEditor::setColor);
    connect(m_merge, &QPushButton::clicked, this, &ReferentialEditor::merge);
    connect(m_target, &QPushButton::clicked, this, &ReferentialEditor::toggleTarget);
    m_kinds->setCurrentRow(0);
    resize(900, 620);
}

void ReferentialEditor::showKind(Kind kind)
{
    if (kind != m_kind)
        m_table->clearSelection(); // rows of another list
    m_kind = kind;
    if (m_kinds->currentRow() != int(kind))
        m_kinds->setCurrentRow(int(kind));
    showProblem(m_message, {});
    fill();
}

void ReferentialEditor::fill()
{
    const QStringList selected = selectedCodes();
    const QString language = m_ref.language();
    const QList<Category> &list = m_ref.list(m_kind);
    m_table->clearContents();
    m_table->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const Category &c = list.at(r);
        QString extra;
        if (m_kind == Kind::Theme)
            extra = m_ref.label(Kind::Pole, c.pole);
        else if (m_kind == Kind::Pole)
            extra = c.color;
        QString state;
        if (const QString into = m_ref.reportCode(m_kind, c.code); into != c.code)
            state = tr("merged into %1").arg(into);
        else if (c.retired)
            state = tr("retired");
        else if (m_kind == Kind::Partner && c.orientationTarget)
            state = tr("orientation target");
        const QStringList cells{c.code, c.label(language), state, extra};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col == 3 && m_kind == Kind::Pole && !c.color.isEmpty())
                item->setData(Qt::DecorationRole, QColor(c.color));
            if (c.retired)
                item->setForeground(QColor(0x70, 0x70, 0x70));
            m_table->setItem(r, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_pole->clear();
    for (const Category &pole : m_ref.active(Kind::Pole))
        m_pole->addItem(pole.label(language), pole.code);
    m_into->clear();
    for (const Category &c : m_ref.active(m_kind))
        m_into->addItem(QStringLiteral("%1 (%2)").arg(c.label(language), c.code), c.code);
    for (const QString &code : selected)
        select(code);
    updateState();
}

QStringList ReferentialEditor::selectedCodes() const
{
    QStringList codes;
    const QList<Category> &list = m_ref.list(m_kind);
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        if (index.row() < list.size())
            codes << list.at(index.row()).code;
    return codes;
}

void ReferentialEditor::select(const QString &code)
{
    const QList<Category> &list = m_ref.list(m_kind);
    for (int r = 0; r < list.size(); ++r)
        if (list.at(r).code == code)
            m_table->selectionModel()->select(m_table->model()->index(r, 0),
                                              QItemSelectionModel::Select |
                                                  QItemSelectionModel::Rows);
}

void ReferentialEditor::updateState()
{
    const QStringList codes = selectedCodes();
    const bool one = codes.size() == 1;
    m_pole->setVisible(m_kind == Kind::Theme);
    m_color->setEnabled(m_kind == Kind::Pole);
    m_colorButton->setEnabled(m_kind == Kind::Pole && one);
    m_rename->setEnabled(one);
    m_up->setEnabled(one);
    m_down->setEnabled(one);
    m_retire->setEnabled(one);
    const Category *current = one ? m_ref.find(m_kind, codes.first()) : nullptr;
    m_retire->setText(current && current->retired ? tr("&Restore") : tr("&Retire"));
    m_merge->setEnabled(!codes.isEmpty());
    m_target->setVisible(m_kind == Kind::Partner);
    m_target->setEnabled(m_kind == Kind::Partner && one);
    m_target->setText(current && current->orientationTarget
                          ? tr("Stop offering as &orientation target")
                          : tr("Offer as &orientation target"));
    QStringList lines;
    for (const ReferentialProblem &p : m_ref.problems())
        lines << QStringLiteral("%1: %2").arg(p.path, p.reason);
    showProblem(m_problems, lines.join(QLatin1Char('\n')));
    m_save->setEnabled(lines.isEmpty() && m_changed);
}

void ReferentialEditor::apply(const Status &status)
{
    if (!status) {
        showProblem(m_message, status.error().message);
        return;
    }
    showProblem(m_message, {});
    m_changed = true;
    fill();
}

void ReferentialEditor::add()
{
    Category category;
    category.code = m_code->text().trimmed();
    if (!m_label->text().trimmed().isEmpty())
        category.labels.insert(m_ref.language(), m_label->text().trimmed());
    if (m_kind == Kind::Theme)
        category.pole = m_pole->currentData().toString();
    if (m_kind == Kind::Pole)
        category.color = m_color->text().trimmed();
    const Status done = m_ref.add(m_kind, category);
    apply(done);
    if (done) {
        m_code->clear();
        m_label->clear();
        select(category.code);
    }
}

void ReferentialEditor::rename()
{
    const QStringList codes = selectedCodes();
    if (codes.size() == 1)
        apply(m_ref.rename(m_kind, codes.first(), m_ref.language(), m_label->text()));
}

void ReferentialEditor::toggleRetired()
{
    const QStringList codes = selectedCodes();
    if (codes.size() != 1)
        return;
    const Category *c = m_ref.find(m_kind, codes.first());
    apply(m_ref.setRetired(m_kind, codes.first(), !c->retired));
}

void ReferentialEditor::moveBy(int step)
{
    const QStringList codes = selectedCodes();
    if (codes.size() != 1)
        return;
    const QList<Category> &list = m_ref.list(m_kind);
    int at = 0;
    while (at < list.size() && list.at(at).code != codes.first())
        ++at;
    m_table->clearSelection();
    apply(m_ref.move(m_kind, codes.first(), at + step));
    select(codes.first());
}

void ReferentialEditor::setColor()
{
    const QStringList codes = selectedCodes();
    if (codes.size() == 1)
        apply(m_ref.setPoleColor(codes.first(), m_color->text().trimmed()));
}

void ReferentialEditor::toggleTarget()
{
    const QStringList codes = selectedCodes();
    if (codes.size() != 1 || m_kind != Kind::Partner)
        return;
    const Category *c = m_ref.find(Kind::Partner, codes.first());
    apply(m_ref.setOrientationTarget(codes.first(), !c->orientationTarget));
}

void ReferentialEditor::merge()
{
    const QStringList codes = selectedCodes();
    apply(m_ref.merge(m_kind, codes, m_into->currentData().toString(), m_since->date()));
}

} // namespace passages::ui
