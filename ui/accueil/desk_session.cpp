// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accueil/desk_session.h"

#include "core/referential/commune_index.h"
#include "core/referential/referential.h"

namespace passages::ui {

namespace {
// Long sessions: the agent only ever takes back the last few actions.
constexpr int kUndoDepth = 50;
} // namespace

DeskSession::DeskSession(Reception &reception, QObject *parent)
    : QObject(parent), m_reception(reception)
{}

void DeskSession::push(Step step)
{
    const bool was = canUndo();
    m_undo.append(std::move(step));
    while (m_undo.size() > kUndoDepth)
        m_undo.removeFirst();
    if (!was)
        emit undoAvailableChanged(true);
}

void DeskSession::failed(const QString &what, const Error &error)
{
    emit notice(tr("%1: %2").arg(what, error.message), true);
}

QHash<QString, int> DeskSession::communeFrequency()
{
    Result<QHash<QString, int>> frequency = m_reception.communeFrequency();
    if (!frequency) {
        emit notice(frequency.error().message, true);
        return {};
    }
    return std::move(frequency).value();
}

Result<Passage> DeskSession::log(const PassageInput &input)
{
    Result<Passage> done = m_reception.log(input);
    if (!done) {
        failed(tr("Not recorded"), done.error());
        return done;
    }
    push(Step{Action::Log, {}, done.value()});
    // Only now: Reception returns once the transaction is committed to disk.
    emit notice(tr("Recorded: %1").arg(describe(done.value())), false);
    emit changed();
    return done;
}

Result<Passage> DeskSession::correct(const QString &id, const PassageInput &input)
{
    Result<Passage> before = m_reception.find(id);
    if (!before) {
        failed(tr("Not corrected"), before.error());
        return before;
    }
    Result<Passage> done = m_reception.correct(id, input);
    if (!done) {
        failed(tr("Not corrected"), done.error());
        return done;
    }
    push(Step{Action::Correct, before.value(), done.value()});
    emit notice(tr("Corrected: %1").arg(describe(done.value())), false);
    emit changed();
    return done;
}

Result<Passage> DeskSession::remove(const QString &id)
{
    Result<Passage> before = m_reception.find(id);
    if (!before) {
        failed(tr("Not deleted"), before.error());
        return before;
    }
    Result<Passage> done = m_reception.remove(id);
    if (!done) {
        failed(tr("Not deleted"), done.error());
        return done;
    }
    push(Step{Action::Remove, before.value(), done.value()});
    emit notice(tr("Deleted: %1").arg(describe(before.value())), false);
    emit changed();
    return done;
}

QString DeskSession::undoText() const
{
    if (m_undo.isEmpty())
        return tr("Nothing to undo");
    switch (m_undo.last().action) {
    case Action::Log:
        return tr("Undo recording");
    case Action::Correct:
        return tr("Undo correction");
    case Action::Remove:
        return tr("Undo deletion");
    }
    return {};
}

Result<Passage> DeskSession::undo()
{
    if (m_undo.isEmpty())
        return makeError(ErrorCode::NotFound, tr("Nothing to undo."));
    const Step step = m_undo.last();
    Result<Passage> done = step.action == Action::Log ? m_reception.remove(step.after.id)
                                                      : m_reception.restore(step.before);
    if (!done) {
        // Keep the step: the agent may retry once the cause is fixed.
        failed(tr("Not undone"), done.error());
        return done;
    }
    m_undo.removeLast();
    switch (step.action) {
    case Action::Log:
        emit notice(tr("Recording undone: %1").arg(describe(step.after)), false);
        break;
    case Action::Correct:
        emit notice(tr("Correction undone: %1").arg(describe(step.before)), false);
        break;
    case Action::Remove:
        emit notice(tr("Deletion undone: %1").arg(describe(step.before)), false);
        break;
    }
    if (m_undo.isEmpty())
        emit undoAvailableChanged(false);
    emit changed();
    return done;
}

QString DeskSession::describe(const Passage &p) const
{
    using Kind = Referential::Kind;
    const Referential &ref = referential();
    // A theme belongs to one pôle: naming it says both, in fewer words.
    QStringList parts{p.theme.isEmpty() ? ref.label(Kind::Pole, p.pole)
                                        : ref.label(Kind::Theme, p.theme)};
    parts << details(p);
    return parts.join(QLatin1String(", "));
}

QStringList DeskSession::details(const Passage &p) const
{
    using Kind = Referential::Kind;
    const Referential &ref = referential();
    const QString nr = QStringLiteral("nr");
    QStringList parts;
    if (!p.ageBand.isEmpty() && p.ageBand != nr)
        parts << ref.label(Kind::AgeBand, p.ageBand);
    if (!p.commune.isEmpty() && p.commune != nr)
        parts << m_reception.communes().label(p.commune);
    if (!p.publicCode.isEmpty() && p.publicCode != nr)
        parts << ref.label(Kind::Public, p.publicCode);
    if (!p.channel.isEmpty() && (ref.fields().channel || p.channel != QLatin1String("sur-place")))
        parts << ref.label(Kind::Channel, p.channel);
    if (p.firstVisit)
        parts << (*p.firstVisit ? tr("first visit") : tr("already came"));
    if (!p.serviceLevel.isEmpty())
        parts << ref.label(Kind::ServiceLevel, p.serviceLevel);
    if (!p.orientation.isEmpty())
        parts << tr("referred to %1").arg(ref.label(Kind::Orientation, p.orientation));
    if (p.count > 1)
        parts << tr("group of %Ln", nullptr, p.count);
    return parts;
}

} // namespace passages::ui
