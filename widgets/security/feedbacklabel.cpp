#include "feedbacklabel.h"

#include <QLabel>

namespace FeedbackLabel {

void show(QLabel *label, Tone tone, const QString &text)
{
    const char *colour = tone == Tone::Fine      ? "#15803d"
                         : tone == Tone::Pending ? "#b45309"
                                                 : "#b91c1c";
    label->setStyleSheet(QStringLiteral("color:%1").arg(QLatin1String(colour)));
    label->setText(text);
}

void check(QLabel *label, const QString &problem, const QString &fine)
{
    if (problem.isEmpty())
        show(label, Tone::Fine, fine);
    else
        show(label, Tone::Pending, problem);
}

} // namespace FeedbackLabel
