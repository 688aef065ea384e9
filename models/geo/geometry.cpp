#include "geometry.h"

#include <boost/geometry.hpp>

#include <QtEndian>

#include <cmath>
#include <cstring>

namespace geo {

namespace {

constexpr quint32 kWkbPolygon = 3;
constexpr quint32 kWkbMultiPolygon = 6;

void putU32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

void putDouble(QByteArray &out, double v)
{
    quint64 bits;
    std::memcpy(&bits, &v, 8);
    char b[8];
    qToLittleEndian(bits, b);
    out.append(b, 8);
}

void writeRing(QByteArray &out, const Polygon::ring_type &ring)
{
    putU32(out, quint32(ring.size()));
    for (const Point &p : ring) {
        putDouble(out, p.x());
        putDouble(out, p.y());
    }
}

class Reader
{
public:
    explicit Reader(const QByteArray &data) : m_data(data) {}

    bool byteOrder()
    {
        if (m_pos + 1 > m_data.size())
            return false;
        m_little = m_data[m_pos++] == 1;
        return true;
    }
    bool u32(quint32 *v)
    {
        if (m_pos + 4 > m_data.size())
            return false;
        const auto *p = reinterpret_cast<const uchar *>(m_data.constData() + m_pos);
        *v = m_little ? qFromLittleEndian<quint32>(p) : qFromBigEndian<quint32>(p);
        m_pos += 4;
        return true;
    }
    bool f64(double *v)
    {
        if (m_pos + 8 > m_data.size())
            return false;
        const auto *p = reinterpret_cast<const uchar *>(m_data.constData() + m_pos);
        const quint64 bits = m_little ? qFromLittleEndian<quint64>(p) : qFromBigEndian<quint64>(p);
        std::memcpy(v, &bits, 8);
        m_pos += 8;
        return true;
    }
    qsizetype remaining() const { return m_data.size() - m_pos; }

    bool polygonBody(Polygon *poly)
    {
        quint32 rings;
        if (!u32(&rings) || rings > remaining() / 4)
            return false;
        for (quint32 r = 0; r < rings; ++r) {
            quint32 n;
            if (!u32(&n) || n > remaining() / 16)
                return false;
            Polygon::ring_type ring;
            ring.reserve(n);
            for (quint32 i = 0; i < n; ++i) {
                double x, y;
                if (!f64(&x) || !f64(&y))
                    return false;
                ring.emplace_back(x, y);
            }
            if (r == 0)
                poly->outer() = std::move(ring);
            else
                poly->inners().push_back(std::move(ring));
        }
        return true;
    }

private:
    const QByteArray &m_data;
    qsizetype m_pos = 0;
    bool m_little = true;
};

} // namespace

QByteArray toWkb(const MultiPolygon &shape)
{
    QByteArray out;
    out.append(char(1));
    putU32(out, kWkbMultiPolygon);
    putU32(out, quint32(shape.size()));
    for (const Polygon &poly : shape) {
        out.append(char(1));
        putU32(out, kWkbPolygon);
        putU32(out, quint32(1 + poly.inners().size()));
        writeRing(out, poly.outer());
        for (const auto &inner : poly.inners())
            writeRing(out, inner);
    }
    return out;
}

bool fromWkb(const QByteArray &wkb, MultiPolygon *shape)
{
    shape->clear();
    Reader r(wkb);
    quint32 type;
    if (!r.byteOrder() || !r.u32(&type))
        return false;
    if (type == kWkbPolygon) {
        Polygon poly;
        if (!r.polygonBody(&poly))
            return false;
        shape->push_back(std::move(poly));
        return true;
    }
    if (type != kWkbMultiPolygon)
        return false;
    quint32 parts;
    if (!r.u32(&parts) || parts > r.remaining() / 9)
        return false;
    for (quint32 i = 0; i < parts; ++i) {
        quint32 partType;
        Polygon poly;
        if (!r.byteOrder() || !r.u32(&partType) || partType != kWkbPolygon
            || !r.polygonBody(&poly))
            return false;
        shape->push_back(std::move(poly));
    }
    return true;
}

QList<QPolygonF> wkbToPolygons(const QByteArray &wkb)
{
    QList<QPolygonF> out;
    MultiPolygon shape;
    if (!fromWkb(wkb, &shape))
        return out;
    auto add = [&out](const Polygon::ring_type &ring) {
        QPolygonF p;
        p.reserve(qsizetype(ring.size()));
        for (const Point &pt : ring)
            p << QPointF(pt.x(), pt.y());
        out << p;
    };
    for (const Polygon &poly : shape) {
        add(poly.outer());
        for (const auto &inner : poly.inners())
            add(inner);
    }
    return out;
}

QRectF toRect(const Box &box)
{
    return QRectF(QPointF(box.min_corner().x(), box.min_corner().y()),
                  QPointF(box.max_corner().x(), box.max_corner().y()));
}

double areaKm2(const MultiPolygon &shape)
{
    if (shape.empty())
        return 0;
    Box box;
    boost::geometry::envelope(shape, box);
    const double midLat = (box.min_corner().y() + box.max_corner().y()) / 2;
    const double kmPerDegLat = 111.32;
    const double kmPerDegLon = 111.32 * std::cos(midLat * M_PI / 180.0);
    return std::abs(boost::geometry::area(shape)) * kmPerDegLat * kmPerDegLon;
}

} // namespace geo
