#include "ProtocolRules.h"

#include "Turnout.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <map>
#include <utility>

namespace bd {

namespace {

// Cross-multiplied percentages of counts up to 999,999,999 stay far inside 128 bits;
// __extension__ keeps -Wpedantic quiet about the GCC/Clang type.
__extension__ typedef __int128 Wide;

constexpr qint64 kBasisPointsPerWhole = 10'000;

// Percent as whole basis points (1 % = 100) so that thresholds compare exactly.
qint64 basisPoints(double percent)
{
    if (!std::isfinite(percent) || percent <= 0.0)
        return 0;
    constexpr double kCapPercent = 1'000'000.0;
    return std::llround(std::min(percent, kCapPercent) * 100.0);
}

// part ≥ percent % of whole. For a whole-number part this is also part ≥ ⌈percent % × whole⌉.
bool atLeastPercentOf(qint64 part, double percent, qint64 whole)
{
    return static_cast<Wide>(part) * kBasisPointsPerWhole >=
           static_cast<Wide>(basisPoints(percent)) * whole;
}

bool atMostPercentOf(qint64 part, double percent, qint64 whole)
{
    return static_cast<Wide>(part) * kBasisPointsPerWhole <=
           static_cast<Wide>(basisPoints(percent)) * whole;
}

bool moreThanPercentOf(qint64 part, double percent, qint64 whole)
{
    return static_cast<Wide>(part) * kBasisPointsPerWhole >
           static_cast<Wide>(basisPoints(percent)) * whole;
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString percentOf(qint64 part, qint64 whole)
{
    return QLocale().toString(Turnout::roundedPercent(part, whole, 1), 'f', 1);
}

QString threshold(double percent)
{
    return QLocale().toString(percent, 'g', QLocale::FloatingPointShortest);
}

// Candidate ids are identifiers, not quantities: no group separators.
QString idList(const QList<qint64> &ids)
{
    QStringList texts;
    texts.reserve(ids.size());
    for (const qint64 id : ids)
        texts << QString::number(id);
    return QLocale().createSeparatedList(texts);
}

Finding finding(const char *code, Severity severity, QList<ProtocolField> fields, QString message,
                QString advice, QList<qint64> candidateIds = {})
{
    Finding f;
    f.code = QLatin1String(code);
    f.severity = severity;
    f.fields = std::move(fields);
    f.candidateIds = std::move(candidateIds);
    f.message = std::move(message);
    f.advice = std::move(advice);
    return f;
}

bool allValid(const ProtocolFigures &figures, std::initializer_list<ProtocolField> fields)
{
    return std::all_of(fields.begin(), fields.end(),
                       [&](ProtocolField field) { return figures.field(field).isValid(); });
}

/** The numbers of a protocol whose fields were found valid; 0 stands in for the others. */
struct Numbers
{
    explicit Numbers(const ProtocolFigures &figures)
        : a(value(figures.votersOnList)), b(value(figures.ballotsReceived)),
          c(value(figures.ballotsIssuedStation)), c2(value(figures.ballotsIssuedOutside)),
          d(value(figures.ballotsCancelled)), e(value(figures.ballotsInStationBoxes)),
          e2(value(figures.ballotsInMobileBoxes)), f(value(figures.invalidBallots)),
          h(value(figures.againstAll))
    {}

    static qint64 value(const CountValue &count) { return count.number().value_or(0); }

    qint64 issued() const { return c + c2; }
    qint64 found() const { return e + e2; }

    qint64 a, b, c, c2, d, e, e2, f, h;
};

using F = ProtocolField;

void checkBallotAccounting(const ProtocolFigures &figures, QList<Finding> &out)
{
    const Numbers n(figures);

    if (allValid(figures, {F::BallotsReceived, F::BallotsIssuedStation, F::BallotsIssuedOutside,
                           F::BallotsCancelled})) {
        const qint64 accounted = n.c + n.c2 + n.d;
        if (n.b != accounted) {
            out << finding("P.F.101", Severity::Error,
                           {F::BallotsReceived, F::BallotsIssuedStation, F::BallotsIssuedOutside,
                            F::BallotsCancelled},
                           ProtocolRules::tr("Ballots received (B = %1) do not equal the ballots "
                                             "issued in the station, issued outside and "
                                             "cancelled (C + C2 + D = %2 + %3 + %4 = %5); the "
                                             "difference is %6.")
                               .arg(number(n.b), number(n.c), number(n.c2), number(n.d),
                                    number(accounted), number(n.b - accounted)),
                           ProtocolRules::tr("Check B, C, C2 and D against the paper form. If "
                                             "the form itself does not add up, return it to "
                                             "the precinct commission to recount the unused "
                                             "ballots."));
        }
    }

    if (allValid(figures, {F::VotersOnList, F::BallotsIssuedStation, F::BallotsIssuedOutside}) &&
        n.issued() > n.a) {
        out << finding(
            "P.F.102", Severity::Error,
            {F::VotersOnList, F::BallotsIssuedStation, F::BallotsIssuedOutside},
            ProtocolRules::tr("More ballots were issued (C + C2 = %1 + %2 = %3) than there are "
                              "voters on the list (A = %4).")
                .arg(number(n.c), number(n.c2), number(n.issued()), number(n.a)),
            ProtocolRules::tr("Check A, C and C2 against the paper form; voters added to the "
                              "list on election day belong in A."));
    }

    if (allValid(figures, {F::BallotsIssuedStation, F::BallotsIssuedOutside,
                           F::BallotsInStationBoxes, F::BallotsInMobileBoxes}) &&
        n.found() > n.issued()) {
        out << finding(
            "P.F.103", Severity::Error,
            {F::BallotsIssuedStation, F::BallotsIssuedOutside, F::BallotsInStationBoxes,
             F::BallotsInMobileBoxes},
            ProtocolRules::tr("More ballots were found in the boxes (E + E2 = %1 + %2 = %3) "
                              "than were issued (C + C2 = %4 + %5 = %6).")
                .arg(number(n.e), number(n.e2), number(n.found()), number(n.c), number(n.c2),
                     number(n.issued())),
            ProtocolRules::tr("Check C, C2, E and E2 against the paper form. If they are "
                              "copied correctly, the precinct commission must explain the "
                              "extra ballots."));
    }

    if (allValid(figures, {F::BallotsIssuedOutside, F::BallotsInMobileBoxes}) && n.e2 > n.c2) {
        out << finding("P.F.104", Severity::Error,
                       {F::BallotsIssuedOutside, F::BallotsInMobileBoxes},
                       ProtocolRules::tr("More ballots were found in the mobile boxes (E2 = %1) "
                                         "than were issued outside the polling station "
                                         "(C2 = %2).")
                           .arg(number(n.e2), number(n.c2)),
                       ProtocolRules::tr("Check C2 and E2 against the paper form. If they are "
                                         "copied correctly, the precinct commission must "
                                         "explain the extra ballots in the mobile boxes."));
    }
}

QList<qint64> candidateIdsOf(const ProtocolFigures &figures)
{
    QList<qint64> ids;
    for (const CandidateVotes &entry : figures.votes) {
        if (!ids.contains(entry.candidateId))
            ids << entry.candidateId;
    }
    return ids;
}

void checkVoteBalance(const ProtocolFigures &figures, const ProtocolContext &context,
                      QList<Finding> &out)
{
    const std::optional<qint64> candidates = figures.candidateVotesTotal();
    if (!candidates ||
        !allValid(figures, {F::InvalidBallots, F::BallotsInStationBoxes, F::BallotsInMobileBoxes}))
        return;
    if (context.againstAllEnabled && !figures.againstAll.isValid())
        return;

    const Numbers n(figures);
    const qint64 h = context.againstAllEnabled ? n.h : 0;
    const qint64 counted = n.f + *candidates + h;
    if (counted == n.found())
        return;

    if (context.againstAllEnabled) {
        out << finding(
            "P.F.201", Severity::Error,
            {F::BallotsInStationBoxes, F::BallotsInMobileBoxes, F::InvalidBallots, F::AgainstAll},
            ProtocolRules::tr("Invalid ballots plus valid votes (F + ΣG + H = %1 + %2 "
                              "+ %3 = %4) do not equal the ballots found in the "
                              "boxes (E + E2 = %5 + %6 = %7).")
                .arg(number(n.f), number(*candidates), number(h), number(counted), number(n.e),
                     number(n.e2), number(n.found())),
            ProtocolRules::tr("Check E, E2, F, every candidate's votes and H "
                              "against the paper form."),
            candidateIdsOf(figures));
    } else {
        out << finding("P.F.201", Severity::Error,
                       {F::BallotsInStationBoxes, F::BallotsInMobileBoxes, F::InvalidBallots},
                       ProtocolRules::tr("Invalid ballots plus the candidates' votes (F + ΣG = "
                                         "%1 + %2 = %3) do not equal the ballots found in the "
                                         "boxes (E + E2 = %4 + %5 = %6).")
                           .arg(number(n.f), number(*candidates), number(counted), number(n.e),
                                number(n.e2), number(n.found())),
                       ProtocolRules::tr("Check E, E2, F and every candidate's votes against "
                                         "the paper form."),
                       candidateIdsOf(figures));
    }
}

void checkEntered(const ProtocolFigures &figures, const ProtocolContext &context,
                  QList<Finding> &out)
{
    QList<ProtocolField> fields;
    QList<qint64> candidateIds;
    QStringList items;
    const auto addField = [&](ProtocolField field) {
        const CountValue &value = figures.field(field);
        if (value.isValid())
            return;
        fields << field;
        //: One wrong field in a list: %1 is the field, %2 what is wrong, e.g. "negative"
        items << ProtocolRules::tr("%1: %2").arg(ProtocolFields::name(field), value.problemText());
    };

    // In the order of the paper form: A … F, the candidates' votes, then H.
    for (const ProtocolField field : ProtocolFields::formOrder(false))
        addField(field);
    for (const CandidateVotes &entry : figures.votes) {
        if (entry.votes.isValid())
            continue;
        if (!candidateIds.contains(entry.candidateId))
            candidateIds << entry.candidateId;
        items << ProtocolRules::tr("votes for candidate %1: %2")
                     .arg(QString::number(entry.candidateId), entry.votes.problemText());
    }
    if (context.againstAllEnabled)
        addField(F::AgainstAll);

    if (items.isEmpty())
        return;
    out << finding("P.F.202", Severity::Error, fields,
                   ProtocolRules::tr("%n field(s) do not hold a valid count: %1.", nullptr,
                                     static_cast<int>(items.size()))
                       .arg(QLocale().createSeparatedList(items)),
                   ProtocolRules::tr("Enter every field exactly as written on the paper form, "
                                     "as a whole number from 0 to %1 without spaces or "
                                     "separators. Enter 0 rather than leaving a field empty.")
                       .arg(number(CountValue::kMaximum)),
                   candidateIds);
}

void checkCandidates(const ProtocolFigures &figures, const ProtocolContext &context,
                     QList<Finding> &out)
{
    QList<qint64> unknown;
    QList<qint64> duplicate;
    std::map<qint64, int> entries;
    for (const CandidateVotes &entry : figures.votes) {
        const int seen = ++entries[entry.candidateId];
        if (!context.registeredCandidateIds.contains(entry.candidateId) &&
            !unknown.contains(entry.candidateId))
            unknown << entry.candidateId;
        if (seen == 2)
            duplicate << entry.candidateId;
    }
    QList<qint64> missing;
    for (const qint64 id : context.registeredCandidateIds) {
        if (entries.count(id) == 0 && !missing.contains(id))
            missing << id;
    }

    if (!unknown.isEmpty()) {
        out << finding("P.F.203", Severity::Error, {},
                       ProtocolRules::tr("Votes are entered for %n candidate(s) who are not "
                                         "registered in this contest: %1.",
                                         nullptr, static_cast<int>(unknown.size()))
                           .arg(idList(unknown)),
                       ProtocolRules::tr("Remove these entries, or check that the protocol was "
                                         "entered for the right contest."),
                       unknown);
    }
    if (!missing.isEmpty()) {
        out << finding("P.F.203", Severity::Error, {},
                       ProtocolRules::tr("%n registered candidate(s) of this contest have no "
                                         "votes entered: %1.",
                                         nullptr, static_cast<int>(missing.size()))
                           .arg(idList(missing)),
                       ProtocolRules::tr("Enter the votes of every registered candidate as "
                                         "written on the paper form; enter 0 for a candidate "
                                         "without votes."),
                       missing);
    }
    if (!duplicate.isEmpty()) {
        out << finding("P.F.203", Severity::Error, {},
                       ProtocolRules::tr("Votes are entered more than once for %n candidate(s): "
                                         "%1.",
                                         nullptr, static_cast<int>(duplicate.size()))
                           .arg(idList(duplicate)),
                       ProtocolRules::tr("Keep exactly one entry for each candidate."), duplicate);
    }
    if (!context.againstAllEnabled && !figures.againstAll.isEmpty()) {
        out << finding("P.F.203", Severity::Error, {F::AgainstAll},
                       ProtocolRules::tr("“Against all” (H) is entered as %1, but this "
                                         "election has no “against all”.")
                           .arg(figures.againstAll.display()),
                       ProtocolRules::tr("Clear field H, or check the election's settings."));
    }
}

void checkTerritory(const ProtocolContext &context, QList<Finding> &out)
{
    if (context.stationInContestTerritory)
        return;
    out << finding("P.F.204", Severity::Error, {},
                   ProtocolRules::tr("The polling station does not belong to the territory of "
                                     "this contest."),
                   ProtocolRules::tr("Check that the protocol was entered for the right "
                                     "polling station and contest."));
}

void checkWarnings(const ProtocolFigures &figures, const ProtocolContext &context,
                   QList<Finding> &out)
{
    const Numbers n(figures);
    const RuleThresholds &t = context.thresholds;
    const bool issuedValid = allValid(figures, {F::BallotsIssuedStation, F::BallotsIssuedOutside});
    const bool foundValid = allValid(figures, {F::BallotsInStationBoxes, F::BallotsInMobileBoxes});
    const bool votersValid = figures.votersOnList.isValid();

    // P.W.201: F ≥ ⌈p % × (E + E2)⌉, E + E2 > 0.
    if (foundValid && figures.invalidBallots.isValid() && n.found() > 0 &&
        atLeastPercentOf(n.f, t.invalidPercent, n.found())) {
        out << finding("P.W.201", Severity::Warning,
                       {F::BallotsInStationBoxes, F::BallotsInMobileBoxes, F::InvalidBallots},
                       ProtocolRules::tr("%1 of the %2 ballots found are invalid (%3 %), at or "
                                         "above the threshold of %4 %.")
                           .arg(number(n.f), number(n.found()), percentOf(n.f, n.found()),
                                threshold(t.invalidPercent)),
                       ProtocolRules::tr("Check F against the paper form and confirm with the "
                                         "precinct commission that it found this many invalid "
                                         "ballots."));
    }

    // P.W.202: (C + C2) − (E + E2) ≥ absolute, or ≥ p % of C + C2; only for ballots missing.
    if (issuedValid && foundValid) {
        const qint64 missing = n.issued() - n.found();
        if (missing > 0 && (missing >= t.missingBallotsAbsolute ||
                            atLeastPercentOf(missing, t.missingBallotsPercent, n.issued()))) {
            out << finding(
                "P.W.202", Severity::Warning,
                {F::BallotsIssuedStation, F::BallotsIssuedOutside, F::BallotsInStationBoxes,
                 F::BallotsInMobileBoxes},
                ProtocolRules::tr("%1 of the %2 ballots issued were not found in the "
                                  "boxes (%3 %); the thresholds are %4 ballots or "
                                  "%5 %.")
                    .arg(number(missing), number(n.issued()), percentOf(missing, n.issued()),
                         number(t.missingBallotsAbsolute), threshold(t.missingBallotsPercent)),
                ProtocolRules::tr("Check C, C2, E and E2 against the paper form and "
                                  "confirm the missing ballots with the precinct "
                                  "commission."));
        }
    }

    // P.W.203: turnout = (C + C2) / A ≥ high or ≤ low, with A > 0.
    if (issuedValid && votersValid && n.a > 0) {
        const bool high = atLeastPercentOf(n.issued(), t.turnoutHighPercent, n.a);
        const bool low = !high && atMostPercentOf(n.issued(), t.turnoutLowPercent, n.a);
        if (high || low) {
            const QString message =
                high ? ProtocolRules::tr("Turnout is %1 % (C + C2 = %2 of A = %3 voters), at or "
                                         "above %4 %.")
                           .arg(percentOf(n.issued(), n.a), number(n.issued()), number(n.a),
                                threshold(t.turnoutHighPercent))
                     : ProtocolRules::tr("Turnout is %1 % (C + C2 = %2 of A = %3 voters), at or "
                                         "below %4 %.")
                           .arg(percentOf(n.issued(), n.a), number(n.issued()), number(n.a),
                                threshold(t.turnoutLowPercent));
            out << finding("P.W.203", Severity::Warning,
                           {F::VotersOnList, F::BallotsIssuedStation, F::BallotsIssuedOutside},
                           message,
                           ProtocolRules::tr("Check A, C and C2 against the paper form and "
                                             "confirm the turnout with the precinct "
                                             "commission."));
        }
    }

    // P.W.204: E + E2 = 0.
    if (foundValid && n.found() == 0) {
        out << finding("P.W.204", Severity::Warning,
                       {F::BallotsInStationBoxes, F::BallotsInMobileBoxes},
                       ProtocolRules::tr("No ballots were found in the boxes (E + E2 = 0): "
                                         "nobody voted."),
                       ProtocolRules::tr("Check E and E2 against the paper form and confirm "
                                         "with the precinct commission that nobody voted."));
    }

    // P.W.205: A = 0.
    if (votersValid && n.a == 0) {
        out << finding("P.W.205", Severity::Warning, {F::VotersOnList},
                       ProtocolRules::tr("There are no voters on the list (A = 0)."),
                       ProtocolRules::tr("Check A against the paper form and confirm with the "
                                         "precinct commission that its list was empty."));
    }

    // P.W.206: |A − registered| > p % of registered (registered 0 and A > 0 differ).
    if (votersValid && context.stationRegisteredVoters) {
        const qint64 registered = *context.stationRegisteredVoters;
        const qint64 difference = n.a > registered ? n.a - registered : registered - n.a;
        if (moreThanPercentOf(difference, t.votersDifferencePercent, registered)) {
            const QString message =
                registered > 0
                    ? ProtocolRules::tr("Voters on the list (A = %1) differ from the %2 "
                                        "registered voters on record for this station by %3 "
                                        "(%4 %), more than %5 %.")
                          .arg(number(n.a), number(registered), number(difference),
                               percentOf(difference, registered),
                               threshold(t.votersDifferencePercent))
                    : ProtocolRules::tr("Voters on the list (A = %1) differ from the registered "
                                        "voters on record for this station, which are %2.")
                          .arg(number(n.a), number(registered));
            out << finding("P.W.206", Severity::Warning, {F::VotersOnList}, message,
                           ProtocolRules::tr("Check A against the paper form; the precinct "
                                             "commission must explain a large change of its "
                                             "list."));
        }
    }

    // P.W.207: |last hourly report − (C + C2)| > p % of C + C2.
    if (issuedValid && context.lastHourlyReport) {
        const qint64 report = *context.lastHourlyReport;
        const qint64 difference = report > n.issued() ? report - n.issued() : n.issued() - report;
        if (moreThanPercentOf(difference, t.hourlyReportDifferencePercent, n.issued())) {
            const QString message =
                n.issued() > 0
                    ? ProtocolRules::tr("The station's last hourly turnout report (%1 voters) "
                                        "differs from the ballots issued (C + C2 = %2) by %3 "
                                        "(%4 %), more than %5 %.")
                          .arg(number(report), number(n.issued()), number(difference),
                               percentOf(difference, n.issued()),
                               threshold(t.hourlyReportDifferencePercent))
                    : ProtocolRules::tr("The station's last hourly turnout report (%1 voters) "
                                        "differs from the ballots issued (C + C2 = %2).")
                          .arg(number(report), number(n.issued()));
            out << finding("P.W.207", Severity::Warning,
                           {F::BallotsIssuedStation, F::BallotsIssuedOutside}, message,
                           ProtocolRules::tr("Check C and C2 against the paper form, and the "
                                             "hourly report with the polling station."));
        }
    }
}

// The candidates' votes by candidate, every entry kept, in entry order.
std::map<qint64, QList<CountValue>> votesByCandidate(const ProtocolFigures &figures)
{
    std::map<qint64, QList<CountValue>> byCandidate;
    for (const CandidateVotes &entry : figures.votes)
        byCandidate[entry.candidateId] << entry.votes;
    return byCandidate;
}

QString votesDisplay(const QList<CountValue> &values)
{
    if (values.isEmpty())
        return ProtocolRules::tr("no entry");
    QStringList texts;
    for (const CountValue &value : values)
        texts << value.display();
    return QLocale().createSeparatedList(texts);
}

} // namespace

QList<Finding> ProtocolRules::check(const ProtocolFigures &figures, const ProtocolContext &context)
{
    QList<Finding> findings;
    checkBallotAccounting(figures, findings); // P.F.101 … P.F.104
    checkVoteBalance(figures, context, findings);
    checkEntered(figures, context, findings);
    checkCandidates(figures, context, findings);
    checkTerritory(context, findings);
    checkWarnings(figures, context, findings); // P.W.201 … P.W.207
    return findings;
}

QList<Finding> ProtocolRules::compare(const ProtocolFigures &first, const ProtocolFigures &second)
{
    QList<ProtocolField> fields;
    QList<qint64> candidateIds;
    QStringList items;

    // Form order: A … F, the candidates' votes, then H.
    const auto compareField = [&](ProtocolField field) {
        if (first.field(field) == second.field(field))
            return;
        fields << field;
        //: A difference between two entries: %1 is the field, %2 and %3 its two values
        items << tr("%1: first %2, second %3")
                     .arg(ProtocolFields::name(field), first.field(field).display(),
                          second.field(field).display());
    };
    for (const ProtocolField field : ProtocolFields::formOrder(false))
        compareField(field);

    const std::map<qint64, QList<CountValue>> firstVotes = votesByCandidate(first);
    const std::map<qint64, QList<CountValue>> secondVotes = votesByCandidate(second);
    QList<qint64> ids = candidateIdsOf(first);
    for (const qint64 id : candidateIdsOf(second)) {
        if (!ids.contains(id))
            ids << id;
    }
    for (const qint64 id : std::as_const(ids)) {
        const auto inFirst = firstVotes.find(id);
        const auto inSecond = secondVotes.find(id);
        const QList<CountValue> a =
            inFirst == firstVotes.end() ? QList<CountValue>() : inFirst->second;
        const QList<CountValue> b =
            inSecond == secondVotes.end() ? QList<CountValue>() : inSecond->second;
        if (a == b)
            continue;
        candidateIds << id;
        items << tr("votes for candidate %1: first %2, second %3")
                     .arg(QString::number(id), votesDisplay(a), votesDisplay(b));
    }
    compareField(F::AgainstAll);

    if (items.isEmpty())
        return {};
    return {finding("P.W.001", Severity::Warning, fields,
                    tr("The second entry differs from the first in %n field(s): %1.", nullptr,
                       static_cast<int>(items.size()))
                        .arg(QLocale().createSeparatedList(items)),
                    tr("Compare both entries with the paper form, then keep the correct one or "
                       "send the wrong one back to its operator."),
                    candidateIds)};
}

bool ProtocolRules::hasErrors(const QList<Finding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding &f) { return f.isError(); });
}

QString ProtocolRules::describe(const QString &code)
{
    if (code == u"P.F.101")
        return tr("Received ballots are not accounted for: B ≠ C + C2 + D");
    if (code == u"P.F.102")
        return tr("More ballots issued than voters on the list: C + C2 > A");
    if (code == u"P.F.103")
        return tr("More ballots in the boxes than were issued: E + E2 > C + C2");
    if (code == u"P.F.104")
        return tr("More ballots in the mobile boxes than were issued outside: E2 > C2");
    if (code == u"P.F.201")
        return tr("Invalid ballots plus valid votes differ from the ballots found: "
                  "F + ΣG + H ≠ E + E2");
    if (code == u"P.F.202")
        return tr("A field is empty or not a whole number from 0 to %1")
            .arg(number(CountValue::kMaximum));
    if (code == u"P.F.203")
        return tr("Votes for someone who is not a registered candidate of the contest, or a "
                  "registered candidate without votes");
    if (code == u"P.F.204")
        return tr("The polling station does not belong to the contest's territory");
    if (code == u"P.W.001")
        return tr("The second entry differs from the first");
    if (code == u"P.W.201")
        return tr("Many invalid ballots");
    if (code == u"P.W.202")
        return tr("Issued ballots missing from the boxes");
    if (code == u"P.W.203")
        return tr("Unusually high or low turnout");
    if (code == u"P.W.204")
        return tr("Nobody voted: E + E2 = 0");
    if (code == u"P.W.205")
        return tr("No voters on the list: A = 0");
    if (code == u"P.W.206")
        return tr("Voters on the list differ much from the station's registered voters");
    if (code == u"P.W.207")
        return tr("The last hourly turnout report differs from the ballots issued");
    if (code == u"T.F.301")
        return tr("An hourly turnout report is lower than an earlier one of the same station");
    if (code == u"T.F.302")
        return tr("An hourly turnout report exceeds the station's voters on the list");
    return {};
}

QStringList ProtocolRules::codes()
{
    return {QStringLiteral("P.F.101"), QStringLiteral("P.F.102"), QStringLiteral("P.F.103"),
            QStringLiteral("P.F.104"), QStringLiteral("P.F.201"), QStringLiteral("P.F.202"),
            QStringLiteral("P.F.203"), QStringLiteral("P.F.204"), QStringLiteral("P.W.001"),
            QStringLiteral("P.W.201"), QStringLiteral("P.W.202"), QStringLiteral("P.W.203"),
            QStringLiteral("P.W.204"), QStringLiteral("P.W.205"), QStringLiteral("P.W.206"),
            QStringLiteral("P.W.207"), QStringLiteral("T.F.301"), QStringLiteral("T.F.302")};
}

} // namespace bd
