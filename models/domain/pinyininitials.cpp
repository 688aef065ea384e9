#include "pinyininitials.h"

#include <QStringDecoder>

#include <array>

namespace {

// First GB2312 code of each initial among the level-1 hanzi (the classic boundary table; no
// level-1 syllable starts with i, u or v).
struct Boundary
{
    int code;
    char initial;
};
const Boundary kBoundaries[] = {
    {0xB0A1, 'a'}, {0xB0C5, 'b'}, {0xB2C1, 'c'}, {0xB4EE, 'd'}, {0xB6EA, 'e'}, {0xB7A2, 'f'},
    {0xB8C1, 'g'}, {0xB9FE, 'h'}, {0xBBF7, 'j'}, {0xBFA6, 'k'}, {0xC0AC, 'l'}, {0xC2E8, 'm'},
    {0xC4C3, 'n'}, {0xC5B6, 'o'}, {0xC5BE, 'p'}, {0xC6DA, 'q'}, {0xC8BB, 'r'}, {0xC8F6, 's'},
    {0xCBFA, 't'}, {0xCDDA, 'w'}, {0xCEF4, 'x'}, {0xD1B9, 'y'}, {0xD4D1, 'z'},
};
constexpr int kLastLevel1 = 0xD7F9;

// Initial per BMP code point (0 = none), filled once from the codec.
struct Table
{
    std::array<char, 0x10000> initial {};
    bool available = false;

    Table()
    {
        QStringDecoder decoder("GB18030");
        if (!decoder.isValid())
            return;
        for (int hi = 0xB0; hi <= 0xD7; ++hi) {
            for (int lo = 0xA1; lo <= 0xFE; ++lo) {
                const int code = hi << 8 | lo;
                if (code > kLastLevel1)
                    break;
                char letter = 0;
                for (const Boundary &b : kBoundaries) {
                    if (code >= b.code)
                        letter = b.initial;
                }
                const char bytes[2] = {char(hi), char(lo)};
                const QString decoded = decoder.decode(QByteArrayView(bytes, 2));
                if (decoded.size() == 1 && decoded.at(0).unicode() >= 0x80)
                    initial[decoded.at(0).unicode()] = letter;
            }
        }
        available = true;
    }
};

const Table &table()
{
    static const Table t;
    return t;
}

} // namespace

namespace PinyinInitials {

char initialOf(char16_t c)
{
    if (c < 0x80) {
        if (c >= u'A' && c <= u'Z')
            return char(c - u'A' + 'a');
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            return char(c);
        return 0;
    }
    return table().initial[c];
}

QString of(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char letter = initialOf(c.unicode());
        out += letter ? QChar(QLatin1Char(letter)) : QChar(kNone);
    }
    return out;
}

bool isAvailable()
{
    return table().available;
}

bool matches(const QString &text, const QString &typed, bool anywhere)
{
    if (typed.isEmpty() || typed.size() > text.size())
        return false;
    QString want;
    want.reserve(typed.size());
    for (QChar c : typed) {
        const char letter = c.unicode() < 0x80 ? initialOf(c.unicode()) : 0;
        if (!letter)
            return false;
        want += QLatin1Char(letter);
    }
    const QString initials = of(text);
    return anywhere ? initials.contains(want) : initials.startsWith(want);
}

} // namespace PinyinInitials
