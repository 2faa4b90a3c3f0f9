#pragma once

#include "ProtocolEntryService.h"

#include <QLineEdit>

#include <functional>

class QListView;
class QStandardItemModel;

namespace bd {

/**
 * The station field of the protocol form: type-ahead over the protocols of the election by
 * station number or code (ProtocolEntryService::find), shown in a list under the field (list(),
 * placed by the page; not a popup window, so the keyboard never leaves the form). Down and Up
 * move in the list without leaving the field; Enter opens the highlighted protocol, or the only
 * station whose number or code is exactly what was typed; when several match (numbers repeat
 * across regions) the list highlights the first of them to choose from. A click opens a row.
 */
class ProtocolPicker : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr int MaxChoices = 20;

    /** What the picker asks for the protocols whose station starts with a prefix. */
    using Finder = std::function<Outcome<QList<ProtocolChoice>>(const QString &prefix)>;

    explicit ProtocolPicker(QWidget *parent = nullptr);

    /** Where the choices come from; none (the default): the field offers nothing. */
    void setFinder(Finder finder);
    /** Looks up what is typed now and shows the list (also done on every edit). */
    void searchNow();
    const QList<ProtocolChoice> &choices() const { return m_choices; }
    /** The list of choices; the page lays it out under the field. */
    QListView *list() const { return m_list; }
    /** The highlighted row of the list, or -1. */
    int currentRow() const;

    /** "123 · School No. 5 — Akim of Kosshy" as the list and the form's heading show it. */
    static QString describe(const ProtocolChoice &choice);

signals:
    void protocolChosen(const bd::ProtocolChoice &choice);
    /** Enter found nothing, or more than one station: the message says what to do. */
    void hint(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    /** Runs the finder for the text and fills the list. */
    void refresh();
    void setCurrentRow(int row);
    void chooseRow(const QModelIndex &index);
    void choose(const ProtocolChoice &choice);

    Finder m_finder;
    QStandardItemModel *m_model;
    QListView *m_list;
    QList<ProtocolChoice> m_choices;
};

} // namespace bd
