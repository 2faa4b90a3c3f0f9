#include "Prompter.h"

namespace bd {

Prompter::~Prompter() = default;

bool Prompter::confirm(QWidget *, const QString &, const QString &, const QString &)
{
    return false;
}

std::optional<QString> Prompter::askText(QWidget *, const QString &, const QString &,
                                         const QString &)
{
    return std::nullopt;
}

std::optional<QString> Prompter::askPassword(QWidget *, const QString &, const QString &)
{
    return std::nullopt;
}

std::optional<ServerConnection> Prompter::askServerConnection(QWidget *, const QString &)
{
    return std::nullopt;
}

} // namespace bd
