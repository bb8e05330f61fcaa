// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/closures_dialog.h"

#include "core/referential/referential.h"
#include "core/referential/referential_store.h"
#include "ui/dialogs/prompter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace passages::ui {

ClosuresDialog::ClosuresDialog(Database &db, Referential &referential, Prompter &prompter,
                               Clock clock, QWidget *parent)
    : QDialog(parent), m_db(db), m_referential(referential), m_prompter(prompter),
      m_store(db, clock)
{
    setWindowTitle(tr("Closures"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The days the Cité opens each week, and the days it closes "
                                "besides public holidays (summer closure, inventory, strike…): "
                                "the dashboard shows closed days as closed and leaves them out "
                                "of the averages."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *week = new QHBoxLayout;
    auto *open = new QLabel(tr("Open on:"), this);
    week->addWidget(open);
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), this);
        box->setObjectName(QStringLiteral("openDay%1").arg(day));
        box->setChecked(referential.openWeekdays().contains(day));
        connect(box, &QCheckBox::toggled, this, &ClosuresDialog::saveWeekdays);
        m_weekdays << box;
        week->addWidget(box);
    }
    week->addStretch();
    layout->addLayout(week);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("closuresTable"));
    m_table->setHorizontalHeaderLabels({tr("From"), tr("To"), tr("Site"), tr("Reason")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // A site's full name can be long: its column keeps a fixed share, the reason gets the
    // rest, and a cell's whole text shows on hover.
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(2, 260);
    m_table->setMinimumSize(680, 220);
    layout->addWidget(m_table, 1);
    auto *remove = new QPushButton(tr("&Remove the selected closure…"), this);
    remove->setObjectName(QStringLiteral("removeClosure"));
    layout->addWidget(remove, 0, Qt::AlignLeft);

    // A new closure: from today by default, for every site.
    const QDate today = (clock ? clock() : QDateTime::currentDateTime()).date();
    auto *form = new QFormLayout;
    auto *dates = new QHBoxLayout;
    m_first = new QDateEdit(today, this);
    m_last = new QDateEdit(today, this);
    for (QDateEdit *edit : {m_first, m_last}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    m_first->setObjectName(QStringLiteral("closureFirst"));
    m_last->setObjectName(QStringLiteral("closureLast"));
    auto *to = new QLabel(tr("to"), this);
    dates->addWidget(m_first);
    dates->addWidget(to);
    dates->addWidget(m_last);
    dates->addStretch();
    auto *from = new QLabel(tr("&From"), this);
    from->setBuddy(m_first);
    form->addRow(from, dates);
    m_site = new QComboBox(this);
    m_site->setObjectName(QStringLiteral("closureSite"));
    m_site->addItem(tr("Every site"), QString());
    for (const Category &site : referential.active(Referential::Kind::Site))
        m_site->addItem(site.label(referential.language()), site.code);
    form->addRow(tr("&Site"), m_site);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("closureReason"));
    m_reason->setPlaceholderText(tr("Summer closure"));
    form->addRow(tr("R&eason"), m_reason);
    layout->addLayout(form);
    // The core's rules, said before Add is pressed (empty reason, days already closed,
    // walk-ins already recorded on those days).
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("closureHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    layout->addWidget(m_hint);
    auto *add = new QPushButton(tr("&Add the closure"), this);
    add->setObjectName(QStringLiteral("addClosure"));
    // Enter in the form adds; only the Close button closes.
    add->setDefault(true);
    remove->setAutoDefault(false);
    layout->addWidget(add, 0, Qt::AlignLeft);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &ClosuresDialog::add);
    connect(remove, &QPushButton::clicked, this, &ClosuresDialog::removeSelected);
    auto *del = new QShortcut(QKeySequence::Delete, m_table);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &ClosuresDialog::removeSelected);
    // Moving the start moves the end with it (the closure keeps its length), so a
    // one-day closure is one date to set.
    connect(m_first, &QDateEdit::dateChanged, this,
            [this, previous = today](const QDate &first) mutable {
                m_last->setDate(m_last->date().addDays(previous.daysTo(first)));
                previous = first;
            });
    connect(m_last, &QDateEdit::dateChanged, this, &ClosuresDialog::updateHint);
    connect(m_site, &QComboBox::currentIndexChanged, this, &ClosuresDialog::updateHint);
    connect(m_reason, &QLineEdit::textChanged, this, &ClosuresDialog::updateHint);
    reload();
    updateHint();
    m_first->setFocus();
}

Closure ClosuresDialog::entered() const
{
    Closure closure;
    closure.first = m_first->date();
    closure.last = m_last->date();
    closure.closedSite = m_site->currentData().toString();
    closure.reason = m_reason->text().trimmed();
    return closure;
}

void ClosuresDialog::updateHint()
{
    const Status refused = m_store.check(entered());
    m_hint->setText(refused ? QString()
                    : refused.error().code == ErrorCode::NeedsConfirmation
                        ? refused.error().message + QLatin1Char(' ') +
                              tr("Adding the closure will ask first.")
                        : refused.error().message);
    m_hint->setVisible(!refused);
}

void ClosuresDialog::saveWeekdays()
{
    QList<int> days;
    for (int day = 1; day <= 7; ++day)
        if (m_weekdays.at(day - 1)->isChecked())
            days << day;
    Referential changed = m_referential;
    Status saved = changed.setOpenWeekdays(days);
    if (saved)
        saved = saveReferential(m_db, changed);
    if (!saved) {
        m_prompter.error(this, tr("Opening days not changed"), saved.error().message);
        // Back to what is stored.
        for (int day = 1; day <= 7; ++day) {
            const QSignalBlocker quiet(m_weekdays.at(day - 1));
            m_weekdays.at(day - 1)->setChecked(m_referential.openWeekdays().contains(day));
        }
        return;
    }
    (void)m_referential.setOpenWeekdays(changed.openWeekdays());
    m_changed = true;
}

void ClosuresDialog::reload()
{
    Result<QList<Closure>> closures = ClosureStore::list(m_db);
    if (!closures) {
        m_prompter.error(this, tr("Closures"), closures.error().message);
        return;
    }
    m_closures = *closures;
    m_table->setRowCount(int(m_closures.size()));
    const QLocale locale;
    for (int row = 0; row < m_closures.size(); ++row) {
        const Closure &c = m_closures.at(row);
        const Category *site = m_referential.find(Referential::Kind::Site, c.closedSite);
        const QStringList cells = {
            locale.toString(c.first, QLocale::ShortFormat),
            locale.toString(c.last, QLocale::ShortFormat),
            c.closedSite.isEmpty() ? tr("Every site")
                                   : (site ? site->label(m_referential.language()) : c.closedSite),
            c.reason};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
}

void ClosuresDialog::add()
{
    const Closure closure = entered();
    Result<Closure> added = m_store.add(closure);
    if (!added && added.error().code == ErrorCode::NeedsConfirmation) {
        // Closing a day people already came (often today, after the morning): a slip
        // more often than a decision, so asked, never silent.
        if (!m_prompter.confirm(this, tr("Close days with walk-ins"),
                                added.error().message + QLatin1Char(' ') +
                                    tr("Close those days all the same? Their walk-ins still "
                                       "count, on days shown as closed."),
                                tr("Close them")))
            return;
        added = m_store.add(closure, ClosureStore::WalkIns::Accept);
    }
    if (!added) {
        m_prompter.error(this, tr("Closure not added"), added.error().message);
        return;
    }
    m_changed = true;
    m_reason->clear();
    reload();
    updateHint();
    for (int row = 0; row < m_closures.size(); ++row)
        if (m_closures.at(row).id == added->id)
            m_table->selectRow(row);
}

void ClosuresDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_closures.size())
        return;
    const Closure &c = m_closures.at(row);
    const QLocale locale;
    if (!m_prompter.confirm(this, tr("Remove the closure"),
                            tr("Remove the closure from %1 to %2 (%3)? Those days count as "
                               "open again.")
                                .arg(locale.toString(c.first, QLocale::ShortFormat),
                                     locale.toString(c.last, QLocale::ShortFormat),
                                     c.reason.isEmpty() ? tr("no reason") : c.reason),
                            tr("Remove")))
        return;
    if (Status s = m_store.remove(c.id); !s) {
        m_prompter.error(this, tr("Closure not removed"), s.error().message);
        return;
    }
    m_changed = true;
    reload();
    updateHint();
}

} // namespace passages::ui
