#include "htmlparser.h"

#include "htmlelement.h"
#include "htmltokenizer.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <array>
#include <numeric>
#include <optional>
#include <vector>

// Builds paragraphs from the token stream of HtmlTokenizer. The open elements
// live in an explicit vector, so deep nesting costs no call stack, and every
// element is pushed and popped once, so the time stays linear. HTML 5's tree
// construction is followed only as far as article text needs: implied </p>
// and </li>, and a <head> that ends where body content starts.

namespace WireDiff {

namespace {

bool endsSentence(QStringView text)
{
    static const QString closers = QStringLiteral("\"')]\u201D\u2019\u00BB");
    static const QString enders = QStringLiteral(".!?\u2026\u3002\uFF01\uFF1F");
    while (!text.isEmpty() && closers.contains(text.back()))
        text.chop(1);
    return !text.isEmpty() && enders.contains(text.back());
}

int wordCount(QStringView text)
{
    return int(text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

QDateTime parseDate(const QString &text)
{
    for (const Qt::DateFormat format : { Qt::ISODateWithMs, Qt::ISODate, Qt::RFC2822Date }) {
        const QDateTime date = QDateTime::fromString(text.trimmed(), format);
        if (date.isValid())
            return date;
    }
    return {};
}

// --- Extraction --------------------------------------------------------------

struct Frame
{
    QString name;
    ParagraphRole hint = ParagraphRole::Body; // the role the markup gives the text inside
    bool dropped = false;
    bool preformatted = false;
    bool inSection = false; // inside article, main or section: <header> and <footer> belong to the story
    bool opensContainer = false;
    int container = -1; // innermost story container, or -1
    int headingLevel = 0;
    qsizetype heading = -1;       // stack index of the open h1–h6
    qsizetype openParagraph = -1; // stack index of the <p> a new block closes
    qsizetype openListItem = -1;  // stack index of the <li> a new <li> closes
};

struct Block
{
    QString text;
    ParagraphRole role = ParagraphRole::Body;
    int container = -1;
    int headingLevel = 0;
};

struct Container
{
    int parent = -1;
    int lastDescendant = -1; // containers opened inside this one have ids up to here
    int children = 0;
    qsizetype chars = 0; // text inside; descendants are added when the page ends
};

class Extractor
{
public:
    Extractor() { m_stack.emplace_back(); }

    void feed(const HtmlToken &token);
    ParsedDocument finish();

private:
    const Frame &current() const { return m_stack.back(); }
    qsizetype topmost(const QString &name) const;
    void startElement(const HtmlToken &token);
    void endElement(const QString &name);
    void closeImpliedElements(const QString &name, const HtmlElement::Info &info);
    Frame childFrame(const HtmlToken &token, const HtmlElement::Info &info) const;
    void push(const HtmlToken &token, const HtmlElement::Info &info);
    void popTo(qsizetype index);
    void appendText(QStringView text);
    void appendCharacter(QChar c, const Frame &frame);
    void lineBreak();
    void resolveLineBreaks();
    void flush();
    ParagraphRole dominantHint() const;
    void readMetadata(const HtmlToken &token);
    QString meta(std::initializer_list<const char *> keys) const;
    int chooseContainer();
    std::vector<Paragraph> storyParagraphs(int container) const;
    void markAuthorByline(std::vector<Paragraph> &paragraphs) const;

    std::vector<Frame> m_stack; // m_stack[0] is the document itself and is never popped
    QHash<QString, int> m_openCount;
    QHash<QString, int> m_flattened; // start tags past the depth limit, read as inline
    Block m_block;
    std::array<qsizetype, 6> m_hintChars {};
    bool m_pendingSpace = false;
    int m_pendingBreaks = 0;
    std::vector<Block> m_blocks;
    std::vector<Container> m_containers;
    QHash<QString, QString> m_meta;
    QString m_pageTitle;
};

void Extractor::feed(const HtmlToken &token)
{
    switch (token.kind) {
    case HtmlToken::Kind::Text: appendText(token.text); break;
    case HtmlToken::Kind::StartTag: startElement(token); break;
    case HtmlToken::Kind::EndTag: endElement(token.name); break;
    case HtmlToken::Kind::EndOfInput: break;
    }
}

qsizetype Extractor::topmost(const QString &name) const
{
    qsizetype index = qsizetype(m_stack.size()) - 1;
    while (index > 0 && m_stack[index].name != name)
        --index;
    return index;
}

void Extractor::startElement(const HtmlToken &token)
{
    // Deeper nesting than any page needs is read as inline, so memory stays
    // proportional to the elements that matter.
    constexpr size_t maxDepth = 100000;
    readMetadata(token);
    if (token.name == QLatin1String("br")) {
        lineBreak();
        return;
    }
    const HtmlElement::Info &info = HtmlElement::info(token.name);
    closeImpliedElements(token.name, info);
    if (info.block)
        flush();
    if (info.isVoid || token.selfClosing)
        return;
    if (m_stack.size() >= maxDepth) {
        ++m_flattened[token.name];
        return;
    }
    push(token, info);
}

// The end tags HTML lets authors leave out: body content ends the <head>, a
// block ends an open <p>, an <li> the previous <li>, a heading the open heading.
void Extractor::closeImpliedElements(const QString &name, const HtmlElement::Info &info)
{
    static const QString head = QStringLiteral("head");
    if (!info.headContent && m_openCount.value(head) > 0)
        popTo(topmost(head));
    if (info.closesParagraph && current().openParagraph > 0)
        popTo(current().openParagraph);
    if (name == QLatin1String("li") && current().openListItem > 0)
        popTo(current().openListItem);
    if (info.headingLevel > 0 && current().heading > 0)
        popTo(current().heading);
}

void Extractor::endElement(const QString &name)
{
    if (name == QLatin1String("br")) { // browsers read </br> as <br>
        lineBreak();
        return;
    }
    if (const auto flattened = m_flattened.find(name); flattened != m_flattened.end() && *flattened > 0) {
        --*flattened;
        return;
    }
    const HtmlElement::Info &info = HtmlElement::info(name);
    if (info.headingLevel > 0 && current().heading > 0) { // any </hN> ends the open heading
        popTo(current().heading);
        return;
    }
    if (m_openCount.value(name) > 0) {
        popTo(topmost(name));
        return;
    }
    if (info.block)
        flush(); // a stray </p> still ends the paragraph
}

Frame Extractor::childFrame(const HtmlToken &token, const HtmlElement::Info &info) const
{
    const Frame &parent = current();
    const qsizetype index = qsizetype(m_stack.size());
    Frame frame = parent;
    frame.name = token.name;
    frame.opensContainer = false;
    const bool siteChrome = (token.name == QLatin1String("header") || token.name == QLatin1String("footer"))
        && !parent.inSection;
    frame.dropped = parent.dropped || info.dropped || siteChrome || HtmlElement::isChrome(token, parent.inSection);
    frame.inSection = parent.inSection || HtmlElement::isSectioning(token.name) || HtmlElement::isStoryContainer(token);
    frame.preformatted = parent.preformatted || token.name == QLatin1String("pre")
        || token.name == QLatin1String("listing");
    if (const std::optional<ParagraphRole> role = HtmlElement::markupRole(token))
        frame.hint = *role;
    if (info.headingLevel > 0) {
        frame.headingLevel = info.headingLevel;
        frame.heading = index;
    }
    if (token.name == QLatin1String("p"))
        frame.openParagraph = index;
    else if (info.paragraphScope)
        frame.openParagraph = -1;
    if (token.name == QLatin1String("li"))
        frame.openListItem = index;
    else if (info.paragraphScope || token.name == QLatin1String("ul") || token.name == QLatin1String("ol"))
        frame.openListItem = -1;
    return frame;
}

void Extractor::push(const HtmlToken &token, const HtmlElement::Info &info)
{
    Frame frame = childFrame(token, info);
    if (!frame.dropped && HtmlElement::isStoryContainer(token)) {
        frame.container = int(m_containers.size());
        frame.opensContainer = true;
        const int parent = current().container;
        if (parent >= 0)
            ++m_containers[parent].children;
        m_containers.push_back(Container { parent });
    }
    ++m_openCount[frame.name];
    m_stack.push_back(std::move(frame));
}

void Extractor::popTo(qsizetype index)
{
    Q_ASSERT(index > 0);
    const bool endsBlock = std::any_of(m_stack.cbegin() + index, m_stack.cend(),
                                       [](const Frame &frame) { return HtmlElement::info(frame.name).block; });
    if (endsBlock)
        flush();
    while (qsizetype(m_stack.size()) > index) {
        const Frame &frame = m_stack.back();
        if (frame.opensContainer)
            m_containers[frame.container].lastDescendant = int(m_containers.size()) - 1;
        --m_openCount[frame.name];
        m_stack.pop_back();
    }
}

void Extractor::appendText(QStringView text)
{
    const Frame &frame = current();
    if (frame.name == QLatin1String("title")) {
        if (m_pageTitle.isEmpty() && m_openCount.value(QStringLiteral("svg")) == 0)
            m_pageTitle = text.toString().simplified();
        return;
    }
    if (frame.dropped)
        return;
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') && frame.preformatted)
            lineBreak();
        else if (c.isSpace())
            m_pendingSpace = true;
        else if (c.category() != QChar::Other_Control && c != QChar::SoftHyphen && c != QChar::ByteOrderMark)
            appendCharacter(c, frame);
    }
}

void Extractor::appendCharacter(QChar c, const Frame &frame)
{
    if (m_pendingBreaks > 0)
        resolveLineBreaks();
    if (m_block.text.isEmpty()) {
        m_block.container = frame.container;
        m_block.headingLevel = frame.headingLevel;
    } else if (m_pendingSpace) {
        m_block.text.append(QLatin1Char(' '));
    }
    m_pendingSpace = false;
    m_block.text.append(c);
    ++m_hintChars[size_t(frame.hint)];
}

void Extractor::lineBreak()
{
    if (!m_block.text.isEmpty())
        ++m_pendingBreaks;
}

// A <br> ends a paragraph only where the lines are clearly separate: two in a
// row, or one after a finished sentence. Otherwise the line is wrapped (an
// address, a name above a job title) and the break reads as a space.
void Extractor::resolveLineBreaks()
{
    if (m_pendingBreaks >= 2 || endsSentence(m_block.text))
        flush();
    else
        m_pendingSpace = true;
    m_pendingBreaks = 0;
}

void Extractor::flush()
{
    if (!m_block.text.isEmpty()) {
        m_block.role = dominantHint();
        if (m_block.container >= 0)
            m_containers[m_block.container].chars += m_block.text.size();
        m_blocks.push_back(std::move(m_block));
    }
    m_block = {};
    m_hintChars = {};
    m_pendingSpace = false;
    m_pendingBreaks = 0;
}

// The role of the marked-up element holding most of the paragraph: "By <a
// rel=author>Jane Doe</a>" is a byline, "on <time>Monday</time>." is not.
ParagraphRole Extractor::dominantHint() const
{
    const qsizetype total = std::accumulate(m_hintChars.cbegin(), m_hintChars.cend(), qsizetype(0));
    for (size_t role = 0; role < m_hintChars.size(); ++role) {
        if (ParagraphRole(role) != ParagraphRole::Body && m_hintChars[role] * 2 > total)
            return ParagraphRole(role);
    }
    return ParagraphRole::Body;
}

void Extractor::readMetadata(const HtmlToken &token)
{
    const auto remember = [this](const QString &key, const QString &value) {
        if (!key.isEmpty() && !value.trimmed().isEmpty() && !m_meta.contains(key))
            m_meta.insert(key, value.trimmed());
    };
    if (token.name == QLatin1String("html")) {
        remember(QStringLiteral("lang"), token.attribute(QLatin1String("lang")));
        remember(QStringLiteral("lang"), token.attribute(QLatin1String("xml:lang")));
    } else if (token.name == QLatin1String("time")
               && (token.find(QLatin1String("pubdate"))
                   || token.attribute(QLatin1String("itemprop")).compare(QLatin1String("datePublished"), Qt::CaseInsensitive) == 0)) {
        remember(QStringLiteral("datepublished"), token.attribute(QLatin1String("datetime")));
    } else if (token.name == QLatin1String("meta")) {
        QString key;
        for (const char *keyAttribute : { "name", "property", "itemprop", "http-equiv" }) {
            if (key.isEmpty())
                key = token.attribute(QLatin1String(keyAttribute)).toLower();
        }
        remember(key, token.attribute(QLatin1String("content")));
    }
}

QString Extractor::meta(std::initializer_list<const char *> keys) const
{
    for (const char *key : keys) {
        const QString value = m_meta.value(QString::fromLatin1(key));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

int Extractor::chooseContainer()
{
    const qsizetype total = std::accumulate(m_blocks.cbegin(), m_blocks.cend(), qsizetype(0),
                                            [](qsizetype sum, const Block &block) { return sum + block.text.size(); });
    // Children have higher ids than their parents: one backward pass adds each
    // container's text to its parent and finds every container's richest child.
    std::vector<int> richestChild(m_containers.size(), -1);
    for (int id = int(m_containers.size()) - 1; id >= 0; --id) {
        const int parent = m_containers[id].parent;
        if (parent < 0)
            continue;
        m_containers[parent].chars += m_containers[id].chars;
        int &richest = richestChild[parent];
        if (richest < 0 || m_containers[id].chars > m_containers[richest].chars)
            richest = id;
    }
    int best = -1;
    for (int id = 0; id < int(m_containers.size()); ++id) {
        if (m_containers[id].parent < 0 && (best < 0 || m_containers[id].chars > m_containers[best].chars))
            best = id;
    }
    // A story container with under a quarter of the page's text is a teaser:
    // the story is elsewhere and the whole body is read.
    if (best < 0 || m_containers[best].chars * 4 < total)
        return -1;
    // Of several articles side by side (a story among teasers), keep the one
    // holding most of the text.
    while (m_containers[best].children > 1) {
        const int child = richestChild[best];
        if (m_containers[child].chars * 10 < m_containers[best].chars * 6)
            break;
        best = child;
    }
    return best;
}

std::vector<Paragraph> Extractor::storyParagraphs(int container) const
{
    std::vector<const Block *> story;
    for (const Block &block : m_blocks) {
        if (container < 0 || (block.container >= container && block.container <= m_containers[container].lastDescendant))
            story.push_back(&block);
    }
    // The headline is the first <h1>, else a heading before any body text.
    const Block *headline = nullptr;
    for (const Block *block : story) {
        if (block->headingLevel == 1) {
            headline = block;
            break;
        }
    }
    for (const Block *block : story) {
        if (headline || (block->role == ParagraphRole::Body && block->headingLevel == 0))
            break;
        if (block->headingLevel > 0)
            headline = block;
    }
    // A headline above the story's container comes along, with the byline
    // and dateline marked up between the two.
    if (!headline && container >= 0 && !story.empty()) {
        const auto storyStart = m_blocks.cbegin() + (story.front() - m_blocks.data());
        const auto h1 = std::find_if(m_blocks.cbegin(), storyStart, [](const Block &block) { return block.headingLevel == 1; });
        std::vector<const Block *> lead;
        for (auto it = h1; it != storyStart; ++it) {
            if (it == h1 || it->role == ParagraphRole::Byline || it->role == ParagraphRole::Dateline)
                lead.push_back(&*it);
        }
        headline = lead.empty() ? nullptr : lead.front();
        story.insert(story.begin(), lead.cbegin(), lead.cend());
    }
    std::vector<Paragraph> paragraphs;
    paragraphs.reserve(story.size());
    for (const Block *block : story)
        paragraphs.push_back(Paragraph { block->text, block == headline ? ParagraphRole::Headline : block->role });
    return paragraphs;
}

// <meta name="author"> names the writer: without a marked-up byline, a short
// paragraph naming them is the byline.
void Extractor::markAuthorByline(std::vector<Paragraph> &paragraphs) const
{
    const QString author = meta({ "author", "dc.creator" });
    const auto isByline = [](const Paragraph &paragraph) { return paragraph.role == ParagraphRole::Byline; };
    if (author.isEmpty() || author.contains(QLatin1String("://"))
        || std::any_of(paragraphs.cbegin(), paragraphs.cend(), isByline)) {
        return;
    }
    for (Paragraph &paragraph : paragraphs) {
        if (paragraph.role == ParagraphRole::Body && wordCount(paragraph.text) <= 12
            && paragraph.text.contains(author, Qt::CaseInsensitive)) {
            paragraph.role = ParagraphRole::Byline;
        }
    }
}

ParsedDocument Extractor::finish()
{
    if (m_stack.size() > 1)
        popTo(1);
    flush();
    ParsedDocument document;
    document.paragraphs = storyParagraphs(chooseContainer());
    markAuthorByline(document.paragraphs);
    const auto headline = std::find_if(document.paragraphs.cbegin(), document.paragraphs.cend(),
                                       [](const Paragraph &p) { return p.role == ParagraphRole::Headline; });
    document.title = headline != document.paragraphs.cend() ? headline->text : meta({ "og:title", "twitter:title" });
    if (document.title.isEmpty())
        document.title = m_pageTitle;
    document.outlet = meta({ "og:site_name", "application-name" });
    document.language = meta({ "lang", "content-language", "language", "dc.language", "og:locale" })
                            .section(QLatin1Char(','), 0, 0).trimmed().replace(QLatin1Char('_'), QLatin1Char('-'));
    document.published = parseDate(meta({ "article:published_time", "og:article:published_time", "datepublished",
                                          "date", "dc.date", "dc.date.issued", "dcterms.created", "pubdate",
                                          "publishdate" }));
    return document;
}

} // namespace

// Roles come from the markup where it is explicit (headline, byline, caption,
// dateline); everything else is left Body with rolesFromMarkup false, so the
// loader's RoleClassifier still finds credits and chrome in plain <p>s.
ParsedDocument HtmlParser::parse(QStringView html)
{
    HtmlTokenizer tokenizer(html);
    Extractor extractor;
    for (HtmlToken token = tokenizer.next(); token.kind != HtmlToken::Kind::EndOfInput; token = tokenizer.next())
        extractor.feed(token);
    return extractor.finish();
}

} // namespace WireDiff
