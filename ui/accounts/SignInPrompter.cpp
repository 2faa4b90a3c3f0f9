#include "SignInPrompter.h"

namespace bd {

SignInPrompter::~SignInPrompter() = default;

} // namespace bd
