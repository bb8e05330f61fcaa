// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/network_health_widget.h"

#include "core/sync/share_fs.h"
#include "ui/async_task.h"
#include "ui/work_progress.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace passages::ui {

namespace {

/// A share file's status as the health view names it.
QString statusName(const QString &status)
{
    if (status == QLatin1String("imported"))
        return NetworkHealthWidget::tr("imported");
    if (status == QLatin1String("duplicate"))
        return NetworkHealthWidget::tr("duplicate");
    if (status == QLatin1String("quarantined"))
        return NetworkHealthWidget::tr("quarantined");
    if (status == QLatin1String("held"))
        return NetworkHealthWidget::tr("held (newer format)");
    if (status == QLatin1String("fork"))
        return NetworkHealthWidget::tr("fork");
    if (status == QLatin1String("unapproved"))
        return NetworkHealthWidget::tr("from unapproved desks");
    return status;
}

} // namespace

NetworkHealthWidget::NetworkHealthWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("networkHealth"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *citeLabel = new QLabel(tr("C&ité:"), this);
    m_cite = new QComboBox(this);
    m_cite->setObjectName(QStringLiteral("networkHealthCite"));
    m_cite->addItem(tr("All Cités"), QString());
    m_cite->setMinimumContentsLength(14);
    citeLabel->setBuddy(m_cite);
    m_refresh = new QPushButton(tr("Re&fresh"), this);
    m_consolidate = new QPushButton(tr("&Consolidate this Cité"), this);
    m_consolidate->setObjectName(QStringLiteral("networkConsolidate"));
    m_consolidate->setToolTip(tr("Imports this PC's share into the network database under "
                                 "the Cité code of Tools › Network database."));
    bar->addWidget(citeLabel);
    bar->addWidget(m_cite);
    bar->addStretch(1);
    bar->addWidget(m_consolidate);
    bar->addWidget(m_refresh);
    layout->addLayout(bar);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("networkConsolidationOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->hide();
    layout->addWidget(m_outcome);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    auto *desks = new QTableView(this);
    desks->setModel(&m_health);
    desks->setSelectionBehavior(QAbstractItemView::SelectRows);
    desks->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    desks->horizontalHeader()->setStretchLastSection(true);
    desks->verticalHeader()->hide();
    desks->setAccessibleName(tr("Desks of the network"));
    layout->addWidget(desks, 1);
    connect(m_refresh, &QPushButton::clicked, this, &NetworkHealthWidget::reload);
    connect(m_consolidate, &QPushButton::clicked, this, &NetworkHealthWidget::consolidate);
    connect(m_cite, &QComboBox::activated, this,
            [this] { show(m_cite->currentData().toString()); });
    m_summary->setText(tr("Reads every Cité's consolidation state from the network database."));
}

NetworkHealthWidget::~NetworkHealthWidget()
{
    m_task.waitForFinished();
    m_consolidation.waitForFinished();
}

void NetworkHealthWidget::setConsolidation(std::function<QString()> shareFolder,
                                           std::function<QString()> cite)
{
    m_shareFolder = std::move(shareFolder);
    m_citeCode = std::move(cite);
}

QString NetworkHealthWidget::consolidationText() const
{
    return m_outcome->text();
}

void NetworkHealthWidget::consolidate()
{
    if (m_consolidating)
        return;
    const QString root = m_shareFolder ? m_shareFolder() : QString();
    const QString cite = m_citeCode ? m_citeCode() : QString();
    const auto refuse = [this](const QString &why) {
        m_outcome->setText(why);
        m_outcome->show();
        emit consolidated(false);
    };
    if (m_conninfo.isEmpty())
        return refuse(tr("No network database is set: choose it in Tools › Network database."));
    if (root.isEmpty())
        return refuse(tr("No share folder is set: choose it in Tools › Synchronisation "
                         "settings."));
    if (cite.isEmpty())
        return refuse(tr("No Cité code is set for this PC: give it in Tools › Network "
                         "database."));
    m_consolidating = true;
    m_consolidate->setEnabled(false);
    const QString doing = tr("Consolidating Cité %1 into the network database…").arg(cite);
    m_outcome->setText(doing);
    m_outcome->show();
    QProgressDialog *progress = workProgressDialog(this, doing);
    const NetworkService::Request request{root, m_conninfo, cite, false, m_password};
    m_consolidation = runThenCallback(
        this,
        [request, report = progressReporter(progress)] {
            LocalShareFs fs;
            return NetworkService(fs).consolidate(request, report);
        },
        [this, progress](const Result<ConsolidationReport> &outcome) {
            progress->deleteLater();
            m_consolidating = false;
            m_consolidate->setEnabled(true);
            const bool ok = outcome && !outcome->failure;
            if (!outcome) {
                m_outcome->setText(outcome.error().message);
            } else if (outcome->failure) {
                m_outcome->setText(outcome->failure->message);
            } else {
                QStringList lines{ConsolidationService::summaryText(outcome->summary)};
                lines << ConsolidationService::remarks(outcome->summary);
                m_outcome->setText(lines.join(QLatin1Char('\n')));
            }
            m_outcome->setStyleSheet(ok ? QString() : QStringLiteral("color: #b02020;"));
            emit consolidated(ok);
            m_loaded = false;
            reload();
        });
}

void NetworkHealthWidget::setConnection(const QString &conninfo, const QString &password)
{
    m_conninfo = conninfo;
    m_password = password;
    m_loaded = false;
    if (isVisible())
        reload();
}

QString NetworkHealthWidget::summaryText() const
{
    return m_summary->text();
}

void NetworkHealthWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && !m_loading)
        reload();
}

void NetworkHealthWidget::reload()
{
    if (m_loading)
        return;
    if (m_conninfo.isEmpty()) {
        m_summary->setText(tr("No network database is set: choose it in Tools › Network "
                              "database."));
        return;
    }
    m_loading = true;
    m_refresh->setEnabled(false);
    m_summary->setText(tr("Reading the network database…"));
    const QString conninfo = m_conninfo;
    const QString password = m_password;
    m_task = runThenCallback(
        this, [conninfo, password] { return NetworkService::status(conninfo, password); },
        [this](const Result<QList<NetworkCiteStatus>> &status) {
            m_loading = false;
            m_loaded = true;
            m_refresh->setEnabled(true);
            if (!status) {
                m_status.clear();
                m_health.setHealth({});
                m_summary->setText(status.error().message);
                emit loaded();
                return;
            }
            m_status = *status;
            const QString current = m_cite->currentData().toString();
            m_cite->clear();
            m_cite->addItem(tr("All Cités"), QString());
            for (const NetworkCiteStatus &cite : std::as_const(m_status))
                m_cite->addItem(cite.cite, cite.cite);
            m_cite->setCurrentIndex(std::max(0, m_cite->findData(current)));
            show(m_cite->currentData().toString());
            emit loaded();
        });
}

void NetworkHealthWidget::show(const QString &cite)
{
    const QLocale locale;
    QList<DeskHealth> desks;
    QStringList lines;
    qint64 walkIns = 0;
    for (const NetworkCiteStatus &s : std::as_const(m_status)) {
        if (!cite.isEmpty() && s.cite != cite)
            continue;
        for (DeskHealth desk : s.desks) {
            // Every Cité at once: the desk's Cité in front of its name.
            if (cite.isEmpty())
                desk.desk = QStringLiteral("%1 · %2").arg(s.cite, desk.desk);
            desks << desk;
        }
        walkIns += s.walkIns;
        QStringList files;
        for (auto it = s.files.cbegin(); it != s.files.cend(); ++it)
            files << QStringLiteral("%1 %2").arg(locale.toString(it.value()), statusName(it.key()));
        const QDateTime last = QDateTime::fromString(s.lastConsolidationUtc, Qt::ISODate);
        lines << tr("<b>%1</b>: %2 walk-ins, %Ln desk(s), last consolidation %3; files: %4",
                    nullptr, int(s.desks.size()))
                     .arg(s.cite.toHtmlEscaped(), locale.toString(s.walkIns),
                          last.isValid() ? locale.toString(last.toLocalTime(), QLocale::ShortFormat)
                                         : tr("never"),
                          files.isEmpty() ? tr("none") : files.join(QLatin1String(", ")));
    }
    if (m_status.isEmpty())
        lines << tr("No Cité has been consolidated into the network database yet.");
    else if (cite.isEmpty())
        lines.prepend(tr("%Ln Cité(s), %1 walk-ins in all.", nullptr, int(m_status.size()))
                          .arg(locale.toString(walkIns)));
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    m_health.setHealth(desks);
}

} // namespace passages::ui
