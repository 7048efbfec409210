// Typing for GUI tests as an officer does: ASCII by key clicks, Chinese as an input method
// (pinyin IME) commits it — QTest::keyClicks only knows ASCII keys.
#pragma once

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QTest>
#include <QWidget>

inline void typeText(QWidget *widget, const QString &text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype j = i;
        const bool ascii = text.at(i).unicode() < 0x80;
        while (j < text.size() && (text.at(j).unicode() < 0x80) == ascii)
            ++j;
        const QString run = text.mid(i, j - i);
        if (ascii) {
            QTest::keyClicks(widget, run);
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(run);
            QCoreApplication::sendEvent(widget, &commit);
        }
        i = j;
    }
}
