#include "pageflow.h"

#include <algorithm>
#include <limits>

namespace WireDiff {

namespace {

// A heading needs a few lines of what follows it on the same page.
constexpr qreal keepWithNextRoom = 48.0;
// Less room than this at a page's foot is not worth starting a long block in.
constexpr qreal minimumSlice = 72.0;
// The most of a page's body the notes reserve while text competes for it.
constexpr qreal footnoteShare = 0.5;

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

class Flow
{
public:
    Flow(qreal bodyHeight, const PageFlow::Footnotes &footnotes)
        : m_body(bodyHeight), m_notes(footnotes), m_cap(bodyHeight * footnoteShare)
    {
        m_pages.emplace_back();
    }

    bool pageIsEmpty() const { return m_pages.back().slices.empty(); }

    void newPage()
    {
        if (pageIsEmpty())
            return;
        closePage();
        m_pages.emplace_back();
        m_y = 0;
    }

    // Extra room the page's foot reserves for these notes as well.
    qreal extraFootnotes(const std::vector<qint32> &notes) const
    {
        return std::min(dueHeightWith(notes), m_cap) - reserved();
    }

    qreal room() const { return m_body - m_y - reserved(); }
    bool fits(qreal height, const std::vector<qint32> &notes) const { return height + extraFootnotes(notes) <= room() + 0.01; }
    // The room a fresh page would have for a block with these notes.
    qreal fullPageRoom(const std::vector<qint32> &notes) const
    {
        qreal foot = 0;
        for (const qint32 number : notes)
            foot += m_notes.height(number);
        return m_body - std::min(foot > 0 ? foot + m_notes.separator : 0, m_cap);
    }

    void place(size_t block, qreal from, qreal to, const std::vector<qint32> &notes)
    {
        for (const qint32 number : notes) {
            if (!isDue(number))
                m_due.push_back(PageFlow::FootnotePiece { number, 0, m_notes.height(number) });
        }
        m_pages.back().slices.push_back({ block, from, to, m_y });
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

    // The foot's height for every note due on this page, plus these.
    qreal dueHeightWith(const std::vector<qint32> &notes) const
    {
        qreal height = 0;
        for (const PageFlow::FootnotePiece &piece : m_due)
            height += piece.to - piece.from;
        for (const qint32 number : notes) {
            if (!isDue(number))
                height += m_notes.height(number);
        }
        return height > 0 ? height + m_notes.separator : 0;
    }

    qreal reserved() const { return std::min(dueHeightWith({}), m_cap); }

    // The notes due go to the page's foot, in order, into all the room the
    // slices left (at least what was reserved); the first that does not fit
    // is cut at its last whole line, and it and the rest carry over.
    void closePage()
    {
        PageFlow::Page &page = m_pages.back();
        const qreal available = m_body - m_y;
        qreal used = m_notes.separator;
        std::vector<PageFlow::FootnotePiece> carried;
        for (PageFlow::FootnotePiece &due : m_due) {
            if (!carried.empty()) {
                carried.push_back(due);
                continue;
            }
            const qreal space = available - used;
            qreal cut = due.to;
            if (due.to - due.from > space + 0.01) {
                cut = m_notes.breakBefore ? m_notes.breakBefore(due.number, due.from + space) : due.from + space;
                // Not one line fits: on a page of notes alone it never
                // would, so the line is cut where the page ends.
                if (cut <= due.from + 0.5 && page.slices.empty() && page.footnotes.empty())
                    cut = due.from + std::max<qreal>(space, 1.0);
            }
            if (cut > due.from + 0.5) {
                page.footnotes.push_back(PageFlow::FootnotePiece { due.number, due.from, cut });
                used += cut - due.from;
            }
            if (cut < due.to - 0.01)
                carried.push_back(PageFlow::FootnotePiece { due.number, std::max(cut, due.from), due.to });
        }
        page.footnoteHeight = page.footnotes.empty() ? 0 : used;
        m_due = std::move(carried);
    }

    qreal m_body;
    const PageFlow::Footnotes &m_notes;
    qreal m_cap;
    std::vector<PageFlow::Page> m_pages;
    // The notes whose text is still to show, carried ones first, each from
    // where its text goes on.
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

} // namespace

std::vector<PageFlow::Page> PageFlow::paginate(const std::vector<PrintBlock> &blocks, qreal bodyHeight, const Footnotes &footnotes)
{
    Flow flow(bodyHeight, footnotes);
    for (size_t i = 0; i < blocks.size(); ++i) {
        const PrintBlock &block = blocks[i];
        if (block.pageBreakBefore)
            flow.newPage();
        // A heading keeps the headings and explanations after it, and the
        // start of the first real block, on its page.
        qreal keep = 0;
        if (block.keepWithNext) {
            size_t next = i + 1;
            for (; next < blocks.size() && blocks[next].keepWithNext; ++next)
                keep += blocks[next].height;
            if (next < blocks.size())
                keep += std::min(blocks[next].height, keepWithNextRoom);
        }
        const std::vector<qint32> allNotes = notesIn(block, 0, std::numeric_limits<qreal>::max());
        if (flow.fits(block.height + keep, allNotes)) {
            flow.place(i, 0, block.height, allNotes);
            continue;
        }
        if (!flow.pageIsEmpty()) {
            const bool fitsFreshPage = block.height + keep <= flow.fullPageRoom(allNotes);
            if (fitsFreshPage || flow.room() < minimumSlice || block.keepWithNext) {
                flow.newPage();
                if (flow.fits(block.height + keep, allNotes)) {
                    flow.place(i, 0, block.height, allNotes);
                    continue;
                }
            }
        }
        // Taller than a page: slice it, each slice ending between lines.
        // Marks are taken by the cuts (`marksFrom`), so a stretch two
        // slices both show (see resumeAt) gives its notes to one of them.
        qreal from = 0;
        qreal marksFrom = 0;
        while (from < block.height - 0.01) {
            qreal to = breakAt(block, from, from + flow.room());
            for (int attempt = 0; attempt < 8; ++attempt) {
                const qreal extra = flow.extraFootnotes(notesIn(block, marksFrom, to));
                if (to - from + extra <= flow.room() + 0.01)
                    break;
                to = breakAt(block, from, from + flow.room() - extra);
            }
            if (to <= from + 0.5) {
                if (!flow.pageIsEmpty()) {
                    flow.newPage();
                    continue;
                }
                to = std::min(block.height, from + std::max<qreal>(flow.room(), 1.0));
            }
            flow.place(i, from, to, notesIn(block, marksFrom, to));
            marksFrom = to;
            from = resumeAfter(block, from, to);
            if (from < block.height - 0.01)
                flow.newPage();
        }
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
