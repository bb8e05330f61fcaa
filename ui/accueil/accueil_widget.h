// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/notice_banner.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace passages::ui {

class DeskSession;
class PassageForm;

/// The accueil desk: the walk-in form, Enter records (through DeskSession, so only once
/// Reception committed it), Escape clears; a banner reads back what was recorded, or why
/// nothing was.
class AccueilWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit AccueilWidget(DeskSession &session, QWidget *parent = nullptr);

    PassageForm *form() const { return m_form; }
    QLabel *banner() const { return m_banner; }

    /// Hidden optional fields (settings changed).
    void refreshFields();

public slots:
    /// Records the form; on success clears it and puts focus back on the pôle.
    bool submit();
    /// Back to the defaults, focus on the pôle.
    void clear();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showNotice(const QString &text, bool error);

    DeskSession &m_session;
    PassageForm *m_form = nullptr;
    NoticeBanner *m_banner = nullptr;
    QPushButton *m_record = nullptr;
};

} // namespace passages::ui
