<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>WireDiff::AgreementDecorator</name>
    <message numerus="yes">
        <source>Carried by %1 of %n articles in this row.</source>
        <translation>
            <numerusform>Carried by %1 of %n article in this row.</numerusform>
            <numerusform>Carried by %1 of %n articles in this row.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::AnnotationController</name>
    <message numerus="yes">
        <source>Notes are kept per folder, beside the articles, and these files come from %n folders: open one folder, or files from one folder, to read and make notes.</source>
        <translation>
            <numerusform>Notes are kept per folder, beside the articles, and these files come from %n folder: open one folder, or files from one folder, to read and make notes.</numerusform>
            <numerusform>Notes are kept per folder, beside the articles, and these files come from %n folders: open one folder, or files from one folder, to read and make notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::ArticleLoader</name>
    <message numerus="yes">
        <source>over the limit of %n articles in one comparison</source>
        <translation>
            <numerusform>over the limit of %n article in one comparison</numerusform>
            <numerusform>over the limit of %n articles in one comparison</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over-long paragraph(s) were cut into pieces of at most %1 characters</source>
        <translation>
            <numerusform>%n over-long paragraph was cut into pieces of at most %1 characters</numerusform>
            <numerusform>%n over-long paragraphs were cut into pieces of at most %1 characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kept changing while it was being read (read %n times)</source>
        <translation>
            <numerusform>kept changing while it was being read (read %n time)</numerusform>
            <numerusform>kept changing while it was being read (read %n times)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n NUL character(s) were removed (the file may be damaged)</source>
        <translation>
            <numerusform>%n NUL character was removed (the file may be damaged)</numerusform>
            <numerusform>%n NUL characters were removed (the file may be damaged)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n control character(s) that no text uses were removed (the file may be damaged or in another encoding)</source>
        <translation>
            <numerusform>%n control character that no text uses was removed (the file may be damaged or in another encoding)</numerusform>
            <numerusform>%n control characters that no text uses were removed (the file may be damaged or in another encoding)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subfolder(s) were not read: use --recursive, or File ▸ Include Subfolders in the window.</source>
        <translation>
            <numerusform>%n subfolder was not read: use --recursive, or File ▸ Include Subfolders in the window.</numerusform>
            <numerusform>%n subfolders were not read: use --recursive, or File ▸ Include Subfolders in the window.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These articles are in %n languages: %1 for %2 of them; %3. WireDiff compares words, so a translation reads as new text, not as a version of the story.</source>
        <translation>
            <numerusform>These articles are in %n language: %1 for %2 of them; %3. WireDiff compares words, so a translation reads as new text, not as a version of the story.</numerusform>
            <numerusform>These articles are in %n languages: %1 for %2 of them; %3. WireDiff compares words, so a translation reads as new text, not as a version of the story.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n file(s) in the folder “%1” can be compared: %2.</source>
        <translation>
            <numerusform>The only file in the folder “%1” cannot be compared: %2.</numerusform>
            <numerusform>None of the %n files in the folder “%1” can be compared: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n file(s) in the folder “%1” can be compared; the commonest reason (%2 of them): %3.</source>
        <translation>
            <numerusform>The only file in the folder “%1” cannot be compared; the reason (%2 of them): %3.</numerusform>
            <numerusform>None of the %n files in the folder “%1” can be compared; the commonest reason (%2 of them): %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::ComparisonTable</name>
    <message numerus="yes">
        <source>Rows not printed: %n (a PDF holds %1 rows per group of columns, and rows with notes; the HTML and JSON exports hold every row)</source>
        <translation>
            <numerusform>Row not printed: %n (a PDF holds %1 rows per group of columns, and rows with notes; the HTML and JSON exports hold every row)</numerusform>
            <numerusform>Rows not printed: %n (a PDF holds %1 rows per group of columns, and rows with notes; the HTML and JSON exports hold every row)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::ConsensusArticle</name>
    <message numerus="yes">
        <source>Consensus of %n articles</source>
        <translation>
            <numerusform>Consensus of %n article</numerusform>
            <numerusform>Consensus of %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::CoverPage</name>
    <message numerus="yes">
        <source>… and %n more, not listed here (the HTML and JSON exports list them all).</source>
        <translation>
            <numerusform>… and %n more, not listed here (the HTML and JSON exports list them all).</numerusform>
            <numerusform>… and %n more, not listed here (the HTML and JSON exports list them all).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::ExportFindings</name>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Numbers, dates, names, quotations, attributions, stances and meaning reversals in which an article differs from the base (%1): %n in all.</source>
        <translation>
            <numerusform>Numbers, dates, names, quotations, attributions, stances and meaning reversals in which an article differs from the base (%1): %n in all.</numerusform>
            <numerusform>Numbers, dates, names, quotations, attributions, stances and meaning reversals in which an article differs from the base (%1): %n in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::FactListModel</name>
    <message numerus="yes">
        <source>%1 — %n changed</source>
        <translation>
            <numerusform>%1 — %n changed</numerusform>
            <numerusform>%1 — %n changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::FindBar</name>
    <message numerus="yes">
        <source>%L1 of %Ln</source>
        <translation>
            <numerusform>%L1 of %Ln</numerusform>
            <numerusform>%L1 of %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::MainWindow</name>
    <message numerus="yes">
        <source>%Ln articles</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be compared and were skipped.</source>
        <translation>
            <numerusform>%n file could not be compared and was skipped.</numerusform>
            <numerusform>%n files could not be compared and were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n file(s) in %1…</source>
        <translation>
            <numerusform>Comparing %n file in %1…</numerusform>
            <numerusform>Comparing %n files in %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n file(s)…</source>
        <translation>
            <numerusform>Comparing %n file…</numerusform>
            <numerusform>Comparing %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::NoteListModel</name>
    <message numerus="yes">
        <source>%n note followed its passage to a new place.</source>
        <translation>
            <numerusform>%n note followed its passage to a new place.</numerusform>
            <numerusform>%n notes followed their passages to new places.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note&apos;s passage was reworded; the note now sits on the new wording.</source>
        <translation>
            <numerusform>%n note&apos;s passage was reworded; the note now sits on the new wording.</numerusform>
            <numerusform>%n notes&apos; passages were reworded; the notes now sit on the new wording.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note&apos;s passage reads again as when the note was written.</source>
        <translation>
            <numerusform>%n note&apos;s passage reads again as when the note was written.</numerusform>
            <numerusform>%n notes&apos; passages read again as when the notes were written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note followed its passage to a renamed file.</source>
        <translation>
            <numerusform>%n note followed its passage to a renamed file.</numerusform>
            <numerusform>%n notes followed their passages to renamed files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note&apos;s passage was not found; the note is kept, detached.</source>
        <translation>
            <numerusform>%n note&apos;s passage was not found; the note is kept, detached.</numerusform>
            <numerusform>%n notes&apos; passages were not found; the notes are kept, detached.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::PaneHeaderBar</name>
    <message numerus="yes">
        <source>Against the base: %1% verbatim, %2% reworded, %3% new; %Ln base words missing.</source>
        <translation>
            <numerusform>Against the base: %1% verbatim, %2% reworded, %3% new; %Ln base word missing.</numerusform>
            <numerusform>Against the base: %1% verbatim, %2% reworded, %3% new; %Ln base words missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
</context>
</TS>
