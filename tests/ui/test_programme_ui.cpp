// SPDX-License-Identifier: GPL-3.0-or-later
// The programme screens driven like a counsellor or an organiser would: keys on whatever
// has focus, dialogs answered through the Prompter, then the database checked via core.
#include "ui_support.h"

#include "core/programme/interviews.h"
#include "core/programme/programme.h"
#include "ui/accueil/choice_group.h"
#include "ui/programme/event_dialogs.h"
#include "ui/programme/event_list_model.h"
#include "ui/programme/interview_widget.h"
#include "ui/programme/programme_widget.h"
#include "ui/programme/tally_counter_dialog.h"

#include <QAbstractItemModelTester>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>

using namespace passages;
using namespace passages::test;

namespace {

/// A one-day forum on the test clock's day, with its session.
struct ForumDay
{
    TempDesk desk;
    Programme programme{*desk.db, desk.referential};
    Event forum;
    QString sessionId;

    ForumDay()
    {
        EventInput input;
        input.title = QStringLiteral("Forum pour l'emploi des femmes");
        input.type = QStringLiteral("forum");
        input.pole = QStringLiteral("emploi");
        Result<Event> created = programme.createEvent(input, desk.clockNow.date(), {});
        REQUIRE(created.ok());
        forum = *created;
        sessionId = programme.sessions(forum.id)->first().id;
    }

    int stored(const QString &counterId) const
    {
        Result<Attendance> a = programme.findAttendance(counterId);
        REQUIRE(a.ok());
        return a->participants;
    }
};

} // namespace

TEST_CASE("the live counter counts from the keyboard and every key is saved", "[ui][programme]")
{
    ForumDay day;
    QString counterId;
    {
        ui::TallyCounterDialog dialog(day.programme, day.sessionId, day.forum.title);
        REQUIRE(dialog.isReady());
        activate(dialog);
        dialog.setFocus();
        auto *number = dialog.findChild<QLabel *>(QStringLiteral("counterNumber"));
        REQUIRE(number != nullptr);
        counterId = dialog.counterId();

        press(Qt::Key_Minus); // nothing below 0
        CHECK(dialog.count() == 0);
        for (int i = 0; i < 3; ++i)
            press(Qt::Key_Plus);
        press(Qt::Key_Space);
        press(Qt::Key_Plus, Qt::KeypadModifier); // the keypad's +
        CHECK(dialog.count() == 5);
        CHECK(day.stored(counterId) == 5); // on disk before the screen showed it
        press(Qt::Key_Minus);
        CHECK(number->text() == QLatin1String("4"));
        CHECK(day.stored(counterId) == 4);

        // The big buttons do the same for the mouse and the finger.
        auto *plus = dialog.findChild<QPushButton *>(QStringLiteral("plusButton"));
        REQUIRE(plus != nullptr);
        QTest::mouseClick(plus, Qt::LeftButton);
        CHECK(day.stored(counterId) == 5);

        press(Qt::Key_Return);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK_FALSE(dialog.isVisible());
    }
    // Reopened (after closing, or a crash), the desk's counter resumes where it was.
    ui::TallyCounterDialog again(day.programme, day.sessionId, day.forum.title);
    CHECK(again.counterId() == counterId);
    CHECK(again.count() == 5);
    CHECK(day.programme.findEvent(day.forum.id)->participants == 5);
}

TEST_CASE("an interview is logged from the keyboard in a few keys", "[ui][programme]")
{
    TempDesk desk;
    ui::InterviewWidget widget(*desk.db, desk.referential, [&] { return desk.clockNow; });
    activate(widget);
    Interviews interviews(*desk.db, desk.referential);
    auto entries = [&] {
        Result<QList<Interview>> all = interviews.entriesOn(desk.clockNow.date());
        REQUIRE(all.ok());
        return *all;
    };
    REQUIRE(focused() == widget.poleGroup());

    press(Qt::Key_5); // droit
    REQUIRE(focused() == widget.themeGroup());
    press(Qt::Key_1); // droit-travail
    REQUIRE(focused() == widget.channelGroup());
    press(Qt::Key_2); // telephone
    REQUIRE(focused() == widget.durationGroup());
    press(Qt::Key_3); // 30 min to 1 h
    REQUIRE(focused() == widget.partnerGroup());
    press(Qt::Key_6); // Barreau de Paris Solidarité
    press(Qt::Key_Return);

    QList<Interview> logged = entries();
    REQUIRE(logged.size() == 1);
    CHECK(logged.at(0).pole == QLatin1String("droit"));
    CHECK(logged.at(0).theme == QLatin1String("droit-travail"));
    CHECK(logged.at(0).channel == QLatin1String("telephone"));
    CHECK(logged.at(0).durationBand == QLatin1String("30-60"));
    CHECK(logged.at(0).partner == QLatin1String("barreau-paris-solidarite"));
    CHECK(widget.banner()->text().contains(QLatin1String("Interview recorded")));
    // Ready for the next one: focus on the pôle, the counsellor's organisation kept.
    REQUIRE(focused() == widget.poleGroup());
    CHECK(widget.poleGroup()->current().isEmpty());
    CHECK(widget.channelGroup()->current() == QLatin1String("sur-place"));
    CHECK(widget.partnerGroup()->current() == QLatin1String("barreau-paris-solidarite"));

    // The shortest interview: a digit and Enter.
    press(Qt::Key_2); // evolution
    press(Qt::Key_Return);
    logged = entries();
    REQUIRE(logged.size() == 2);
    CHECK(logged.at(0).pole == QLatin1String("evolution"));
    CHECK(logged.at(0).channel == QLatin1String("sur-place"));
    CHECK(logged.at(0).partner == QLatin1String("barreau-paris-solidarite"));
    CHECK(widget.findChild<QLabel *>(QStringLiteral("interviewTodayCount"))
              ->text()
              .contains(QLatin1String("2")));

    // Enter without a pôle records nothing and says why.
    press(Qt::Key_Return);
    CHECK(entries().size() == 2);
    CHECK(widget.banner()->text().contains(QString::fromUtf8("pôle")));

    // Escape clears a half-filled form; Ctrl+Z takes back the last interview.
    press(Qt::Key_4);
    press(Qt::Key_Escape);
    CHECK(widget.poleGroup()->current().isEmpty());
    press(Qt::Key_Z, Qt::ControlModifier);
    logged = entries();
    REQUIRE(logged.size() == 1);
    CHECK(logged.at(0).pole == QLatin1String("droit"));

    // After a restart, the counsellor's organisation is still chosen.
    ui::InterviewWidget reopened(*desk.db, desk.referential, [&] { return desk.clockNow; });
    CHECK(reopened.partnerGroup()->current() == QLatin1String("barreau-paris-solidarite"));
    CHECK(reopened.poleGroup()->current().isEmpty());
}

TEST_CASE("the programme screen creates an event, takes attendance and duplicates it",
          "[ui][programme]")
{
    TempDesk desk;
    ScriptedPrompter prompter;
    ui::ProgrammeWidget widget(*desk.db, desk.referential, prompter, [&] { return desk.clockNow; });
    widget.resize(1200, 700);
    activate(widget);
    QAbstractItemModelTester tester(widget.listModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(widget.day() == QDate(2024, 3, 5));

    // New event: a two-day forum from the dialog.
    prompter.onDialog = [](QDialog &dialog) {
        auto *events = qobject_cast<ui::EventDialog *>(&dialog);
        REQUIRE(events != nullptr);
        events->titleEdit()->setText(QStringLiteral("Forum de l'alternance"));
        EventInput input = events->input();
        input.type = QStringLiteral("forum");
        input.pole = QStringLiteral("emploi");
        input.partners = QStringList{QStringLiteral("france-travail")};
        input.title = QStringLiteral("Forum de l'alternance");
        events->setInput(input);
        dialog.findChild<QDateEdit *>(QStringLiteral("firstDateEdit"))->setDate(QDate(2024, 5, 14));
        dialog.findChild<QDateEdit *>(QStringLiteral("lastDateEdit"))->setDate(QDate(2024, 5, 15));
        return int(QDialog::Accepted);
    };
    REQUIRE(widget.newEvent());
    Result<QList<Event>> events = widget.programme().eventsOfYear(2024);
    REQUIRE(events->size() == 1);
    const Event forum = events->first();
    CHECK(forum.type == QLatin1String("forum"));
    CHECK(forum.partners == QStringList{QStringLiteral("france-travail")});
    CHECK(forum.sessions == 2);
    CHECK(widget.day() == QDate(2024, 5, 14));
    REQUIRE(widget.sessionTree()->topLevelItemCount() == 2);
    CHECK(widget.currentEventId() == forum.id);

    // Attendance of the first day, entered afterwards.
    prompter.onDialog = [](QDialog &dialog) {
        dialog.findChild<QSpinBox *>(QStringLiteral("participantsSpin"))->setValue(5800);
        return int(QDialog::Accepted);
    };
    REQUIRE(widget.enterAttendance());
    CHECK(widget.programme().findEvent(forum.id)->participants == 5800);
    CHECK(widget.sessionTree()->topLevelItem(0)->text(1) == QLatin1String("5800"));

    // The week and month views show it.
    widget.selectDay(QDate(2024, 5, 15));
    CHECK(widget.weekDay(1)->count() == 1); // Tuesday 14 May
    CHECK(widget.weekDay(2)->count() == 1); // Wednesday 15 May
    CHECK(widget.weekDay(3)->count() == 0);
    CHECK(widget.monthCalendar()->dateTextFormat(QDate(2024, 5, 14)).fontWeight() == QFont::Bold);
    // The month's days show their sessions' titles, drawn in the cell.
    ui::MonthCalendar *month = widget.monthCalendar();
    CHECK(month->titles(QDate(2024, 5, 14)) == QStringList{forum.title});
    CHECK(month->titles(QDate(2024, 5, 16)).isEmpty());
    month->resize(700, 480);
    const QImage withTitles = month->grab().toImage();
    const QHash<QDate, QStringList> shown{{QDate(2024, 5, 14), month->titles(QDate(2024, 5, 14))},
                                          {QDate(2024, 5, 15), month->titles(QDate(2024, 5, 15))}};
    month->setTitles({});
    CHECK(month->grab().toImage() != withTitles);
    month->setTitles(shown);
    CHECK(month->grab().toImage() == withTitles);
    widget.setView(ui::ProgrammeWidget::View::List);
    CHECK(widget.listModel()->rowCount() == 1);

    // Duplicate for next year; then delete the copy (confirmed).
    widget.selectEvent(forum.id);
    prompter.onDialog = [](QDialog &dialog) {
        dialog.findChild<QDateEdit *>(QStringLiteral("dateEdit"))->setDate(QDate(2025, 5, 13));
        return int(QDialog::Accepted);
    };
    REQUIRE(widget.duplicateEvent());
    Result<QList<Event>> next = widget.programme().eventsOfYear(2025);
    REQUIRE(next->size() == 1);
    CHECK(next->first().first == QDate(2025, 5, 13));
    CHECK(next->first().participants == 0);
    prompter.answers = {true};
    REQUIRE(widget.deleteEvent());
    CHECK(widget.programme().eventsOfYear(2025)->isEmpty());
    CHECK(widget.programme().eventsOfYear(2024)->size() == 1);
}

TEST_CASE("a session is moved to another day and its attendance follows", "[ui][programme]")
{
    TempDesk desk;
    ScriptedPrompter prompter;
    ui::ProgrammeWidget widget(*desk.db, desk.referential, prompter, [&] { return desk.clockNow; });
    widget.resize(1200, 700);
    activate(widget);
    EventInput workshop;
    workshop.title = QStringLiteral("Rédiger un CV efficace");
    workshop.type = QStringLiteral("atelier");
    workshop.pole = QStringLiteral("emploi");
    const Event event = *widget.programme().createEvent(
        workshop, Programme::series(QDate(2024, 3, 5), 2, 7, QTime(14, 0), QTime(16, 0)));
    const QString first = widget.programme().sessions(event.id)->at(0).id;
    REQUIRE(widget.programme().recordAttendance(first, {12, {}, {}}).ok());
    widget.refresh();
    widget.selectEvent(event.id);
    REQUIRE(widget.sessionTree()->topLevelItemCount() == 2);
    auto *button = widget.findChild<QPushButton *>(QStringLiteral("moveSessionButton"));
    REQUIRE(button != nullptr);
    widget.sessionTree()->setCurrentItem(widget.sessionTree()->topLevelItem(0));
    CHECK(button->isEnabled());

    // Thursday instead of Tuesday, in the morning.
    prompter.onDialog = [](QDialog &dialog) {
        auto *move = qobject_cast<ui::SessionDialog *>(&dialog);
        REQUIRE(move != nullptr);
        CHECK(move->dateEdit()->date() == QDate(2024, 3, 5));
        CHECK(move->timedCheck()->isChecked());
        CHECK(move->startEdit()->time() == QTime(14, 0));
        move->dateEdit()->setDate(QDate(2024, 3, 7));
        move->startEdit()->setTime(QTime(9, 30));
        move->endEdit()->setTime(QTime(11, 30));
        return int(QDialog::Accepted);
    };
    REQUIRE(widget.moveSession());
    const EventSession moved = *widget.programme().findSession(first);
    CHECK(moved.date == QDate(2024, 3, 7));
    CHECK(moved.start == QTime(9, 30));
    CHECK(moved.end == QTime(11, 30));
    CHECK(widget.day() == QDate(2024, 3, 7));
    CHECK(widget.programme().attendanceOfSession(first)->at(0).date == QDate(2024, 3, 7));
    CHECK(widget.programme().findEvent(event.id)->participants == 12);

    // Onto the day of the event's other session: refused, said, nothing changed.
    widget.selectEvent(event.id);
    widget.sessionTree()->setCurrentItem(widget.sessionTree()->topLevelItem(0));
    const QString selected = widget.currentSessionId();
    const EventSession other = *widget.programme().findSession(
        selected == first ? widget.programme().sessions(event.id)->at(1).id : first);
    prompter.onDialog = [&other](QDialog &dialog) {
        auto *move = qobject_cast<ui::SessionDialog *>(&dialog);
        move->dateEdit()->setDate(other.date);
        move->timedCheck()->setChecked(other.start.isValid());
        move->startEdit()->setTime(other.start);
        move->endEdit()->setTime(other.end);
        return int(QDialog::Accepted);
    };
    const EventSession before = *widget.programme().findSession(selected);
    CHECK_FALSE(widget.moveSession());
    CHECK(widget.findChild<QLabel *>(QStringLiteral("programmeStatus"))
              ->text()
              .contains(QLatin1String("already has a session")));
    CHECK(widget.programme().findSession(selected)->date == before.date);

    // The dialog itself refuses an end before the start and stays open.
    ui::SessionDialog dialog(widget.programme(), QStringLiteral("test"), moved.toInput());
    dialog.endEdit()->setTime(QTime(8, 0));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.findChild<QLabel *>(QStringLiteral("problem"))->text().isEmpty());
}

// Hidden: `passages_ui_tests "[.screenshot]"` with PASSAGES_SCREENSHOT_DIR=folder writes
// the programme screens as PNG (for the documentation), like the accueil's screenshot.
TEST_CASE("programme screenshots", "[.screenshot]")
{
    const QString folder = screenshotFolder();
    if (folder.isEmpty())
        return;
    const FrenchUi french;
    ForumDay day;
    day.desk.referential.setLanguage(QStringLiteral("fr"));
    EventInput cv;
    cv.title = QStringLiteral("Rédiger un CV efficace");
    cv.type = QStringLiteral("atelier");
    cv.pole = QStringLiteral("emploi");
    cv.location = QStringLiteral("bpi");
    REQUIRE(
        day.programme
            .createEvent(cv, Programme::series(QDate(2024, 3, 1), 4, 7, QTime(14, 0), QTime(16, 0)))
            .ok());
    REQUIRE(day.programme.recordAttendance(day.sessionId, {640, 120, 5}).ok());
    ScriptedPrompter prompter;
    ui::ProgrammeWidget programme(*day.desk.db, day.desk.referential, prompter,
                                  [&] { return day.desk.clockNow; });
    programme.resize(1280, 720);
    activate(programme);
    REQUIRE(programme.grab().save(folder + QStringLiteral("/programme-month.png")));
    programme.setView(ui::ProgrammeWidget::View::Week);
    REQUIRE(programme.grab().save(folder + QStringLiteral("/programme-week.png")));
    programme.setView(ui::ProgrammeWidget::View::List);
    REQUIRE(programme.grab().save(folder + QStringLiteral("/programme-list.png")));
    ui::SessionDialog move(day.programme,
                           QStringLiteral("Séance de « Rédiger un CV efficace » du 1 mars 2024 :"),
                           {QDate(2024, 3, 1), QTime(14, 0), QTime(16, 0)});
    activate(move);
    REQUIRE(move.grab().save(folder + QStringLiteral("/programme-move-session.png")));

    ui::InterviewWidget interviews(*day.desk.db, day.desk.referential,
                                   [&] { return day.desk.clockNow; });
    interviews.resize(1280, 720);
    activate(interviews);
    press(Qt::Key_2);
    press(Qt::Key_3);
    REQUIRE(interviews.grab().save(folder + QStringLiteral("/interviews.png")));

    ui::TallyCounterDialog counter(day.programme, day.sessionId, day.forum.title);
    activate(counter);
    counter.setFocus();
    for (int i = 0; i < 42; ++i)
        press(Qt::Key_Plus);
    REQUIRE(counter.grab().save(folder + QStringLiteral("/tally-counter.png")));
}
