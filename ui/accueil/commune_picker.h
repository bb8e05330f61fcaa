// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace passages {
class CommuneIndex;
}

namespace passages::ui {

/// The commune box: type a name prefix or a postal code, pick from the suggestions
/// (the desk's frequent communes first). It holds a commune *code*, never free text:
/// what is typed only searches. Enter or Tab while suggestions show picks the highlighted
/// one (the first when none is), Escape closes them; otherwise Enter and Escape travel on
/// to the form.
class CommunePicker final : public QLineEdit
{
    Q_OBJECT

public:
    explicit CommunePicker(const CommuneIndex &communes, QWidget *parent = nullptr);

    /// The picked commune's code; empty when none is.
    QString code() const { return m_code; }
    void setCode(const QString &code);
    void clearCode();
    /// Text typed but no commune picked from the list.
    bool pending() const;
    bool suggestionsVisible() const;

    void setFrequency(const QHash<QString, int> &frequency) { m_frequency = frequency; }

signals:
    void codeChanged(const QString &code);
    /// A commune was picked: the form moves focus on.
    void advanceRequested();
    void retreatRequested();
    void problem(const QString &message);

protected:
    bool event(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void search(const QString &text);
    void pickRow(int row);
    void showSuggestions();
    void updateLook();

    const CommuneIndex &m_communes;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_model = nullptr;
    QHash<QString, int> m_frequency;
    QString m_code;
};

} // namespace passages::ui
