// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accueil/passage_form.h"

#include "ui/accueil/choice_group.h"
#include "ui/accueil/commune_picker.h"
#include "ui/accueil/form_row.h"
#include "ui/style.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace passages::ui {

namespace {

const QString kYes = QStringLiteral("yes");
const QString kNo = QStringLiteral("no");

QToolButton *stepButton(const QString &text, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setFocusPolicy(Qt::NoFocus); // touch only: the keyboard types the number
    button->setFixedSize(48, 44);
    button->setAutoRepeat(true);
    QFont f = button->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    button->setFont(f);
    return button;
}

} // namespace

PassageForm::PassageForm(const Referential &referential, const CommuneIndex &communes,
                         QWidget *parent)
    : QWidget(parent), m_referential(referential)
{
    using Kind = Referential::Kind;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_pole = makeGroup(QStringLiteral("poleGroup"), Kind::Pole, 4, QString());
    m_pole->setProminent(true);
    const int poles = m_pole->count();
    addRow(tr("Pôle"), poles > 1 ? tr("keys 1 to %1").arg(std::min(poles, 9)) : QString(), m_pole);

    m_theme = new ChoiceGroup(this);
    m_theme->setObjectName(QStringLiteral("themeGroup"));
    m_theme->setColumns(5);
    m_theme->setPlaceholder(tr("Choose a pôle first."));
    addRow(tr("Theme"), tr("optional"), m_theme);

    m_age = makeGroup(QStringLiteral("ageGroup"), Kind::AgeBand, 6,
                      defaultCode(Kind::AgeBand, QStringLiteral("nr")));
    addRow(tr("Age"), QString(), m_age);

    m_commune = new CommunePicker(communes, this);
    m_commune->setObjectName(QStringLiteral("communePicker"));
    addRow(tr("Commune"), QString(), m_commune);

    m_public = makeGroup(QStringLiteral("publicGroup"), Kind::Public, 6,
                         defaultCode(Kind::Public, QStringLiteral("nr")));
    addRow(tr("Public"), tr("optional"), m_public);

    m_channel = makeGroup(QStringLiteral("channelGroup"), Kind::Channel, 6,
                          defaultCode(Kind::Channel, QStringLiteral("sur-place")));
    addRow(tr("Channel"), QString(), m_channel);

    m_firstVisit = new ChoiceGroup(this);
    m_firstVisit->setObjectName(QStringLiteral("firstVisitGroup"));
    m_firstVisit->setColumns(6);
    m_firstVisit->setOptions({ChoiceOption{kYes, tr("Yes, first visit"), {}},
                              ChoiceOption{kNo, tr("No, already came"), {}}});
    addRow(tr("First visit"), tr("optional"), m_firstVisit);

    // The optional desk fields of issue 17: no default, nothing chosen is "not recorded".
    m_serviceLevel = makeGroup(QStringLiteral("serviceLevelGroup"), Kind::ServiceLevel, 6, {});
    addRow(tr("Service level"), tr("optional"), m_serviceLevel);

    m_orientation = new ChoiceGroup(this);
    m_orientation->setObjectName(QStringLiteral("orientationGroup"));
    m_orientation->setColumns(5); // long names ("CIO (centre d'information...)") wrap less
    QList<ChoiceOption> targets;
    for (const Category &c : referential.orientationTargets())
        targets.append(ChoiceOption{c.code, c.label(referential.language()), {}});
    m_orientation->setOptions(targets);
    addRow(tr("Referred to"), tr("optional"), m_orientation);

    auto *countBox = new QWidget(this);
    auto *countLayout = new QHBoxLayout(countBox);
    countLayout->setContentsMargins(0, 0, 0, 0);
    countLayout->setSpacing(6);
    m_count = new QSpinBox(countBox);
    m_count->setObjectName(QStringLiteral("countSpin"));
    m_count->setRange(1, referential.maxGroupSize()); // the Cité's maximum, as core checks
    m_count->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_count->setAlignment(Qt::AlignCenter);
    m_count->setFixedSize(72, 44);
    QFont big = m_count->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_count->setFont(big);
    QToolButton *less = stepButton(QStringLiteral("\u2212"), countBox);
    QToolButton *more = stepButton(QStringLiteral("+"), countBox);
    less->setToolTip(tr("One person less"));
    more->setToolTip(tr("One person more"));
    less->setAccessibleName(less->toolTip()); // not "−"
    more->setAccessibleName(more->toolTip());
    m_count->setAccessibleName(tr("People"));
    m_count->setAccessibleDescription(tr("group size"));
    connect(less, &QToolButton::clicked, m_count, &QSpinBox::stepDown);
    connect(more, &QToolButton::clicked, m_count, &QSpinBox::stepUp);
    countLayout->addWidget(less);
    countLayout->addWidget(m_count);
    countLayout->addWidget(more);
    countLayout->addStretch();
    FormRow *countRow = addRow(tr("People"), tr("group size"), countBox);
    m_rowOf.insert(m_count, countRow);
    layout->addStretch(1);

    m_stops = {m_pole,    m_theme,      m_age,          m_commune,     m_public,
               m_channel, m_firstVisit, m_serviceLevel, m_orientation, m_count};
    for (int i = 0; i + 1 < m_stops.size(); ++i)
        setTabOrder(m_stops[i], m_stops[i + 1]);

    for (ChoiceGroup *group : {m_pole, m_theme, m_age, m_public, m_channel, m_firstVisit,
                               m_serviceLevel, m_orientation}) {
        connect(group, &ChoiceGroup::advanceRequested, this,
                [this, group] { moveFocus(group, 1); });
        connect(group, &ChoiceGroup::retreatRequested, this,
                [this, group] { moveFocus(group, -1); });
    }
    connect(m_commune, &CommunePicker::advanceRequested, this, [this] { moveFocus(m_commune, 1); });
    connect(m_commune, &CommunePicker::retreatRequested, this,
            [this] { moveFocus(m_commune, -1); });
    connect(m_commune, &CommunePicker::problem, this, &PassageForm::problem);
    connect(m_pole, &ChoiceGroup::currentChanged, this, &PassageForm::poleChanged);

    int titleWidth = 0;
    for (FormRow *row : std::as_const(m_rows))
        titleWidth = std::max(titleWidth, row->titleWidthHint());
    for (FormRow *row : std::as_const(m_rows))
        row->setTitleWidth(std::max(titleWidth, 80));

    setFields(referential.fields());
    // Measure once with each pôle's themes laid out, so choosing a pôle never needs a
    // wider form than the window gave.
    for (const ChoiceOption &pole : m_pole->options()) {
        m_pole->setCurrent(pole.code);
        m_widest = std::max(m_widest, QWidget::minimumSizeHint().width());
    }
    reset();
}

QSize PassageForm::minimumSizeHint() const
{
    // The layouts would add up every row at its narrowest (tallest) wrapping, and the
    // scroll area would then show a needless scroll bar: ask for the height the rows
    // really take at the minimum width.
    const int width = std::max(QWidget::minimumSizeHint().width(), m_widest);
    return QSize(width, heightForWidth(width));
}

FormRow *PassageForm::addRow(const QString &title, const QString &hint, QWidget *field)
{
    auto *row = new FormRow(title, hint, field, this);
    row->setObjectName(field->objectName() + QStringLiteral("Row"));
    layout()->addWidget(row);
    m_rowOf.insert(field, row);
    m_rows.append(row);
    return row;
}

QString PassageForm::defaultCode(Referential::Kind kind, const QString &preferred) const
{
    if (m_referential.contains(kind, preferred))
        return preferred;
    const QList<Category> active = m_referential.active(kind);
    return active.isEmpty() ? QString() : active.first().code;
}

ChoiceGroup *PassageForm::makeGroup(const QString &name, Referential::Kind kind, int columns,
                                    const QString &defaultCode)
{
    return makeChoiceGroup(m_referential, kind, name, columns, defaultCode, this);
}

void PassageForm::poleChanged(const QString &pole)
{
    offerThemesOf(*m_theme, m_referential, pole, tr("Choose a pôle first."),
                  tr("No theme for this pôle."));
}

void PassageForm::setFields(const DeskFields &fields)
{
    m_count->setMaximum(m_referential.maxGroupSize()); // a newer referential may change it
    const std::pair<ChoiceGroup *, bool> rows[] = {{m_public, fields.publicField},
                                                   {m_channel, fields.channel},
                                                   {m_firstVisit, fields.firstVisit},
                                                   {m_serviceLevel, fields.serviceLevel},
                                                   {m_orientation, fields.orientation}};
    for (const auto &[group, shown] : rows) {
        if (!shown)
            group->reset();
        m_rowOf.value(group)->setHidden(!shown);
    }
    // More rows than the usual ones: shorter buttons, so that the form still fits a
    // 1366×768 screen without scrolling (the Record button stays in view anyway).
    const bool compact = fields.firstVisit || fields.serviceLevel || fields.orientation;
    for (ChoiceGroup *group :
         {m_pole, m_theme, m_age, m_public, m_channel, m_firstVisit, m_serviceLevel, m_orientation})
        group->setCompact(compact);
    for (FormRow *row : std::as_const(m_rows))
        row->setCompact(compact);
    layout()->setSpacing(compact ? 0 : 2);
}

void PassageForm::setCommuneFrequency(const QHash<QString, int> &frequency)
{
    m_commune->setFrequency(frequency);
}

PassageInput PassageForm::input() const
{
    PassageInput in;
    in.pole = m_pole->current();
    in.theme = m_theme->current();
    in.ageBand = m_age->current();
    in.commune = m_commune->code();
    in.publicCode = m_public->current();
    in.channel = m_channel->current();
    if (!m_firstVisit->current().isEmpty())
        in.firstVisit = m_firstVisit->current() == kYes;
    in.serviceLevel = m_serviceLevel->current();
    in.orientation = m_orientation->current();
    in.count = m_count->value();
    return in;
}

void PassageForm::setInput(const PassageInput &input)
{
    using Kind = Referential::Kind;
    // An entry corrected later may carry a code since retired: keep it choosable.
    auto keep = [this](ChoiceGroup *group, Kind kind, const QString &code) {
        if (const Category *c = code.isEmpty() ? nullptr : m_referential.find(kind, code))
            group->ensureOption(ChoiceOption{
                c->code, c->label(m_referential.language()),
                kind == Kind::Pole ? QColor(m_referential.poleColor(c->code)) : QColor()});
        group->setCurrent(code);
    };
    keep(m_pole, Kind::Pole, input.pole);
    keep(m_theme, Kind::Theme, input.theme);
    keep(m_age, Kind::AgeBand, input.ageBand.isEmpty() ? QStringLiteral("nr") : input.ageBand);
    m_commune->setCode(input.commune == QLatin1String("nr") ? QString() : input.commune);
    keep(m_public, Kind::Public,
         input.publicCode.isEmpty() ? QStringLiteral("nr") : input.publicCode);
    keep(m_channel, Kind::Channel,
         input.channel.isEmpty() ? QStringLiteral("sur-place") : input.channel);
    m_firstVisit->setCurrent(input.firstVisit ? (*input.firstVisit ? kYes : kNo) : QString());
    keep(m_serviceLevel, Kind::ServiceLevel, input.serviceLevel);
    keep(m_orientation, Kind::Orientation, input.orientation);
    m_count->setValue(input.count);
}

void PassageForm::reset()
{
    m_pole->reset(); // also clears the theme
    m_theme->reset();
    m_age->reset();
    m_commune->clearCode();
    m_public->reset();
    m_channel->reset();
    m_firstVisit->reset();
    m_serviceLevel->reset();
    m_orientation->reset();
    m_count->setValue(1);
}

void PassageForm::focusFirst()
{
    m_pole->setFocus(Qt::OtherFocusReason);
}

bool PassageForm::communePending() const
{
    return m_commune->pending();
}

bool PassageForm::canFocus(QWidget *stop) const
{
    const FormRow *row = m_rowOf.value(stop);
    return stop->focusPolicy() != Qt::NoFocus && stop->isEnabled() && !(row && row->isHidden());
}

void PassageForm::moveFocus(QWidget *from, int step)
{
    for (qsizetype i = m_stops.indexOf(from) + step; i >= 0 && i < m_stops.size(); i += step) {
        if (canFocus(m_stops[i])) {
            m_stops[i]->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return;
        }
    }
}

} // namespace passages::ui
