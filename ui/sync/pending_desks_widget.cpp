// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/pending_desks_widget.h"

#include "core/common/text.h"
#include "core/sync/share_fs.h"
#include "core/sync/trust.h"
#include "ui/async_task.h"
#include "ui/dialogs/prompter.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace passages::ui {

void PendingRequestsModel::setRequests(QList<JoinRequest> requests)
{
    beginResetModel();
    m_requests = std::move(requests);
    // Oldest request first: the one waiting longest.
    std::stable_sort(
        m_requests.begin(), m_requests.end(),
        [](const JoinRequest &a, const JoinRequest &b) { return a.requestedUtc < b.requestedUtc; });
    endResetModel();
}

int PendingRequestsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int PendingRequestsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant PendingRequestsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_requests.size())
        return {};
    const JoinRequest &r = m_requests.at(index.row());
    if (role == Qt::ToolTipRole)
        return tr("Identity %1").arg(r.instance) +
               (r.parent.isEmpty() ? QString()
                                   : QLatin1Char('\n') + tr("continues %1").arg(r.parent));
    if (role != Qt::DisplayRole)
        return {};
    // Everything here comes from the share, which anyone may write: shown, never raw.
    switch (index.column()) {
    case Site:
        return shown(r.site, 60);
    case Desk:
        return shown(r.desk, 60);
    case Kind:
        return r.role == trust::kRoleConsolidator ? tr("Consolidating PC") : tr("Desk");
    case Fingerprint:
        return trust::fingerprint(r.key);
    case Asked: {
        const QDateTime asked = QDateTime::fromString(r.requestedUtc, Qt::ISODate);
        return asked.isValid() ? QLocale().toString(asked.toLocalTime(), QLocale::ShortFormat)
                               : QString();
    }
    }
    return {};
}

QVariant PendingRequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Site:
        return tr("Site");
    case Desk:
        return tr("Desk");
    case Kind:
        return tr("Kind");
    case Fingerprint:
        return tr("Key fingerprint");
    case Asked:
        return tr("Asked on");
    }
    return {};
}

PendingDesksWidget::PendingDesksWidget(std::function<QString()> shareFolder, Prompter &prompter,
                                       QWidget *parent)
    : QWidget(parent), m_shareFolder(std::move(shareFolder)), m_prompter(prompter)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("pendingNotice"));
    m_reload = new QPushButton(tr("Refresh the &list"), this);
    m_approve = new QPushButton(tr("&Approve…"), this);
    m_approve->setObjectName(QStringLiteral("approveDesks"));
    // The notice on its own row: a wrapped label beside buttons gets clipped.
    layout->addWidget(m_notice);
    bar->addStretch(1);
    bar->addWidget(m_reload);
    bar->addWidget(m_approve);
    layout->addLayout(bar);

    m_table = new QTableView(this);
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    connect(m_reload, &QPushButton::clicked, this, &PendingDesksWidget::reload);
    connect(m_approve, &QPushButton::clicked, this, &PendingDesksWidget::approveSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PendingDesksWidget::updateButtons);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &PendingDesksWidget::updateButtons);
    m_notice->setText(tr("Desks that asked to join the share appear here."));
    updateButtons();
}

QString PendingDesksWidget::notice() const
{
    return m_notice->text();
}

PendingDesksWidget::~PendingDesksWidget()
{
    m_approval.waitForFinished(); // the worker writes to the share: let it end cleanly
}

void PendingDesksWidget::updateButtons()
{
    m_approve->setEnabled(!m_approving && m_table->selectionModel()->hasSelection());
    m_reload->setEnabled(!m_approving);
}

void PendingDesksWidget::reload()
{
    const QString root = m_shareFolder();
    QList<JoinRequest> pending;
    if (root.isEmpty()) {
        m_notice->setText(tr("No share folder is set: choose it in the settings."));
    } else {
        LocalShareFs fs;
        Share share(fs, root);
        Result<TrustState> state = share.adminTrust();
        if (!state) {
            m_notice->setText(state.error().message);
        } else {
            pending = state->pending;
            m_notice->setText(
                pending.isEmpty()
                    ? tr("No desk is waiting for approval.")
                    : tr("%n desk(s) waiting for approval. Before approving one, compare its "
                         "key fingerprint with the one the desk shows after its sync.",
                         nullptr, int(pending.size())));
        }
    }
    m_model.setRequests(pending);
    if (m_model.rowCount() == 1)
        m_table->selectRow(0);
    Q_EMIT pendingChanged(int(pending.size()));
}

void PendingDesksWidget::approveSelected()
{
    if (isApproving())
        return;
    QStringList ids;
    QStringList names;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
        const JoinRequest &r = m_model.requests().at(row.row());
        ids << r.instance;
        names << QStringLiteral("%1 / %2 (%3)")
                     .arg(shown(r.site, 60), shown(r.desk, 60), trust::fingerprint(r.key));
    }
    if (ids.isEmpty())
        return;
    // Asked here, on the GUI thread; the slow part (reading the share, Argon2id on the
    // password, writing the signed list) runs on a worker so the window keeps painting.
    const QString password =
        m_prompter.password(this, tr("Approve desks"),
                            tr("Approve %n desk(s) to join the share:", nullptr, int(ids.size())) +
                                QStringLiteral("\n  ") + names.join(QStringLiteral("\n  ")) +
                                QStringLiteral("\n\n") + tr("Administrator password:"));
    if (password.isEmpty())
        return; // cancelled
    m_approving = true;
    updateButtons();
    m_notice->setText(
        tr("Approving %n desk(s): checking the administrator password…", nullptr, int(ids.size())));
    m_approval = runThenCallback(
        this,
        [root = m_shareFolder(), ids, password] {
            LocalShareFs fs;
            Share share(fs, root);
            return share.approvePending(ids, [password] { return password; });
        },
        [this](Result<QList<JoinRequest>> approved) { approvalDone(std::move(approved)); });
}

void PendingDesksWidget::approvalDone(Result<QList<JoinRequest>> approved)
{
    m_approving = false;
    if (!approved) {
        const Error &e = approved.error();
        QString message;
        if (e.field == QLatin1String("password"))
            message = tr("Wrong administrator password: nothing was approved.");
        else if (e.code == ErrorCode::NotFound)
            message = tr("This request is no longer pending (approved from another computer, "
                         "or withdrawn). The list is refreshed.");
        else if (e.code == ErrorCode::ShareUnavailable || e.code == ErrorCode::ShareNotPrepared)
            message = tr("The share is unavailable: nothing was approved.\n%1").arg(e.message);
        else
            message = tr("Nothing was approved: %1").arg(e.message);
        reload();
        m_prompter.error(this, tr("Approve desks"), message);
    } else {
        reload();
        m_notice->setText(tr("%n approved: its files are imported at the next consolidation.",
                             nullptr, int(approved->size())) +
                          QLatin1Char(' ') + m_notice->text());
    }
    Q_EMIT approvalFinished();
}

} // namespace passages::ui
