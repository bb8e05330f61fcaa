// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accessible_names.h"

#include <QAccessible>
#include <QApplication>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPointer>

namespace passages::ui {

namespace {

QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    text = text.trimmed();
    while (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text.trimmed();
}

/// Walks `layout` in order; true once `field` is met, `label` then holding the last label
/// with text met before it.
bool labelBefore(QLayout *layout, QWidget *field, QLabel *&label)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (QWidget *w = item->widget()) {
            if (w == field || w->isAncestorOf(field))
                return true;
            if (auto *l = qobject_cast<QLabel *>(w); l && !plain(l->text()).isEmpty())
                label = l;
        } else if (QLayout *inner = item->layout()) {
            if (labelBefore(inner, field, label))
                return true;
        }
    }
    return false;
}

QString currentName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QString derivedName(QWidget *widget)
{
    for (QWidget *holder = widget; holder && !holder->isWindow(); holder = holder->parentWidget()) {
        QWidget *parent = holder->parentWidget();
        if (!parent || !parent->layout())
            continue;
        QLabel *label = nullptr;
        if (labelBefore(parent->layout(), holder, label) && label)
            return plain(label->text());
        break;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(widget); edit && !edit->placeholderText().isEmpty())
        return edit->placeholderText();
    if (!widget->toolTip().isEmpty())
        return plain(widget->toolTip());
    for (QWidget *p = widget->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        if (!p->accessibleName().isEmpty())
            return p->accessibleName();
        if (auto *box = qobject_cast<QGroupBox *>(p); box && !plain(box->title()).isEmpty())
            return plain(box->title());
    }
    return {};
}

class ShowWatcher final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (widget->isWindow())
                nameFromLabels(widget);
        }
        return false;
    }
};

} // namespace

void nameFromLabels(QWidget *root)
{
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || !currentName(widget).isEmpty())
            continue;
        const QString name = derivedName(widget);
        if (!name.isEmpty())
            widget->setAccessibleName(name);
    }
}

void installAccessibleNames()
{
    static QPointer<ShowWatcher> watcher;
    if (watcher)
        return;
    watcher = new ShowWatcher(qApp);
    qApp->installEventFilter(watcher);
}

} // namespace passages::ui
