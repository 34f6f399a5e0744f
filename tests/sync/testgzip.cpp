#include "sync/gzip.h"

#include <QTest>

#include <random>

using cruscotto::sync::Gzip;

class TestGzip : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips();
    void isRealGzip();
    void rejectsTruncatedAndCorrupt();
    void boundsTheInflatedSize();
};

void TestGzip::roundTrips()
{
    std::string text;
    for (int i = 0; i < 20000; ++i) {
        text += "[1," + std::to_string(1672732800 + i * 3600) + ",1,2,2459948,2,2,400],";
    }
    for (int level : { 1, 6, 9 }) {
        const std::string packed = Gzip::compress(text, level);
        QVERIFY(packed.size() * 5 < text.size());
        QCOMPARE(Gzip::decompress(packed), std::optional<std::string>(text));
    }
    QCOMPARE(Gzip::decompress(Gzip::compress("")), std::optional<std::string>(std::string()));
    std::mt19937 rng(5);
    std::string noise(100000, '\0');
    for (char& c : noise) {
        c = static_cast<char>(rng());
    }
    QCOMPARE(Gzip::decompress(Gzip::compress(noise)), std::optional<std::string>(noise));
}

void TestGzip::isRealGzip()
{
    const std::string packed = Gzip::compress("hello");
    QCOMPARE(std::uint8_t(packed[0]), std::uint8_t(0x1f));
    QCOMPARE(std::uint8_t(packed[1]), std::uint8_t(0x8b));
    QCOMPARE(std::uint8_t(packed[2]), std::uint8_t(8)); // deflate
    // `gzip -c` of "hello\n" (no name, no time), decoded by us.
    const QByteArray fromGzip = QByteArray::fromHex("1f8b0800000000000003cb48cdc9c9e7020020303a3606000000");
    QCOMPARE(Gzip::decompress(fromGzip.toStdString()), std::optional<std::string>("hello\n"));
}

void TestGzip::rejectsTruncatedAndCorrupt()
{
    const std::string packed = Gzip::compress(std::string(50000, 'x') + "end");
    QVERIFY(!Gzip::decompress(packed.substr(0, packed.size() - 1)).has_value());
    QVERIFY(!Gzip::decompress(packed.substr(0, packed.size() / 2)).has_value());
    QVERIFY(!Gzip::decompress(packed.substr(0, 10)).has_value());
    std::string corrupt = packed;
    corrupt[corrupt.size() - 6] ^= 0x55; // the CRC
    QVERIFY(!Gzip::decompress(corrupt).has_value());
    QVERIFY(!Gzip::decompress("not gzip at all").has_value());
    QVERIFY(!Gzip::decompress(packed + "trailing").has_value());
}

void TestGzip::boundsTheInflatedSize()
{
    const std::string bomb = Gzip::compress(std::string(10'000'000, '\0'));
    QVERIFY(bomb.size() < 20000);
    QVERIFY(!Gzip::decompress(bomb, 1'000'000).has_value());
    QVERIFY(Gzip::decompress(bomb, 10'000'000).has_value());
}

QTEST_GUILESS_MAIN(TestGzip)
#include "testgzip.moc"
