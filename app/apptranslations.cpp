#include "apptranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace {

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

} // namespace

namespace AppTranslations {

bool install(const QString &lang)
{
    for (const auto &t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();

    QLocale::setDefault(QLocale(lang == QLatin1String("en") ? QStringLiteral("en_US") : lang));

    auto own = std::make_unique<QTranslator>();
    const bool ok = own->load(QStringLiteral(":/i18n/pingan_%1.qm").arg(lang));
    if (ok) {
        QCoreApplication::installTranslator(own.get());
        installed().push_back(std::move(own));
    }
    if (lang != QLatin1String("en")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_%1").arg(lang),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            installed().push_back(std::move(qt));
        }
    }
    return ok;
}

} // namespace AppTranslations
