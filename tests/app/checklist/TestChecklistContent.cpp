// The built-in checklists compared with the law they encode (copies in tests/data/regulations).
#include "Checklist.h"
#include "ChecklistRegistry.h"
#include "LawText.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace psv;

namespace {

const QString kRegulations = QStringLiteral(PSV_SOURCE_DIR "/tests/data/regulations");

QString stripItemMarker(QString line)
{
    static const QRegularExpression marker(QStringLiteral("^[（(][一二三四五六七八九十]+[）)]\\s*"));
    static const QRegularExpression tail(QStringLiteral("[;；。]$"));
    return line.remove(marker).remove(tail);
}

// Every object with "law" and "article" in a document, with its JSON pointer.
void collectRefs(const QJsonValue &v, const QString &ptr, QList<QPair<QString, LawRef>> &out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.contains(QLatin1String("law")) && o.contains(QLatin1String("article")))
            out << qMakePair(ptr, LawRef::fromJson(o));
        for (auto it = o.begin(); it != o.end(); ++it)
            collectRefs(it.value(), ptr + u'/' + it.key(), out);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            collectRefs(a.at(i), ptr + u'/' + QString::number(i), out);
    }
}

QList<int> range(int from, int to)
{
    QList<int> r;
    for (int i = from; i <= to; ++i)
        r << i;
    return r;
}

} // namespace

class TestChecklistContent : public QObject
{
    Q_OBJECT

    QHash<QString, lawtext::Law> m_laws;
    ChecklistRegistry m_registry;
    std::shared_ptr<const Checklist> m_national;

    QString provision(const LawRef &r) const { return m_laws.value(r.law).text(r.article, r.paragraph, r.item); }

private Q_SLOTS:
    void initTestCase()
    {
        m_laws = lawtext::loadAll(kRegulations);
        for (auto it = m_laws.cbegin(); it != m_laws.cend(); ++it)
            QVERIFY2(it.value().ok, qPrintable(it.key()));
        m_registry.addBuiltIn();
        QVERIFY(m_registry.refused().isEmpty());
        m_national = m_registry.find(QStringLiteral("mps-2025"));
        QVERIFY(m_national);
    }

    void thirteenItemsAreArt10Verbatim()
    {
        const QStringList lines = m_laws.value(QStringLiteral("mps-2025-rules")).articles.value(10).first().mid(1);
        QCOMPARE(lines.size(), 13);
        QCOMPARE(m_national->items().size(), 13);
        for (int n = 1; n <= 13; ++n) {
            const ChecklistItem &item = m_national->items().at(n - 1);
            QCOMPARE(item.number, n);
            QCOMPARE(item.text.zh, stripItemMarker(lines.at(n - 1)));
            QVERIFY(!item.text.en.isEmpty());
            QCOMPARE(item.source, (LawRef {QStringLiteral("mps-2025-rules"), 10, 0, n}));
        }
    }

    void modesFollowArt11()
    {
        // "一般检查……重点检查本规定第十条第一项至第七项内容。专业检查……第十条第八项至第十三项内容。"
        const QString art11 = m_laws.value(QStringLiteral("mps-2025-rules")).text(11, 2);
        static const QRegularExpression re(
            QStringLiteral("(一般|专业)检查[^。]*?第十条第([一二三四五六七八九十]+)项至第([一二三四五六七八九十]+)项"));
        QHash<QString, QList<int>> byMode;
        auto it = re.globalMatch(art11);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString mode
                = m.captured(1) == QStringLiteral("一般") ? QStringLiteral("general") : QStringLiteral("professional");
            byMode[mode] = range(lawtext::chineseNumber(m.captured(2)), lawtext::chineseNumber(m.captured(3)));
        }
        QCOMPARE(byMode.value(QStringLiteral("general")), range(1, 7));
        QCOMPARE(byMode.value(QStringLiteral("professional")), range(8, 13));
        for (const ChecklistItem &item : m_national->items())
            QVERIFY2(byMode.value(item.mode).contains(item.number), qPrintable(QString::number(item.number)));
        for (const QString &mode : {QStringLiteral("general"), QStringLiteral("professional")}) {
            const Checklist::InspectionKind *kind = m_national->inspectionKind(mode);
            QVERIFY(kind);
            QCOMPARE(kind->modes, QStringList {mode});
            QCOMPARE(kind->focusItems, byMode.value(mode));
        }
    }

    void art12FocusIsItemsOneToThree()
    {
        const QString art12 = m_laws.value(QStringLiteral("mps-2025-rules")).text(12);
        static const QRegularExpression re(
            QStringLiteral("重点检查本规定第十条第([一二三四五六七八九十]+)项至第([一二三四五六七八九十]+)项"));
        const auto m = re.match(art12);
        QVERIFY(m.hasMatch());
        const QList<int> focus = range(lawtext::chineseNumber(m.captured(1)), lawtext::chineseNumber(m.captured(2)));
        QCOMPARE(focus, QList<int>({1, 2, 3}));
        const Checklist::InspectionKind *kind = m_national->inspectionKind(QStringLiteral("art12-focus"));
        QVERIFY(kind);
        QCOMPARE(kind->focusItems, focus);
        QCOMPARE(kind->placeCategories, QStringList {QStringLiteral("art9")});
        QCOMPARE(m_national->placeRules().size(), 1);
        QCOMPARE(m_national->placeRules().first().focusItems, focus);
    }

    void art9ExemptionsAreThoseOfArt9Paragraph2()
    {
        // "……应当遵守本条例除第十一条、第十四条、第十五条、第十六条第二款、第十七条规定的强制性要求之外的其他各项规定。"
        const QString text = m_laws.value(QStringLiteral("psv-regulation-2025")).text(9, 2);
        const auto m = QRegularExpression(QStringLiteral("除(.*)规定的强制性要求之外")).match(text);
        QVERIFY(m.hasMatch());
        QList<LawRef> expected;
        static const QRegularExpression ref(
            QStringLiteral("第([一二三四五六七八九十]+)条(?:第([一二三四五六七八九十]+)款)?"));
        auto it = ref.globalMatch(m.captured(1));
        while (it.hasNext()) {
            const auto r = it.next();
            expected << LawRef {QStringLiteral("psv-regulation-2025"), lawtext::chineseNumber(r.captured(1)),
                r.captured(2).isEmpty() ? 0 : lawtext::chineseNumber(r.captured(2)), 0};
        }
        QCOMPARE(expected.size(), 5);
        const Checklist::PlaceRule &rule = m_national->placeRules().first();
        QCOMPARE(rule.placeCategories, QStringList {QStringLiteral("art9")});
        QVERIFY(rule.hasNotMandatory);
        QCOMPARE(rule.notMandatoryEnforcing, expected);
        QCOMPARE(rule.notMandatoryBasis, QList<LawRef>({LawRef {QStringLiteral("psv-regulation-2025"), 9, 2, 0}}));
        QVERIFY(rule.notMandatoryReason.zh.contains(QStringLiteral("第九条第二款")));
    }

    void everyReferenceExistsInTheLaw()
    {
        for (const auto &c : m_registry.all()) {
            QList<QPair<QString, LawRef>> refs;
            collectRefs(c->document(), QString(), refs);
            QVERIFY(refs.size() > 20);
            for (const auto &[ptr, r] : std::as_const(refs)) {
                QVERIFY2(m_laws.contains(r.law), qPrintable(c->id() + ptr));
                QVERIFY2(!provision(r).isNull(),
                    qPrintable(c->id() + ptr + QStringLiteral(" → ") + c->cite(r, QStringLiteral("en"))));
            }
        }
    }

    void quotesAreVerbatim()
    {
        int quotes = 0;
        for (const auto &c : m_registry.all()) {
            for (const ChecklistItem &item : c->items()) {
                const QString where = c->id() + QStringLiteral(" item ") + QString::number(item.number);
                QVERIFY2(!item.legalText.isEmpty(), qPrintable(where));
                for (const ChecklistItem::Quote &q : item.legalText) {
                    QVERIFY2(
                        provision(q.ref).contains(q.text.zh), qPrintable(where + QStringLiteral(": ") + q.text.zh));
                    ++quotes;
                }
                for (const ChecklistItem::Finding &f : item.findings) {
                    if (f.outcome.penaltySource) {
                        QVERIFY2(provision(*f.outcome.penaltySource).contains(f.outcome.penalty.zh),
                            qPrintable(where + u' ' + f.key + QStringLiteral(": ") + f.outcome.penalty.zh));
                        // The penalty comes from a provision the outcome cites.
                        QVERIFY2(std::any_of(f.outcome.basis.begin(), f.outcome.basis.end(),
                                     [&](const LawRef &b) {
                                         return b.law == f.outcome.penaltySource->law
                                             && b.article == f.outcome.penaltySource->article;
                                     }),
                            qPrintable(where + u' ' + f.key));
                        ++quotes;
                    }
                    for (const LocalizedText &m : f.outcome.measures) {
                        QVERIFY2(std::any_of(f.outcome.basis.begin(), f.outcome.basis.end(),
                                     [&](const LawRef &b) {
                                         return provision(LawRef {b.law, b.article, 0, 0}).contains(m.zh);
                                     }),
                            qPrintable(where + u' ' + f.key + QStringLiteral(": ") + m.zh));
                        ++quotes;
                    }
                }
            }
        }
        QVERIFY(quotes > 100);
    }

    void issueExamplesAreEncoded()
    {
        const auto enforces = [&](int n, int article) {
            const ChecklistItem *it = m_national->item(n);
            return std::any_of(it->enforces.begin(), it->enforces.end(),
                [&](const LawRef &r) { return r.law == QLatin1String("psv-regulation-2025") && r.article == article; });
        };
        QVERIFY(enforces(2, 13));
        QVERIFY(enforces(4, 14));
        QVERIFY(enforces(7, 17));
        const auto outcome = [&](int n, const QString &key) {
            return m_national->item(n)->finding(key)->outcome;
        };
        QCOMPARE(outcome(2, QStringLiteral("no-sign")).order, QStringLiteral("correction"));
        QCOMPARE(outcome(2, QStringLiteral("no-sign")).basis.first().article, 13);
        QCOMPARE(outcome(4, QStringLiteral("not-filed")).order, QStringLiteral("correction-deadline"));
        QCOMPARE(outcome(4, QStringLiteral("false-filing")).basis.first().article, 29);
        QVERIFY(outcome(4, QStringLiteral("not-filed")).penalty.zh.contains(QStringLiteral("1万元以下罚款")));
        QCOMPARE(outcome(1, QStringLiteral("installer-not-entitled")).basis.first().article, 26);
        QCOMPARE(outcome(9, QStringLiteral("in-prohibited-place")).basis.first().article, 27);
        // Structured observations the checklist defines.
        QVERIFY(m_national->item(4)->observation(QStringLiteral("filing-number")));
        QCOMPARE(
            m_national->item(4)->observation(QStringLiteral("filed-camera-count"))->type, QStringLiteral("integer"));
        QCOMPARE(
            m_national->item(4)->observation(QStringLiteral("seen-camera-count"))->type, QStringLiteral("integer"));
        QVERIFY(m_national->item(5)->observation(QStringLiteral("cameras-working")));
        QVERIFY(m_national->item(5)->observation(QStringLiteral("cameras-total")));
        QCOMPARE(
            m_national->item(7)->observation(QStringLiteral("oldest-recording-days"))->type, QStringLiteral("days"));
    }

    void item9GuidanceNamesTheArt8Places()
    {
        const lawtext::Paragraph places = m_laws.value(QStringLiteral("psv-regulation-2025")).articles.value(8).first();
        QCOMPARE(places.size(), 5); // the lead-in and items (一)–(四)
        QString guidance;
        const ChecklistItem *item9 = m_national->item(9);
        for (const auto *list :
            {&item9->guidance.look, &item9->guidance.ask, &item9->guidance.film, &item9->guidance.notes})
            for (const LocalizedText &t : *list)
                guidance += t.zh;
        for (const QString &line : places.mid(1))
            QVERIFY2(guidance.contains(stripItemMarker(line)), qPrintable(line));
        for (const QString &word : {QStringLiteral("客房"), QStringLiteral("宿舍"), QStringLiteral("卫生间"),
                 QStringLiteral("更衣室"), QStringLiteral("哺乳室")})
            QVERIFY(guidance.contains(word));
    }

    void localPacksCarryJurisdictionDateAndPrecedence_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("law");
        QTest::newRow("beijing") << "beijing-2007" << "11" << "beijing-2007";
        QTest::newRow("chongqing") << "chongqing-2009" << "50" << "chongqing-2009";
        QTest::newRow("hubei") << "hubei-2013" << "42" << "hubei-2013";
        QTest::newRow("shannan") << "shannan-2019" << "5405" << "shannan-2019";
    }
    void localPacksCarryJurisdictionDateAndPrecedence()
    {
        QFETCH(QString, id);
        QFETCH(QString, code);
        QFETCH(QString, law);
        const auto pack = m_registry.find(id);
        QVERIFY(pack);
        QCOMPARE(pack->kind(), Checklist::Kind::Local);
        QCOMPARE(pack->jurisdiction()->divisionCode, code);
        // The effective date the text's heading states: "自2007年4月1日起施行".
        const auto m = QRegularExpression(QStringLiteral("自(\\d{4})年(\\d{1,2})月(\\d{1,2})日起施行"))
                           .match(m_laws.value(law).firstLine);
        QVERIFY(m.hasMatch());
        const QDate stated(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        QCOMPARE(pack->effective(), stated);
        QCOMPARE(pack->law(law)->effective, stated);
        QVERIFY(pack->precedence().zh.contains(QStringLiteral("以《条例》和《规定》为准")));
        QVERIFY(!pack->precedence().en.isEmpty());
        for (const ChecklistItem &item : pack->items()) {
            QVERIFY(!item.relatesTo.isEmpty());
            for (int n : item.relatesTo)
                QVERIFY(m_national->item(n));
            for (const LawRef &r : item.enforces)
                QCOMPARE(r.law, law);
        }
    }

    void localSupplementsTheIssueNames()
    {
        const auto enforcing = [&](const QString &id, LawRef ref) {
            const auto pack = m_registry.find(id);
            for (const ChecklistItem &item : pack->items())
                for (const LawRef &r : item.enforces)
                    if (r.covers(ref) || ref.covers(r))
                        return &item;
            return static_cast<const ChecklistItem *>(nullptr);
        };
        // Shannan: 30-day continuous storage (Art. 14 item 6) and monitoring-staff filing (item 2).
        const ChecklistItem *storage
            = enforcing(QStringLiteral("shannan-2019"), {QStringLiteral("shannan-2019"), 14, 1, 6});
        QVERIFY(storage && storage->text.zh.contains(QStringLiteral("30日")));
        QVERIFY(enforcing(QStringLiteral("shannan-2019"), {QStringLiteral("shannan-2019"), 14, 1, 2}));
        // Chongqing: fixed position, direction and field of view (Art. 10).
        const ChecklistItem *fixed
            = enforcing(QStringLiteral("chongqing-2009"), {QStringLiteral("chongqing-2009"), 10, 0, 0});
        QVERIFY(fixed && fixed->text.zh.contains(QStringLiteral("摄像头指向方位固定")));
        // Access registration with at least two officers: Beijing Art. 17, Chongqing Art. 18, Shannan Art. 16.
        QVERIFY(enforcing(QStringLiteral("beijing-2007"), {QStringLiteral("beijing-2007"), 17, 0, 0}));
        QVERIFY(enforcing(QStringLiteral("chongqing-2009"), {QStringLiteral("chongqing-2009"), 18, 0, 0}));
        const ChecklistItem *access
            = enforcing(QStringLiteral("shannan-2019"), {QStringLiteral("shannan-2019"), 14, 1, 5});
        QVERIFY(access && access->text.zh.contains(QStringLiteral("两名")));
        // Hubei's text is partial: the pack says so and prescribes no penalty it cannot cite.
        const auto hubei = m_registry.find(QStringLiteral("hubei-2013"));
        QVERIFY(hubei->law(QStringLiteral("hubei-2013"))->partial);
        for (const ChecklistItem &item : hubei->items())
            for (const ChecklistItem::Finding &f : item.findings) {
                QVERIFY(!f.outcome.penaltySource);
                QVERIFY(!f.outcome.note.zh.isEmpty());
            }
    }
};

QTEST_GUILESS_MAIN(TestChecklistContent)
#include "TestChecklistContent.moc"
