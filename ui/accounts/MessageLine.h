#pragma once

#include <QWidget>

class QLabel;

namespace bd {

/** An inline message under a form: an icon and one or more lines, hidden when empty. */
class MessageLine : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Information, Error };

    explicit MessageLine(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Error);
    void clearMessage();
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace bd
