// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/health_widget.h"

#include "core/sync/consolidation_service.h"
#include "core/sync/share_fs.h"
#include "ui/async_task.h"
#include "ui/dialogs/prompter.h"
#include "ui/sync/coverage_widget.h"
#include "ui/sync/pending_desks_widget.h"
#include "ui/work_progress.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace passages::ui {

void DeskHealthModel::setHealth(QList<DeskHealth> health)
{
    beginResetModel();
    m_health = std::move(health);
    endResetModel();
}

int DeskHealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_health.size());
}

int DeskHealthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant DeskHealthModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_health.size())
        return {};
    const DeskHealth &h = m_health.at(index.row());
    const bool trouble = h.held || !h.missing.isEmpty() || h.quarantined > 0;
    if (role == Qt::ForegroundRole && index.column() == State && trouble)
        return QColor(0xb0, 0x20, 0x20);
    if (role == Qt::ToolTipRole)
        return tr("Site code %1").arg(h.site) + QLatin1Char('\n') +
               tr("Identity %1").arg(h.instance) +
               (h.parent.isEmpty() ? QString()
                                   : QLatin1Char('\n') + tr("continues %1").arg(h.parent)) +
               (h.heldReason.isEmpty() ? QString() : QLatin1Char('\n') + h.heldReason);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Site:
        return m_siteLabel ? m_siteLabel(h.site) : h.site;
    case Desk:
        return h.desk;
    case LastBatch:
        return h.lastImported;
    case LastSeen:
        return h.lastBatchCreated.isValid()
                   ? QLocale().toString(h.lastBatchCreated.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case Missing: {
        QStringList numbers;
        for (qint64 n : h.missing)
            numbers << QLocale().toString(n);
        return numbers.join(QLatin1String(", "));
    }
    case Quarantined:
        return h.quarantined;
    case Implausible:
        return h.implausibleDates;
    case State:
        if (h.held)
            return tr("Held: two computers share this identity");
        if (!h.missing.isEmpty())
            return tr("Batches missing");
        if (h.quarantined > 0)
            return tr("Damaged files");
        return tr("OK");
    }
    return {};
}

QVariant DeskHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Site:
        return tr("Site");
    case Desk:
        return tr("Desk");
    case LastBatch:
        return tr("Last batch");
    case LastSeen:
        return tr("Sent on");
    case Missing:
        return tr("Missing batches");
    case Quarantined:
        return tr("Quarantined");
    case Implausible:
        return tr("Implausible dates");
    case State:
        return tr("State");
    }
    return {};
}

void ShareProblemsModel::setProblems(QList<ShareFileStatus> problems)
{
    beginResetModel();
    m_problems = std::move(problems);
    endResetModel();
}

int ShareProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ShareProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 3;
}

QVariant ShareProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_problems.size())
        return {};
    const ShareFileStatus &p = m_problems.at(index.row());
    // The whole path and reason on hover: the columns cut long ones.
    if (role == Qt::ToolTipRole)
        return index.column() == 1 ? p.name : index.column() == 2 ? p.reason : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case 0:
        if (p.status == QLatin1String("quarantined"))
            return tr("Quarantined");
        if (p.status == QLatin1String("held"))
            return tr("Held (newer format)");
        return tr("Fork");
    case 1:
        return p.name.section(QLatin1Char('/'), -1);
    case 2:
        return p.reason;
    }
    return {};
}

QVariant ShareProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case 0:
        return tr("Status");
    case 1:
        return tr("File");
    case 2:
        return tr("Reason");
    }
    return {};
}

HealthWidget::HealthWidget(std::function<QString()> shareFolder, Prompter &prompter,
                           QWidget *parent)
    : QWidget(parent), m_shareFolder(std::move(shareFolder)), m_prompter(prompter)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_refresh = new QPushButton(tr("&Consolidate now"), this);
    m_rebuild = new QPushButton(tr("&Rebuild from the share…"), this);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_refresh);
    bar->addWidget(m_rebuild);
    layout->addLayout(bar);

    auto *desks = new QTableView(this);
    desks->setModel(&m_health);
    desks->setSelectionBehavior(QAbstractItemView::SelectRows);
    desks->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    desks->horizontalHeader()->setStretchLastSection(true);
    // A site's full name can be long: its column keeps a fixed share (whole name on hover).
    desks->horizontalHeader()->setSectionResizeMode(DeskHealthModel::Site,
                                                    QHeaderView::Interactive);
    desks->horizontalHeader()->resizeSection(DeskHealthModel::Site, 260);
    desks->verticalHeader()->hide();
    auto *title = new QLabel(tr("Files not imported"), this);
    title->setStyleSheet(QStringLiteral("font-weight: 600; margin-top: 8px;"));
    auto *problems = new QTableView(this);
    problems->setModel(&m_problems);
    problems->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    problems->horizontalHeader()->setStretchLastSection(true);
    problems->verticalHeader()->hide();
    auto *state = new QWidget(this);
    auto *stateLayout = new QVBoxLayout(state);
    stateLayout->setContentsMargins(0, 0, 0, 0);
    stateLayout->addWidget(desks, 3);
    stateLayout->addWidget(title);
    stateLayout->addWidget(problems, 2);
    m_pending = new PendingDesksWidget(m_shareFolder, m_prompter, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(state, tr("State of the desks"));
    m_tabs->addTab(m_pending, tr("Pending desks"));
    m_coverage = new CoverageWidget(this);
    m_tabs->addTab(m_coverage, tr("Coverage"));
    layout->addWidget(m_tabs, 1);
    connect(this, &HealthWidget::consolidated, m_coverage, &CoverageWidget::setCache);
    connect(m_coverage, &CoverageWidget::findingsChanged, this, [this](int count) {
        m_tabs->setTabText(m_tabs->indexOf(m_coverage),
                           count > 0 ? tr("Coverage (%1)").arg(count) : tr("Coverage"));
    });
    // Read when looked at, not at start-up: a share that does not answer must not
    // delay the desk's window.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_pending)
            m_pending->reload();
    });
    connect(m_pending, &PendingDesksWidget::pendingChanged, this, [this](int count) {
        m_tabs->setTabText(m_tabs->indexOf(m_pending),
                           count > 0 ? tr("Pending desks (%1)").arg(count) : tr("Pending desks"));
    });

    connect(m_refresh, &QPushButton::clicked, this, &HealthWidget::refresh);
    connect(m_rebuild, &QPushButton::clicked, this, &HealthWidget::rebuild);
    m_summary->setText(tr("Reads every desk's batches from the share into a local copy."));
}

HealthWidget::~HealthWidget()
{
    m_task.waitForFinished();
}

QString HealthWidget::summaryText() const
{
    return m_summary->text();
}

void HealthWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_ran || m_busy)
        return;
    // Only the setting is read here: a hung share must not freeze the tab.
    const QString root = m_shareFolder();
    m_summary->setText(root.isEmpty()
                           ? tr("No share folder is set: choose it in Tools › Synchronisation "
                                "settings.")
                           : tr("Share: %1. \"Consolidate now\" reads every desk's batches "
                                "from it into a local copy.")
                                 .arg(root));
}

void HealthWidget::refresh()
{
    run(false);
}

void HealthWidget::rebuild()
{
    if (m_rebuildGuard && !m_rebuildGuard())
        return;
    if (!m_prompter.confirm(this, tr("Rebuild from the share"),
                            tr("The local copy of every desk's figures will be deleted and "
                               "read again from the share. Nothing on the share or at the "
                               "desks changes. Continue?"),
                            tr("Rebuild")))
        return;
    run(true);
}

void HealthWidget::run(bool rebuild)
{
    if (m_busy)
        return;
    const QString root = m_shareFolder();
    if (root.isEmpty()) {
        m_summary->setText(tr("No share folder is set: choose it in the settings."));
        return;
    }
    m_busy = true;
    m_refresh->setEnabled(false);
    m_rebuild->setEnabled(false);
    const QString doing = rebuild ? tr("Rebuilding from the share…") : tr("Consolidating…");
    m_summary->setText(doing);
    // A first consolidation or a rebuild reads a year of every desk: minutes.
    QProgressDialog *progress = workProgressDialog(this, doing);
    m_task = runThenCallback(
        this,
        [root, rebuild, report = progressReporter(progress)] {
            LocalShareFs fs;
            return ConsolidationService(fs).consolidate({root, QString(), rebuild}, report);
        },
        [this, progress](const Result<ConsolidationReport> &report) {
            progress->deleteLater();
            m_busy = false;
            m_ran = true;
            m_refresh->setEnabled(true);
            m_rebuild->setEnabled(true);
            m_pending->reload(); // desks ask to join at their sync: new requests
            if (!report) {
                m_summary->setText(report.error().message);
                return;
            }
            m_health.setHealth(report->health);
            m_problems.setProblems(report->problems);
            if (report->failure) {
                m_summary->setText(report->failure->message);
                return;
            }
            QStringList lines{ConsolidationService::summaryText(report->summary)};
            lines << ConsolidationService::remarks(report->summary);
            m_summary->setText(lines.join(QLatin1Char('\n')));
            Q_EMIT consolidated(report->cachePath);
        });
}

} // namespace passages::ui
