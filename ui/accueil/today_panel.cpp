// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accueil/today_panel.h"

#include "ui/dialogs/dialog_parts.h"

#include "ui/accueil/desk_session.h"
#include "ui/accueil/pole_bars.h"
#include "ui/accueil/pole_counts_model.h"
#include "ui/accueil/today_model.h"
#include "ui/dialogs/correction_dialog.h"
#include "ui/dialogs/prompter.h"
#include "ui/style.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace passages::ui {

namespace {

/// Paints one of today's entries on two lines, "Rechercher un emploi" over
/// "26–44 ans · Choisy-le-Roi (94)", with a bar in the pôle colour: a narrow side panel
/// has no room for one column per field.
class EntryDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(option.fontMetrics.height() * 2 + 14);
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        opt.icon = QIcon();
        opt.features &= ~QStyleOptionViewItem::HasDecoration;
        const QWidget *view = option.widget;
        QStyle *style = view ? view->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, view);

        const bool selected = opt.state & QStyle::State_Selected;
        const QColor main = selected ? opt.palette.color(QPalette::HighlightedText) : colors::text;
        const QColor soft = selected ? main : colors::muted;
        const QRect r = opt.rect.adjusted(8, 5, -8, -5);
        const int line = opt.fontMetrics.height();
        painter->save();
        switch (index.column()) {
        case TodayModel::Time:
            painter->setPen(soft);
            painter->drawText(QRect(r.left(), r.top(), r.width(), line),
                              Qt::AlignLeft | Qt::AlignVCenter, text);
            break;
        case TodayModel::Subject: {
            const QColor pole = index.data(Qt::DecorationRole).value<QColor>();
            painter->fillRect(QRect(r.left() - 4, r.top() + 1, 4, r.height() - 2), pole);
            const QRect body = r.adjusted(8, 0, 0, 0);
            QFont bold = opt.font;
            bold.setBold(true);
            painter->setFont(bold);
            painter->setPen(main);
            painter->drawText(QRect(body.left(), body.top(), body.width(), line),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              QFontMetrics(bold).elidedText(text, Qt::ElideRight, body.width()));
            const QString details = index.data(TodayModel::DetailsRole).toString();
            painter->setFont(opt.font);
            painter->setPen(soft);
            painter->drawText(QRect(body.left(), body.top() + line + 2, body.width(), line),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              opt.fontMetrics.elidedText(details, Qt::ElideRight, body.width()));
            break;
        }
        case TodayModel::Count: {
            const int n = index.data().toInt();
            QFont bold = opt.font;
            bold.setBold(true);
            painter->setFont(bold);
            painter->setPen(n > 1 ? main : soft);
            // A group stands out; a single person is the usual case.
            painter->drawText(QRect(r.left(), r.top(), r.width(), line),
                              Qt::AlignRight | Qt::AlignVCenter,
                              n > 1 ? QStringLiteral("\u00d7%1").arg(n) : QStringLiteral("1"));
            break;
        }
        default:
            break;
        }
        painter->restore();
    }
};

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

TodayPanel::TodayPanel(DeskSession &session, Prompter &prompter, QWidget *parent)
    : QFrame(parent), m_session(session), m_prompter(prompter)
{
    setObjectName(QStringLiteral("todayPanel"));
    setAutoFillBackground(true);
    QPalette card = palette();
    card.setColor(QPalette::Window, colors::card);
    setPalette(card);
    setFrameShape(QFrame::StyledPanel);

    m_entries = new TodayModel(session, this);
    m_counts = new PoleCountsModel(session, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(8);

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    auto *title = new QLabel(tr("Today"), this);
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.35);
    title->setFont(big);
    m_date = new QLabel(this);
    QPalette muted = m_date->palette();
    muted.setColor(QPalette::WindowText, colors::muted);
    m_date->setPalette(muted);
    titles->addWidget(title);
    titles->addWidget(m_date);
    header->addLayout(titles, 1);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("todayTotal"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_total->setTextFormat(Qt::RichText);
    header->addWidget(m_total);
    layout->addLayout(header);

    layout->addWidget(sectionTitle(tr("People per pôle"), this));
    layout->addWidget(new PoleBars(*m_counts, this));
    layout->addSpacing(6);

    layout->addWidget(sectionTitle(tr("Entries of the day"), this));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("todayTable"));
    m_table->setModel(m_entries);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setItemDelegate(new EntryDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 2 + 14);
    m_table->horizontalHeader()->hide();
    // Age band and commune are painted under the subject (EntryDelegate).
    m_table->setColumnHidden(TodayModel::AgeBand, true);
    m_table->setColumnHidden(TodayModel::Commune, true);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(TodayModel::Time, QHeaderView::Fixed);
    columns->resizeSection(TodayModel::Time,
                           m_table->fontMetrics().horizontalAdvance(
                               QLocale().toString(QTime(23, 59), QLocale::ShortFormat)) +
                               20);
    columns->setSectionResizeMode(TodayModel::Subject, QHeaderView::Stretch);
    columns->setSectionResizeMode(TodayModel::Count, QHeaderView::Fixed);
    columns->resizeSection(TodayModel::Count,
                           m_table->fontMetrics().horizontalAdvance(QStringLiteral("\u00d7999")) +
                               20);
    m_table->installEventFilter(this);
    m_table->setAccessibleName(tr("Entries of the day"));
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    // The keys of the list are on the buttons: Enter corrects, Delete deletes.
    m_correct = new QPushButton(tr("Correct… (Enter)"), this);
    m_delete = new QPushButton(tr("Delete… (Del)"), this);
    for (QPushButton *b : {m_correct, m_delete}) {
        b->setMinimumHeight(44);
        b->setFocusPolicy(Qt::NoFocus);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_correct, &QPushButton::clicked, this, &TodayPanel::correctCurrent);
    connect(m_delete, &QPushButton::clicked, this, &TodayPanel::deleteCurrent);
    connect(m_table, &QTableView::activated, this, &TodayPanel::correctCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TodayPanel::updateButtons);
    connect(m_entries, &QAbstractItemModel::modelReset, this, &TodayPanel::updateButtons);
    connect(m_counts, &PoleCountsModel::totalChanged, this, &TodayPanel::updateHeader);

    auto *midnight = new QTimer(this);
    connect(midnight, &QTimer::timeout, this, &TodayPanel::checkDate);
    midnight->start(60 * 1000);

    updateHeader();
    updateButtons();
}

QSize TodayPanel::sizeHint() const
{
    // A side panel: the form keeps the room it needs for its buttons.
    return QSize(fontMetrics().averageCharWidth() * 64, QFrame::sizeHint().height());
}

void TodayPanel::updateHeader()
{
    m_date->setText(QLocale().toString(m_entries->date(), QLocale::LongFormat));
    m_total->setText(QStringLiteral("<span style=\"font-size:20pt; font-weight:600;\">%1</span>"
                                    "<br><span style=\"color:%3;\">%2</span>")
                         .arg(QLocale().toString(m_counts->total()),
                              tr("people", nullptr, int(m_counts->total())), colors::muted.name()));
}

void TodayPanel::updateButtons()
{
    const bool any = !currentId().isEmpty();
    const QString why = tr("Choose an entry in today's list first (click or arrows).");
    enableOrSayWhy(m_correct, any, why);
    enableOrSayWhy(m_delete, any, why);
}

void TodayPanel::checkDate()
{
    if (m_session.today() != m_entries->date()) {
        m_entries->refresh();
        m_counts->refresh();
    }
}

QString TodayPanel::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(TodayModel::IdRole).toString() : QString();
}

void TodayPanel::correctCurrent()
{
    const QString id = currentId();
    if (id.isEmpty()) {
        m_session.inform(tr("No entry selected: choose one in today's list (click or arrows), "
                            "then F2 corrects it."),
                         true);
        return;
    }
    CorrectionDialog dialog(m_session, m_entries->passage(m_entries->rowOf(id)), window());
    if (m_prompter.exec(dialog) != QDialog::Accepted)
        return;
    if (m_session.correct(id, dialog.input())) {
        const int row = m_entries->rowOf(id);
        if (row >= 0)
            m_table->setCurrentIndex(m_entries->index(row, 0));
    }
}

void TodayPanel::deleteCurrent()
{
    const QString id = currentId();
    if (id.isEmpty()) {
        m_session.inform(tr("No entry selected: choose one in today's list (click or arrows), "
                            "then Delete removes it."),
                         true);
        return;
    }
    const int row = m_entries->rowOf(id);
    const Passage &p = m_entries->passage(row);
    if (m_deletionGuard && !m_deletionGuard(p.date))
        return;
    const QString text =
        tr("Delete the entry of %1?\n\n%2\n\nIt leaves today's figures; Ctrl+Z brings it back.")
            .arg(QLocale().toString(p.time, QLocale::ShortFormat), m_session.describe(p));
    if (!m_prompter.confirm(window(), tr("Delete an entry"), text, tr("Delete")))
        return;
    if (m_session.remove(id) && m_entries->rowCount() > 0)
        m_table->setCurrentIndex(m_entries->index(std::min(row, m_entries->rowCount() - 1), 0));
}

bool TodayPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            deleteCurrent();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace passages::ui
