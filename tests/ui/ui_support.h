// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/admin_role.h"
#include "support/test_support.h"
#include "ui/dialogs/prompter.h"
#include "ui/main_window.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QSettings>
#include <QTest>
#include <QTranslator>

#include <functional>
#include <memory>

namespace passages::test {

/// Shows `widget` and waits until it really has the keyboard. (qWaitForWindowActive is
/// not enough: a transient dialog counts as active as soon as its parent is.)
inline void activate(QWidget &widget)
{
    widget.show();
    widget.activateWindow();
    REQUIRE(QTest::qWaitFor([&widget] { return QApplication::activeWindow() == &widget; }));
}

/// Answers the screens' dialogs without blocking: a confirmation takes the next queued
/// answer; a modal dialog is shown (not exec'd) and handed to `onDialog`, which drives
/// it with key events and returns its result.
struct ScriptedPrompter final : ui::Prompter
{
    std::function<int(QDialog &)> onDialog;
    QList<bool> answers;
    QStringList questions;
    QStringList errors;
    int dialogs = 0;

    int exec(QDialog &dialog) override
    {
        ++dialogs;
        if (!onDialog)
            return QDialog::Rejected;
        // Modal as exec() makes it: a modeless child dialog counts as "active" as soon as
        // its parent is, before it really has the keyboard.
        dialog.setWindowModality(Qt::ApplicationModal);
        activate(dialog);
        const int result = onDialog(dialog);
        dialog.hide();
        // As after exec(): the keyboard goes back to the window underneath (a window
        // manager does it; the offscreen platform needs to be told).
        if (QWidget *parent = dialog.parentWidget())
            activate(*parent->window());
        return result;
    }
    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override
    {
        questions << text;
        return answers.isEmpty() ? false : answers.takeFirst();
    }
    void error(QWidget *, const QString &, const QString &text) override { errors << text; }
    void about(QWidget *, const QString &, const QString &text) override { questions << text; }
    QStringList passwords; ///< answers to password(), in order (empty: cancelled)
    QString password(QWidget *, const QString &, const QString &text) override
    {
        questions << text;
        return passwords.isEmpty() ? QString() : passwords.takeFirst();
    }
};

/// Where the hidden screenshot tests save their PNGs (PASSAGES_SCREENSHOT_DIR, created if
/// needed); empty, with a warning, when it is not set.
inline QString screenshotFolder()
{
    const QString folder = qEnvironmentVariable("PASSAGES_SCREENSHOT_DIR");
    if (folder.isEmpty())
        WARN("PASSAGES_SCREENSHOT_DIR is not set: no screenshot saved");
    else
        REQUIRE(QDir().mkpath(folder));
    return folder;
}

/// The French translation, installed while this object lives, for screenshots of what the
/// desks see (build the widgets after it). PASSAGES_SCREENSHOT_QM adds more .qm files
/// (Qt's own qtbase_fr.qm for the standard buttons), separated by ':'.
struct FrenchUi
{
    QList<QTranslator *> translators;

    FrenchUi()
    {
        QStringList files{QStringLiteral(":/i18n/passages_fr.qm")};
        files += qEnvironmentVariable("PASSAGES_SCREENSHOT_QM")
                     .split(QLatin1Char(':'), Qt::SkipEmptyParts);
        for (const QString &file : std::as_const(files)) {
            auto *translator = new QTranslator;
            if (translator->load(file) && QCoreApplication::installTranslator(translator))
                translators << translator;
            else
                delete translator;
        }
        REQUIRE_FALSE(translators.isEmpty());
    }
    ~FrenchUi()
    {
        for (QTranslator *translator : std::as_const(translators)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    FrenchUi(const FrenchUi &) = delete;
    FrenchUi &operator=(const FrenchUi &) = delete;
};

/// The focused widget of the active window: where a keyboard would type.
inline QWidget *focused()
{
    QWidget *w = QApplication::focusWidget();
    REQUIRE(w != nullptr);
    return w;
}

inline void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), Qt::Key(key), modifiers);
}

inline void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

/// A desk window over a temporary desk database, shown and active.
struct DeskWindow
{
    TempDesk desk;
    ScriptedPrompter prompter;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<ui::MainWindow> window;

    explicit DeskWindow(std::function<void(TempDesk &)> prepare = {})
    {
        if (prepare)
            prepare(desk);
        settings = std::make_unique<QSettings>(desk.dir.filePath(QStringLiteral("ui.ini")),
                                               QSettings::IniFormat);
        window = std::make_unique<ui::MainWindow>(*desk.reception, desk.referential, prompter,
                                                  *settings);
        activate(*window);
    }

    /// The Cité's admin password set on this desk and queued as the next answer to a
    /// password prompt: the next guarded action (settings, closures...) goes ahead.
    void answerAdminPassword()
    {
        const QString password = QStringLiteral("ui test admin password");
        const Result<bool> set = admin_password::hasPassword(*desk.db);
        REQUIRE(set.ok());
        if (!*set)
            REQUIRE(admin_password::set(*desk.db, password).ok());
        prompter.passwords << password;
    }

    QList<Passage> today() const
    {
        Result<QList<Passage>> entries = desk.reception->entriesOn(desk.clockNow.date());
        REQUIRE(entries.ok());
        return entries.value();
    }

    template <typename T> T *find(const QString &name) const
    {
        T *child = window->findChild<T *>(name);
        REQUIRE(child != nullptr);
        return child;
    }
};

} // namespace passages::test
