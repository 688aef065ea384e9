#pragma once

#include <QString>

// Masking of personal identifiers for screens, exports and print (DESIGN §11).
namespace Masking {

// 18-digit resident ID: first 4 and last 4 kept, "4311**********1234". Short values keep
// at most their last character.
QString idCard(const QString &value);
// Mobile phone: first 3 and last 4 kept, "138****5678".
QString phone(const QString &value);

} // namespace Masking
