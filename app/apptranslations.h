#pragma once

#include <QString>

// The program's own catalogue (:/i18n/pingan_<lang>.qm) and Qt's (qtbase_<lang>.qm) for the
// standard dialogs. Installing again replaces what was installed before.
namespace AppTranslations {

// lang: "zh_CN" or "en". Returns false when the program's catalogue could not be loaded.
bool install(const QString &lang);

} // namespace AppTranslations
