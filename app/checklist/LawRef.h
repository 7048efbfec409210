#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace psv {

// A provision: law id (as listed in a checklist's "laws"), article (条), optional paragraph (款) and
// item (项); 0 means "not specified". Formatting with the law's short name is Checklist::cite().
struct LawRef
{
    QString law;
    int article = 0;
    int paragraph = 0;
    int item = 0;

    // True when this reference includes `other`: same law and article, and this one is either less
    // specific (no paragraph / no item) or names the same paragraph and item.
    bool covers(const LawRef &other) const;
    // "第十六条第二款第（一）项" (zh) or "Art. 16 ¶2 item 1" (en), without the law's name.
    QString provisionText(const QString &language) const;

    static LawRef fromJson(const QJsonValue &value);
    static QList<LawRef> listFromJson(const QJsonValue &value);
    QJsonObject toJson() const;
    static QJsonArray listToJson(const QList<LawRef> &refs);
    // Chinese numerals as used for article numbers: 1 → 一, 10 → 十, 16 → 十六, 21 → 二十一, 105 → 一百零五.
    static QString chineseNumber(int n);
    friend bool operator==(const LawRef &, const LawRef &) = default;
};

} // namespace psv
