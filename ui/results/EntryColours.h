#pragma once

#include <QColor>
#include <QPalette>

namespace bd {

/**
 * The colours that mark a protocol field or finding as an error or a warning, in light and
 * dark palettes. Colour is never the only mark: the form shows an icon and the code as well.
 */
class EntryColours
{
public:
    enum class Mark { None, Warning, Error };

    EntryColours() = delete;

    /** A background that reads as @p mark behind text of @p palette's Text colour. */
    static QColor background(Mark mark, const QPalette &palette);
    /** A text colour for the mark's code beside a field. */
    static QColor foreground(Mark mark, const QPalette &palette);
    static bool isDark(const QPalette &palette);
};

} // namespace bd
