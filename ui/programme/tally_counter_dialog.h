// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace passages {
class Programme;
}

namespace passages::ui {

/// The door counter of a session: a huge number and two large buttons, +1 / −1, also on
/// the keys + (or Space, Up) and − (or Backspace, Down); Enter closes. Each click is
/// committed to the database before the number changes (Programme::step), so a crash or
/// a closed window loses nothing, and reopening the counter on the same desk resumes it.
class TallyCounterDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Opens (or resumes) this desk's counter of the session; `title` names the event.
    TallyCounterDialog(Programme &programme, const QString &sessionId, const QString &title,
                       QWidget *parent = nullptr);

    /// Whether the counter could be opened (else the dialog shows why).
    bool isReady() const { return !m_counterId.isEmpty(); }
    QString counterId() const { return m_counterId; }
    int count() const { return m_count; }

public slots:
    void increment() { apply(+1); }
    void decrement() { apply(-1); }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void apply(int delta);
    void refresh();

    Programme &m_programme;
    QString m_sessionId;
    QString m_counterId;
    int m_count = 0;
    QLabel *m_number = nullptr;
    QLabel *m_sessionTotal = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_plus = nullptr;
    QPushButton *m_minus = nullptr;
};

} // namespace passages::ui
