#pragma once

#include <QStringView>
#include <QtGlobal>

namespace WireDiff {

// ICU's word breaks (Unicode's rules, UAX #29, as ICU's root locale applies
// them) for text made only of the characters most news copy and books are
// made of: printable ASCII, tab and line ends, the Latin-1 letters, the
// curly quotes and the en and em dashes, but not '_' and '@' (see
// plainwordbreaker.cpp). ICU's rule machine took most of the
// tokenizing time; on these characters the rules reduce to a few cases:
//
// - letters and digits join;
// - '.', '\'', U+2018 and U+2019 join two letters ("U.S", "don't") or two
//   digits ("3.5"), ',' and ';' two digits ("1,000");
// - a run of spaces is one segment, CR LF is one, any other mark is one.
//
// A segment of letters and digits is a number when it ends with a
// digit and a word otherwise, as ICU's rule status says ("a1" a number,
// "1a" a word). Invariant: on text handles() accepts, the segments and
// their kinds are exactly ICU's 72 root rules' (tst_plainwordbreaker
// compares them on every string of up to four characters drawn from one or
// two of each class; up to six, and every line of the corpora, the seeds
// and the benchmark texts, were compared when it was written).
class PlainWordBreaker
{
public:
    // What ICU's rule status tells of a segment.
    enum class Kind : quint8 { Other, Number, Word };
    struct Segment
    {
        qint32 end = 0;
        Kind kind = Kind::Other;
    };

    // Whether every character of `text` is one the breaker knows.
    static bool handles(QStringView text);

    // `text` is one handles() accepts, and outlives the breaker.
    explicit PlainWordBreaker(QStringView text);

    // The segment from the end of the previous one (the first from 0);
    // false at the end of the text.
    bool next(Segment *segment);

private:
    qint32 wordEnd(qint32 from) const;

    QStringView m_text;
    qint32 m_position = 0;
};

} // namespace WireDiff
