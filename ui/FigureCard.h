#pragma once

#include <QFrame>

class QLabel;

namespace bd {

/** One figure of the overview: a caption, a large value and a line of detail. */
class FigureCard : public QFrame
{
    Q_OBJECT

public:
    FigureCard(const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &detail = QString());
    void clear();
    QString value() const;
    QString detail() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateFonts();

    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_detail;
};

} // namespace bd
