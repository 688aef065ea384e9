#pragma once

#include <QString>

// Pinyin initials of Chinese text (城关镇 → "cgz"), so that a search box finds places by the
// letters an operator types without switching input method.
//
// The table is built from GB2312 through Qt's GB18030 codec (ICU): the 3,755 level-1 hanzi
// (0xB0A1–0xD7F9) are ordered by pinyin, so a character's initial follows from where its code
// falls among the first codes of each letter. Level-2 hanzi (0xD8A1–0xF7FE, ordered by radical)
// and characters outside GB2312 have no initial here; polyphonic characters get GB2312's
// reading (长 → c, 重 → z, 行 → x). When the codec is unavailable, nothing has an initial.
namespace PinyinInitials {

// Placeholder for a character without an initial: never typed, so it never matches.
inline constexpr char16_t kNone = u'?';

// One character per character of `text`: the lowercase initial of a level-1 hanzi, the
// lowercase form of an ASCII letter or digit, and kNone for anything else.
QString of(const QString &text);
// The initial of one character (lowercase ASCII), or 0 when it has none.
char initialOf(char16_t c);
// True when the GB18030 codec was found and the table filled.
bool isAvailable();

// True when `typed` (ASCII letters and digits, any case) is a prefix of the initials of `text`
// or, if `anywhere`, occurs anywhere in them.
bool matches(const QString &text, const QString &typed, bool anywhere = false);

} // namespace PinyinInitials
