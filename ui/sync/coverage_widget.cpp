// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/coverage_widget.h"

#include "core/storage/database.h"
#include "ui/async_task.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace passages::ui {

void CoverageModel::setReport(const CoverageReport &report)
{
    beginResetModel();
    m_rows.clear();
    const QLocale locale;
    for (const SilentDesk &s : report.silent)
        m_rows << Row{tr("Silent desk"), s.date, s.site, s.desk,
                      (s.wholeDay ? tr("Nothing logged all day (%1:00–%2:59) while the site's "
                                       "other desks logged %3 walk-ins")
                                  : tr("Nothing logged from %1:00 to %2:59 while the site's "
                                       "other desks logged %3 walk-ins"))
                          .arg(s.fromHour)
                          .arg(s.toHour)
                          .arg(locale.toString(s.othersLogged))};
    for (const EntriesOnClosedDay &c : report.closedDays)
        m_rows << Row{tr("Closed day"), c.date, c.site, c.desk,
                      tr("%n entries on a day marked closed (%1)", nullptr, c.entries)
                          .arg(c.reason.isEmpty() ? tr("no reason given") : c.reason)};
    for (const BackdatedBurst &b : report.backdated) {
        const QString typedFrom =
            locale.toString(b.firstRecorded.toLocalTime().time(), QLocale::ShortFormat);
        const QString typedTo =
            locale.toString(b.lastRecorded.toLocalTime().time(), QLocale::ShortFormat);
        const QString late = b.maxDelayMinutes >= 120 ? tr("%1 h").arg(b.maxDelayMinutes / 60)
                                                      : tr("%1 min").arg(b.maxDelayMinutes);
        const QString detail =
            b.firstStated == b.lastStated
                ? tr("%n entries typed from %1 to %2, dated %3, up to %4 late", nullptr, b.entries)
                      .arg(typedFrom, typedTo, locale.toString(b.firstStated, QLocale::ShortFormat),
                           late)
                : tr("%n entries typed from %1 to %2, dated %3 to %4, up to %5 late", nullptr,
                     b.entries)
                      .arg(typedFrom, typedTo, locale.toString(b.firstStated, QLocale::ShortFormat),
                           locale.toString(b.lastStated, QLocale::ShortFormat), late);
        m_rows << Row{tr("Back-dated"), b.firstRecorded.toLocalTime().date(), b.site, b.desk,
                      detail};
    }
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return a.date < b.date; });
    endResetModel();
}

int CoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant CoverageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Detail)
        return row.detail;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Kind:
        return row.kind;
    case Date:
        return QLocale().toString(row.date, QLocale::ShortFormat);
    case Site:
        return row.site;
    case Desk:
        return row.desk;
    case Detail:
        return row.detail;
    }
    return {};
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Finding");
    case Date:
        return tr("Date");
    case Site:
        return tr("Site");
    case Desk:
        return tr("Desk");
    case Detail:
        return tr("Detail");
    }
    return {};
}

CoverageWidget::CoverageWidget(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_from = new QDateEdit(QDate::currentDate().addDays(-27), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setAccessibleName(tr("Coverage from"));
    m_to->setAccessibleName(tr("Coverage to"));
    m_check = new QPushButton(tr("Chec&k"), this);
    auto *fromLabel = new QLabel(tr("From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("to"), this);
    toLabel->setBuddy(m_to);
    bar->addWidget(m_notice, 1);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addWidget(m_check);
    layout->addLayout(bar);
    m_table = new QTableView(this);
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    connect(m_check, &QPushButton::clicked, this, &CoverageWidget::reload);
    m_notice->setText(tr("Consolidate the share first: the check reads every desk's figures."));
    m_check->setEnabled(false);
}

CoverageWidget::~CoverageWidget()
{
    m_task.waitForFinished();
}

QString CoverageWidget::notice() const
{
    return m_notice->text();
}

void CoverageWidget::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void CoverageWidget::setCache(const QString &cachePath)
{
    m_cachePath = cachePath;
    m_check->setEnabled(!m_busy && !cachePath.isEmpty());
    if (isVisible())
        reload();
    else
        m_notice->setText(tr("Click \"Check\" to look over the period."));
}

void CoverageWidget::reload()
{
    if (m_busy || m_cachePath.isEmpty())
        return;
    m_busy = true;
    m_check->setEnabled(false);
    m_notice->setText(tr("Checking…"));
    const QString path = m_cachePath;
    const QDate from = m_from->date(), to = m_to->date();
    m_task = runThenCallback(
        this,
        [path, from, to]() -> Result<CoverageReport> {
            Result<std::unique_ptr<Database>> db =
                Database::open(path, Database::Check::Skip, Database::Durability::Cache);
            if (!db)
                return db.error();
            return CoverageCheck(**db).run(from, to);
        },
        [this](const Result<CoverageReport> &report) {
            m_busy = false;
            m_check->setEnabled(true);
            if (!report) {
                m_notice->setText(report.error().message);
                return;
            }
            m_model.setReport(*report);
            const int n = int(report->findings());
            m_notice->setText(
                n == 0 ? tr("Nothing to look at: every desk logged when its site was open.")
                       : tr("%n finding(s) to look at; none blocks anything.", nullptr, n));
            Q_EMIT findingsChanged(n);
        });
}

} // namespace passages::ui
