#pragma once

#include "Finding.h"

#include <QSet>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QVBoxLayout;

namespace bd {

/**
 * The findings of a protocol form, errors first: each with its code, message and advice, and
 * for a warning a "Checked against the paper" box that the operator ticks (Space) before the
 * protocol can be finished. The ticks are kept by code while the warning stays.
 */
class FindingList : public QWidget
{
    Q_OBJECT

public:
    explicit FindingList(QWidget *parent = nullptr);

    /** Shows @p findings; a warning's tick survives while its code is still among them. */
    void setFindings(const QList<Finding> &findings);
    /** Ticks the warnings whose codes are in @p codes (a restored draft). */
    void setAcknowledged(const QStringList &codes);
    /** The codes of the warnings shown and ticked. */
    QStringList acknowledged() const;
    /** True when every warning shown is ticked. */
    bool allAcknowledged() const;
    /** The codes shown, in order (a code may repeat: P.F.203). */
    QStringList codes() const;
    /** The box of warning @p code, or null. */
    QCheckBox *acknowledgementBox(const QString &code) const;
    /** The warning boxes, in order, for the tab chain. */
    QList<QCheckBox *> boxes() const;
    /** The first box not ticked, or null. */
    QCheckBox *firstUnticked() const;
    /** Boxes read-only (an accepted or finished protocol). */
    void setReadOnly(bool readOnly);
    /** What to say when there is no finding (e.g. nothing open). */
    void setEmptyText(const QString &text);

signals:
    /** A warning box was ticked or unticked. */
    void acknowledgementChanged();
    /** The boxes were made anew; the tab chain must be set again. */
    void rebuilt();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void updateColours();

    QList<Finding> m_findings;
    QSet<QString> m_ticked;
    bool m_readOnly = false;
    QVBoxLayout *m_layout;
    QLabel *m_empty;
    QList<QWidget *> m_items;
    QList<QCheckBox *> m_boxes;
};

} // namespace bd
