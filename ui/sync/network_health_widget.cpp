// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/network_health_widget.h"

#include "ui/async_task.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
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
    bar->addWidget(citeLabel);
    bar->addWidget(m_cite);
    bar->addStretch(1);
    bar->addWidget(m_refresh);
    layout->addLayout(bar);
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
    connect(m_cite, &QComboBox::activated, this,
            [this] { show(m_cite->currentData().toString()); });
    m_summary->setText(tr("Reads every Cité's consolidation state from the network database."));
}

NetworkHealthWidget::~NetworkHealthWidget()
{
    m_task.waitForFinished();
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
