#include "actorrole.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlQuery>

ActorRole lookUpActorRole(Database &db, const QString &actor)
{
    ActorRole out;
    QSqlQuery any = db.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM app_user)"));
    Database::exec(any);
    out.accountsExist = any.next() && any.value(0).toBool();
    if (!out.accountsExist)
        return out;
    auto tr = [](const char *text) { return QCoreApplication::translate("DisputeCommands", text); };
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT role, disabled, coalesce(scope_code, '') FROM app_user WHERE login = ?"));
    q.addBindValue(actor);
    Database::exec(q);
    if (!q.next()) {
        out.refusal = tr("There is no user '%1'").arg(actor);
    } else if (q.value(1).toBool()) {
        out.refusal = tr("The user '%1' is disabled").arg(actor);
    } else {
        out.role = userRoleFromKey(q.value(0).toString());
        out.scopeCode = q.value(2).toString();
        if (!out.role)
            out.refusal = tr("The user '%1' has no known role").arg(actor);
    }
    return out;
}
