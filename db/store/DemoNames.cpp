#include "DemoNames.h"

namespace bd {

namespace {

QStringList splitWords(const char *words)
{
    return QString::fromUtf8(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// "kk|ru|ruAdjective|en" per entry, entries separated by spaces.
QList<DemoNames::PlacePart> parseParts(const char *entries)
{
    QList<DemoNames::PlacePart> parts;
    for (const QString &entry : splitWords(entries)) {
        const QStringList f = entry.split(QLatin1Char('|'));
        Q_ASSERT(f.size() == 4);
        parts.append({f.at(0), f.at(1), f.at(2), f.at(3)});
    }
    return parts;
}

} // namespace

const QStringList &DemoNames::maleGivenNames()
{
    static const QStringList names = splitWords(
        "Абай Адиль Азамат Айбек Айдар Алибек Алмас Арман Аскар Асхат Ахмет Бауыржан Бахыт "
        "Бекзат Берик Болат Габит Галым Дархан Даулет Даурен Ерболат Ержан Ерлан Ермек Жандос "
        "Жанибек Жасулан Ильяс Кайрат Канат Куаныш Максат Марат Мейрам Мурат Нуржан Нурлан "
        "Нурсултан Олжас Оралбек Ринат Руслан Рустем Сакен Самат Санжар Серик Султан Талгат "
        "Темирлан Тимур Уалихан Шынгыс");
    return names;
}

const QStringList &DemoNames::femaleGivenNames()
{
    static const QStringList names = splitWords(
        "Айгерим Айгуль Айжан Айман Айнур Алия Асель Балжан Ботагоз Гаухар Гульжан Гульмира "
        "Гульнара Дана Динара Жанар Жанна Жулдыз Зарина Индира Камила Карлыгаш Лаура Мадина "
        "Макпал Маржан Меруерт Назира Назым Нургуль Раушан Роза Сабина Салтанат Сауле Толкын "
        "Улжан Умит Шолпан Эльмира");
    return names;
}

const QStringList &DemoNames::surnameStems()
{
    static const QStringList names = splitWords(
        "Абдрахманов Абенов Адилов Айтбаев Акимов Алиев Амангельдиев Ахметов Байдильдин "
        "Байжанов Байтуганов Бекенов Бекмуханов Болатов Дауренбеков Досмухамедов Ергалиев "
        "Ермеков Есенов Естаев Жакупов Жаксылыков Жумабаев Жунусов Ибраев Исабеков Искаков "
        "Кайратов Калиев Касымов Кенжебаев Кожахметов Кудайбергенов Куанышев Мамыров Мукашев "
        "Мусин Мухамеджанов Нурланов Нурпеисов Омаров Орынбаев Оспанов Рахимов Сагинтаев "
        "Садыков Сапаров Сарсенбаев Сатпаев Сейткалиев Сериков Смагулов Султанов Тажибаев "
        "Тасмагамбетов Токтаров Тулегенов Турсунов Утепов Шайхин Шарипов Ыскаков");
    return names;
}

QString DemoNames::surname(const QString &maleSurname, bool female)
{
    return female ? maleSurname + QStringLiteral("а") : maleSurname;
}

QString DemoNames::patronymic(const QString &fatherName, bool female)
{
    // Russian rules: Абай → Абаевич, Адиль → Адилевич, Серик → Серикович.
    if (fatherName.endsWith(QStringLiteral("й")) || fatherName.endsWith(QStringLiteral("ь")))
        return fatherName.chopped(1) + (female ? QStringLiteral("евна") : QStringLiteral("евич"));
    return fatherName + (female ? QStringLiteral("овна") : QStringLiteral("ович"));
}

const QList<DemoNames::PlacePart> &DemoNames::placePrefixes()
{
    static const QList<PlacePart> parts = parseParts(
        "Ақ|Ак|Ак|Ak Қара|Кара|Кара|Kara Көк|Кок|Кок|Kok Жаңа|Жана|Жана|Zhana Сары|Сары|Сары|Sary "
        "Қызыл|Кызыл|Кызыл|Kyzyl Бес|Бес|Бес|Bes Қос|Кос|Кос|Kos Тас|Тас|Тас|Tas "
        "Ұзын|Узын|Узын|Uzyn Алты|Алты|Алты|Alty Ескі|Ески|Ески|Eski Үш|Уш|Уш|Ush");
    return parts;
}

const QList<DemoNames::PlacePart> &DemoNames::placeRoots()
{
    static const QList<PlacePart> parts = parseParts(
        "көл|коль|кольский|kol су|су|суский|su төбе|тобе|тобинский|tobe "
        "бұлақ|булак|булакский|bulak терек|терек|терекский|terek жар|жар|жарский|zhar "
        "өзек|озек|озекский|ozek ағаш|агаш|агашский|agash құм|кум|кумский|kum "
        "тау|тау|тауский|tau арал|арал|аральский|aral жол|жол|жольский|zhol "
        "тал|тал|тальский|tal қайың|кайын|кайынский|kayyn адыр|адыр|адырский|adyr "
        "тұрмыс|турмыс|турмысский|turmys құдық|кудук|кудукский|kuduk дала|дала|далинский|dala "
        "шоқы|шокы|шокинский|shoky қоныс|коныс|конысский|konys");
    return parts;
}

QString DemoNames::unitNameKk(const PlacePart &prefix, const PlacePart &root, UnitKind kind)
{
    const QString place = prefix.kk + root.kk;
    switch (kind) {
    case UnitKind::RuralDistrict:
        return place + QStringLiteral(" ауылдық округі");
    case UnitKind::Village:
        return place + QStringLiteral(" ауылы");
    case UnitKind::Settlement:
        return place + QStringLiteral(" кенті");
    }
    return place;
}

QString DemoNames::unitNameRu(const PlacePart &prefix, const PlacePart &root, UnitKind kind)
{
    switch (kind) {
    case UnitKind::RuralDistrict:
        return prefix.ruAdjective + root.ruAdjective + QStringLiteral(" сельский округ");
    case UnitKind::Village:
        return QStringLiteral("село ") + prefix.ru + root.ru;
    case UnitKind::Settlement:
        return QStringLiteral("поселок ") + prefix.ru + root.ru;
    }
    return prefix.ru + root.ru;
}

QString DemoNames::placeEn(const PlacePart &prefix, const PlacePart &root)
{
    return prefix.en + root.en;
}

QString DemoNames::unitNameEn(const PlacePart &prefix, const PlacePart &root, UnitKind kind)
{
    const QString place = placeEn(prefix, root);
    switch (kind) {
    case UnitKind::RuralDistrict:
        return place + QStringLiteral(" rural district");
    case UnitKind::Village:
        return place + QStringLiteral(" village");
    case UnitKind::Settlement:
        return place + QStringLiteral(" settlement");
    }
    return place;
}

const QStringList &DemoNames::streets()
{
    static const QStringList names = {
        QStringLiteral("Abai"),       QStringLiteral("Dostyk"),   QStringLiteral("Tauelsizdik"),
        QStringLiteral("Birlik"),     QStringLiteral("Bereke"),   QStringLiteral("Mektep"),
        QStringLiteral("Ortalyk"),    QStringLiteral("Nauryz"),   QStringLiteral("Baiterek"),
        QStringLiteral("Zhastar"),    QStringLiteral("Kenesary"), QStringLiteral("Auezov"),
        QStringLiteral("Zheltoksan"), QStringLiteral("Satpayev"), QStringLiteral("Bokeikhan")};
    return names;
}

const QStringList &DemoNames::buildings()
{
    static const QStringList names = {
        QStringLiteral("secondary school"), QStringLiteral("house of culture"),
        QStringLiteral("rural club"),       QStringLiteral("akimat building"),
        QStringLiteral("library"),          QStringLiteral("medical outpatient clinic")};
    return names;
}

const QStringList &DemoNames::ngoNames()
{
    static const QStringList names = {QStringLiteral("Civic Control public association (demo)"),
                                      QStringLiteral("Youth for Fair Elections (demo)"),
                                      QStringLiteral("Rural Initiatives Foundation (demo)"),
                                      QStringLiteral("Transparent Vote Network (demo)"),
                                      QStringLiteral("Association of Rural Women (demo)")};
    return names;
}

const QStringList &DemoNames::mediaNames()
{
    static const QStringList names = {
        QStringLiteral("Auyl Tynysy newspaper (demo)"), QStringLiteral("Regional TV (demo)"),
        QStringLiteral("Dala Radio (demo)"), QStringLiteral("Steppe News online (demo)")};
    return names;
}

const QStringList &DemoNames::internationalNames()
{
    static const QStringList names = {
        QStringLiteral("International Election Observers Association (demo)"),
        QStringLiteral("Inter-Parliamentary Observer Mission (demo)")};
    return names;
}

} // namespace bd
