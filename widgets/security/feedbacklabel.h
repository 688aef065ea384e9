#pragma once

#include <QString>

class QLabel;

// The line under the security forms that says what is wrong or that all is well, in the same
// colours everywhere: green when fine, amber for a rule not yet met, red for a refusal.
namespace FeedbackLabel {

enum class Tone { Fine, Pending, Refused };

void show(QLabel *label, Tone tone, const QString &text);
// A live check of a form: `problem` in amber, or `fine` in green when there is none.
void check(QLabel *label, const QString &problem, const QString &fine);

} // namespace FeedbackLabel
