#include "pageflow.h"

#include <algorithm>
#include <limits>
#include <optional>

namespace WireDiff {

namespace {

// A heading needs a few lines of what follows it on the same page.
constexpr qreal keepWithNextRoom = 48.0;
// Less room than this at a page's foot is not worth starting a long block
// in; a continuation of notes that leaves less than this for rows fills a
// page of notes alone.
constexpr qreal minimumSlice = 72.0;
constexpr qreal epsilon = 0.01;

// The notes marked in [from, to) of a block; a slice that ends the block
// takes the marks below its end too.
std::vector<qint32> notesIn(const PrintBlock &block, qreal from, qreal to)
{
    std::vector<qint32> notes;
    const bool last = to >= block.height;
    for (const auto &[y, number] : block.footnotes) {
        if (y >= from && (y < to || last))
            notes.push_back(number);
    }
    return notes;
}

// The pages so far and the notes due at the foot of the last one. The
// invariant while rows are placed: the rows of the page plus every note due
// on it (continued pieces with their labels) fit its body, unless a slice
// had to be placed whose notes no page could hold (see place()).
class Flow
{
public:
    Flow(qreal bodyHeight, const PageFlow::Footnotes &footnotes)
        : m_body(bodyHeight), m_notes(footnotes)
    {
        m_pages.emplace_back();
    }

    bool pageIsEmpty() const { return m_pages.back().slices.empty(); }

    void newPage()
    {
        if (pageIsEmpty())
            return;
        closePage();
        startPage();
    }

    // The room for rows left on the page, every note due on it reserved.
    qreal room() const { return m_body - m_y - dueHeight({}); }
    // Extra room the page's foot needs for these notes as well.
    qreal extraFootnotes(const std::vector<qint32> &notes) const { return dueHeight(notes) - dueHeight({}); }
    bool fits(qreal height, const std::vector<qint32> &notes) const { return height + extraFootnotes(notes) <= room() + epsilon; }
    // Whether a block with these notes fits a page of its own.
    bool fitsFreshPage(qreal height, const std::vector<qint32> &notes) const
    {
        const qreal foot = notesHeight(notes);
        return height + (foot > 0 ? foot + m_notes.separator : 0) <= m_body + epsilon;
    }

    void place(size_t block, qreal from, qreal to, const std::vector<qint32> &notes)
    {
        for (const qint32 number : notes) {
            if (!isDue(number))
                m_due.push_back(PageFlow::FootnotePiece { number, 0, m_notes.height(number), false });
        }
        PageFlow::Page &page = m_pages.back();
        page.marked.insert(page.marked.end(), notes.begin(), notes.end());
        page.slices.push_back({ block, from, to, m_y });
        m_y += to - from;
    }

    std::vector<PageFlow::Page> take()
    {
        closePage();
        // Notes still to show after the last block: pages of notes alone.
        while (!m_due.empty()) {
            m_pages.emplace_back();
            m_y = 0;
            closePage();
        }
        return std::move(m_pages);
    }

private:
    bool isDue(qint32 number) const
    {
        return std::any_of(m_due.begin(), m_due.end(), [number](const auto &piece) { return piece.number == number; });
    }

    qreal pieceHeight(const PageFlow::FootnotePiece &piece) const
    {
        return piece.to - piece.from + (piece.continued ? m_notes.continuedHeight : 0);
    }

    qreal notesHeight(const std::vector<qint32> &notes) const
    {
        qreal height = 0;
        for (const qint32 number : notes)
            height += m_notes.height(number);
        return height;
    }

    // The foot's height for every note due on this page, plus these.
    qreal dueHeight(const std::vector<qint32> &notes) const
    {
        qreal height = 0;
        for (const PageFlow::FootnotePiece &piece : m_due)
            height += pieceHeight(piece);
        for (const qint32 number : notes) {
            if (!isDue(number))
                height += m_notes.height(number);
        }
        return height > 0 ? height + m_notes.separator : 0;
    }

    // A continuation that leaves no room worth having for rows fills pages
    // of notes alone first.
    void startPage()
    {
        m_pages.emplace_back();
        m_y = 0;
        while (!m_due.empty() && room() < minimumSlice) {
            closePage();
            m_pages.emplace_back();
        }
    }

    // Where a due piece that does not fit in `space` is cut: nowhere (it
    // moves on whole) when it fits a page of its own; else at its last
    // whole line, or, on a page with nothing else, where the room ends,
    // since not one line would fit any page.
    qreal cutAt(const PageFlow::FootnotePiece &due, qreal space, bool pageIsBare) const
    {
        const bool fitsAPage = due.to - due.from + m_notes.continuedHeight + m_notes.separator <= m_body + epsilon;
        if (fitsAPage && !pageIsBare)
            return due.from;
        const qreal cut = m_notes.breakBefore ? m_notes.breakBefore(due.number, due.from + space) : due.from + space;
        if (cut <= due.from + 0.5 && pageIsBare)
            return due.from + std::max<qreal>(space, 1.0);
        return cut;
    }

    // The notes due go to the page's foot: continued pieces first, then the
    // page's own by number, into all the room the slices left (at least
    // what was reserved). One that does not fit moves on whole, or is cut
    // if no page could hold it, and the rest move on after it, continued.
    void closePage()
    {
        PageFlow::Page &page = m_pages.back();
        std::stable_sort(m_due.begin(), m_due.end(), [](const auto &a, const auto &b) {
            return a.continued != b.continued ? a.continued : !a.continued && a.number < b.number;
        });
        const qreal available = m_body - m_y;
        qreal used = m_notes.separator;
        std::vector<PageFlow::FootnotePiece> carried;
        for (const PageFlow::FootnotePiece &due : m_due) {
            if (!carried.empty()) {
                carried.push_back(PageFlow::FootnotePiece { due.number, due.from, due.to, true });
                continue;
            }
            const qreal label = due.continued ? m_notes.continuedHeight : 0;
            const qreal space = available - used - label;
            const bool bare = page.slices.empty() && page.footnotes.empty();
            const qreal cut = pieceHeight(due) > available - used + epsilon ? cutAt(due, space, bare) : due.to;
            if (cut > due.from + 0.5) {
                page.footnotes.push_back(PageFlow::FootnotePiece { due.number, due.from, cut, due.continued });
                used += label + cut - due.from;
            }
            if (cut < due.to - epsilon)
                carried.push_back(PageFlow::FootnotePiece { due.number, std::max(cut, due.from), due.to, true });
        }
        page.footnoteHeight = page.footnotes.empty() ? 0 : used;
        m_due = std::move(carried);
    }

    qreal m_body;
    const PageFlow::Footnotes &m_notes;
    std::vector<PageFlow::Page> m_pages;
    // The notes whose text is still to show: continued pieces (each from
    // where its text goes on), then those marked on this page.
    std::vector<PageFlow::FootnotePiece> m_due;
    qreal m_y = 0;
};

// The most of a slice's room a break between lines in every column may
// leave empty when the block can resume after a cut through lines.
constexpr qreal wastedRoomShare = 0.25;

qreal breakAt(const PrintBlock &block, qreal from, qreal limit)
{
    if (limit >= block.height)
        return block.height;
    const qreal at = block.breakBefore ? block.breakBefore(limit) : limit;
    // No break between lines in every column at once (or a single line
    // taller than the room), or only one far up, where one column's
    // paragraph ends: cut where the room ends; resumeAt() says where the
    // next slice takes up.
    if (block.resumeAt && limit - at > wastedRoomShare * (limit - from))
        return limit;
    return at > from + 0.5 ? at : limit;
}

// Where the slice after a cut at `to` starts: never before `from`'s
// progress, so every slice moves on.
qreal resumeAfter(const PrintBlock &block, qreal from, qreal to)
{
    if (to >= block.height || !block.resumeAt)
        return to;
    const qreal at = block.resumeAt(to);
    return at > from + 0.5 ? at : to;
}

// Where a slice of `block` from `from` ends on the flow's page: as far as
// the room allows with the notes marked in it (from `marksFrom`). None when
// nothing fits with its notes and a fresh page is worth waiting for. A
// slice is placed regardless of its notes (they go on at the next pages'
// feet) on a page without rows, and where no page could hold it with them
// if a part of them fits here too: waiting would only leave this page's
// foot empty.
std::optional<qreal> sliceEnd(const Flow &flow, const PrintBlock &block, qreal from, qreal marksFrom)
{
    qreal to = breakAt(block, from, from + flow.room());
    for (int attempt = 0; attempt < 8 && to > from + 0.5; ++attempt) {
        const qreal extra = flow.extraFootnotes(notesIn(block, marksFrom, to));
        if (to - from + extra <= flow.room() + epsilon)
            return to;
        to = breakAt(block, from, from + flow.room() - extra);
    }
    to = breakAt(block, from, from + flow.room());
    if (flow.pageIsEmpty())
        return to > from + 0.5 ? to : std::min(block.height, from + std::max<qreal>(flow.room(), 1.0));
    const bool overflowsAnyPage = !flow.fitsFreshPage(to - from, notesIn(block, marksFrom, to));
    if (to > from + 0.5 && overflowsAnyPage && flow.room() - (to - from) >= minimumSlice)
        return to;
    return std::nullopt;
}

// The room a block asks for: its height, and for a heading the headings
// and explanations after it plus the start of the first real block.
qreal heightWithKept(const std::vector<PrintBlock> &blocks, size_t i)
{
    qreal height = blocks[i].height;
    if (!blocks[i].keepWithNext)
        return height;
    size_t next = i + 1;
    for (; next < blocks.size() && blocks[next].keepWithNext; ++next)
        height += blocks[next].height;
    if (next < blocks.size())
        height += std::min(blocks[next].height, keepWithNextRoom);
    return height;
}

// Places a block whole on the page or a fresh one when it fits there with
// its notes; returns whether it did.
bool placeWhole(Flow &flow, const std::vector<PrintBlock> &blocks, size_t i)
{
    const PrintBlock &block = blocks[i];
    const qreal height = heightWithKept(blocks, i);
    const std::vector<qint32> notes = notesIn(block, 0, std::numeric_limits<qreal>::max());
    if (flow.fits(height, notes)) {
        flow.place(i, 0, block.height, notes);
        return true;
    }
    if (flow.pageIsEmpty())
        return false;
    if (flow.fitsFreshPage(height, notes) || flow.room() < minimumSlice || block.keepWithNext) {
        flow.newPage();
        if (flow.fits(height, notes)) {
            flow.place(i, 0, block.height, notes);
            return true;
        }
    }
    return false;
}

// Taller than a page (with its notes): slices, each ending between lines.
// Marks are taken by the cuts (`marksFrom`), so a stretch two slices both
// show (see resumeAt) gives its notes to one of them.
void placeSliced(Flow &flow, const PrintBlock &block, size_t i)
{
    qreal from = 0;
    qreal marksFrom = 0;
    while (from < block.height - epsilon) {
        const std::optional<qreal> to = sliceEnd(flow, block, from, marksFrom);
        if (!to) {
            flow.newPage();
            continue;
        }
        flow.place(i, from, *to, notesIn(block, marksFrom, *to));
        marksFrom = *to;
        from = resumeAfter(block, from, *to);
        if (from < block.height - epsilon)
            flow.newPage();
    }
}

} // namespace

std::vector<PageFlow::Page> PageFlow::paginate(const std::vector<PrintBlock> &blocks, qreal bodyHeight, const Footnotes &footnotes)
{
    Flow flow(bodyHeight, footnotes);
    for (size_t i = 0; i < blocks.size(); ++i) {
        if (blocks[i].pageBreakBefore)
            flow.newPage();
        if (!placeWhole(flow, blocks, i))
            placeSliced(flow, blocks[i], i);
    }
    return flow.take();
}
qreal PageFlow::breakBetweenLines(const Lines &lines, qreal limit)
{
    // Up to the top of any line the break goes through, until none.
    qreal at = limit;
    for (bool moved = true; moved;) {
        moved = false;
        for (const auto &[top, bottom] : lines) {
            if (top < at - 0.01 && bottom > at + 0.01) {
                at = top;
                moved = true;
            }
        }
    }
    return at;
}

qreal PageFlow::resumeAfterCut(const Lines &lines, qreal cut)
{
    qreal at = cut;
    for (const auto &[top, bottom] : lines) {
        if (top < cut - 0.01 && bottom > cut + 0.01)
            at = std::min(at, top);
    }
    return at;
}

} // namespace WireDiff
