// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reception/passage.h"

#include <QDialog>

class QLabel;

namespace passages::ui {

class DeskSession;
class PassageForm;

/// Corrects one of today's entries with the desk's own form (same keys: digits, Tab,
/// arrows); Enter saves, Escape cancels. The moment of the entry is kept.
class CorrectionDialog final : public QDialog
{
    Q_OBJECT

public:
    CorrectionDialog(DeskSession &session, const Passage &passage, QWidget *parent = nullptr);

    PassageInput input() const;
    PassageForm *form() const { return m_form; }

    void accept() override;

private:
    PassageForm *m_form = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace passages::ui
