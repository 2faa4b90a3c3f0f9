#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bd {

/**
 * Synthetic name material for the demo election: people, places, streets and organisations.
 *
 * Every list is fixed and ordered, so that a seeded generator picking from it is reproducible.
 * People's names are Kazakh names in the Russian-style Cyrillic spelling used on ballots and in
 * registers ("Surname Given Patronymic"); they avoid Ё and the Kazakh-only letters, so that
 * sorting by code point is alphabetical. Places combine a prefix and a root ("Жаңа" + "тұрмыс")
 * in Kazakh, Russian and English forms.
 */
class DemoNames
{
public:
    DemoNames() = delete;

    /** One part of a place name in its three forms; ruAdjective is the Russian adjective stem. */
    struct PlacePart
    {
        QString kk;
        QString ru;
        QString ruAdjective;
        QString en;
    };

    /** The kinds of rural units that elect an akim. */
    enum class UnitKind { RuralDistrict, Village, Settlement };

    static const QStringList &maleGivenNames();
    static const QStringList &femaleGivenNames();
    /** Surnames in their male form (…ов, …ев, …ин); surname() makes the female form. */
    static const QStringList &surnameStems();

    /** The surname for a man or a woman, e.g. "Ахметов" / "Ахметова". */
    static QString surname(const QString &maleSurname, bool female);
    /** The Russian-style patronymic from the father's name, e.g. "Серикович" / "Сериковна". */
    static QString patronymic(const QString &fatherName, bool female);

    static const QList<PlacePart> &placePrefixes();
    static const QList<PlacePart> &placeRoots();

    /** The name of a rural unit in Kazakh, e.g. "Жаңатұрмыс ауылдық округі". */
    static QString unitNameKk(const PlacePart &prefix, const PlacePart &root, UnitKind kind);
    /** The name in Russian, e.g. "Жанатурмысский сельский округ", "село Жанатурмыс". */
    static QString unitNameRu(const PlacePart &prefix, const PlacePart &root, UnitKind kind);
    /** The name in English, e.g. "Zhanaturmys rural district", "Zhanaturmys village". */
    static QString unitNameEn(const PlacePart &prefix, const PlacePart &root, UnitKind kind);
    /** The bare place name in English, e.g. "Zhanaturmys" (for addresses). */
    static QString placeEn(const PlacePart &prefix, const PlacePart &root);

    static const QStringList &streets();
    static const QStringList &buildings();

    static const QStringList &ngoNames();
    static const QStringList &mediaNames();
    static const QStringList &internationalNames();
};

} // namespace bd
