#pragma once

#include "Finding.h"
#include "ProtocolContext.h"
#include "ProtocolFigures.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace bd {

/**
 * The consistency rules of the results protocol: coded errors P.F.* and warnings P.W.*.
 *
 * Implements spec/protocol-rules.md. Errors block acceptance; warnings need an explicit
 * acknowledgement. Arithmetic rules run only when every field they involve is a valid count;
 * empty and invalid fields are reported once, by P.F.202.
 */
class ProtocolRules
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolRules)

public:
    ProtocolRules() = delete;

    /**
     * Every finding for @p figures: errors first, then warnings, each group ordered by code.
     * Each code appears at most once, except P.F.203, which appears once per kind of problem
     * (votes for unregistered candidates, registered candidates without votes, duplicate
     * entries, "against all" entered where the election has none), in that order.
     */
    static QList<Finding> check(const ProtocolFigures &figures, const ProtocolContext &context);

    /**
     * Double entry: no finding when the two entries are equal, else one P.W.001 warning whose
     * fields and candidateIds name every difference and whose message lists both values.
     * Candidates' votes are matched by candidate id, regardless of their order.
     */
    static QList<Finding> compare(const ProtocolFigures &first, const ProtocolFigures &second);

    /** True when any finding is an error, i.e. the protocol cannot be accepted. */
    static bool hasErrors(const QList<Finding> &findings);

    /** Translated one-line description of @p code (any P.*, T.* code); empty if unknown. */
    static QString describe(const QString &code);

    /** Every code that describe() knows, protocol codes first, in code order. */
    static QStringList codes();
};

} // namespace bd
