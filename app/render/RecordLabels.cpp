#include "RecordLabels.h"

namespace psv {

QString RecordLabels::kind(const QString &code)
{
    if (code == QLatin1String("professional"))
        return QStringLiteral("专业检查（《公共安全视频图像信息系统监督管理工作规定》第十一条）");
    if (code == QLatin1String("art12-focus"))
        return QStringLiteral("重点检查（《公共安全视频图像信息系统监督管理工作规定》第十二条）");
    return QStringLiteral("一般检查（《公共安全视频图像信息系统监督管理工作规定》第十一条）");
}

QString RecordLabels::trigger(const QString &code)
{
    if (code == QLatin1String("report"))
        return QStringLiteral("举报核查（《公共安全视频图像信息系统监督管理工作规定》第十六条）");
    if (code == QLatin1String("reinspection"))
        return QStringLiteral("复查（《公共安全视频图像信息系统监督管理工作规定》第十五条）");
    return QStringLiteral("日常监督检查");
}

QString RecordLabels::itemResult(const QString &code)
{
    if (code == QLatin1String("compliant"))
        return QStringLiteral("符合");
    if (code == QLatin1String("non-compliant"))
        return QStringLiteral("不符合");
    if (code == QLatin1String("not-applicable"))
        return QStringLiteral("不适用");
    return QStringLiteral("未检查");
}

QString RecordLabels::orderKind(const QString &code)
{
    if (code == QLatin1String("correction"))
        return QStringLiteral("责令改正");
    if (code == QLatin1String("correction-deadline"))
        return QStringLiteral("责令限期改正");
    if (code == QLatin1String("penalty-proposal"))
        return QStringLiteral("提出行政处罚建议");
    if (code == QLatin1String("referral"))
        return QStringLiteral("移送");
    return {};
}

} // namespace psv
