// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/dashboard_widget.h"

#include "core/referential/commune_index.h"
#include "core/referential/referential.h"
#include "core/report/calendar.h"
#include "core/report/workbooks.h"
#include "core/storage/database.h"
#include "ui/accessible_names.h"
#include "ui/async_task.h"
#include "ui/dashboard/bilan_page.h"
#include "ui/dashboard/breakdowns_page.h"
#include "ui/dashboard/charts.h"
#include "ui/dashboard/figure_table_model.h"
#include "ui/dashboard/report_document.h"
#include "ui/dialogs/prompter.h"
#include "ui/elided_label.h"
#include "ui/style.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace passages::ui {

struct DashboardWidget::Loaded
{
    int generation = 0;
    std::optional<DashboardFigures> figures;
    QList<QPair<QString, QString>> desks;
    QStringList cites;
    QString error;
};

DashboardWidget::DashboardWidget(const Database &db, const Referential &referential,
                                 const CommuneIndex &communes, Prompter &prompter, Clock clock,
                                 QWidget *parent)
    : DashboardWidget(std::make_shared<SqliteDashboardSource>(db.path()), referential, communes,
                      prompter, std::move(clock), parent)
{}

DashboardWidget::DashboardWidget(std::shared_ptr<const DashboardSource> source,
                                 const Referential &referential, const CommuneIndex &communes,
                                 Prompter &prompter, Clock clock, QWidget *parent)
    : QWidget(parent), m_source(std::move(source)), m_referential(referential),
      m_communes(communes), m_prompter(prompter), m_clock(std::move(clock))
{
    buildUi();
    const QDate today = (m_clock ? m_clock() : QDateTime::currentDateTime()).date();
    const DashboardRequest standard = DashboardRequest::standard(today);
    setPeriod(standard.filter.from, standard.filter.to);
    m_year->setValue(today.year());
}

DashboardWidget::~DashboardWidget()
{
    // Closing moves the focus out of the date and year fields, whose editingFinished
    // would reload a half-destroyed dashboard.
    for (QObject *field : std::initializer_list<QObject *>{m_from, m_to, m_year, m_cite, m_site,
                                                           m_desk, m_pole, m_channel})
        disconnect(field, nullptr, this, nullptr);
    // The worker reads `m_communes`: it ends before we do.
    m_task.waitForFinished();
}

void DashboardWidget::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setSpacing(8);
    layout->addWidget(buildFilters());

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    layout->addWidget(m_summary);

    m_views = new QTabWidget(this);
    m_views->setDocumentMode(true);
    m_views->setAccessibleName(tr("Views"));
    for (int v = Today; v <= Months; ++v)
        m_charts[v] = makeChartView();
    // No Alt letters on the views: the filters, exports and menus use up the alphabet
    // (a letter must reach one thing only); Ctrl+Tab and Ctrl+PgDown go through them.
    m_views->addTab(m_charts[Today], tr("Today"));
    m_views->addTab(m_charts[Days], tr("Days"));
    m_views->addTab(m_charts[Weeks], tr("Weeks"));
    m_views->addTab(m_charts[Months], tr("Months"));
    m_heatMap = new HeatMapWidget(this);
    auto *savePngAction = new QAction(tr("Save as PNG…"), m_heatMap);
    connect(savePngAction, &QAction::triggered, this, [this] { savePng(m_heatMap); });
    m_heatMap->addAction(savePngAction);
    m_heatMap->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_views->addTab(m_heatMap, tr("Hours"));
    const auto chartView = [this] {
        return makeChartView();
    };
    m_breakdowns = new BreakdownsPage(chartView, this);
    m_views->addTab(m_breakdowns, tr("Breakdowns"));
    m_bilan = new BilanPage(m_referential, chartView, this);
    m_year = m_bilan->yearBox();
    connect(m_bilan, &BilanPage::yearChosen, this, &DashboardWidget::reload);
    m_views->addTab(m_bilan, tr("Bilan"));
    layout->addWidget(m_views, 1);

    auto *exports = new QHBoxLayout;
    m_status = new ElidedLabel(this); // "Saved /a/long/path.pdf" must not widen the window
    m_status->setStyleSheet(QStringLiteral("color: %1").arg(colors::muted.name()));
    exports->addWidget(m_status, 1);
    m_protect = new QCheckBox(tr("Protect small &counts in exports, below"), this);
    m_protect->setToolTip(tr("For figures published outside the Cité: counts below the "
                             "threshold are written \"s\", as a small count can point at a "
                             "person; so is the smallest other cell of a line or column where "
                             "a total would give a hidden count back."));
    m_threshold = new QSpinBox(this);
    m_threshold->setRange(2, 50);
    m_threshold->setValue(5);
    m_threshold->setAccessibleName(tr("Small count threshold"));
    exports->addWidget(m_protect);
    exports->addWidget(m_threshold);
    // The workbook first: typed cells (codes as text, dates as dates) and charts.
    auto *xlsx = new QPushButton(tr("E&xcel workbook (.xlsx)…"), this);
    xlsx->setToolTip(tr("Opens in Excel and LibreOffice with codes, numbers and dates right; "
                        "the bilan with a chart beside each table."));
    connect(xlsx, &QPushButton::clicked, this, &DashboardWidget::exportXlsx);
    auto *excel = new QPushButton(tr("Excel-rea&dy CSV…"), this);
    auto *csv = new QPushButton(tr("Pla&in CSV…"), this);
    auto *png = new QPushButton(tr("Chart as P&NG…"), this);
    auto *pdf = new QPushButton(tr("&PDF report…"), this);
    auto *printButton = new QPushButton(tr("P&rint…"), this);
    excel->setToolTip(tr("Semicolons and a UTF-8 mark: opens as columns in French Excel."));
    pdf->setToolTip(
        tr("The bilan of the chosen year: title page, key figures, tables and charts."));
    connect(excel, &QPushButton::clicked, this, [this] { exportCsv(true); });
    connect(csv, &QPushButton::clicked, this, [this] { exportCsv(false); });
    connect(png, &QPushButton::clicked, this, &DashboardWidget::exportPng);
    connect(pdf, &QPushButton::clicked, this, &DashboardWidget::exportPdf);
    connect(printButton, &QPushButton::clicked, this, &DashboardWidget::print);
    for (QPushButton *b : {xlsx, excel, csv, png, pdf, printButton})
        exports->addWidget(b);
    layout->addLayout(exports);

    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, this, &DashboardWidget::reload);

    // "Today" is live: while it is on screen, the figures follow the desks every minute.
    auto *live = new QTimer(this);
    live->setInterval(60 * 1000);
    connect(live, &QTimer::timeout, this, [this] {
        if (isVisible() && m_views->currentIndex() == Today && !m_loading)
            reload();
    });
    live->start();
}

QWidget *DashboardWidget::buildFilters()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto labelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, box);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
    };
    m_from = new QDateEdit(box);
    m_to = new QDateEdit(box);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    labelled(tr("Fro&m"), m_from);
    labelled(tr("t&o"), m_to);

    // The network database: a Cité, or the whole network.
    m_cite = new QComboBox(box);
    m_cite->setObjectName(QStringLiteral("dashboardCite"));
    m_cite->addItem(tr("All Cités"), QString());
    m_cite->setMinimumContentsLength(10);
    if (m_source->hasCites())
        labelled(tr("C&ité"), m_cite);
    else
        m_cite->hide();

    m_site = new QComboBox(box);
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_site->setMinimumContentsLength(14);
    m_site->addItem(tr("All sites"), QString());
    for (const Category &site : m_referential.list(Referential::Kind::Site))
        m_site->addItem(m_referential.label(Referential::Kind::Site, site.code), site.code);
    labelled(tr("&Site"), m_site);

    m_desk = new QComboBox(box);
    m_desk->addItem(tr("All desks"), QString());
    m_desk->setMinimumContentsLength(10);
    labelled(tr("Des&k"), m_desk);

    m_pole = new QComboBox(box);
    m_pole->addItem(tr("All pôles"), QString());
    for (const Category &pole : m_referential.list(Referential::Kind::Pole))
        m_pole->addItem(m_referential.label(Referential::Kind::Pole, pole.code), pole.code);
    m_pole->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_pole->setMinimumContentsLength(16);
    labelled(tr("Pô&le"), m_pole);

    m_channel = new QComboBox(box);
    m_channel->addItem(tr("All channels"), QString());
    for (const Category &channel : m_referential.list(Referential::Kind::Channel))
        m_channel->addItem(m_referential.label(Referential::Kind::Channel, channel.code),
                           channel.code);
    labelled(tr("Ch&annel"), m_channel);

    m_refresh = new QPushButton(tr("Refresh"), box);
    m_refresh->setToolTip(tr("Recompute every figure (F5)"));
    row->addWidget(m_refresh);
    row->addStretch(1);
    connect(m_refresh, &QPushButton::clicked, this, &DashboardWidget::reload);
    // Filters apply at once and stay when switching views.
    for (QComboBox *combo : {m_cite, m_site, m_desk, m_pole, m_channel})
        connect(combo, &QComboBox::activated, this, &DashboardWidget::reload);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::editingFinished, this, &DashboardWidget::reload);
    return box;
}

QChartView *DashboardWidget::makeChartView()
{
    auto *view = new QChartView(this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFocusPolicy(Qt::StrongFocus);
    view->setMinimumSize(420, 260);
    auto *save = new QAction(tr("Save as PNG…"), view);
    connect(save, &QAction::triggered, this, [this, view] { savePng(view); });
    view->addAction(save);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    return view;
}

QChartView *DashboardWidget::chartView(View view) const
{
    if (view >= Today && view <= Months)
        return m_charts[view];
    if (view == BilanView)
        return m_bilan->monthsChart();
    return nullptr;
}

QList<QChartView *> DashboardWidget::allChartViews() const
{
    QList<QChartView *> views{m_charts[Today], m_charts[Days], m_charts[Weeks], m_charts[Months]};
    views << m_breakdowns->charts() << m_bilan->monthsChart() << m_bilan->polesChart();
    return views;
}

DashboardRequest DashboardWidget::request() const
{
    const QDate today = (m_clock ? m_clock() : QDateTime::currentDateTime()).date();
    DashboardRequest r = DashboardRequest::standard(today);
    r.filter.from = std::min(m_from->date(), m_to->date());
    r.filter.to = std::max(m_from->date(), m_to->date());
    r.filter.site = m_site->currentData().toString();
    r.filter.desk = m_desk->currentData().toString();
    r.filter.pole = m_pole->currentData().toString();
    r.filter.channel = m_channel->currentData().toString();
    r.bilanYear = m_year->value();
    r.cite = m_cite->currentData().toString();
    return r;
}

void DashboardWidget::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void DashboardWidget::setFilterCodes(const QString &site, const QString &desk, const QString &pole,
                                     const QString &channel)
{
    auto select = [](QComboBox *combo, const QString &code) {
        int index = combo->findData(code);
        if (index < 0 && !code.isEmpty()) {
            combo->addItem(code, code);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(0, index));
    };
    select(m_site, site);
    select(m_desk, desk);
    select(m_pole, pole);
    select(m_channel, channel);
}

void DashboardWidget::setCite(const QString &cite)
{
    int index = m_cite->findData(cite);
    if (index < 0 && !cite.isEmpty()) {
        m_cite->addItem(cite, cite);
        index = m_cite->count() - 1;
    }
    m_cite->setCurrentIndex(std::max(0, index));
}

void DashboardWidget::setSource(std::shared_ptr<const DashboardSource> source)
{
    m_source = std::move(source);
    m_figures.reset();
}

void DashboardWidget::setBilanYear(int year)
{
    m_year->setValue(year);
}

bool DashboardWidget::setBilanMapping(const QString &name)
{
    return m_bilan->setMappingName(name);
}

std::optional<Bilan> DashboardWidget::shownBilan() const
{
    return m_bilan->shown();
}

SmallCellPolicy DashboardWidget::smallCells() const
{
    SmallCellPolicy policy;
    policy.enabled = m_protect->isChecked();
    policy.threshold = m_threshold->value();
    return policy;
}

void DashboardWidget::setSmallCells(bool enabled, int threshold)
{
    m_protect->setChecked(enabled);
    m_threshold->setValue(threshold);
}

void DashboardWidget::reload()
{
    if (m_loading) {
        // One more pass when this one ends, with the filters as they will be then.
        m_reloadQueued = true;
        return;
    }
    m_loading = true;
    m_status->setText(tr("Computing the figures…"));
    const int generation = ++m_generation;
    const DashboardRequest req = request();
    const std::shared_ptr<const DashboardSource> source = m_source;
    const Referential referential = m_referential; // the worker's own copy
    const CommuneIndex *communes = &m_communes;
    m_task = runThenCallback(
        this,
        [generation, req, source, referential, communes] {
            Loaded loaded;
            loaded.generation = generation;
            if (Result<DashboardLoad> load = source->load(req, referential, *communes); load) {
                loaded.figures = std::move(load->figures);
                loaded.desks = std::move(load->desks);
                loaded.cites = std::move(load->cites);
            } else {
                loaded.error = load.error().message;
            }
            return loaded;
        },
        [this](const Loaded &loaded) { apply(loaded); });
}

void DashboardWidget::apply(const Loaded &result)
{
    m_loading = false;
    if (m_reloadQueued) {
        m_reloadQueued = false;
        reload();
        return;
    }
    if (result.generation != m_generation)
        return;
    fillDesks(result.desks);
    fillCites(result.cites);
    if (!result.figures) {
        m_status->setText(tr("The figures could not be computed: %1").arg(result.error));
        return;
    }
    m_figures = result.figures;
    showFigures();
    m_status->setText(
        tr("Figures as of %1.")
            .arg(QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat)));
    emit loaded();
}

void DashboardWidget::fillDesks(const QList<QPair<QString, QString>> &desks)
{
    const QString current = m_desk->currentData().toString();
    m_desk->clear();
    m_desk->addItem(tr("All desks"), QString());
    for (const auto &[site, desk] : desks)
        if (m_desk->findData(desk) < 0)
            m_desk->addItem(QStringLiteral("%1 (%2)").arg(
                                desk, m_referential.label(Referential::Kind::Site, site)),
                            desk);
    const int index = m_desk->findData(current);
    if (index < 0 && !current.isEmpty())
        m_desk->addItem(current, current);
    m_desk->setCurrentIndex(std::max(0, m_desk->findData(current)));
}

void DashboardWidget::fillCites(const QStringList &cites)
{
    if (!m_source->hasCites())
        return;
    const QString current = m_cite->currentData().toString();
    m_cite->clear();
    m_cite->addItem(tr("All Cités"), QString());
    for (const QString &cite : cites)
        m_cite->addItem(cite, cite);
    if (m_cite->findData(current) < 0 && !current.isEmpty())
        m_cite->addItem(current, current);
    m_cite->setCurrentIndex(std::max(0, m_cite->findData(current)));
}

void DashboardWidget::showFigures()
{
    const DashboardFigures &f = *m_figures;
    const QLocale locale;
    const AttendanceFilter &p = f.request.filter;
    const QString from = locale.toString(p.from, QLocale::ShortFormat);
    const QString to = locale.toString(p.to, QLocale::ShortFormat);

    m_summary->setText(
        tr("<b>%1 – %2: %3 walk-ins</b> (%4 on the same period last year: %5) · %6 opening "
           "days · <b>%7 per opening day</b> · today %8")
            .arg(from, to, locale.toString(f.periodTotal),
                 formatChange(changePercent(f.periodTotal, f.previousPeriodTotal), locale),
                 locale.toString(f.previousPeriodTotal), locale.toString(f.periodOpenDays),
                 locale.toString(
                     f.periodOpenDays > 0 ? double(f.periodTotal) / f.periodOpenDays : 0.0, 'f', 1),
                 locale.toString(f.today.total)));

    Charts::install(m_charts[Today],
                    Charts::stacked(f.today, Charts::Labels::Hours,
                                    tr("Today, %1: %2 walk-ins by hour")
                                        .arg(locale.toString(f.request.today, QLocale::LongFormat),
                                             locale.toString(f.today.total))));
    Charts::install(m_charts[Days],
                    Charts::stacked(f.days, Charts::Labels::Days,
                                    tr("Walk-ins per day by pôle, %1 – %2").arg(from, to)));
    Charts::install(m_charts[Weeks],
                    Charts::stacked(f.weeks, Charts::Labels::Weeks,
                                    tr("Walk-ins per week by pôle (%1 per opening day on average)")
                                        .arg(locale.toString(f.weeks.perOpenDay(), 'f', 1))));
    const int year =
        f.months.buckets.isEmpty() ? p.to.year() : f.months.buckets.first().first.year();
    Charts::install(
        m_charts[Months],
        Charts::stacked(f.months, Charts::Labels::Months,
                        tr("Walk-ins per month by pôle, %1 (dashed: %2)").arg(year).arg(year - 1),
                        &f.previousMonthsSameDays));
    m_heatMap->setHeatMap(f.heatMap);

    m_breakdowns->setFigures(f);
    m_bilan->setBilan(f.bilan);
}

QString DashboardWidget::currentViewName() const
{
    static const char *names[] = {"today", "days",       "weeks", "months",
                                  "hours", "breakdowns", "bilan"};
    const int index = m_views->currentIndex();
    return QLatin1String(names[std::clamp(index, 0, int(ViewCount) - 1)]);
}

QString DashboardWidget::askSavePath(const QString &title, const QString &filter,
                                     const QString &suffix, const QString &name)
{
    QFileDialog dialog(this, title);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilter(filter);
    dialog.setDefaultSuffix(suffix);
    dialog.setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog.selectFile(name);
    if (m_prompter.exec(dialog) != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}

QList<ExportTable> DashboardWidget::currentTables(CsvFlavour flavour) const
{
    const DashboardFigures &f = *m_figures;
    const SmallCellPolicy policy = smallCells();
    const View view = View(m_views->currentIndex());
    QList<ExportTable> tables;
    switch (view) {
    case Today:
        tables << ReportExport::series(f.today, tr("Today by hour"), policy);
        break;
    case Days:
        tables << ReportExport::series(f.days, tr("Walk-ins per day"), policy);
        break;
    case Weeks:
        tables << ReportExport::series(f.weeks, tr("Walk-ins per week"), policy);
        break;
    case Months:
        tables << ReportExport::series(f.months, tr("Walk-ins per month"), policy)
               << ReportExport::series(f.previousMonths, tr("Walk-ins per month, the year before"),
                                       policy);
        break;
    case Hours:
        tables << ReportExport::heatMap(
            f.heatMap, tr("Walk-ins per opening day by weekday and hour"), flavour);
        break;
    case Breakdowns:
        if (f.cites)
            tables << ReportExport::breakdown(*f.cites, tr("Cités"), policy, flavour);
        for (const Breakdown &b : f.breakdowns)
            tables << ReportExport::breakdown(b, BreakdownsPage::title(b.by), policy, flavour);
        break;
    case BilanView:
    case ViewCount:
        if (const std::optional<Bilan> bilan = m_bilan->shown())
            tables << ReportExport::bilan(*bilan, policy, flavour);
        break;
    }
    return tables;
}

void DashboardWidget::exportXlsx()
{
    if (!m_figures)
        return;
    const DashboardFigures &f = *m_figures;
    const std::optional<Bilan> bilan = m_bilan->shown(); // in the chosen categories
    const bool bilanView = View(m_views->currentIndex()) == BilanView && bilan;
    const QString name =
        bilanView ? QStringLiteral("bilan-%1.xlsx").arg(bilan->year)
                  : QStringLiteral("passages-%1-%2.xlsx")
                        .arg(currentViewName(), f.request.filter.to.toString(Qt::ISODate));
    const QString path = askSavePath(tr("Export as an Excel workbook"),
                                     tr("Excel workbooks (*.xlsx)"), QStringLiteral("xlsx"), name);
    if (path.isEmpty())
        return;
    const XlsxWorkbook book =
        bilanView ? Workbooks::bilan(
                        *bilan, BilanContext{m_clock ? m_clock() : QDateTime::currentDateTime(),
                                             f.request.filter.site, smallCells()})
                  : Workbooks::fromTables(currentTables(CsvFlavour::Plain),
                                          QStringLiteral("Passages — %1").arg(currentViewName()));
    if (Status saved = book.save(path); !saved) {
        m_prompter.error(this, tr("Export"), saved.error().message);
        return;
    }
    m_status->setText(tr("Saved %1.").arg(path));
}

void DashboardWidget::exportCsv(bool frenchExcel)
{
    if (!m_figures)
        return;
    const DashboardFigures &f = *m_figures;
    const CsvFlavour flavour = frenchExcel ? CsvFlavour::FrenchExcel : CsvFlavour::Plain;
    const QList<ExportTable> tables = currentTables(flavour);
    const QString name = QStringLiteral("passages-%1-%2.csv")
                             .arg(currentViewName(), f.request.filter.to.toString(Qt::ISODate));
    const QString path =
        askSavePath(frenchExcel ? tr("Export as CSV for Excel") : tr("Export as CSV"),
                    tr("CSV files (*.csv)"), QStringLiteral("csv"), name);
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(toCsv(tables, flavour)) < 0) {
        m_prompter.error(this, tr("Export"),
                         tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    m_status->setText(tr("Saved %1.").arg(path));
}

bool DashboardWidget::savePng(QWidget *chartWidget)
{
    if (!chartWidget)
        return false;
    const QString path =
        askSavePath(tr("Save the chart as PNG"), tr("PNG images (*.png)"), QStringLiteral("png"),
                    QStringLiteral("passages-%1.png").arg(currentViewName()));
    if (path.isEmpty())
        return false;
    // Twice the screen's pixels: sharp in a document or a slide.
    QPixmap pixmap(chartWidget->size() * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::white);
    chartWidget->render(&pixmap);
    if (!pixmap.save(path, "PNG")) {
        m_prompter.error(this, tr("Export"), tr("Cannot write %1.").arg(path));
        return false;
    }
    m_status->setText(tr("Saved %1.").arg(path));
    return true;
}

void DashboardWidget::exportPng()
{
    switch (View(m_views->currentIndex())) {
    case Hours:
        savePng(m_heatMap);
        break;
    case Breakdowns:
        savePng(m_breakdowns->charts().value(0));
        break;
    case BilanView:
        savePng(m_bilan->monthsChart());
        break;
    default:
        savePng(m_charts[m_views->currentIndex()]);
        break;
    }
}

void DashboardWidget::exportPdf()
{
    const std::optional<Bilan> shown = m_figures ? m_bilan->shown() : std::nullopt;
    if (!shown)
        return;
    const Bilan &bilan = *shown; // in the chosen categories
    const QString path =
        askSavePath(tr("Save the annual report as PDF"), tr("PDF files (*.pdf)"),
                    QStringLiteral("pdf"), QStringLiteral("bilan-%1.pdf").arg(bilan.year));
    if (path.isEmpty())
        return;
    const QString error = ReportDocument(bilan, smallCells()).writePdf(path);
    if (!error.isEmpty()) {
        m_prompter.error(this, tr("Export"), error);
        return;
    }
    m_status->setText(tr("Saved %1.").arg(path));
}

void DashboardWidget::print()
{
    const std::optional<Bilan> bilan = m_figures ? m_bilan->shown() : std::nullopt;
    if (!bilan)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Activity report %1").arg(bilan->year));
    QPrintDialog dialog(&printer, this);
    if (m_prompter.exec(dialog) != QDialog::Accepted)
        return;
    ReportDocument(*bilan, smallCells()).render(printer);
}

} // namespace passages::ui
