// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the application icon from the same shapes as passages.svg (Qt's SVG module is
// not a dependency of Passages). The build runs it for the hicolor sizes the package
// installs (resources/CMakeLists.txt):  passages_render_icon SIZE FILE.png
// The shapes are drawn on a 256-unit canvas scaled to SIZE, so small icons stay sharp.
#include <QGuiApplication>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

int main(int argc, char *argv[])
{
    // No window is shown: the offscreen platform lets this run on a build machine.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int size = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 256;
    if (size < 8 || size > 1024)
        return 2;
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 256.0, size / 256.0);

    QLinearGradient bg(0, 16, 0, 240);
    bg.setColorAt(0, QColor(0x2f, 0x6b, 0xf0));
    bg.setColorAt(1, QColor(0x1d, 0x4e, 0xd8));
    p.setPen(Qt::NoPen);
    p.setBrush(bg);
    p.drawRoundedRect(QRectF(16, 16, 224, 224), 48, 48);

    QPen white(Qt::white, 16, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(white);
    p.setBrush(Qt::NoBrush);
    QPainterPath door;
    door.moveTo(80, 196);
    door.lineTo(80, 108);
    door.arcTo(QRectF(80, 60, 96, 96), 180, -180);
    door.lineTo(176, 196);
    p.drawPath(door);
    p.drawLine(QPointF(52, 196), QPointF(204, 196));

    p.setPen(Qt::NoPen);
    const struct
    {
        qreal x, y, h;
        QColor c;
    } bars[] = {
        {100, 140, 48, QColor(0xff, 0xb3, 0x47)},
        {121, 116, 72, QColor(0x7e, 0xe0, 0x81)},
        {142, 130, 58, QColor(0xff, 0x8a, 0x8a)},
    };
    for (const auto &b : bars) {
        p.setBrush(b.c);
        p.drawRoundedRect(QRectF(b.x, b.y, 14, b.h), 7, 7);
    }
    p.end();
    return image.save(argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("passages.png"))
               ? 0
               : 1;
}
