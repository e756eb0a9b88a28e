#include "usermessages.h"

#include <QCoreApplication>

namespace WireDiff {

namespace {

// The context is the one lupdate files the text under (and the
// translations in translations/*.ts use): the class that shows it.
struct Source
{
    const char *context;
    const char *text;
};

Source source(UserMessage message)
{
    switch (message) {
    case UserMessage::FolderMissing:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "The folder %1 does not exist.") };
    case UserMessage::NotAFolder:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "%1 is not a folder.") };
    case UserMessage::FolderUnreadable:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "The folder %1 cannot be read.") };
    case UserMessage::FolderAlreadyRead:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "folder already read (a symbolic link loop)") };
    case UserMessage::LinkToEnclosingFolder:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "symbolic link loop: a link back to this folder or to one that holds it") };
    case UserMessage::FileNameNotUtf8:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "its name is not valid UTF-8; rename the file to compare it") };
    case UserMessage::SubfoldersNotRead:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_N_NOOP("WireDiff::ArticleLoader", "%n subfolder(s) were not read: use --recursive, "
                                                             "or File \u25B8 Include Subfolders in the window.") };
    case UserMessage::FolderHoldsNoFiles:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "The folder \u201C%1\u201D holds no files.") };
    case UserMessage::FolderHoldsNoFilesToCompare:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "The folder \u201C%1\u201D holds no files to compare: "
                                                           "hidden files and WireDiff\u2019s own are left out.") };
    case UserMessage::NoFileCompared:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_N_NOOP("WireDiff::ArticleLoader", "None of the %n file(s) in the folder \u201C%1\u201D "
                                                             "can be compared: %2.") };
    case UserMessage::NoFileComparedMixed:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_N_NOOP("WireDiff::ArticleLoader", "None of the %n file(s) in the folder \u201C%1\u201D "
                                                             "can be compared; the commonest reason (%2 of them): %3.") };
    case UserMessage::SymbolicLinkLoop:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "symbolic link loop") };
    case UserMessage::DanglingSymbolicLink:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "dangling symbolic link") };
    case UserMessage::FileNotFound:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "file not found (it may have been moved or deleted)") };
    case UserMessage::IsAFolder:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "is a folder, not a file") };
    case UserMessage::NotARegularFile:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "not a regular file") };
    case UserMessage::TooLarge:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "too large (over the %1 limit)") };
    case UserMessage::CannotBeRead:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "cannot be read: %1") };
    case UserMessage::ReadError:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "read error: %1") };
    case UserMessage::VanishedWhileRead:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "was moved or deleted while it was being read") };
    case UserMessage::KeptChanging:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_N_NOOP("WireDiff::ArticleLoader", "kept changing while it was being read (read %n times)") };
    case UserMessage::OverArticleLimit:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_N_NOOP("WireDiff::ArticleLoader", "over the limit of %n articles in one comparison") };
    case UserMessage::EmptyFile:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "empty file") };
    case UserMessage::OnlyWhiteSpace:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "contains only white space") };
    case UserMessage::BinaryFile:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "binary file, not text") };
    case UserMessage::LooksLikeLog:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "a log or data file, not an article (%1 of its first %2 lines are machine records)") };
    case UserMessage::PdfDocument:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "a PDF document, not article text") };
    case UserMessage::ZipArchive:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "a ZIP archive (or a Word or OpenDocument file), not article text") };
    case UserMessage::OfficeDocument:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "an old Microsoft Office document, not article text") };
    case UserMessage::RtfDocument:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "an RTF document, not article text") };
    case UserMessage::PngImage:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "a PNG image, not article text") };
    case UserMessage::GifImage:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "a GIF image, not article text") };
    case UserMessage::JpegImage:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "a JPEG image, not article text") };
    case UserMessage::GzipFile:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "a gzip-compressed file, not article text") };
    case UserMessage::Bzip2File:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "a bzip2-compressed file, not article text") };
    case UserMessage::XzFile:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "an xz-compressed file, not article text") };
    case UserMessage::SevenZipArchive:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "a 7-Zip archive, not article text") };
    case UserMessage::RarArchive:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "a RAR archive, not article text") };
    case UserMessage::Program:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "a program, not article text") };
    case UserMessage::WireDiffExport:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "a comparison WireDiff exported, not an article") };
    case UserMessage::UnknownXml:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "XML, but neither NITF nor NewsML-G2") };
    case UserMessage::NoArticleText:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "no article text found") };
    case UserMessage::NoArticleTextBecause:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "no article text found (%1)") };
    case UserMessage::InvalidBytesReplaced:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "invalid %1 byte sequences were replaced by \u201C\uFFFD\u201D") };
    case UserMessage::NulsRemoved:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_N_NOOP("WireDiff::ArticleLoader", "%n NUL character(s) were removed (the file may be damaged)") };
    case UserMessage::ControlsRemoved:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_N_NOOP("WireDiff::ArticleLoader", "%n control character(s) that no text uses were removed "
                                                             "(the file may be damaged or in another encoding)") };
    case UserMessage::ParagraphsCut:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_N_NOOP("WireDiff::ArticleLoader", "%n over-long paragraph(s) were cut into pieces of at most %1 characters") };
    case UserMessage::BidiControls:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "contains bidirectional override or isolate characters, which can "
                                                           "make text display in an order other than the one compared") };
    case UserMessage::TruncatedXml:
        return { "WireDiff::NewsXmlParser", QT_TRANSLATE_NOOP("WireDiff::NewsXmlParser", "truncated XML at line %1: %2") };
    case UserMessage::XmlError:
        return { "WireDiff::NewsXmlParser", QT_TRANSLATE_NOOP("WireDiff::NewsXmlParser", "XML error at line %1: %2") };
    case UserMessage::EntityExpansion:
        return { "WireDiff::NewsXmlParser", QT_TRANSLATE_NOOP("WireDiff::NewsXmlParser", "its DTD's entities would expand to far more text than the file holds") };
    case UserMessage::ComparedCoarsely:
        return { "WireDiff::Comparator", QT_TRANSLATE_NOOP("WireDiff::Comparator", "%1 differs so much from the base in places that those places were "
                                                           "compared as whole blocks.") };
    case UserMessage::FarLongerThanOthers:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "%1 is %2 times as long as the other articles (%3 words; the others have about %4): "
                                                                                  "check that it is a version of this story.") };
    case UserMessage::NotOneStory:
        return { "WireDiff::Comparator", QT_TRANSLATE_NOOP("WireDiff::Comparator", "These files do not look like versions of one story: "
                                                           "%1 of the %2 articles share under 10 % of their words with any other (the most "
                                                           "two share is %3 %). Different stories, or translations, compare as new text.") };
    case UserMessage::SharesAlmostNothing:
        return { "WireDiff::Comparator", QT_TRANSLATE_NOOP("WireDiff::Comparator", "%1 shares almost nothing with the other articles "
                                                           "(at most %2 % of its words or theirs): check that it is a version of this story.") };
    case UserMessage::MixedLanguages:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_N_NOOP("WireDiff::ArticleLoader", "These articles are in %n languages: %1 for %2 of them; "
                                                             "%3. WireDiff compares words, so a translation reads as new text, "
                                                             "not as a version of the story.") };
    case UserMessage::ArticleInLanguage:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "%1 in %2") };
    case UserMessage::MoreInOtherLanguages:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_N_NOOP("WireDiff::ArticleLoader", " and %n more") };
    case UserMessage::HeadlineOnly:
        return { "WireDiff::ArticleLoader", QT_TRANSLATE_NOOP("WireDiff::ArticleLoader", "%1 has a headline and no body (a feed may have cut it): "
                                                           "it is compared by its headline alone.") };
    case UserMessage::OnlyOneArticle:
        return { "WireDiff::Comparator", QT_TRANSLATE_NOOP("WireDiff::Comparator", "Only one article was read, so there is nothing to compare "
                                                           "it with: add other versions of the story to see what each kept, changed or added.") };
    case UserMessage::OutputIsAnInput:
        return { "WireDiff::Comparison", QT_TRANSLATE_NOOP("WireDiff::Comparison", "%1 is one of the articles compared; "
                                                           "WireDiff never writes over an input.") };
    case UserMessage::OutputIsASkippedInput:
        return { "WireDiff::Comparison", QT_TRANSLATE_NOOP("WireDiff::Comparison", "%1 was read as an input and skipped; "
                                                           "WireDiff never writes over an input.") };
    case UserMessage::OutputIsANotesFile:
        return { "WireDiff::Comparison", QT_TRANSLATE_NOOP("WireDiff::Comparison", "%1 is a WireDiff notes file; "
                                                           "an export never replaces it.") };
    }
    return { "", "" }; // not reached: every message has its case above
}

} // namespace

QString UserMessages::text(UserMessage message, int n)
{
    const Source s = source(message);
    return QCoreApplication::translate(s.context, s.text, nullptr, n);
}

} // namespace WireDiff
