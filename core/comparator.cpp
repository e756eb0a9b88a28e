#include "comparator.h"

#include "agreement.h"
#include "antonymdictionary.h"
#include "articletext.h"
#include "basechooser.h"
#include "boilerplatefallback.h"
#include "consensus.h"
#include "containment.h"
#include "factagreement.h"
#include "factdetector.h"
#include "factwords.h"
#include "familytree.h"
#include "flatdocument.h"
#include "housestyle.h"
#include "lexicon.h"
#include "memorypolicy.h"
#include "paircomparer.h"
#include "paragraphaligner.h"
#include "paragraphlinker.h"
#include "parallelrunner.h"
#include "paraphrasescorer.h"
#include "rewordedshares.h"
#include "spanbuilder.h"
#include "synonymdictionary.h"
#include "synsetcache.h"
#include "termweights.h"
#include "tokenizer.h"
#include "uniquesentences.h"
#include "usermessages.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <atomic>
#include <memory>
#include <numeric>

namespace WireDiff {

namespace {

// lupdate takes the context from this declaration, so messages from free
// functions and helper classes land where the lookup at run time finds them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(WireDiff::Comparator)
};

// One run of the pipeline, holding the intermediate state of its phases.
class ComparisonRun
{
public:
    ComparisonRun(const ComparisonOptions &options, const SynonymDictionary *synonyms,
                  const AntonymDictionary *antonyms, const Cancellation &cancel)
        : m_options(options)
        , m_synonyms(synonyms)
        , m_antonyms(antonyms)
        , m_cancel(cancel)
    {
    }

    ComparisonOutcome run(std::vector<Article> articles);

private:
    using Phase = void (ComparisonRun::*)();
    bool runPhase(Phase phase, double *milliseconds);

    void tokenize();
    void prepareDocuments();
    void computeCoverage();
    void chooseBase();
    void comparePairs();
    void compareAndReword();
    void alignParagraphs();
    void synthesize();
    ParagraphAligner::Constraints manualConstraints();
    std::vector<ArticleText> articleTexts() const;
    void buildSpans();
    void computeReworded();
    void markFoundElsewhere();

    std::vector<ChangeClass> boilerplateFallback(qint32 article, qint32 against, ChangeClass missing) const
    {
        return BoilerplateFallback::classes(m_result.articles[size_t(article)].paragraphs,
                                            m_result.articles[size_t(against)].paragraphs, m_flat[size_t(article)], missing);
    }
    // Calls fn(i) for each counted word of `article` in flat order: a word
    // (not punctuation) of a paragraph whose role counts (isCountedRole()).
    template<typename Fn>
    void forEachCounted(qint32 article, Fn fn) const;
    void countWords(qint32 other);
    FactExtractor::Source factSource(qint32 article) const;
    int threads() const { return ParallelRunner::threadCount(m_options.threads, articleCount()); }
    // One per pair with the base, as many as there are cores; the cores
    // that leaves idle (a pair) work inside each pair.
    int diffThreads() const { return ParallelRunner::threadCount(m_options.threads, articleCount() - 1); }
    int pairThreads() const
    {
        return std::max(1, ParallelRunner::threadCount(m_options.threads, 1 << 16) / diffThreads());
    }
    qint32 articleCount() const { return qint32(m_result.articles.size()); }

    ComparisonOptions m_options;
    const SynonymDictionary *m_synonyms;
    const AntonymDictionary *m_antonyms;
    Cancellation m_cancel;

    QString m_error;
    Comparison m_result;
    Vocabulary m_vocabulary;
    std::vector<TokenizedArticle> m_tokens;
    Lexicon m_lexicon;
    FactWords m_factWords;
    std::vector<FlatDocument> m_flat;
    TermWeights m_weights;
    // [article][sentence]: counted words in the article's sentences before
    // it, one entry more than sentences; handed over by computeReworded().
    // Counted words are numbered in flat order, so a sentence's counted
    // words have consecutive numbers: a list per word (or per flat token)
    // held 2 MB of a pair of 100k-word texts through the word diff.
    std::vector<std::vector<qint32>> m_countedBefore;
    Containment::Coverage m_coverage;                     // handed over by computeReworded()
    std::vector<double> m_ownShares;                      // [article], for the family tree
    std::vector<std::vector<bool>> m_foundElsewhere;      // [article][paragraph], see markFoundElsewhere()
    std::vector<PairAlignment> m_pairs;                   // [article], against the base
    std::vector<std::vector<FactDifference>> m_facts;     // [article], against the base
    std::unique_ptr<SynsetCache> m_synsets; // shared by the scorers, released with them
    std::vector<std::unique_ptr<ParaphraseScorer>> m_scorers; // pairThreads() per diff worker
    std::vector<std::unique_ptr<ParaphraseScorer>> m_rewordScorers; // one per worker of computeReworded
    double m_diffMilliseconds = 0;
    double m_rewordedMilliseconds = 0;
};

bool ComparisonRun::runPhase(Phase phase, double *milliseconds)
{
    if (m_cancel.isCancelled())
        return false;
    QElapsedTimer timer;
    timer.start();
    (this->*phase)();
    *milliseconds += double(timer.nsecsElapsed()) / 1e6;
    return !m_cancel.isCancelled() && m_error.isEmpty();
}

ComparisonOutcome ComparisonRun::run(std::vector<Article> articles)
{
    ComparisonOutcome outcome;
    if (articles.empty()) {
        outcome.error = Messages::tr("There is nothing to compare: no article could be loaded.");
        return outcome;
    }
    QElapsedTimer total;
    total.start();
    m_result.articles = std::move(articles);
    qsizetype characters = 0;
    for (const Article &article : m_result.articles) {
        for (const Paragraph &paragraph : article.paragraphs)
            characters += paragraph.text.size();
    }
    if (characters < Comparator::minParallelCharacters)
        m_options.threads = 1;
    PhaseTimings &t = outcome.timings;
    const bool completed = runPhase(&ComparisonRun::tokenize, &t.tokenize)
        && runPhase(&ComparisonRun::prepareDocuments, &t.tokenize)
        && runPhase(&ComparisonRun::computeCoverage, &t.containment)
        && runPhase(&ComparisonRun::chooseBase, &t.containment)
        && runPhase(&ComparisonRun::compareAndReword, &t.diff)
        && runPhase(&ComparisonRun::alignParagraphs, &t.align)
        && runPhase(&ComparisonRun::buildSpans, &t.spans)
        && runPhase(&ComparisonRun::synthesize, &t.synthesis);
    t.diff = m_diffMilliseconds;
    t.reworded = m_rewordedMilliseconds;
    t.total = double(total.nsecsElapsed()) / 1e6;
    if (!completed) {
        outcome.error = m_error;
        outcome.cancelled = m_cancel.isCancelled();
        return outcome;
    }
    m_result.comparedAt = QDateTime::currentDateTimeUtc();
    outcome.comparison = std::move(m_result);
    return outcome;
}

void ComparisonRun::tokenize()
{
    const qint32 n = articleCount();
    m_tokens.resize(size_t(n));
    std::vector<Vocabulary> local(static_cast<size_t>(n));
    ParallelRunner::forEach(n, threads(), [&](int a, int) {
        if (m_cancel.isCancelled())
            return;
        Tokenizer tokenizer(m_options, &local[size_t(a)]);
        const Article &article = m_result.articles[size_t(a)];
        m_tokens[size_t(a)] = tokenizer.tokenize(article.paragraphs, article.language);
    });
    // Merge the per-article vocabularies into one id space.
    std::vector<std::vector<qint32>> mappings(static_cast<size_t>(n));
    for (qint32 a = 0; a < n; ++a)
        mappings[size_t(a)] = m_vocabulary.merge(local[size_t(a)]);
    ParallelRunner::forEach(n, threads(), [&](int a, int) {
        for (TokenizedParagraph &paragraph : m_tokens[size_t(a)].paragraphs) {
            for (Token &token : paragraph.tokens)
                token.key = mappings[size_t(a)][size_t(token.key)];
        }
    });
    m_cancel.reportProgress(1, 6);
}

void ComparisonRun::prepareDocuments()
{
    // House-style variants get their keys before the lexicon is built, so
    // their canonical keys have stems and flags like any word.
    Tokenizer variantTokenizer(m_options, &m_vocabulary);
    const HouseStyleMatcher houseStyle(m_options.houseStyle, &variantTokenizer, &m_vocabulary);
    m_lexicon = Lexicon(m_vocabulary, Lexicon::majorityLanguage(m_result.articles));
    m_factWords = FactWords(m_vocabulary);
    const qint32 n = articleCount();
    for (qint32 a = 0; a < n; ++a)
        m_factWords.noteCase(m_tokens[size_t(a)], m_result.articles[size_t(a)].paragraphs);
    m_flat.resize(size_t(n));
    m_countedBefore.resize(size_t(n));
    ParallelRunner::forEach(n, threads(), [&](int a, int) {
        const Article &article = m_result.articles[size_t(a)];
        FlatDocument &flat = m_flat[size_t(a)];
        flat = FlatDocument::build(m_tokens[size_t(a)], article.paragraphs, m_lexicon, m_options.ignorePunctuation);
        houseStyle.apply(&flat);
        // Every flat token lies in a sentence: the first starts at 0.
        std::vector<qint32> &before = m_countedBefore[size_t(a)];
        before.assign(flat.sentenceStarts.size() + 1, 0);
        size_t sentence = 0;
        forEachCounted(a, [&](qint32 i) {
            while (sentence + 1 < flat.sentenceStarts.size() && flat.sentenceStarts[sentence + 1] <= i)
                ++sentence;
            ++before[sentence + 1];
        });
        std::partial_sum(before.begin(), before.end(), before.begin());
    });
    m_weights = TermWeights(m_lexicon.stemCount());
    std::vector<qint32> stems;
    for (const FlatDocument &flat : m_flat) {
        for (qint32 s = 0; s < qint32(flat.sentenceStarts.size()); ++s) {
            stems.clear();
            for (qint32 i = flat.sentenceStarts[size_t(s)]; i < flat.sentenceEnd(s); ++i)
                stems.push_back(m_lexicon.stem(flat.keys[size_t(i)]));
            m_weights.addDocument(stems);
        }
    }
    if (m_synonyms)
        m_synsets = std::make_unique<SynsetCache>(m_vocabulary, *m_synonyms);
    const auto scorer = [this] {
        return std::make_unique<ParaphraseScorer>(m_vocabulary, m_lexicon, m_weights, m_synonyms, m_synsets.get());
    };
    for (int w = 0; w < diffThreads() * pairThreads(); ++w)
        m_scorers.push_back(scorer());
    for (int w = 0; w < threads(); ++w)
        m_rewordScorers.push_back(scorer());
}

void ComparisonRun::computeCoverage()
{
    std::vector<std::vector<qint32>> words(m_flat.size());
    for (size_t a = 0; a < m_flat.size(); ++a) {
        const FlatDocument &flat = m_flat[a];
        words[a].reserve(size_t(m_countedBefore[a].back()));
        forEachCounted(qint32(a), [&](qint32 i) { words[a].push_back(flat.keys[size_t(i)]); });
    }
    m_coverage = Containment::coverage(words, threads());
    m_result.containment = Containment::verbatimShares(m_coverage, threads());
    m_ownShares = Containment::ownShares(m_coverage, threads());
    markFoundElsewhere();
}

// Which paragraphs have most of their counted words in 3-word runs another
// article has too, for the aligner's "found in no other source" (see
// ParagraphShape::foundElsewhere).
void ComparisonRun::markFoundElsewhere()
{
    m_foundElsewhere.assign(size_t(articleCount()), {});
    ParallelRunner::forEach(articleCount(), threads(), [&](int a, int) {
        const FlatDocument &flat = m_flat[size_t(a)];
        std::vector<qint32> paragraphOfWord;
        forEachCounted(a, [&](qint32 i) { paragraphOfWord.push_back(flat.paragraphOf(i)); });
        m_foundElsewhere[size_t(a)] = Containment::mostlyFoundElsewhere(m_coverage, a, paragraphOfWord, flat.paragraphStart.size());
    });
}

void ComparisonRun::chooseBase()
{
    if (!m_options.baseId.isEmpty()) {
        m_result.base = m_result.indexOf(m_options.baseId);
        if (m_result.base < 0)
            m_error = Messages::tr("There is no article called \u201C%1\u201D to use as the base.").arg(m_options.baseId);
        return;
    }
    std::vector<BaseChooser::Candidate> candidates;
    for (qint32 a = 0; a < articleCount(); ++a)
        candidates.push_back({ m_countedBefore[size_t(a)].back(), m_result.articles[size_t(a)].isAgencyCopy() });
    m_result.base = BaseChooser::choose(m_result.containment, candidates);
    for (qint32 a = 0; a < articleCount(); ++a) {
        const qint32 repeated = BaseChooser::repeatedArticle(m_result.containment, candidates, a);
        if (repeated >= 0) {
            m_result.notices.append(Messages::tr("%1 holds all of %2 and repeats much of it (a digest of the versions, "
                                                 "or a copy pasted twice): it was not chosen as the base.")
                                        .arg(m_result.articles[size_t(a)].id, m_result.articles[size_t(repeated)].id));
        }
    }
}

void ComparisonRun::comparePairs()
{
    const qint32 n = articleCount();
    const qint32 base = m_result.base;
    m_pairs.resize(size_t(n));
    m_facts.resize(size_t(n));
    std::atomic_int done { 0 };
    std::vector<const ParaphraseScorer *> scorers;
    for (const auto &scorer : m_scorers)
        scorers.push_back(scorer.get());
    // The base's facts are the same for every pair: extracted once when
    // there are several.
    const FactStore baseFacts = n > 2 ? FactDetector::extractAll(factSource(base), diffThreads()) : FactStore();
    // The pairs, the base left out: a single pair is compared on this
    // thread, so that what it frees is at hand for the phases after it.
    ParallelRunner::forEach(n - 1, diffThreads(), [&](int pair, int worker) {
        const qint32 other = pair < base ? pair : pair + 1;
        if (m_cancel.isCancelled())
            return;
        const auto mine = std::span(scorers).subspan(size_t(worker * pairThreads()), size_t(pairThreads()));
        const PairComparer comparer(m_lexicon, m_weights, mine, m_options, m_cancel);
        m_pairs[size_t(other)] = comparer.compare(
            m_flat[size_t(base)], m_flat[size_t(other)],
            WordClassifier::capitalized(m_flat[size_t(other)], m_tokens[size_t(other)],
                                        m_result.articles[size_t(other)].paragraphs));
        const int threads = m_flat[size_t(other)].size() >= PairComparer::minParallelTokens ? pairThreads() : 1;
        m_facts[size_t(other)] = FactDetector::detect(factSource(base), factSource(other), &m_pairs[size_t(other)],
                                                      m_cancel, n > 2 ? &baseFacts : nullptr, threads, m_antonyms);
        m_cancel.reportProgress(1 + 4 * (done.fetch_add(1) + 1) / std::max(1, n - 1), 6);
    });
}

// The word diffs against the base and the reworded shares of all pairs are
// independent of each other: they run side by side, so that even a pair
// (one word diff) keeps two cores busy. Their times overlap in PhaseTimings.
void ComparisonRun::compareAndReword()
{
    const auto diff = [this] {
        QElapsedTimer timer;
        timer.start();
        comparePairs();
        m_diffMilliseconds = double(timer.nsecsElapsed()) / 1e6;
    };
    const auto reword = [this] {
        QElapsedTimer timer;
        timer.start();
        computeReworded();
        m_rewordedMilliseconds = double(timer.nsecsElapsed()) / 1e6;
    };
    if (m_options.threads == 1) {
        diff();
        reword();
    } else {
        ParallelRunner::concurrently(diff, reword);
    }
    // Nothing after this phase scores sentences: the scorers' per-word
    // tables (a quarter of a megabyte each for a pair of 100k-word texts)
    // go before the spans and the synthesis, which peak too.
    m_scorers.clear();
    m_rewordScorers.clear();
    m_synsets.reset();
}

void ComparisonRun::alignParagraphs()
{
    const ParagraphLinker linker(m_flat, m_lexicon, m_result.base);
    std::vector<std::vector<ParagraphShape>> shapes(static_cast<size_t>(articleCount()));
    for (qint32 a = 0; a < articleCount(); ++a) {
        const FlatDocument &flat = m_flat[size_t(a)];
        const auto &paragraphs = m_result.articles[size_t(a)].paragraphs;
        for (qint32 p = 0; p < qint32(paragraphs.size()); ++p) {
            const qint32 end = size_t(p + 1) < flat.paragraphStart.size() ? flat.paragraphStart[size_t(p + 1)] : flat.size();
            const qint32 words = linker.wordCount(a, flat.paragraphStart[size_t(p)], end);
            shapes[size_t(a)].push_back(ParagraphShape { words > 0 ? words : ParagraphLinker::unreadWords(paragraphs[size_t(p)]),
                                                         paragraphs[size_t(p)].role, m_foundElsewhere[size_t(a)][size_t(p)] });
        }
    }
    std::vector<ParagraphEvidence> links;
    for (qint32 a = 0; a < articleCount(); ++a) {
        if (a == m_result.base)
            continue;
        const std::vector<ParagraphEvidence> pairLinks = linker.baseLinks(a, m_pairs[size_t(a)]);
        links.insert(links.end(), pairLinks.begin(), pairLinks.end());
    }
    const std::vector<ParagraphEvidence> extra = linker.leftoverLinks(links);
    links.insert(links.end(), extra.begin(), extra.end());
    std::vector<const std::vector<Paragraph> *> paragraphsOf;
    for (const Article &article : m_result.articles)
        paragraphsOf.push_back(&article.paragraphs);
    const std::vector<ParagraphEvidence> lines = ParagraphLinker::sameBoilerplateLinks(paragraphsOf, m_result.base);
    links.insert(links.end(), lines.begin(), lines.end());
    ParagraphAligner::Result aligned = ParagraphAligner::align(shapes, m_result.base, links, manualConstraints());
    m_result.rows = std::move(aligned.rows);
    m_result.unique = std::move(aligned.unique);
    m_result.rowOf = std::move(aligned.rowOf);
    const auto named = [this](std::pair<qint32, qint32> end) {
        return Messages::tr("%1, paragraph %2").arg(m_result.articles[size_t(end.first)].id, QString::number(end.second + 1));
    };
    for (const auto &[a, b] : aligned.refusedLinks)
        m_result.notices.append(Messages::tr("A paragraph link you made between %1 and %2 was not applied: it would put "
                                             "the base's paragraphs out of order.").arg(named(a), named(b)));
}

template<typename Fn>
void ComparisonRun::forEachCounted(qint32 article, Fn fn) const
{
    const FlatDocument &flat = m_flat[size_t(article)];
    const auto &paragraphs = m_result.articles[size_t(article)].paragraphs;
    for (qint32 p = 0; p < qint32(flat.paragraphStart.size()); ++p) {
        if (!isCountedRole(paragraphs[size_t(p)].role))
            continue;
        for (qint32 i = flat.paragraphStart[size_t(p)]; i < flat.paragraphEnd(p); ++i) {
            if (!m_lexicon.isPunctuation(flat.keys[size_t(i)]))
                fn(i);
        }
    }
}

void ComparisonRun::countWords(qint32 other)
{
    const qint32 base = m_result.base;
    ClassCounts &counts = m_result.counts[size_t(other)];
    forEachCounted(other, [&](qint32 i) {
        ++counts.words;
        if (other == base)
            return;
        switch (m_pairs[size_t(other)].b.classes[size_t(i)]) {
        case ChangeClass::Same: ++counts.same; break;
        case ChangeClass::Added: ++counts.added; break;
        case ChangeClass::Paraphrased: ++counts.paraphrased; break;
        case ChangeClass::Moved: ++counts.moved; break;
        case ChangeClass::FactChanged: ++counts.changedFacts; break;
        case ChangeClass::Removed: break;
        }
    });
    if (other == base)
        return;
    forEachCounted(base, [&](qint32 i) {
        counts.removed += m_pairs[size_t(other)].a.classes[size_t(i)] == ChangeClass::Removed;
    });
}

FactExtractor::Source ComparisonRun::factSource(qint32 article) const
{
    return FactExtractor::Source { m_flat[size_t(article)], m_tokens[size_t(article)],
                                   m_result.articles[size_t(article)].paragraphs, m_vocabulary, m_lexicon,
                                   m_factWords };
}

void ComparisonRun::buildSpans()
{
    const qint32 base = m_result.base;
    const std::vector<ArticleText> texts = articleTexts();
    m_result.comparisons.resize(size_t(articleCount()));
    m_result.counts.resize(size_t(articleCount()));
    ParallelRunner::forEach(articleCount(), threads(), [&](int other, int) {
        countWords(other);
        if (other == base)
            return;
        const PairAlignment &pair = m_pairs[size_t(other)];
        const SpanBuilder::Side baseSide { m_tokens[size_t(base)], m_flat[size_t(base)], pair.a };
        const SpanBuilder::Side otherSide { m_tokens[size_t(other)], m_flat[size_t(other)], pair.b };
        ArticleComparison &comparison = m_result.comparisons[size_t(other)];
        comparison.base = base;
        comparison.other = other;
        comparison.coarse = pair.coarse;
        comparison.rawEditCount = pair.rawEditCount;
        comparison.factChanges =
            FactDetector::changes(m_facts[size_t(other)], texts[size_t(base)], texts[size_t(other)]);
        comparison.baseSpans = SpanBuilder::build(baseSide, otherSide, pair.paraphrases, true,
                                                  boilerplateFallback(base, other, ChangeClass::Removed));
        comparison.otherSpans = SpanBuilder::build(otherSide, baseSide, pair.paraphrases, false,
                                                   boilerplateFallback(other, base, ChangeClass::Added));
    });
    m_result.uniqueSentences = UniqueSentences::find(m_result, texts, m_lexicon);
    for (const ArticleComparison &comparison : m_result.comparisons) {
        if (comparison.isValid() && comparison.coarse) {
            m_result.notices.append(
                UserMessages::text(UserMessage::ComparedCoarsely)
                    .arg(m_result.articles[size_t(comparison.other)].id));
        }
    }
    if (m_result.articles.size() == 1)
        m_result.notices.append(UserMessages::text(UserMessage::OnlyOneArticle));
    m_cancel.reportProgress(6, 6);
}

// The editor's links and unlinks, found again in the loaded articles; one
// whose paragraph is gone is reported rather than silently dropped.
ParagraphAligner::Constraints ComparisonRun::manualConstraints()
{
    ParagraphAligner::Constraints constraints;
    for (const ParagraphLink &link : m_options.manualLinks) {
        const auto a = ParagraphLink::resolve(link.a, m_result.articles);
        const auto b = ParagraphLink::resolve(link.b, m_result.articles);
        if (a.first < 0 || b.first < 0 || a.first == b.first) {
            m_result.notices.append(Messages::tr("A paragraph link you made between %1 and %2 no longer matches the articles "
                                       "and was not applied.").arg(link.a.article, link.b.article));
            continue;
        }
        (link.kind == ParagraphLink::Kind::Link ? constraints.linked : constraints.unlinked).push_back({ a, b });
    }
    return constraints;
}

std::vector<ArticleText> ComparisonRun::articleTexts() const
{
    std::vector<ArticleText> texts;
    for (qint32 a = 0; a < articleCount(); ++a)
        texts.push_back(ArticleText { &m_result.articles[size_t(a)], &m_tokens[size_t(a)], &m_flat[size_t(a)] });
    return texts;
}

// The views that need no base: how many articles carry each word, the
// consensus text, and the family tree built on both.
void ComparisonRun::synthesize()
{
    const std::vector<ArticleText> texts = articleTexts();
    const auto agreement = [&] { m_result.agreement = Agreement::compute(m_result.rows, texts, m_lexicon); };
    const auto consensusAndTree = [&] {
        m_result.consensus = Consensus::build(m_result.rows, texts, m_lexicon, threads());
        m_result.familyTree = FamilyTreeBuilder::build(m_result.articles, texts, m_result.containment,
                                                       m_result.consensus.distance, m_ownShares, m_lexicon,
                                                       FactAgreement::compute(m_result.comparisons, m_result.base));
    };
    // The agreement reads the rows and texts only and writes its own
    // field: on more than one thread it is computed beside the consensus
    // and the family tree (which needs the consensus).
    if (threads() == 1) {
        agreement();
        consensusAndTree();
    } else {
        ParallelRunner::concurrently(consensusAndTree, agreement);
    }
}

void ComparisonRun::computeReworded()
{
    // The sentences' counted words and the coverage are read here only, so
    // they are handed over and released when the reworded shares are
    // filled: the coverage alone is 2 MB of a 1M-word pair that the later
    // phases no longer hold.
    std::vector<RewordedShares::ArticleText> texts(static_cast<size_t>(articleCount()));
    for (qint32 a = 0; a < articleCount(); ++a)
        texts[size_t(a)] = RewordedShares::ArticleText { &m_flat[size_t(a)], std::move(m_countedBefore[size_t(a)]) };
    const Containment::Coverage coverage = std::move(m_coverage);
    std::vector<const ParaphraseScorer *> scorers;
    for (const auto &scorer : m_rewordScorers)
        scorers.push_back(scorer.get());
    const double threshold = ParaphraseScorer::threshold(m_options.paraphraseSensitivity);
    if (m_options.exhaustiveRewording)
        RewordedShares::fillExhaustive(texts, coverage, m_lexicon, m_weights, *scorers.front(), threshold,
                                       &m_result.containment);
    else
        RewordedShares::fill(texts, coverage, m_lexicon, m_weights, scorers, threshold, &m_result.containment,
                             m_cancel);
}

} // namespace

Comparator::Comparator(ComparisonOptions options, std::shared_ptr<const SynonymDictionary> synonyms)
    : m_options(std::move(options))
    , m_synonyms(std::move(synonyms))
    , m_antonyms(AntonymDictionary::load(m_synonyms))
{
}

ComparisonOutcome Comparator::compare(std::vector<Article> articles, const Cancellation &cancel) const
{
    // What the loader's temporaries and the comparison before this one (the
    // window drops it as it starts the next) freed is on the heaps in pieces
    // this run's own allocations do not all reuse: handed back first, so a
    // comparison peaks no higher for having had one before it.
    MemoryPolicy::releaseFreedMemory();
    ComparisonOutcome outcome = ComparisonRun(m_options, m_synonyms.get(), m_antonyms.get(), cancel).run(std::move(articles));
    // The run's working tables are gone: what they freed on the workers'
    // heaps goes back to the system instead of waiting for the next run.
    MemoryPolicy::releaseFreedMemory();
    return outcome;
}

} // namespace WireDiff
