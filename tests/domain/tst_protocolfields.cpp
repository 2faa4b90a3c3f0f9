#include "ProtocolField.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace bd;

Q_DECLARE_METATYPE(bd::ProtocolField)

class TestProtocolFields : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void names_data();
    void names();
    void fromKey();
    void formOrder();
};

void TestProtocolFields::initTestCase()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestProtocolFields::names_data()
{
    QTest::addColumn<ProtocolField>("field");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("letter");

    using F = ProtocolField;
    QTest::newRow("A") << F::VotersOnList << QStringLiteral("voters_on_list")
                       << QStringLiteral("A");
    QTest::newRow("B") << F::BallotsReceived << QStringLiteral("ballots_received")
                       << QStringLiteral("B");
    QTest::newRow("C") << F::BallotsIssuedStation << QStringLiteral("ballots_issued_station")
                       << QStringLiteral("C");
    QTest::newRow("C2") << F::BallotsIssuedOutside << QStringLiteral("ballots_issued_outside")
                        << QStringLiteral("C2");
    QTest::newRow("D") << F::BallotsCancelled << QStringLiteral("ballots_cancelled")
                       << QStringLiteral("D");
    QTest::newRow("E") << F::BallotsInStationBoxes << QStringLiteral("ballots_in_station_boxes")
                       << QStringLiteral("E");
    QTest::newRow("E2") << F::BallotsInMobileBoxes << QStringLiteral("ballots_in_mobile_boxes")
                        << QStringLiteral("E2");
    QTest::newRow("F") << F::InvalidBallots << QStringLiteral("invalid_ballots")
                       << QStringLiteral("F");
    QTest::newRow("H") << F::AgainstAll << QStringLiteral("against_all") << QStringLiteral("H");
}

void TestProtocolFields::names()
{
    QFETCH(ProtocolField, field);
    QFETCH(QString, key);
    QFETCH(QString, letter);

    QCOMPARE(ProtocolFields::key(field), key);
    QCOMPARE(ProtocolFields::letter(field), letter);
    QCOMPARE(ProtocolFields::fromKey(key), std::optional<ProtocolField>(field));
    QVERIFY(!ProtocolFields::label(field).isEmpty());
    QVERIFY(ProtocolFields::name(field).contains(letter));
    QVERIFY(ProtocolFields::name(field).contains(ProtocolFields::label(field)));
}

void TestProtocolFields::fromKey()
{
    QVERIFY(!ProtocolFields::fromKey(u"votes").has_value());
    QVERIFY(!ProtocolFields::fromKey(u"").has_value());
    QVERIFY(!ProtocolFields::fromKey(u"Voters_On_List").has_value());

    QSet<QString> labels;
    for (const ProtocolField field : ProtocolFields::all())
        labels.insert(ProtocolFields::label(field));
    QCOMPARE(labels.size(), 9);
}

void TestProtocolFields::formOrder()
{
    using F = ProtocolField;
    const QList<F> withoutH{F::VotersOnList,         F::BallotsReceived,  F::BallotsIssuedStation,
                            F::BallotsIssuedOutside, F::BallotsCancelled, F::BallotsInStationBoxes,
                            F::BallotsInMobileBoxes, F::InvalidBallots};
    QCOMPARE(ProtocolFields::formOrder(false), withoutH);
    QCOMPARE(ProtocolFields::formOrder(true), withoutH + QList<F>{F::AgainstAll});
    QCOMPARE(ProtocolFields::all(), ProtocolFields::formOrder(true));
}

QTEST_APPLESS_MAIN(TestProtocolFields)
#include "tst_protocolfields.moc"
