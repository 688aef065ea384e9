#include "nodeidentity.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

const QString kFormat = QStringLiteral("pingan-node/1");

} // namespace

QByteArray NodeIdentity::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), kFormat);
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("role"), role);
    o.insert(QStringLiteral("scope"), scopeCode);
    o.insert(QStringLiteral("county"), countyCode());
    o.insert(QStringLiteral("public_key"), QString::fromLatin1(publicKey.toHex()));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

NodeIdentity NodeIdentity::fromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull() || !doc.isObject())
        throw NodeIdentityError(QStringLiteral("%1: not a node identity (JSON: %2 at byte %3)")
                                    .arg(source, error.errorString())
                                    .arg(error.offset));
    const QJsonObject o = doc.object();
    auto field = [&](const char *name) {
        const QJsonValue v = o.value(QLatin1String(name));
        if (!v.isString() || v.toString().trimmed().isEmpty())
            throw NodeIdentityError(QStringLiteral("%1: field \"%2\" is missing or empty")
                                        .arg(source, QLatin1String(name)));
        return v.toString().trimmed();
    };
    if (field("format") != kFormat)
        throw NodeIdentityError(
            QStringLiteral("%1: field \"format\" is %2, expected %3")
                .arg(source, o.value(QLatin1String("format")).toString(), kFormat));
    NodeIdentity n;
    n.id = field("id");
    n.name = field("name");
    n.role = field("role");
    if (n.role != QLatin1String("hub") && n.role != QLatin1String("township"))
        throw NodeIdentityError(
            QStringLiteral("%1: field \"role\" is %2, expected hub or township")
                .arg(source, n.role));
    n.scopeCode = field("scope");
    static const QRegularExpression code(QStringLiteral("^\\d{6}(\\d{6}|\\d{9})?$"));
    if (!code.match(n.scopeCode).hasMatch())
        throw NodeIdentityError(QStringLiteral("%1: field \"scope\" is %2, not a region code")
                                    .arg(source, n.scopeCode));
    const QString key = field("public_key");
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(key).hasMatch())
        throw NodeIdentityError(
            QStringLiteral("%1: field \"public_key\" is not 32 bytes of hex").arg(source));
    n.publicKey = QByteArray::fromHex(key.toLatin1());
    return n;
}
