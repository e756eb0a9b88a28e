#pragma once

#include <QString>

namespace WireDiff {

// The lines the loader and the comparison's limits show an editor: why a
// file was skipped (one line each), warnings on a loaded article, notes on a
// folder, and the notice that a comparison was made coarser. They are kept
// here in English, in one place, marked for lupdate under the context of
// the class that shows them (WireDiff::ArticleLoader, ::NewsXmlParser,
// ::Comparator, ::Comparison, as in translations/*.ts); text() looks each up with
// QCoreApplication::translate, so an application that installs a
// translator shows them translated without core knowing about languages.
// Arguments (%1, %2) are filled by the caller with QString::arg; %n by `n`.
enum class UserMessage {
    // The folder itself.
    FolderMissing,          // %1 folder
    NotAFolder,             // %1 path
    FolderUnreadable,       // %1 folder
    FolderAlreadyRead,
    LinkToEnclosingFolder,
    FileNameNotUtf8,
    SubfoldersNotRead,      // %n subfolders
    FolderHoldsNoFiles,     // %1 folder's name
    FolderHoldsNoFilesToCompare, // %1 folder's name
    NoFileCompared,         // %n files, %1 folder's name, %2 the reason they share
    NoFileComparedMixed,    // %n files, %1 folder's name, %2 files with the commonest reason, %3 that reason
    // Why a file was skipped.
    SymbolicLinkLoop,
    DanglingSymbolicLink,
    FileNotFound,
    IsAFolder,
    NotARegularFile,
    // %1 limit. No size: the reason stays on show (the window's notice)
    // while the file may go on growing, and a size would then be stale.
    TooLarge,
    CannotBeRead,           // %1 system's reason
    ReadError,              // %1 system's reason
    VanishedWhileRead,
    KeptChanging,           // %n reads
    OverArticleLimit,       // %n articles
    EmptyFile,
    OnlyWhiteSpace,
    BinaryFile,
    LooksLikeLog,           // %1 record lines, %2 lines looked at
    PdfDocument,
    ZipArchive,
    OfficeDocument,
    RtfDocument,
    PngImage,
    GifImage,
    JpegImage,
    GzipFile,
    Bzip2File,
    XzFile,
    SevenZipArchive,
    RarArchive,
    Program,
    WireDiffExport,
    UnknownXml,
    NoArticleText,
    NoArticleTextBecause,   // %1 first warning
    // Warnings on a loaded article.
    InvalidBytesReplaced,   // %1 encoding
    NulsRemoved,            // %n NULs
    ControlsRemoved,        // %n C1 control characters
    ParagraphsCut,          // %n paragraphs, %1 limit
    BidiControls,
    TruncatedXml,           // %1 line, %2 parser's reason
    XmlError,               // %1 line, %2 parser's reason
    EntityExpansion,
    // The folder's articles among themselves.
    FarLongerThanOthers,    // %1 article, %2 times, %3 its words, %4 the others' median
    NotOneStory,            // %1 strangers, %2 articles judged, %3 the most two share, in percent
    SharesAlmostNothing,    // %1 article, %2 the most it shares, in percent
    MixedLanguages,         // %n languages, %1 the majority's, %2 its articles, %3 the others (ArticleInLanguage, ...)
    ArticleInLanguage,      // %1 article, %2 language
    MoreInOtherLanguages,   // %n articles not named
    HeadlineOnly,           // %1 article
    // The comparison.
    ComparedCoarsely,       // %1 article
    OnlyOneArticle,
    // Exports (window and command line).
    OutputIsAnInput,        // %1 path
    OutputIsASkippedInput,  // %1 path
    OutputIsANotesFile,     // %1 path
};

namespace UserMessages {

QString text(UserMessage message, int n = -1);

} // namespace UserMessages

} // namespace WireDiff
