// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accueil/commune_picker.h"

#include "core/referential/commune_index.h"
#include "ui/style.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStandardItemModel>
#include <QTimer>

namespace passages::ui {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;
constexpr int kSuggestions = 12;
} // namespace

CommunePicker::CommunePicker(const CommuneIndex &communes, QWidget *parent)
    : QLineEdit(parent), m_communes(communes)
{
    setPlaceholderText(tr("Name or postal code (empty: not stated)"));
    setClearButtonEnabled(true);
    setMinimumHeight(44);
    m_model = new QStandardItemModel(this);
    m_completer = new QCompleter(m_model, this);
    // The index already searched (accents, word starts, frequency): show its answer as is.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(8);
    m_completer->setWidget(this);
    QAbstractItemView *popup = m_completer->popup();
    QFont big = popup->font();
    big.setPointSizeF(font().pointSizeF() * 1.1);
    popup->setFont(big);
    popup->setStyleSheet(QStringLiteral("QAbstractItemView::item { padding: 6px 8px; }"));
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                // A click in the list: the completer's own index maps to our model's rows.
                pickRow(index.row());
            });
    connect(this, &QLineEdit::textEdited, this, &CommunePicker::search);
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The clear button and programmatic clears: no commune any more.
        if (text.isEmpty() && !m_code.isEmpty())
            clearCode();
    });
}

void CommunePicker::setCode(const QString &code)
{
    const Commune *commune = code.isEmpty() ? nullptr : m_communes.find(code);
    m_code = commune ? commune->code : QString();
    setText(commune ? commune->displayLabel() : QString());
    setCursorPosition(0);
    m_completer->popup()->hide();
    updateLook();
    emit codeChanged(m_code);
}

void CommunePicker::clearCode()
{
    setCode(QString());
}

bool CommunePicker::pending() const
{
    return m_code.isEmpty() && !text().trimmed().isEmpty();
}

bool CommunePicker::suggestionsVisible() const
{
    return m_completer->popup()->isVisible();
}

void CommunePicker::search(const QString &text)
{
    if (!m_code.isEmpty()) {
        m_code.clear();
        emit codeChanged(m_code);
    }
    updateLook();
    m_model->clear();
    if (text.trimmed().isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    for (const Commune *c : m_communes.search(text, kSuggestions, m_frequency)) {
        QString label = c->displayLabel();
        if (!c->postalCodes.isEmpty())
            label += QStringLiteral(" \u2014 ") + c->postalCodes.first();
        auto *item = new QStandardItem(label);
        item->setData(c->code, kCodeRole);
        m_model->appendRow(item);
    }
    if (m_model->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    showSuggestions();
}

void CommunePicker::showSuggestions()
{
    m_completer->complete();
    QAbstractItemView *popup = m_completer->popup();
    // Keep the first row highlighted: Enter then picks the most likely commune.
    popup->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void CommunePicker::pickRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    setCode(m_model->item(row)->data(kCodeRole).toString());
    emit advanceRequested();
}

void CommunePicker::updateLook()
{
    // Unpicked text is shown in red: it will not be recorded as is.
    QPalette p = palette();
    p.setColor(QPalette::Text, pending() ? colors::danger : colors::text);
    setPalette(p);
}

void CommunePicker::focusInEvent(QFocusEvent *event)
{
    QLineEdit::focusInEvent(event);
    // Typing replaces a picked commune at once.
    if (!m_code.isEmpty())
        QTimer::singleShot(0, this, &QLineEdit::selectAll);
}

bool CommunePicker::event(QEvent *event)
{
    // Reached both directly and through the completer, which forwards the popup's keys.
    if (event->type() != QEvent::KeyPress)
        return QLineEdit::event(event);
    auto *key = static_cast<QKeyEvent *>(event);
    QAbstractItemView *popup = m_completer->popup();
    const bool open = popup->isVisible();
    const int rows = m_model->rowCount();
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (open) {
            const QModelIndex current = popup->currentIndex();
            pickRow(current.isValid() ? current.row() : 0);
            key->accept();
            return true;
        }
        if (pending()) {
            // Never record typed text: offer the matches again, or say there are none.
            search(text());
            if (m_model->rowCount() == 0)
                emit problem(tr("No commune matches \"%1\". Correct it, or clear it to "
                                "record \"not stated\".")
                                 .arg(text().trimmed()));
            key->accept();
            return true;
        }
        key->ignore(); // nothing to pick: the form records
        return false;
    case Qt::Key_Tab:
        if (open) {
            const QModelIndex current = popup->currentIndex();
            pickRow(current.isValid() ? current.row() : 0);
            key->accept();
            return true;
        }
        break;
    case Qt::Key_Escape:
        if (open) {
            popup->hide();
            key->accept();
            return true;
        }
        key->ignore();
        return false;
    case Qt::Key_Down:
    case Qt::Key_Up:
        if (open && rows > 0) {
            // Keys sent to the box itself (tests, input methods) move the highlight too.
            const QModelIndex current = popup->currentIndex();
            int row = current.isValid() ? current.row() : -1;
            row = key->key() == Qt::Key_Down ? std::min(rows - 1, row + 1) : std::max(0, row - 1);
            popup->setCurrentIndex(m_completer->completionModel()->index(row, 0));
            key->accept();
            return true;
        }
        if (key->key() == Qt::Key_Down)
            emit advanceRequested();
        else
            emit retreatRequested();
        key->accept();
        return true;
    default:
        break;
    }
    return QLineEdit::event(event);
}

} // namespace passages::ui
