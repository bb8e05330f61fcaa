// SPDX-License-Identifier: GPL-3.0-or-later
// The referential editor (issue 17): the real widgets driven offscreen, and the window's
// Outils › Référentiel… (admin only) saving a new version.
#include "ui_support.h"

#include "core/referential/referential_store.h"
#include "ui/dialogs/referential_editor.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

using namespace passages;
using namespace passages::test;
using Kind = Referential::Kind;

namespace {

template <typename T> T *child(QWidget &parent, const char *name)
{
    auto *widget = parent.findChild<T *>(QLatin1String(name));
    REQUIRE(widget != nullptr);
    return widget;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus(Qt::TabFocusReason);
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

void chooseInto(ui::ReferentialEditor &editor, const QString &code)
{
    auto *into = child<QComboBox>(editor, "intoCombo");
    const int index = into->findData(code);
    REQUIRE(index >= 0);
    into->setCurrentIndex(index);
}

} // namespace

TEST_CASE("the referential editor renames, merges, adds and refuses with the reason",
          "[ui][referential]")
{
    Referential ref = Referential::defaultReferential();
    ref.setLanguage(QStringLiteral("en"));
    ui::ReferentialEditor editor(ref);
    activate(editor);
    auto *save = child<QPushButton>(editor, "saveButton");
    CHECK_FALSE(save->isEnabled()); // nothing changed yet

    // Themes: rename one (its code stays).
    child<QListWidget>(editor, "kindList")->setCurrentRow(int(Kind::Theme));
    REQUIRE(editor.currentKind() == Kind::Theme);
    editor.select(QStringLiteral("evolution-bilan"));
    typeInto(child<QLineEdit>(editor, "labelEdit"), QStringLiteral("Skills review"));
    QTest::mouseClick(child<QPushButton>(editor, "renameButton"), Qt::LeftButton);
    CHECK(editor.edited().label(Kind::Theme, QStringLiteral("evolution-bilan")) ==
          QLatin1String("Skills review"));
    auto *table = child<QTableWidget>(editor, "entryTable");
    CHECK_FALSE(table->findItems(QStringLiteral("Skills review"), Qt::MatchExactly).isEmpty());

    // Merge two themes into a third.
    table->clearSelection();
    editor.select(QStringLiteral("evolution-vae"));
    editor.select(QStringLiteral("evolution-cpf"));
    REQUIRE(editor.selectedCodes().size() == 2);
    chooseInto(editor, QStringLiteral("evolution-formation"));
    QTest::mouseClick(child<QPushButton>(editor, "mergeButton"), Qt::LeftButton);
    CHECK(editor.edited().reportCode(Kind::Theme, QStringLiteral("evolution-cpf")) ==
          QLatin1String("evolution-formation"));
    CHECK(editor.edited().find(Kind::Theme, QStringLiteral("evolution-vae"))->retired);
    CHECK_FALSE(
        table->findItems(QStringLiteral("merged into evolution-formation"), Qt::MatchExactly)
            .isEmpty());

    // Themes merge within one pôle: refused inline, nothing changes.
    table->clearSelection();
    editor.select(QStringLiteral("droit-travail"));
    chooseInto(editor, QStringLiteral("evolution-formation"));
    QTest::mouseClick(child<QPushButton>(editor, "mergeButton"), Qt::LeftButton);
    auto *problem = child<QLabel>(editor, "actionProblem");
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(QStringLiteral("within one pôle")));
    CHECK(editor.edited().reportCode(Kind::Theme, QStringLiteral("droit-travail")) ==
          QLatin1String("droit-travail"));

    // Sites: add one; the same code twice is refused.
    child<QListWidget>(editor, "kindList")->setCurrentRow(int(Kind::Site));
    typeInto(child<QLineEdit>(editor, "codeEdit"), QStringLiteral("montreuil"));
    typeInto(child<QLineEdit>(editor, "labelEdit"), QStringLiteral("Montreuil"));
    QTest::mouseClick(child<QPushButton>(editor, "addButton"), Qt::LeftButton);
    CHECK(editor.edited().contains(Kind::Site, QStringLiteral("montreuil")));
    CHECK_FALSE(problem->isVisible());
    typeInto(child<QLineEdit>(editor, "codeEdit"), QStringLiteral("montreuil"));
    QTest::mouseClick(child<QPushButton>(editor, "addButton"), Qt::LeftButton);
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(QLatin1String("twice")));

    // Pôles: a pale colour is refused; reorder moves.
    child<QListWidget>(editor, "kindList")->setCurrentRow(int(Kind::Pole));
    editor.select(QStringLiteral("emploi"));
    typeInto(child<QLineEdit>(editor, "colorEdit"), QStringLiteral("#ffff80"));
    QTest::mouseClick(child<QPushButton>(editor, "colorButton"), Qt::LeftButton);
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(QLatin1String("contrast")));
    const qsizetype at = [&] {
        const QList<Category> &poles = editor.edited().list(Kind::Pole);
        for (qsizetype i = 0; i < poles.size(); ++i)
            if (poles.at(i).code == QLatin1String("emploi"))
                return i;
        return qsizetype(-1);
    }();
    QTest::mouseClick(child<QPushButton>(editor, "upButton"), Qt::LeftButton);
    CHECK(editor.edited().list(Kind::Pole).at(at - 1).code == QLatin1String("emploi"));

    CHECK(editor.isChanged());
    CHECK(save->isEnabled());
    CHECK_FALSE(child<QLabel>(editor, "referentialProblems")->isVisible());
}

TEST_CASE("Tools › Referential… needs the admin password and saves a new version",
          "[ui][referential][admin]")
{
    DeskWindow w;
    auto *action = w.window->findChild<QAction *>(QStringLiteral("referentialAction"));
    REQUIRE(action != nullptr);
    bool renamed = false;
    w.prompter.onDialog = [&renamed](QDialog &dialog) {
        auto &editor = dynamic_cast<ui::ReferentialEditor &>(dialog);
        editor.showKind(Kind::Channel);
        editor.select(QStringLiteral("mail"));
        QTest::mouseClick(child<QPushButton>(editor, "retireButton"), Qt::LeftButton);
        renamed = editor.edited().find(Kind::Channel, QStringLiteral("mail"))->retired;
        QTest::mouseClick(child<QPushButton>(editor, "saveButton"), Qt::LeftButton);
        return dialog.result();
    };
    REQUIRE(admin_password::set(*w.desk.db, QStringLiteral("the admin's password")).ok());
    action->trigger(); // no password typed: refused
    CHECK(w.prompter.dialogs == 0);

    w.prompter.passwords << QStringLiteral("the admin's password");
    action->trigger();
    REQUIRE(w.prompter.dialogs == 1);
    CHECK(renamed);
    Result<Referential> stored = loadReferential(*w.desk.db);
    REQUIRE(stored.ok());
    CHECK(stored->version() == 2);
    CHECK(stored->find(Kind::Channel, QStringLiteral("mail"))->retired);
    CHECK(w.desk.referential.version() == 2); // the desk works with it at once
}

TEST_CASE("screenshot of the referential editor", "[.screenshot]")
{
    const QString dir = screenshotFolder();
    if (dir.isEmpty())
        return;
    const FrenchUi french;
    Referential ref = Referential::defaultReferential();
    ref.setLanguage(QStringLiteral("fr"));
    REQUIRE(ref.merge(Kind::Theme, {QStringLiteral("evolution-vae")},
                      QStringLiteral("evolution-formation"), QDate(2025, 1, 1))
                .ok());
    ui::ReferentialEditor editor(ref);
    editor.resize(1000, 640);
    activate(editor);
    editor.showKind(Kind::Theme);
    editor.select(QStringLiteral("evolution-cpf"));
    typeInto(child<QLineEdit>(editor, "labelEdit"),
             QStringLiteral("Compte personnel de formation"));
    chooseInto(editor, QStringLiteral("droit-travail"));
    QTest::mouseClick(child<QPushButton>(editor, "mergeButton"), Qt::LeftButton);
    QTest::qWait(50);
    REQUIRE(editor.grab().save(QDir(dir).filePath(QStringLiteral("referential-editor.png"))));
}

TEST_CASE("the referential editor says which partners the desks offer as orientation targets",
          "[ui][referential][orientation-target]")
{
    Referential ref = Referential::defaultReferential();
    ref.setLanguage(QStringLiteral("en"));
    ui::ReferentialEditor editor(ref);
    activate(editor);
    auto *target = child<QPushButton>(editor, "targetButton");
    CHECK_FALSE(target->isVisible()); // pôles: no such flag

    child<QListWidget>(editor, "kindList")->setCurrentRow(int(Kind::Partner));
    REQUIRE(editor.currentKind() == Kind::Partner);
    CHECK(target->isVisible());
    CHECK_FALSE(target->isEnabled()); // nothing selected
    const QString grdr = QStringLiteral("grdr");
    editor.select(grdr);
    REQUIRE(target->isEnabled());
    QTest::mouseClick(target, Qt::LeftButton);
    CHECK(editor.edited().find(Kind::Partner, grdr)->orientationTarget);
    auto offered = [&editor](const QString &code) {
        for (const Category &c : editor.edited().orientationTargets())
            if (c.code == code)
                return true;
        return false;
    };
    CHECK(offered(grdr));
    auto *table = child<QTableWidget>(editor, "entryTable");
    const QList<QTableWidgetItem *> row = table->findItems(grdr, Qt::MatchExactly);
    REQUIRE(row.size() == 1);
    CHECK(table->item(row.first()->row(), 2)->text() == QLatin1String("orientation target"));
    CHECK(child<QPushButton>(editor, "saveButton")->isEnabled());

    // And back.
    table->clearSelection();
    editor.select(grdr);
    QTest::mouseClick(target, Qt::LeftButton);
    CHECK_FALSE(editor.edited().find(Kind::Partner, grdr)->orientationTarget);
    CHECK_FALSE(offered(grdr));
}
