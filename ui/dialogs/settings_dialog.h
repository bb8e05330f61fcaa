// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reception/reception.h"
#include "core/referential/referential.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSettings;

namespace passages::ui {

/// QSettings key of the interface language: "" (system), "fr" or "en".
QString languageSetting(const QSettings &settings);
void setLanguageSetting(QSettings &settings, const QString &language);

/// Language (applied at the next start), this desk's site and name, and the optional
/// fields the Cité's desks show. It only collects choices; MainWindow applies them.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const Referential &referential, const DeskIdentity &identity,
                   const QString &language, QWidget *parent = nullptr);

    QString language() const;
    QString site() const;
    QString desk() const;
    DeskFields fields() const;

private:
    QComboBox *m_language = nullptr;
    QComboBox *m_site = nullptr;
    QLineEdit *m_desk = nullptr;
    QCheckBox *m_public = nullptr;
    QCheckBox *m_channel = nullptr;
    QCheckBox *m_firstVisit = nullptr;
    QCheckBox *m_serviceLevel = nullptr;
    QCheckBox *m_orientation = nullptr;
};

} // namespace passages::ui
