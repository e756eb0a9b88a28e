#include "pageflow.h"

#include <algorithm>
#include <limits>

namespace WireDiff {

namespace {

// A heading needs a few lines of what follows it on the same page.
constexpr qreal keepWithNextRoom = 48.0;
// Less room than this at a page's foot is not worth starting a long block in.
constexpr qreal minimumSlice = 72.0;

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
    Flow(qreal bodyHeight, const std::function<qreal(qint32)> &footnoteHeight, qreal separator)
        : m_body(bodyHeight), m_footnoteHeight(footnoteHeight), m_separator(separator)
    {
        m_pages.emplace_back();
    }

    PageFlow::Page &page() { return m_pages.back(); }
    bool pageIsEmpty() const { return m_pages.back().slices.empty(); }
    qreal used() const { return m_y; }

    void newPage()
    {
        if (!pageIsEmpty()) {
            m_pages.emplace_back();
            m_y = 0;
        }
    }

    // Extra room the page's foot needs for these notes.
    qreal extraFootnotes(const std::vector<qint32> &notes) const
    {
        const PageFlow::Page &current = m_pages.back();
        qreal extra = 0;
        for (const qint32 number : notes) {
            if (std::find(current.footnotes.begin(), current.footnotes.end(), number) == current.footnotes.end())
                extra += m_footnoteHeight(number);
        }
        if (extra > 0 && current.footnotes.empty())
            extra += m_separator;
        return extra;
    }

    qreal room() const { return m_body - m_y - m_pages.back().footnoteHeight; }
    bool fits(qreal height, const std::vector<qint32> &notes) const { return height + extraFootnotes(notes) <= room() + 0.01; }
    qreal fullPageRoom(const std::vector<qint32> &notes) const
    {
        qreal foot = 0;
        for (const qint32 number : notes)
            foot += m_footnoteHeight(number);
        return m_body - (foot > 0 ? foot + m_separator : 0);
    }

    void place(size_t block, qreal from, qreal to, const std::vector<qint32> &notes)
    {
        PageFlow::Page &current = m_pages.back();
        current.footnoteHeight += extraFootnotes(notes);
        for (const qint32 number : notes) {
            if (std::find(current.footnotes.begin(), current.footnotes.end(), number) == current.footnotes.end())
                current.footnotes.push_back(number);
        }
        current.slices.push_back({ block, from, to, m_y });
        m_y += to - from;
    }

    std::vector<PageFlow::Page> take() { return std::move(m_pages); }

private:
    qreal m_body;
    const std::function<qreal(qint32)> &m_footnoteHeight;
    qreal m_separator;
    std::vector<PageFlow::Page> m_pages;
    qreal m_y = 0;
};

qreal breakAt(const PrintBlock &block, qreal from, qreal limit)
{
    if (limit >= block.height)
        return block.height;
    const qreal at = block.breakBefore ? block.breakBefore(limit) : limit;
    // A single line taller than the room (it cannot happen with text, but a
    // drawing might): cut where the room ends rather than never progress.
    return at > from + 0.5 ? at : limit;
}

} // namespace

std::vector<PageFlow::Page> PageFlow::paginate(const std::vector<PrintBlock> &blocks, qreal bodyHeight,
                                               const std::function<qreal(qint32)> &footnoteHeight, qreal separator)
{
    Flow flow(bodyHeight, footnoteHeight, separator);
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
        qreal from = 0;
        while (from < block.height - 0.01) {
            qreal to = breakAt(block, from, from + flow.room());
            for (int attempt = 0; attempt < 8; ++attempt) {
                const qreal extra = flow.extraFootnotes(notesIn(block, from, to));
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
            flow.place(i, from, to, notesIn(block, from, to));
            from = to;
            if (from < block.height - 0.01)
                flow.newPage();
        }
    }
    return flow.take();
}

} // namespace WireDiff
