#include "jsonstreamwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace WireDiff;

// The report promises the bytes QJsonDocument::toJson wrote when it was
// built as a QJsonObject tree: for every kind of value, the streaming
// writer's bytes are compared with QJsonDocument's, indented (as the report)
// and compact.
namespace {

using Format = JsonStreamWriter::Format;

QJsonDocument::JsonFormat qtFormat(Format format)
{
    return format == Format::Indented ? QJsonDocument::Indented : QJsonDocument::Compact;
}

// Streams a QJsonValue as the report writer streams its values; objects in
// QJsonObject's own (sorted) key order. Numbers go through toDouble(), so
// integers beyond 2^53 belong in the integers test, not here.
void stream(JsonStreamWriter &w, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        w.null();
        break;
    case QJsonValue::Bool:
        w.boolean(value.toBool());
        break;
    case QJsonValue::Double:
        w.number(value.toDouble());
        break;
    case QJsonValue::String:
        w.string(value.toString());
        break;
    case QJsonValue::Array:
        w.beginArray();
        for (const QJsonValue &element : value.toArray())
            stream(w, element);
        w.endArray();
        break;
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        w.beginObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            w.key(it.key());
            stream(w, it.value());
        }
        w.endObject();
        break;
    }
    }
}

QByteArray streamed(const QJsonValue &value, Format format)
{
    JsonStreamWriter w(format);
    stream(w, value);
    return w.take();
}

QByteArray expected(const QJsonValue &value, Format format)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return document.toJson(qtFormat(format));
}

QString fromUnits(std::initializer_list<char16_t> units)
{
    return QString(reinterpret_cast<const QChar *>(std::data(units)), qsizetype(units.size()));
}

} // namespace

class TestJsonStreamWriter : public QObject
{
    Q_OBJECT

private slots:
    void strings_data();
    void strings();
    void doubles_data();
    void doubles();
    void manyDoubles_data();
    void manyDoubles();
    void integers_data();
    void integers();
    void documents_data();
    void documents();
    void keyOrder_data();
    void keyOrder();
    void writesAgainAfterTake();
    void growsPastTheExpectedSize();
};

void TestJsonStreamWriter::strings_data()
{
    QTest::addColumn<QString>("text");
    QString controls;
    for (char16_t u = 0; u < 0x20; ++u)
        controls += QChar(u);
    QTest::newRow("empty") << QString();
    QTest::newRow("empty, not null") << QStringLiteral("");
    QTest::newRow("plain") << QStringLiteral("The bridge will reopen on Monday.");
    QTest::newRow("quote") << QStringLiteral("he said \"no\"");
    QTest::newRow("backslash") << QStringLiteral("C:\\wire\\story.txt");
    QTest::newRow("slash") << QStringLiteral("</script> and http://example.org/a/b");
    QTest::newRow("short escapes") << QStringLiteral("\b\f\n\r\t");
    QTest::newRow("every control character") << controls;
    QTest::newRow("NUL inside") << fromUnits({ u'a', 0, u'b', 0 });
    QTest::newRow("DEL and Latin-1") << QStringLiteral("\u007f\u0080\u00a0\u00e9\u00ff");
    QTest::newRow("two-byte boundary") << QStringLiteral("\u07ff\u0800");
    QTest::newRow("line and paragraph separators") << QStringLiteral("a\u2028b\u2029c");
    QTest::newRow("noncharacters") << fromUnits({ 0xfdd0, 0xfffe, 0xffff, 0xfffd });
    QTest::newRow("RTL and bidi controls") << QStringLiteral("\u05e9\u05dc\u05d5\u05dd \u202e\u0645\u0631\u062d\u0628\u0627\u202c");
    QTest::newRow("CJK and combining") << QStringLiteral("\u5317\u4eac e\u0301 \uac00");
    QTest::newRow("emoji and non-BMP") << QStringLiteral("\U0001F600 \U0001F1E9\U0001F1EA \U0010FFFF \U00010000");
    QTest::newRow("lone high surrogate at the end") << fromUnits({ u'a', 0xd83d });
    QTest::newRow("lone high surrogate before ASCII") << fromUnits({ 0xd83d, u'a' });
    QTest::newRow("lone low surrogate") << fromUnits({ u'a', 0xde00, u'b' });
    QTest::newRow("low before high") << fromUnits({ 0xde00, 0xd83d });
    QTest::newRow("high, high, low") << fromUnits({ 0xd83d, 0xd83d, 0xde00 });
    QTest::newRow("surrogate range ends") << fromUnits({ 0xd800, 0xdbff, 0xdc00, 0xdfff });
    QString mixed;
    for (int i = 0; i < 20000; ++i)
        mixed += QChar(char16_t((i * 7919) % 0x10000)); // every kind of unit, surrogates unpaired and paired
    QTest::newRow("every unit, mixed") << mixed;
}

void TestJsonStreamWriter::strings()
{
    QFETCH(QString, text);
    for (const Format format : { Format::Indented, Format::Compact }) {
        const QJsonValue asValue(QJsonArray { text, QStringLiteral("after") });
        QCOMPARE(streamed(asValue, format), expected(asValue, format));
        // As a key too: keys are escaped alike.
        const QJsonValue asKey(QJsonObject { { text, text } });
        JsonStreamWriter w(format);
        w.beginObject().key(text).string(text).endObject();
        QCOMPARE(w.take(), expected(asKey, format));
    }
}

void TestJsonStreamWriter::doubles_data()
{
    QTest::addColumn<double>("value");
    const double twoTo53 = 9007199254740992.0;
    QTest::newRow("0") << 0.0;
    QTest::newRow("-0.0") << -0.0;
    QTest::newRow("1") << 1.0;
    QTest::newRow("-1") << -1.0;
    QTest::newRow("0.1") << 0.1;
    QTest::newRow("1/3") << 1.0 / 3.0;
    QTest::newRow("2/3") << 2.0 / 3.0;
    QTest::newRow("1e-7") << 1e-7;
    QTest::newRow("0.0001") << 0.0001;
    QTest::newRow("0.00012") << 0.00012;
    QTest::newRow("0.001") << 0.001;
    QTest::newRow("0.1429") << 0.1429;
    QTest::newRow("0.72") << 0.72;
    QTest::newRow("0.9999") << 0.9999;
    QTest::newRow("123456789.123") << 123456789.123;
    QTest::newRow("1e5") << 1e5;
    QTest::newRow("1e6") << 1e6;
    QTest::newRow("1e15") << 1e15;
    QTest::newRow("2e15") << 2e15;
    QTest::newRow("1e16") << 1e16;
    QTest::newRow("1e21") << 1e21;
    QTest::newRow("1e22") << 1e22;
    QTest::newRow("1.5e300") << 1.5e300;
    QTest::newRow("-2.5e-300") << -2.5e-300;
    QTest::newRow("2^53") << twoTo53;
    QTest::newRow("-2^53") << -twoTo53;
    QTest::newRow("2^53 + 2") << twoTo53 + 2.0;
    QTest::newRow("-(2^53 + 2)") << -(twoTo53 + 2.0);
    QTest::newRow("2^63") << 9223372036854775808.0;
    QTest::newRow("-2^63") << -9223372036854775808.0;
    QTest::newRow("max") << std::numeric_limits<double>::max();
    QTest::newRow("lowest") << std::numeric_limits<double>::lowest();
    QTest::newRow("min normal") << std::numeric_limits<double>::min();
    QTest::newRow("denormal") << std::numeric_limits<double>::denorm_min();
    QTest::newRow("epsilon") << std::numeric_limits<double>::epsilon();
    QTest::newRow("2.5") << 2.5;
    QTest::newRow("-123.456") << -123.456;
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity();
    QTest::newRow("-infinity") << -std::numeric_limits<double>::infinity();
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN();
}

void TestJsonStreamWriter::doubles()
{
    QFETCH(double, value);
    for (const Format format : { Format::Indented, Format::Compact }) {
        JsonStreamWriter w(format);
        w.beginArray().number(value).endArray();
        QCOMPARE(w.take(), expected(QJsonArray { QJsonValue(value) }, format));
        w.beginObject().key(u"share").number(value).endObject();
        QCOMPARE(w.take(), expected(QJsonObject { { QStringLiteral("share"), value } }, format));
    }
}

// Batches of doubles in one array each: every share the report can hold
// (rounded to 4 decimals), and random ones of every magnitude.
void TestJsonStreamWriter::manyDoubles_data()
{
    QTest::addColumn<QList<double>>("values");
    QList<double> shares;
    for (int k = 0; k <= 10000; ++k)
        shares.append(double(k) / 10000.0); // what rounded() in the report gives
    QTest::newRow("shares k/10^4") << shares;
    QRandomGenerator random(20240517);
    QList<double> unit;
    for (int i = 0; i < 5000; ++i)
        unit.append(random.generateDouble());
    QTest::newRow("random in [0, 1)") << unit;
    QList<double> wide;
    while (wide.size() < 5000) {
        const double value = std::ldexp(random.generateDouble() - 0.5, int(random.bounded(-1074, 1024)));
        wide.append(value);
    }
    QTest::newRow("random, every exponent") << wide;
    QList<double> whole;
    for (int i = 0; i < 5000; ++i)
        whole.append(double(qint64(random.generate64() >> random.bounded(0, 64))) * (i % 2 ? 1 : -1));
    QTest::newRow("random whole numbers") << whole;
}

void TestJsonStreamWriter::manyDoubles()
{
    QFETCH(QList<double>, values);
    QJsonArray array;
    JsonStreamWriter w;
    w.beginArray();
    for (const double value : values) {
        array.append(value);
        w.number(value);
    }
    w.endArray();
    QCOMPARE(w.take(), QJsonDocument(array).toJson(QJsonDocument::Indented));
}

void TestJsonStreamWriter::integers_data()
{
    QTest::addColumn<qint64>("value");
    QTest::newRow("0") << qint64(0);
    QTest::newRow("7") << qint64(7);
    QTest::newRow("-7") << qint64(-7);
    QTest::newRow("int max") << qint64(std::numeric_limits<qint32>::max());
    QTest::newRow("int min") << qint64(std::numeric_limits<qint32>::min());
    QTest::newRow("2^53 + 1") << (qint64(1) << 53) + 1;
    QTest::newRow("qint64 max") << std::numeric_limits<qint64>::max();
    QTest::newRow("qint64 min") << std::numeric_limits<qint64>::min();
}

void TestJsonStreamWriter::integers()
{
    QFETCH(qint64, value);
    for (const Format format : { Format::Indented, Format::Compact }) {
        JsonStreamWriter w(format);
        w.beginArray().number(value);
        if (value >= std::numeric_limits<qint32>::min() && value <= std::numeric_limits<qint32>::max())
            w.number(qint32(value));
        w.endArray();
        QJsonArray array { QJsonValue(value) };
        if (value >= std::numeric_limits<qint32>::min() && value <= std::numeric_limits<qint32>::max())
            array.append(int(value));
        QCOMPARE(w.take(), expected(array, format));
    }
}

void TestJsonStreamWriter::documents_data()
{
    QTest::addColumn<QJsonValue>("document");
    QTest::newRow("empty object") << QJsonValue(QJsonObject());
    QTest::newRow("empty array") << QJsonValue(QJsonArray());
    QTest::newRow("object of empty containers")
        << QJsonValue(QJsonObject { { QStringLiteral("a"), QJsonObject() }, { QStringLiteral("b"), QJsonArray() } });
    QTest::newRow("array of empty containers") << QJsonValue(QJsonArray { QJsonArray(), QJsonObject(), QJsonArray { QJsonArray() } });
    QJsonValue deep = QJsonArray();
    for (int level = 0; level < 12; ++level)
        deep = level % 2 ? QJsonValue(QJsonArray { deep, level }) : QJsonValue(QJsonObject { { QStringLiteral("level"), deep } });
    QTest::newRow("12 levels deep") << deep;
    QTest::newRow("scalars") << QJsonValue(QJsonArray { QJsonValue(), true, false, 0, 0.25, -3, QStringLiteral("x") });
    QTest::newRow("a span") << QJsonValue(QJsonObject {
        { QStringLiteral("article"), QStringLiteral("02-light-edit") },
        { QStringLiteral("paragraph"), 4 },
        { QStringLiteral("start"), 0 },
        { QStringLiteral("end"), 37 },
        { QStringLiteral("class"), QStringLiteral("paraphrased") },
        { QStringLiteral("link"), QJsonObject { { QStringLiteral("article"), QStringLiteral("01-agency") },
                                                { QStringLiteral("paragraph"), 4 },
                                                { QStringLiteral("start"), 0 },
                                                { QStringLiteral("end"), 41 } } },
    });
    QTest::newRow("keys out of order, non-ASCII keys") << QJsonValue(QJsonObject {
        { QStringLiteral("zeta"), 1 },
        { QStringLiteral("\u00e9t\u00e9"), QJsonArray { 1, 2 } },
        { QStringLiteral("Alpha"), QJsonObject { { QStringLiteral("\U0001F600"), 0.5 }, { QStringLiteral("\uff01"), 2 } } },
        { QString(), QStringLiteral("empty key") },
    });
}

void TestJsonStreamWriter::documents()
{
    QFETCH(QJsonValue, document);
    for (const Format format : { Format::Indented, Format::Compact })
        QCOMPARE(streamed(document, format), expected(document, format));
}

// keyLess() is the order QJsonObject keeps its keys in, which the report
// writer follows for members keyed by article id.
void TestJsonStreamWriter::keyOrder_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("ASCII") << QStringList { QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("a"), QStringLiteral("ab"),
                                            QStringLiteral("a b"), QStringLiteral("_"), QStringLiteral("10"), QStringLiteral("9") };
    QTest::newRow("prefixes and empty") << QStringList { QStringLiteral("story~2"), QStringLiteral("story"), QString(),
                                                         QStringLiteral("story.txt"), QStringLiteral("story~10") };
    QTest::newRow("beyond ASCII") << QStringList { QStringLiteral("\uff01"), QStringLiteral("\U0001F600"), QStringLiteral("\u00e9"),
                                                   QStringLiteral("e"), QStringLiteral("\u5317\u4eac"), QStringLiteral("\ue000") };
    QTest::newRow("control characters and unpaired surrogates")
        << QStringList { fromUnits({ u'a', 0xd800 }), fromUnits({ u'a', 0x01 }), QStringLiteral("a"), fromUnits({ 0xdc00 }),
                         fromUnits({ 0xd83d, 0xde00 }) };
}

void TestJsonStreamWriter::keyOrder()
{
    QFETCH(QStringList, keys);
    QJsonObject object;
    for (const QString &key : keys)
        object.insert(key, 0);
    std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) { return JsonStreamWriter::keyLess(a, b); });
    QCOMPARE(keys, object.keys());
}

void TestJsonStreamWriter::writesAgainAfterTake()
{
    JsonStreamWriter w(Format::Indented, 16);
    w.beginObject().key(u"a").number(1).endObject();
    QCOMPARE(w.take(), QByteArray("{\n    \"a\": 1\n}\n"));
    w.beginArray().string(u"b").endArray();
    QCOMPARE(w.take(), QByteArray("[\n    \"b\"\n]\n"));
}

void TestJsonStreamWriter::growsPastTheExpectedSize()
{
    const QString paragraph = QStringLiteral("\u00e9\U0001F600\"\n").repeated(5000);
    QJsonArray array;
    JsonStreamWriter w(Format::Indented, 1);
    w.beginArray();
    for (int i = 0; i < 50; ++i) {
        array.append(paragraph);
        w.string(paragraph);
    }
    w.endArray();
    QCOMPARE(w.take(), QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QTEST_GUILESS_MAIN(TestJsonStreamWriter)
#include "tst_jsonstreamwriter.moc"
