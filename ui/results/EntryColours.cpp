#include "EntryColours.h"

namespace bd {

bool EntryColours::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor EntryColours::background(Mark mark, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (mark) {
    case Mark::Error:
        return dark ? QColor(0x5c, 0x22, 0x22) : QColor(0xfd, 0xe2, 0xe1);
    case Mark::Warning:
        return dark ? QColor(0x4d, 0x3d, 0x0a) : QColor(0xff, 0xf1, 0xc7);
    case Mark::None:
        break;
    }
    return palette.color(QPalette::Base);
}

QColor EntryColours::foreground(Mark mark, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (mark) {
    case Mark::Error:
        return dark ? QColor(0xff, 0x9a, 0x95) : QColor(0xa4, 0x26, 0x2c);
    case Mark::Warning:
        return dark ? QColor(0xf5, 0xd0, 0x6a) : QColor(0x7a, 0x55, 0x00);
    case Mark::None:
        break;
    }
    return palette.color(QPalette::WindowText);
}

} // namespace bd
