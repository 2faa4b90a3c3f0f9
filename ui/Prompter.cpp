#include "Prompter.h"

namespace bd {

Prompter::~Prompter() = default;

} // namespace bd
