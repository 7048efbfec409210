#include "DemoData.h"

#include "Database.h"
#include "DemoLogging.h"
#include "OfficerRepository.h"
#include "SiteRepository.h"
#include "Sql.h"
#include "UnitRepository.h"
#include "Uscc.h"
#include "WriteScope.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace psv {

namespace {

// A USCC from its first 17 characters (registration authority, category, GB/T 2260 division,
// organisation code) and the check character they give (GB 32100-2015).
QString uscc(const char *first17)
{
    const QString head = QString::fromLatin1(first17);
    return head + Uscc::checkCharacter(head);
}

Unit unit(const char *name, UnitType type, const char *first17, const char *address, const char *contact,
    const char *phone, const char *station, const char *organ)
{
    Unit u;
    u.name = QString::fromUtf8(name);
    u.type = type;
    u.uscc = uscc(first17);
    u.address = QString::fromUtf8(address);
    u.contactPerson = QString::fromUtf8(contact);
    u.contactPhone = QString::fromLatin1(phone);
    u.policeStation = QString::fromUtf8(station);
    u.countyOrgan = QString::fromUtf8(organ);
    return u;
}

struct Filing
{
    const char *number = nullptr; // nullptr: not filed
    QDate date;
    int cameras = 0;
    int retentionDays = 0;
};

Site site(const char *unitFirst17, const char *name, PlaceCategory category, const char *address,
    const char *jurisdiction, QDate inUseSince, int cameras, const char *types, int retentionDays,
    const Filing &filing = {})
{
    Site s;
    s.unitId = uscc(unitFirst17); // resolved to the unit's id when loading
    s.name = QString::fromUtf8(name);
    s.category = category;
    s.address = QString::fromUtf8(address);
    s.jurisdiction = QString::fromLatin1(jurisdiction);
    s.inUseSince = inUseSince;
    s.cameraCount = cameras;
    s.cameraTypes = QString::fromUtf8(types).split(u'、');
    s.retentionDays = retentionDays;
    if (filing.number) {
        s.filingStatus = FilingStatus::Filed;
        s.filingNumber = QString::fromUtf8(filing.number);
        s.filingDate = filing.date;
        s.filedCameraCount = filing.cameras;
        s.filedRetentionDays = filing.retentionDays;
    }
    return s;
}

Officer officer(const char *name, const char *number, OfficerRole role, const char *unitName)
{
    Officer o;
    o.name = QString::fromUtf8(name);
    o.policeNumber = QString::fromLatin1(number);
    o.role = role;
    o.unitName = QString::fromUtf8(unitName);
    return o;
}

const char *const Trade = "91500000MA5U00010";
const char *const Hospital = "12320100450000012";
const char *const Coach = "91320100MA1W00020";
const char *const Government = "11320102000000013";
const char *const Shop = "91320102MA1W00031";
const char *const Bus = "91320100MA1W00047";

Result<bool> exists(Database &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db.sql());
    if (Status s = Sql::run(q, sql, binds); !s)
        return s.error();
    return q.next();
}

} // namespace

QList<Unit> DemoData::units()
{
    return {
        unit("示例商贸有限公司", UnitType::Enterprise, Trade, "重庆市示例区示例大道1号", "示例联系人王一",
            "02300000001", "示例派出所", "示例区公安分局"),
        unit("示例市第一人民医院", UnitType::Institution, Hospital, "示例市示例区健康路8号", "示例联系人李二",
            "02500000002", "示例派出所", "示例区公安分局"),
        unit("示例客运站管理有限公司", UnitType::Enterprise, Coach, "示例市示例区站前路2号", "示例联系人赵三",
            "02500000003", "示例站前派出所", "示例区公安分局"),
        unit("示例区人民政府办公室", UnitType::Government, Government, "示例市示例区政府路6号", "示例联系人孙四",
            "02500000004", "示例派出所", "示例区公安分局"),
        unit("示例便利店有限公司", UnitType::Enterprise, Shop, "示例市示例区示例街18号", "示例联系人周五",
            "02500000005", "示例派出所", "示例区公安分局"),
        unit("示例城市公交有限公司", UnitType::Enterprise, Bus, "示例市示例区公交路9号", "示例联系人吴六",
            "02500000006", "示例站前派出所", "示例区公安分局"),
    };
}

QList<Site> DemoData::sites()
{
    return {
        // Art. 7 ¶2 item 1 (商贸中心) in Chongqing: the Chongqing local pack applies.
        site(Trade, "示例商贸中心视频监控系统", PlaceCategory::Art7_2_1, "重庆市示例区示例大道1号", "500000",
            QDate(2024, 5, 1), 48, "枪机、球机、半球", 30, {"示例渝公视备2025001号", QDate(2025, 6, 10), 48, 30}),
        // Item 1 (医疗机构); what was filed differs from what is installed (Rules Art. 10 item 4).
        site(Hospital, "示例市第一人民医院门诊楼视频系统", PlaceCategory::Art7_2_1, "示例市示例区健康路8号", "320100",
            QDate(2025, 5, 20), 64, "枪机、半球", 30, {"示例公视备2025017号", QDate(2025, 6, 12), 56, 30}),
        // Item 2 (汽车客运站): not filed, and the 30 days of Art. 14 ¶1 ended on 2025-10-01.
        site(Coach, "示例长途汽车客运站视频系统", PlaceCategory::Art7_2_2, "示例市示例区站前路2号", "320100",
            QDate(2025, 9, 1), 36, "枪机、球机、人脸抓拍机", 30),
        // Art. 7 ¶1: built by the government (广场).
        site(Government, "示例广场公共视频系统", PlaceCategory::Art7_1, "示例市示例区人民广场", "320102",
            QDate(2025, 7, 1), 24, "球机、枪机", 90, {"示例公视备2025032号", QDate(2025, 7, 20), 24, 90}),
        // Art. 9: another public place (a shop); no filing required (Art. 9 ¶2).
        site(Shop, "示例便利店店内视频系统", PlaceCategory::Art9, "示例市示例区示例街18号", "320102", QDate(2025, 5, 1),
            4, "半球", 30),
        // Item 3: cameras in buses.
        site(Bus, "示例公交车载视频系统", PlaceCategory::Art7_2_3, "示例市示例区公交路9号", "320100",
            QDate(2025, 8, 15), 120, "车载摄像机", 30, {"示例公视备2025041号", QDate(2025, 9, 5), 120, 30}),
    };
}

QList<Officer> DemoData::officers()
{
    return {
        officer("示例民警张明", "900001", OfficerRole::Station, "示例派出所"),
        officer("示例民警李强", "900002", OfficerRole::Station, "示例派出所"),
        officer("示例科信民警王芳", "900003", OfficerRole::Tech, "示例公安局科技信息化支队"),
    };
}

Result<DemoData::Counts> DemoData::missing(
    Database &db, QList<Unit> *newUnits, QList<Site> *newSites, QList<Officer> *newOfficers)
{
    Counts c;
    for (const Unit &u : DemoData::units()) {
        auto e = exists(db, QStringLiteral("SELECT 1 FROM units WHERE uscc = ?"), {u.uscc});
        if (!e)
            return e.error();
        if (!e.value()) {
            ++c.units;
            if (newUnits)
                newUnits->append(u);
        }
    }
    for (const Site &s : DemoData::sites()) {
        auto e = exists(db,
            QStringLiteral("SELECT 1 FROM sites JOIN units ON units.id = sites.unit_id "
                           "WHERE units.uscc = ? AND sites.name = ?"),
            {s.unitId, s.name});
        if (!e)
            return e.error();
        if (!e.value()) {
            ++c.sites;
            if (newSites)
                newSites->append(s);
        }
    }
    for (const Officer &o : DemoData::officers()) {
        auto e = exists(db, QStringLiteral("SELECT 1 FROM officers WHERE police_number = ?"), {o.policeNumber});
        if (!e)
            return e.error();
        if (!e.value()) {
            ++c.officers;
            if (newOfficers)
                newOfficers->append(o);
        }
    }
    return c;
}

bool DemoData::isLoaded(Database &db)
{
    auto c = missing(db, nullptr, nullptr, nullptr);
    return c && c.value().nothing();
}

Status DemoData::load(Database &db, const Actor &actor, Counts *added)
{
    QList<Unit> newUnits;
    QList<Site> newSites;
    QList<Officer> newOfficers;
    auto counts = missing(db, &newUnits, &newSites, &newOfficers);
    if (!counts)
        return counts.error();
    if (added)
        *added = counts.value();
    if (counts.value().nothing()) {
        qCInfo(lcDemo) << "sample data already loaded; nothing to add";
        return {};
    }
    // Validate everything first: a problem in the data set must change nothing.
    for (Unit &u : newUnits) {
        auto v = u.validated();
        if (!v)
            return v.error();
        u = v.value();
    }
    for (Officer &o : newOfficers) {
        auto v = o.validated();
        if (!v)
            return v.error();
        o = v.value();
    }
    return db.write(actor, [&](WriteScope &w) -> Status {
        for (Unit &u : newUnits)
            if (Status s = UnitRepository::insert(w, u); !s)
                return s;
        for (Site &s : newSites) {
            // The unit is either new in this write or was already recorded: find its id by USCC.
            QSqlQuery q(w.sql());
            if (Status st = Sql::run(q, QStringLiteral("SELECT id FROM units WHERE uscc = ?"), {s.unitId}); !st)
                return st;
            if (!q.next())
                return makeError(QStringLiteral("sample unit %1 missing").arg(s.unitId), QStringLiteral("demo"), 3);
            s.unitId = q.value(0).toString();
            auto v = s.validated();
            if (!v)
                return v.error();
            s = v.value();
            if (Status st = SiteRepository::insert(w, s); !st)
                return st;
        }
        for (Officer &o : newOfficers)
            if (Status s = OfficerRepository::insert(w, o); !s)
                return s;
        return w.audit(QStringLiteral("demo.load"), QStringLiteral("demo"), QStringLiteral("sample-data"),
            {{QStringLiteral("units"), counts.value().units}, {QStringLiteral("sites"), counts.value().sites},
                {QStringLiteral("officers"), counts.value().officers}});
    });
}

} // namespace psv
