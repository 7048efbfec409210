// Reads the regulation texts in tests/data/regulations into articles → paragraphs → lines, so tests
// can compare checklist data with the law. An article starts with "第N条" where N is the next number;
// a paragraph's items are the following lines starting with "（一）" or "(一)". A line starting with a
// non-consecutive "第N条…" continues the previous line (a line break in the Hubei transcription).
#pragma once

#include <QFile>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace lawtext {

inline int chineseNumber(const QString &s)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    int value = 0, current = 0;
    for (const QChar c : s) {
        if (c == u'十') {
            value += (current ? current : 1) * 10;
            current = 0;
        } else if (c == u'百') {
            value += current * 100;
            current = 0;
        } else {
            current = int(digits.indexOf(c));
            if (current < 0)
                return -1;
        }
    }
    return value + current;
}

using Paragraph = QStringList; // first line, then item lines
using Article = QList<Paragraph>;

struct Law
{
    QString firstLine;
    QHash<int, Article> articles;
    bool ok = false;

    // The text of a provision (article, paragraph, item; 0 = whole), or a null string when it does
    // not exist. Items written inline (several on one line) give the paragraph's text.
    QString text(int article, int paragraph = 0, int item = 0) const
    {
        if (!articles.contains(article))
            return {};
        const Article &a = articles.value(article);
        if (paragraph == 0 && item == 0) {
            QStringList lines;
            for (const Paragraph &p : a)
                lines += p;
            return lines.join(u'\n');
        }
        const int pi = paragraph ? paragraph : 1;
        if (pi > a.size())
            return {};
        const Paragraph &p = a.at(pi - 1);
        if (item == 0)
            return p.join(u'\n');
        if (p.size() > 1)
            return item < p.size() ? p.at(item) : QString();
        static const QRegularExpression inlineItem(QStringLiteral("[（(]([一二三四五六七八九十]+)[）)]"));
        auto it = inlineItem.globalMatch(p.first());
        while (it.hasNext())
            if (chineseNumber(it.next().captured(1)) == item)
                return p.first();
        return {};
    }
};

inline Law parse(const QString &path)
{
    Law law;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return law;
    static const QRegularExpression head(QStringLiteral("^第([一二三四五六七八九十百]+)条\\s*"));
    static const QRegularExpression itemLine(QStringLiteral("^[（(][一二三四五六七八九十]+[）)]"));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    int current = 0;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (law.firstLine.isEmpty())
            law.firstLine = line;
        const auto m = head.match(line);
        if (m.hasMatch() && chineseNumber(m.captured(1)) == current + 1) {
            ++current;
            law.articles[current] = {Paragraph {line.mid(m.capturedLength())}};
            continue;
        }
        if (current == 0)
            continue;
        Article &a = law.articles[current];
        if (m.hasMatch())
            a.last().last() += line;
        else if (itemLine.match(line).hasMatch())
            a.last() << line;
        else
            a << Paragraph {line};
    }
    law.ok = current > 0;
    return law;
}

// Law ids used in the checklists → the file under tests/data/regulations.
inline QHash<QString, QString> files()
{
    return {{QStringLiteral("psv-regulation-2025"), QStringLiteral("state-council-2025-regulation.txt")},
        {QStringLiteral("mps-2025-rules"), QStringLiteral("mps-2025-supervision-rules.txt")},
        {QStringLiteral("beijing-2007"), QStringLiteral("beijing-2007-measures.txt")},
        {QStringLiteral("chongqing-2009"), QStringLiteral("chongqing-2009-measures.txt")},
        {QStringLiteral("hubei-2013"), QStringLiteral("hubei-2013-measures-partial.txt")},
        {QStringLiteral("shannan-2019"), QStringLiteral("shannan-2019-measures.txt")}};
}

inline QHash<QString, Law> loadAll(const QString &dir)
{
    QHash<QString, Law> laws;
    const auto f = files();
    for (auto it = f.begin(); it != f.end(); ++it)
        laws.insert(it.key(), parse(dir + u'/' + it.value()));
    return laws;
}

} // namespace lawtext
