// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/programme/interviews.h"
#include "core/programme/programme.h"
#include "core/report/calendar.h"
#include "support/test_support.h"
#include "ui/dashboard/charts.h"
#include "ui/dashboard/dashboard_widget.h"
#include "ui/dialogs/prompter.h"
#include "ui_support.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLineSeries>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace passages;

namespace {

/// Answers the file pickers with the next queued path (or cancels).
struct FilePrompter final : ui::Prompter
{
    QStringList paths;
    QStringList errors;
    int dialogs = 0;

    int exec(QDialog &dialog) override
    {
        ++dialogs;
        auto *picker = qobject_cast<QFileDialog *>(&dialog);
        if (!picker || paths.isEmpty())
            return QDialog::Rejected;
        picker->selectFile(paths.takeFirst());
        return QDialog::Accepted;
    }
    void error(QWidget *, const QString &, const QString &text) override { errors << text; }
};

/// A deterministic pseudo-random sequence (the same figures on every machine).
struct Sequence
{
    quint32 state = 12345;
    int next(int bound)
    {
        state = state * 1103515245u + 12345u;
        return int((state >> 16) % quint32(bound));
    }
    template <typename T> const T &pick(const QList<T> &items, const QList<int> &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int roll = next(total);
        for (int i = 0; i < items.size(); ++i) {
            if (roll < weights.at(i))
                return items.at(i);
            roll -= weights.at(i);
        }
        return items.last();
    }
};

/// Walk-ins from 2 January 2023 to `last` on opening days, shaped like a real Cité:
/// busier Tuesday and Thursday, afternoons, autumn; quieter in August. `scale` people
/// per opening day on average. Also interviews and two events.
void fill(test::TempDesk &desk, const QDate &last, int scale)
{
    Sequence random;
    const OpeningCalendar calendar;
    const QStringList poles{QStringLiteral("emploi"),       QStringLiteral("evolution"),
                            QStringLiteral("orientation"),  QStringLiteral("creation"),
                            QStringLiteral("droit"),        QStringLiteral("numerique"),
                            QStringLiteral("documentation")};
    const QList<int> poleWeights{30, 26, 18, 10, 7, 5, 4};
    const QStringList ages{QStringLiteral("16-25"), QStringLiteral("26-44"),
                           QStringLiteral("45-54"), QStringLiteral("55-plus"),
                           QStringLiteral("0-15"),  QStringLiteral("nr")};
    const QList<int> ageWeights{30, 38, 16, 9, 3, 4};
    const QStringList communes{
        QStringLiteral("75119"), QStringLiteral("75120"),    QStringLiteral("75118"),
        QStringLiteral("93066"), QStringLiteral("93008"),    QStringLiteral("94022"),
        QStringLiteral("93048"), QStringLiteral("75111"),    QStringLiteral("92050"),
        QStringLiteral("95018"), QStringLiteral("etranger"), QStringLiteral("nr")};
    const QList<int> communeWeights{18, 14, 9, 8, 6, 3, 6, 7, 4, 3, 3, 6};
    const QStringList publics{QStringLiteral("demandeur-emploi"), QStringLiteral("salarie"),
                              QStringLiteral("scolaire-etudiant"), QStringLiteral("independant"),
                              QStringLiteral("nr")};
    const QList<int> publicWeights{45, 22, 18, 5, 10};
    const QStringList channels{QStringLiteral("sur-place"), QStringLiteral("telephone"),
                               QStringLiteral("visio")};
    const QList<int> channelWeights{86, 10, 4};
    const QList<int> hours{10, 11, 12, 13, 14, 15, 16, 17};
    const QList<int> hourWeights{9, 13, 8, 9, 17, 18, 15, 8};
    const double month[] = {1.0, 1.05, 1.1, 1.0, 0.95, 0.9, 0.7, 0.35, 1.2, 1.25, 1.15, 0.85};
    const double weekday[] = {0, 0.85, 1.15, 1.0, 1.1, 0.9, 0, 0};

    QList<PassageInput> inputs;
    for (QDate day(2023, 1, 2); day <= last; day = day.addDays(1)) {
        if (!calendar.isOpen(day))
            continue;
        const double growth = day.year() == 2024 ? 1.12 : 1.0;
        const int people = int(scale * month[day.month() - 1] * weekday[day.dayOfWeek()] * growth) +
                           random.next(std::max(1, scale / 5));
        for (int i = 0; i < people; ++i) {
            PassageInput in;
            in.pole = random.pick(poles, poleWeights);
            const QList<Category> themes = desk.referential.themesOf(in.pole);
            if (!themes.isEmpty() && random.next(10) < 7)
                in.theme = themes.at(random.next(int(themes.size()))).code;
            in.ageBand = random.pick(ages, ageWeights);
            in.commune = random.pick(communes, communeWeights);
            in.publicCode = random.pick(publics, publicWeights);
            in.channel = random.pick(channels, channelWeights);
            in.count = random.next(40) == 0 ? 2 + random.next(4) : 1;
            in.at = QDateTime(day, QTime(random.pick(hours, hourWeights), random.next(60)));
            inputs << in;
        }
    }
    Result<int> logged = desk.reception->logAll(inputs);
    INFO((logged.ok() ? QString() : logged.error().message).toStdString());
    REQUIRE(logged.ok());

    Interviews interviews(*desk.db, desk.referential);
    for (int i = 0; i < 60; ++i) {
        InterviewInput in;
        in.pole = poles.at(1 + i % 4);
        in.at = QDateTime(QDate(2024, 1 + i % 10, 3 + i % 20), QTime(11, 0));
        REQUIRE(interviews.log(in).ok());
        if (i % 2 == 0) {
            in.at = QDateTime(QDate(2023, 1 + i % 10, 3 + i % 20), QTime(11, 0));
            REQUIRE(interviews.log(in).ok());
        }
    }
    Programme programme(*desk.db, desk.referential);
    EventInput forum;
    forum.title = QStringLiteral("Forum de l'alternance");
    forum.type = QStringLiteral("forum");
    Result<Event> event = programme.createEvent(forum, QDate(2024, 5, 14), QDate(2024, 5, 15));
    REQUIRE(event.ok());
    const Result<QList<EventSession>> sessions = programme.sessions(event->id);
    REQUIRE(sessions.ok());
    for (const EventSession &s : *sessions)
        REQUIRE(programme.recordAttendance(s.id, {4000, {}, {}}).ok());
}

struct Dashboard
{
    test::TempDesk desk;
    FilePrompter prompter;
    std::unique_ptr<ui::DashboardWidget> widget;

    explicit Dashboard(int scale = 6)
    {
        desk.referential.setLanguage(QStringLiteral("fr"));
        desk.clockNow = QDateTime(QDate(2024, 11, 19), QTime(15, 30));
        fill(desk, desk.clockNow.date(), scale);
        widget = std::make_unique<ui::DashboardWidget>(*desk.db, desk.referential, test::communes(),
                                                       prompter, [this] { return desk.clockNow; });
        widget->resize(1280, 860);
        widget->show();
        load();
    }

    void load()
    {
        QSignalSpy spy(widget.get(), &ui::DashboardWidget::loaded);
        widget->reload();
        REQUIRE(spy.wait(60000));
        REQUIRE(widget->figures().has_value());
    }

    QString file(const QString &name) const { return desk.dir.filePath(name); }
};

/// Enough distinct colours that something was drawn, not a blank or a single fill.
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

TEST_CASE("the dashboard draws every view offscreen from core's figures", "[ui][dashboard]")
{
    Dashboard d;
    const DashboardFigures &f = *d.widget->figures();
    CHECK(f.days.buckets.size() == 30);
    CHECK(f.today.total > 0);
    REQUIRE(f.bilan.has_value());

    for (int v = ui::DashboardWidget::Today; v <= ui::DashboardWidget::Months; ++v) {
        QChartView *view = d.widget->chartView(ui::DashboardWidget::View(v));
        REQUIRE(view);
        REQUIRE(view->chart());
        CHECK_FALSE(view->chart()->series().isEmpty());
        d.widget->views()->setCurrentIndex(v);
        const QImage image = view->grab().toImage();
        CHECK(image.width() >= 420);
        CHECK(colourCount(image) > 20);
    }
    // Pôle colours come from the referential.
    QChart *days = d.widget->chartView(ui::DashboardWidget::Days)->chart();
    const auto *bars = qobject_cast<QAbstractBarSeries *>(days->series().constFirst());
    REQUIRE(bars);
    CHECK(bars->barSets().at(0)->color() == QColor(QStringLiteral("#1f77b4")));
    // Closed days are a series of their own, not zeros.
    CHECK(bars->barSets().last()->label().contains(QLatin1String("Closed")));

    d.widget->views()->setCurrentIndex(ui::DashboardWidget::Hours);
    CHECK(colourCount(d.widget->heatMapWidget()->grab().toImage()) > 20);
    d.widget->views()->setCurrentIndex(ui::DashboardWidget::Breakdowns);
    d.widget->views()->setCurrentIndex(ui::DashboardWidget::BilanView);
    const QList<QChartView *> all = d.widget->allChartViews();
    CHECK(all.size() == 8);
    for (QChartView *view : all) {
        REQUIRE(view->chart());
        CHECK(colourCount(view->grab().toImage()) > 10);
    }
}

TEST_CASE("the month under way is drawn against the same days of last year", "[ui][dashboard]")
{
    Dashboard d; // today is 19 November 2024
    const DashboardFigures &f = *d.widget->figures();
    const int november = 10;
    REQUIRE(f.months.buckets.at(november).partial);
    const qint64 sameDays = f.previousMonthsSameDays.buckets.at(november).total;
    REQUIRE(sameDays < f.previousMonths.buckets.at(november).total);
    QChart *months = d.widget->chartView(ui::DashboardWidget::Months)->chart();
    QLineSeries *line = nullptr;
    for (QAbstractSeries *series : months->series())
        if (auto *l = qobject_cast<QLineSeries *>(series))
            line = l;
    REQUIRE(line);
    CHECK(line->at(november).y() == double(sameDays));
    CHECK(line->at(november - 1).y() == double(f.previousMonths.buckets.at(november - 1).total));
    const auto axes = months->axes(Qt::Horizontal);
    REQUIRE(axes.size() == 1);
    const auto *x = qobject_cast<QBarCategoryAxis *>(axes.constFirst());
    REQUIRE(x);
    CHECK(x->at(november).endsWith(QLatin1String("19)")));
    CHECK_FALSE(x->at(november - 1).contains(QLatin1Char('(')));
}

TEST_CASE("switching views keeps the filters, and the filters reach core", "[ui][dashboard]")
{
    Dashboard d(3);
    const qint64 all = d.widget->figures()->periodTotal;
    d.widget->setFilterCodes({}, {}, QStringLiteral("emploi"), {});
    d.widget->views()->setCurrentIndex(ui::DashboardWidget::Weeks);
    d.widget->views()->setCurrentIndex(ui::DashboardWidget::Breakdowns);
    CHECK(d.widget->request().filter.pole == QLatin1String("emploi"));
    d.load();
    const qint64 emploi = d.widget->figures()->periodTotal;
    CHECK(emploi > 0);
    CHECK(emploi < all);
    CHECK(d.widget->figures()->days.poles.size() == 1);
    CHECK(d.widget->views()->currentIndex() == ui::DashboardWidget::Breakdowns);

    d.widget->setPeriod(QDate(2024, 4, 1), QDate(2024, 4, 7));
    d.widget->setFilterCodes({}, {}, {}, {});
    d.load();
    const DashboardFigures &f = *d.widget->figures();
    CHECK(f.days.buckets.size() == 7);
    CHECK(f.days.buckets.at(0).isClosed()); // Easter Monday
    CHECK(f.days.buckets.at(5).isClosed()); // Saturday
    CHECK(f.periodOpenDays == 4);
}

TEST_CASE("the dashboard is reachable from the keyboard", "[ui][dashboard]")
{
    Dashboard d(2);
    test::TempDesk &desk = d.desk;
    Q_UNUSED(desk);
    d.widget->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(d.widget.get()));
    // Ctrl+Tab moves between views (their Alt letters went to the filters and exports:
    // a letter reaches one thing only).
    d.widget->views()->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    CHECK(d.widget->views()->currentIndex() == ui::DashboardWidget::Months);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    CHECK(d.widget->views()->currentIndex() == ui::DashboardWidget::Hours);
    // Every control takes the keyboard focus in turn.
    QSet<QWidget *> reached;
    d.widget->views()->setFocus();
    for (int i = 0; i < 40; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached.insert(QApplication::focusWidget());
    }
    CHECK(reached.size() >= 12);
}

TEST_CASE("dashboard exports: CSV for Excel, plain CSV, PNG, and a multi-page PDF",
          "[ui][dashboard]")
{
    Dashboard d;
    const Bilan &bilan = *d.widget->figures()->bilan;

    // CSV for French Excel, from the breakdowns view.
    d.widget->views()->setCurrentIndex(ui::DashboardWidget::Breakdowns);
    d.prompter.paths << d.file(QStringLiteral("breakdowns.csv"));
    d.widget->exportCsv(true);
    QFile excel(d.file(QStringLiteral("breakdowns.csv")));
    REQUIRE(excel.open(QIODevice::ReadOnly));
    const QByteArray excelData = excel.readAll();
    CHECK(excelData.startsWith("\xEF\xBB\xBF"));
    // Titled as on screen, not by an internal key ("age-band").
    CHECK(excelData.contains("Age bands\r\nCode;Label;"));

    // The workbook is offered first, and writes a real .xlsx (a zip) of the bilan.
    QList<QPushButton *> buttons = d.widget->findChildren<QPushButton *>();
    const auto xlsxButton = std::find_if(buttons.begin(), buttons.end(), [](QPushButton *b) {
        return b->text().contains(QLatin1String(".xlsx"));
    });
    REQUIRE(xlsxButton != buttons.end());
    const auto excelButton = std::find_if(buttons.begin(), buttons.end(), [](QPushButton *b) {
        return b->text().contains(QLatin1String("Excel-rea"));
    });
    REQUIRE(excelButton != buttons.end());
    CHECK(xlsxButton < excelButton); // created, and laid out, first
    d.widget->views()->setCurrentIndex(ui::DashboardWidget::BilanView);
    d.prompter.paths << d.file(QStringLiteral("bilan.xlsx"));
    (*xlsxButton)->click();
    CHECK(d.prompter.errors.isEmpty());
    QFile workbook(d.file(QStringLiteral("bilan.xlsx")));
    REQUIRE(workbook.open(QIODevice::ReadOnly));
    CHECK(workbook.read(2) == "PK");
    d.widget->views()->setCurrentIndex(ui::DashboardWidget::Breakdowns);

    // Plain CSV of the bilan, with small cells protected.
    d.widget->views()->setCurrentIndex(ui::DashboardWidget::BilanView);
    d.widget->setSmallCells(true, 5);
    d.prompter.paths << d.file(QStringLiteral("bilan.csv"));
    d.widget->exportCsv(false);
    QFile plain(d.file(QStringLiteral("bilan.csv")));
    REQUIRE(plain.open(QIODevice::ReadOnly));
    const QByteArray plainData = plain.readAll();
    CHECK_FALSE(plainData.startsWith("\xEF\xBB\xBF"));
    const BilanTable *contacts = bilan.table(QStringLiteral("contacts-pole"));
    REQUIRE(contacts);
    CHECK(plainData.contains(("," + QString::number(contacts->total) + ",").toUtf8()));

    // PNG of the months chart.
    d.widget->views()->setCurrentIndex(ui::DashboardWidget::Months);
    d.prompter.paths << d.file(QStringLiteral("months.png"));
    d.widget->exportPng();
    QImage png(d.file(QStringLiteral("months.png")));
    CHECK(png.width() >= 840);
    CHECK(colourCount(png) > 20);

    // A cancelled picker writes nothing.
    d.widget->exportPdf();
    CHECK_FALSE(QFile::exists(d.file(QStringLiteral("bilan-2024.pdf"))));

    // The PDF annual report.
    d.widget->setSmallCells(false);
    d.prompter.paths << d.file(QStringLiteral("bilan-2024.pdf"));
    d.widget->exportPdf();
    CHECK(d.prompter.errors.isEmpty());
    QFile pdf(d.file(QStringLiteral("bilan-2024.pdf")));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    const QByteArray pdfData = pdf.readAll();
    CHECK(pdfData.startsWith("%PDF-"));
    CHECK(pdfData.trimmed().endsWith("%%EOF"));
    int pages = 0;
    QRegularExpressionMatchIterator page = QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))
                                               .globalMatch(QString::fromLatin1(pdfData));
    while (page.hasNext()) {
        page.next();
        ++pages;
    }
    CHECK(pages >= 4); // title page, key figures, tables and charts

    // The text, through pdftotext (poppler-utils) when it is installed.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        WARN("pdftotext not found (package poppler-utils): the PDF's text is not checked");
        return;
    }
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), pdf.fileName(), QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    // French digit grouping is a narrow no-break space; compare with plain spaces.
    auto plainSpaces = [](QString t) {
        return t.replace(QChar(0x202f), QLatin1Char(' ')).replace(QChar(0xa0), QLatin1Char(' '));
    };
    const QString text = plainSpaces(QString::fromUtf8(process.readAllStandardOutput()));
    CHECK(text.count(QLatin1Char('\f')) >= 3); // a form feed per page: several pages
    CHECK(text.contains(QStringLiteral("Cité des métiers de Paris la Villette")));
    CHECK(text.contains(QStringLiteral("2024")));
    CHECK(text.contains(QStringLiteral("Page 1 / ")));
    const QLocale locale;
    INFO(text.left(3000).toStdString());
    CHECK(text.contains(plainSpaces(locale.toString(contacts->total))));
    for (const BilanLine &line : contacts->lines)
        if (line.count > 0)
            CHECK(text.contains(plainSpaces(locale.toString(line.count))));
    CHECK(text.contains(QStringLiteral("Forum de l'alternance")));
    CHECK(text.contains(QStringLiteral("8 000")));
}

// Screenshots for the README, in French:
//   PASSAGES_SCREENSHOT_DIR=docs/screenshots passages_ui_tests "[.screenshots]"
TEST_CASE("dashboard screenshots", "[.screenshots]")
{
    const QString folder = test::screenshotFolder();
    if (folder.isEmpty())
        return;
    const test::FrenchUi french;
    Dashboard d(45);
    d.widget->resize(1360, 900);
    d.widget->views()->setCurrentIndex(ui::DashboardWidget::Days);
    QTest::qWait(100);
    CHECK(
        d.widget->grab().save(QDir(folder).filePath(QStringLiteral("dashboard-coordinator.png"))));
    d.widget->views()->setCurrentIndex(ui::DashboardWidget::Hours);
    QTest::qWait(100);
    CHECK(d.widget->grab().save(QDir(folder).filePath(QStringLiteral("dashboard-hours.png"))));
    d.widget->views()->setCurrentIndex(ui::DashboardWidget::Breakdowns);
    QTest::qWait(100);
    CHECK(d.widget->grab().save(QDir(folder).filePath(QStringLiteral("dashboard-breakdowns.png"))));
    d.widget->views()->setCurrentIndex(ui::DashboardWidget::BilanView);
    QTest::qWait(100);
    CHECK(d.widget->grab().save(QDir(folder).filePath(QStringLiteral("dashboard-direction.png"))));
    d.widget->views()->setCurrentIndex(ui::DashboardWidget::Months);
    QTest::qWait(100);
    CHECK(d.widget->grab().save(QDir(folder).filePath(QStringLiteral("dashboard-months.png"))));
    d.prompter.paths << QDir(folder).filePath(QStringLiteral("dashboard-bilan-sample.pdf"));
    d.widget->exportPdf();
}

TEST_CASE("the bilan, its PDF and its exports can be shown in a reporting mapping's categories",
          "[ui][dashboard][mapping]")
{
    Dashboard d(1);
    d.widget->views()->setCurrentIndex(ui::DashboardWidget::BilanView);
    auto *combo = d.widget->findChild<QComboBox *>(QStringLiteral("bilanMapping"));
    REQUIRE(combo != nullptr);
    // The Cité's own categories first, then each mapping of the referential.
    REQUIRE(combo->count() == 1 + d.desk.referential.mappings().size());
    CHECK(combo->itemData(0).toString().isEmpty());
    const Referential::Mapping *spro = d.desk.referential.mapping(QStringLiteral("region-spro"));
    REQUIRE(spro != nullptr);

    const std::optional<Bilan> own = d.widget->shownBilan();
    REQUIRE(own.has_value());
    const BilanTable *ownPoles = own->table(QStringLiteral("contacts-pole"));
    REQUIRE(ownPoles != nullptr);
    CHECK(d.desk.referential.contains(Referential::Kind::Pole, ownPoles->lines.first().code));

    // Chosen in the combo, as a user does: the tables follow at once, no recomputation.
    combo->setCurrentIndex(combo->findData(QStringLiteral("region-spro")));
    const std::optional<Bilan> mapped = d.widget->shownBilan();
    REQUIRE(mapped.has_value());
    const BilanTable *poles = mapped->table(QStringLiteral("contacts-pole"));
    REQUIRE(poles != nullptr);
    QSet<QString> categories;
    for (const Category &c : spro->categories)
        categories.insert(c.code);
    categories.insert(QLatin1String(Referential::kUnmappedCategory));
    for (const BilanLine &line : poles->lines) {
        CAPTURE(line.code.toStdString());
        CHECK(categories.contains(line.code));
    }
    CHECK(poles->total == ownPoles->total); // the same walk-ins, grouped differently
    CHECK(poles->previousTotal == ownPoles->previousTotal);

    // The CSV and the PDF are written in those categories.
    d.prompter.paths << d.file(QStringLiteral("bilan-spro.csv"));
    d.widget->exportCsv(false);
    QFile csv(d.file(QStringLiteral("bilan-spro.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    const QString firstCategory = d.desk.referential.mappedLabel(*spro, poles->lines.first().code);
    CHECK(text.contains(firstCategory));
    d.prompter.paths << d.file(QStringLiteral("bilan-spro.pdf"));
    d.widget->exportPdf();
    CHECK(QFileInfo(d.file(QStringLiteral("bilan-spro.pdf"))).size() > 1000);
    CHECK(d.prompter.errors.isEmpty());

    // Back to the Cité's own categories; an unknown name changes nothing.
    CHECK(d.widget->setBilanMapping(QString()));
    CHECK_FALSE(d.widget->setBilanMapping(QStringLiteral("no-such-mapping")));
    CHECK(d.widget->shownBilan()->table(QStringLiteral("contacts-pole"))->lines.size() ==
          ownPoles->lines.size());
}
