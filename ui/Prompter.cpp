#include "Prompter.h"

namespace bd {

Prompter::~Prompter() = default;

bool Prompter::confirm(QWidget *, const QString &, const QString &, const QString &)
{
    return false;
}

} // namespace bd
