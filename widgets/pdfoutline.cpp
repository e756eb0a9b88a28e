#include "pdfoutline.h"

#include "pdfsyntax.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace WireDiff {

namespace {

using Value = PdfSyntax::Value;

// Bounds on what is followed in a file: QPdfWriter writes one
// cross-reference section and a flat page tree, so anything far beyond is
// not its output (or is a loop).
constexpr int maximumSections = 64;
constexpr int maximumTreeDepth = 32;
constexpr int maximumOutlineDepth = 32;
// A cross-reference entry has five digits for it.
constexpr qint64 maximumGeneration = 65535;
// startxref is in the last bytes of a file (the spec says the last 1024).
constexpr qsizetype tailLength = 1024;

struct ObjectRef
{
    qint64 number = 0;
    qint64 generation = 0;
};

QByteArray referenceText(const ObjectRef &ref)
{
    return QByteArray::number(ref.number) + ' ' + QByteArray::number(ref.generation) + " R";
}

std::optional<ObjectRef> reference(const Value *value)
{
    if (!value || value->kind != Value::Kind::Reference)
        return std::nullopt;
    return ObjectRef { value->integer, value->generation };
}

QString describe(const ObjectRef &ref)
{
    return QStringLiteral("object %1 %2").arg(ref.number).arg(ref.generation);
}

struct Page
{
    ObjectRef ref;
    std::optional<double> top; // of its media box, where a reader's view starts
};

// What the update needs from the file as it is.
struct Document
{
    qint64 startXref = 0; // the newest cross-reference section, the update's /Prev
    qint64 size = 0;      // the next free object number
    Value trailer;        // the newest
    ObjectRef catalogRef;
    Value catalog;
    std::vector<Page> pages;
};

// Reads a Document as a reader would, from the end of the file.
class Reader
{
public:
    explicit Reader(const QByteArray &pdf) : m_pdf(pdf), m_syntax(pdf) {}
    Reader(QByteArray &&) = delete;

    // Empty on success, else what was not as expected.
    QString read();
    const Document &document() const { return m_document; }

private:
    QString readSections();
    QString readSection(qint64 offset, bool newest, qint64 *previous);
    std::optional<Value> object(const ObjectRef &ref) const;
    QString walkPages(const ObjectRef &ref, const std::optional<double> &inheritedTop, int depth, std::set<qint64> *seen);

    const QByteArray &m_pdf;
    const PdfSyntax m_syntax;
    Document m_document;
    // Object number -> (offset, generation); offset -1: free. The newest
    // section's entry wins.
    std::map<qint64, std::pair<qint64, qint64>> m_offsets;
};

QString Reader::read()
{
    if (!m_pdf.startsWith("%PDF-"))
        return QStringLiteral("not a PDF: no %PDF- header");
    const qsizetype at = m_pdf.lastIndexOf("startxref");
    if (at < 0 || at < m_pdf.size() - tailLength)
        return QStringLiteral("no startxref at the end of the file");
    qsizetype p = at + qsizetype(sizeof("startxref") - 1);
    m_document.startXref = m_syntax.integer(&p);
    if (m_document.startXref <= 0 || m_document.startXref >= m_pdf.size())
        return QStringLiteral("startxref points outside the file");
    if (const QString error = readSections(); !error.isEmpty())
        return error;

    if (m_document.trailer.find("Encrypt"))
        return QStringLiteral("the PDF is encrypted");
    const Value *sizeValue = m_document.trailer.find("Size");
    if (!sizeValue || !sizeValue->isInteger)
        return QStringLiteral("the trailer has no /Size");
    m_document.size = sizeValue->integer;
    if (!m_offsets.empty())
        m_document.size = std::max(m_document.size, m_offsets.rbegin()->first + 1);
    const std::optional<ObjectRef> root = reference(m_document.trailer.find("Root"));
    if (!root)
        return QStringLiteral("the trailer has no /Root");
    if (root->generation > maximumGeneration)
        return QStringLiteral("the /Root's generation %1 is above %2").arg(root->generation).arg(maximumGeneration);
    m_document.catalogRef = *root;
    std::optional<Value> found = object(m_document.catalogRef);
    if (!found || found->kind != Value::Kind::Dictionary || !found->find("Type") || !found->find("Type")->isName("Catalog"))
        return QStringLiteral("the /Root (%1) is not a catalog").arg(describe(m_document.catalogRef));
    m_document.catalog = std::move(*found);
    const std::optional<ObjectRef> tree = reference(m_document.catalog.find("Pages"));
    if (!tree)
        return QStringLiteral("the catalog has no /Pages");
    std::set<qint64> seen;
    return walkPages(*tree, std::nullopt, 0, &seen);
}

QString Reader::readSections()
{
    qint64 offset = m_document.startXref;
    std::set<qint64> visited;
    for (int section = 0; section < maximumSections; ++section) {
        if (!visited.insert(offset).second)
            return QStringLiteral("the cross-reference sections loop (/Prev %1)").arg(offset);
        qint64 previous = -1;
        if (const QString error = readSection(offset, section == 0, &previous); !error.isEmpty())
            return error;
        if (previous < 0)
            return {};
        offset = previous;
    }
    return QStringLiteral("more than %1 cross-reference sections").arg(maximumSections);
}

// One classic table ("xref", subsections "first count" of 20-byte entries)
// and its trailer; `*previous`: the trailer's /Prev, or -1.
QString Reader::readSection(qint64 offset, bool newest, qint64 *previous)
{
    if (offset <= 0 || offset >= m_pdf.size())
        return QStringLiteral("a cross-reference offset (%1) is outside the file").arg(offset);
    qsizetype p = qsizetype(offset);
    if (m_syntax.token(&p) != "xref")
        return QStringLiteral("no classic cross-reference table at offset %1 (a cross-reference stream?)").arg(offset);
    for (;;) {
        qsizetype ahead = p;
        if (m_syntax.token(&ahead) == "trailer") {
            p = ahead;
            break;
        }
        const qint64 first = m_syntax.integer(&p);
        const qint64 count = m_syntax.integer(&p);
        if (first < 0 || count < 0)
            return QStringLiteral("a broken cross-reference table at offset %1").arg(offset);
        // A count larger than the file holds stops at its end, below.
        for (qint64 k = 0; k < count; ++k) {
            const qint64 at = m_syntax.integer(&p);
            const qint64 generation = m_syntax.integer(&p);
            const QByteArray type = m_syntax.token(&p);
            if (at < 0 || generation < 0 || (type != "n" && type != "f"))
                return QStringLiteral("a broken cross-reference entry for object %1").arg(first + k);
            m_offsets.try_emplace(first + k, type == "n" ? at : -1, generation);
        }
    }
    std::optional<Value> dictionary = m_syntax.value(&p);
    if (!dictionary || dictionary->kind != Value::Kind::Dictionary)
        return QStringLiteral("the trailer at offset %1 is not a dictionary").arg(offset);
    const Value *prev = dictionary->find("Prev");
    *previous = prev && prev->isInteger ? prev->integer : -1;
    if (newest)
        m_document.trailer = std::move(*dictionary);
    return {};
}

std::optional<Value> Reader::object(const ObjectRef &ref) const
{
    const auto found = m_offsets.find(ref.number);
    if (found == m_offsets.end() || found->second.first <= 0 || found->second.first >= m_pdf.size()
        || found->second.second != ref.generation)
        return std::nullopt;
    qsizetype p = qsizetype(found->second.first);
    if (m_syntax.integer(&p) != ref.number || m_syntax.integer(&p) != ref.generation || m_syntax.token(&p) != "obj")
        return std::nullopt;
    return m_syntax.value(&p);
}

std::optional<double> mediaBoxTop(const Value &node)
{
    const Value *box = node.find("MediaBox");
    if (!box || box->kind != Value::Kind::Array || box->items.size() != 4)
        return std::nullopt;
    for (const Value &item : box->items) {
        if (item.kind != Value::Kind::Number)
            return std::nullopt;
    }
    return std::max(box->items[1].number, box->items[3].number);
}

// The leaves of the page tree in order; a media box is inherited.
QString Reader::walkPages(const ObjectRef &ref, const std::optional<double> &inheritedTop, int depth, std::set<qint64> *seen)
{
    if (depth > maximumTreeDepth)
        return QStringLiteral("the page tree is deeper than %1").arg(maximumTreeDepth);
    if (!seen->insert(ref.number).second)
        return QStringLiteral("the page tree holds %1 twice").arg(describe(ref));
    const std::optional<Value> node = object(ref);
    if (!node || node->kind != Value::Kind::Dictionary || !node->find("Type"))
        return QStringLiteral("%1 in the page tree is not a page or pages").arg(describe(ref));
    std::optional<double> top = mediaBoxTop(*node);
    if (!top)
        top = inheritedTop;
    const Value &type = *node->find("Type");
    if (type.isName("Page")) {
        m_document.pages.push_back({ ref, top });
        return {};
    }
    const Value *kids = node->find("Kids");
    if (!type.isName("Pages") || !kids || kids->kind != Value::Kind::Array)
        return QStringLiteral("%1 in the page tree is not a page or pages").arg(describe(ref));
    for (const Value &kid : kids->items) {
        const std::optional<ObjectRef> child = reference(&kid);
        if (!child)
            return QStringLiteral("the /Kids of %1 hold something other than references").arg(describe(ref));
        if (const QString error = walkPages(*child, top, depth + 1, seen); !error.isEmpty())
            return error;
    }
    return {};
}

// One outline item, numbered, with its links.
struct Item
{
    const PdfOutline::Entry *entry = nullptr;
    qint64 number = 0;
    qint64 parent = 0;
    qint64 previous = 0;
    qint64 next = 0;
    qint64 first = 0;
    qint64 last = 0;
    qint64 count = 0; // descendants shown: every item is open
};

struct Level
{
    qint64 first = 0;
    qint64 last = 0;
    qint64 shown = 0; // items shown at this level and below
};

// Numbers `entries` and their children depth first from `*nextNumber`.
std::optional<Level> numberItems(const std::vector<PdfOutline::Entry> &entries, qint64 parent, int depth,
                                 std::vector<Item> *items, qint64 *nextNumber)
{
    if (depth > maximumOutlineDepth)
        return std::nullopt;
    Level level;
    std::optional<size_t> previous;
    for (const PdfOutline::Entry &entry : entries) {
        const size_t index = items->size();
        items->push_back({ &entry, (*nextNumber)++, parent });
        const qint64 number = (*items)[index].number;
        if (previous) {
            (*items)[*previous].next = number;
            (*items)[index].previous = (*items)[*previous].number;
        } else {
            level.first = number;
        }
        level.last = number;
        previous = index;
        const std::optional<Level> below = numberItems(entry.children, number, depth + 1, items, nextNumber);
        if (!below)
            return std::nullopt;
        (*items)[index].first = below->first;
        (*items)[index].last = below->last;
        (*items)[index].count = below->shown;
        level.shown += 1 + below->shown;
    }
    return level;
}

QByteArray objectHeader(qint64 number, qint64 generation = 0)
{
    return QByteArray::number(number) + ' ' + QByteArray::number(generation) + " obj\n";
}

// The new cross-reference section: one subsection per run of consecutive
// object numbers, each entry exactly 20 bytes.
QByteArray crossReference(const std::map<qint64, qint64> &offsets, const std::map<qint64, qint64> &generations)
{
    QByteArray out = "xref\n";
    for (auto run = offsets.begin(); run != offsets.end();) {
        auto end = std::next(run);
        while (end != offsets.end() && end->first == std::prev(end)->first + 1)
            ++end;
        out += QByteArray::number(run->first) + ' ' + QByteArray::number(qint64(std::distance(run, end))) + '\n';
        for (auto it = run; it != end; ++it) {
            out += QByteArray::number(it->second).rightJustified(10, '0') + ' '
                + QByteArray::number(generations.at(it->first)).rightJustified(5, '0') + " n \n";
        }
        run = end;
    }
    return out;
}

} // namespace

QByteArray PdfOutline::textString(const QString &text)
{
    QByteArray out = "<FEFF";
    for (const QChar unit : text)
        out += QByteArray::number(unit.unicode(), 16).toUpper().rightJustified(4, '0');
    out += '>';
    return out;
}

PdfOutline::Result PdfOutline::append(QByteArray pdf, const std::vector<Entry> &entries)
{
    if (entries.empty())
        return { std::move(pdf), {} };
    Reader reader(pdf);
    if (const QString error = reader.read(); !error.isEmpty())
        return { std::move(pdf), error };
    const Document &document = reader.document();
    const qint64 root = document.size;
    qint64 nextNumber = root + 1;
    std::vector<Item> items;
    const std::optional<Level> top = numberItems(entries, root, 0, &items, &nextNumber);
    if (!top)
        return { std::move(pdf), QStringLiteral("the outline is nested deeper than %1").arg(maximumOutlineDepth) };
    for (const Item &item : items) {
        const int page = item.entry->page;
        if (page < 1 || size_t(page) > document.pages.size()) {
            return { std::move(pdf),
                     QStringLiteral("the entry \"%1\" is on page %2 of %3").arg(item.entry->title).arg(page).arg(document.pages.size()) };
        }
    }

    // Written after what is there; a file not ending in a line break gets one.
    const qint64 base = pdf.size() + (pdf.endsWith('\n') || pdf.endsWith('\r') ? 0 : 1);
    QByteArray update;
    std::map<qint64, qint64> offsets;
    std::map<qint64, qint64> generations;
    const auto begin = [&](qint64 number, qint64 generation) {
        offsets[number] = base + update.size();
        generations[number] = generation;
        update += objectHeader(number, generation);
    };

    const ObjectRef &catalog = document.catalogRef;
    begin(catalog.number, catalog.generation);
    update += "<<\n";
    for (const auto &[key, value] : document.catalog.entries) {
        if (key == "Outlines" || key == "PageMode")
            continue; // replaced below
        update += '/' + key + ' ' + pdf.mid(value.begin, value.end - value.begin) + '\n';
    }
    update += "/Outlines " + referenceText({ root, 0 }) + "\n/PageMode /UseOutlines\n>>\nendobj\n";

    begin(root, 0);
    update += "<<\n/Type /Outlines\n/First " + referenceText({ top->first, 0 }) + "\n/Last " + referenceText({ top->last, 0 })
        + "\n/Count " + QByteArray::number(top->shown) + "\n>>\nendobj\n";
    for (const Item &item : items) {
        begin(item.number, 0);
        const Page &page = document.pages[size_t(item.entry->page - 1)];
        update += "<<\n/Title " + textString(item.entry->title) + "\n/Parent " + referenceText({ item.parent, 0 });
        if (item.previous)
            update += "\n/Prev " + referenceText({ item.previous, 0 });
        if (item.next)
            update += "\n/Next " + referenceText({ item.next, 0 });
        if (item.first) {
            update += "\n/First " + referenceText({ item.first, 0 }) + "\n/Last " + referenceText({ item.last, 0 })
                + "\n/Count " + QByteArray::number(item.count);
        }
        // The top of the page at the reader's zoom; /Fit when the page
        // has no media box to take the top from.
        update += "\n/Dest [" + referenceText(page.ref)
            + (page.top ? " /XYZ null " + QByteArray::number(*page.top, 'f', 2) + " null]" : QByteArray(" /Fit]"))
            + "\n>>\nendobj\n";
    }

    const qint64 xref = base + update.size();
    update += crossReference(offsets, generations);
    update += "trailer\n<<\n/Size " + QByteArray::number(nextNumber) + "\n/Root " + referenceText(catalog)
        + "\n/Prev " + QByteArray::number(document.startXref) + '\n';
    // Readers take the document information and the file's identity from
    // the newest trailer.
    for (const char *key : { "Info", "ID" }) {
        if (const Value *value = document.trailer.find(key))
            update += '/' + QByteArray(key) + ' ' + pdf.mid(value->begin, value->end - value->begin) + '\n';
    }
    update += ">>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";

    if (base > pdf.size())
        pdf += '\n';
    pdf += update;
    return { std::move(pdf), {} };
}

} // namespace WireDiff
