<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>WireDiff::AboutDialog</name>
    <message>
        <source>About WireDiff</source>
        <translation>Über WireDiff</translation>
    </message>
    <message>
        <source>windows, text layout, PDF</source>
        <translation>Fenster, Textsatz, PDF</translation>
    </message>
    <message>
        <source>GNU Lesser General Public License v3</source>
        <translation>GNU Lesser General Public License v3</translation>
    </message>
    <message>
        <source>word and sentence boundaries, character sets</source>
        <translation>Wort- und Satzgrenzen, Zeichensätze</translation>
    </message>
    <message>
        <source>Unicode License</source>
        <translation>Unicode-Lizenz</translation>
    </message>
    <message>
        <source>word-level differences</source>
        <translation>Unterschiede auf Wortebene</translation>
    </message>
    <message>
        <source>BSD 3-clause licence</source>
        <translation>BSD-Lizenz (3 Klauseln)</translation>
    </message>
    <message>
        <source>word stems in many languages</source>
        <translation>Wortstämme in vielen Sprachen</translation>
    </message>
    <message>
        <source>synonyms for paraphrase detection</source>
        <translation>Synonyme für die Erkennung von Umformulierungen</translation>
    </message>
    <message>
        <source>WordNet 3.0 licence (Princeton University)</source>
        <translation>WordNet-3.0-Lizenz (Princeton University)</translation>
    </message>
    <message>
        <source>WireDiff %1</source>
        <translation>WireDiff %1</translation>
    </message>
    <message>
        <source>Compares many versions of one news story side by side: aligned paragraphs, word-level changes against a base, and who copied whom.</source>
        <translation>Vergleicht viele Fassungen einer Nachrichtenmeldung nebeneinander: ausgerichtete Absätze, Änderungen auf Wortebene gegenüber einer Basis und wer von wem kopiert hat.</translation>
    </message>
    <message>
        <source>Built on:</source>
        <translation>Aufgebaut auf:</translation>
    </message>
</context>
<context>
    <name>WireDiff::AgreementDecorator</name>
    <message>
        <source>Only this article has these words here.</source>
        <translation>Nur dieser Artikel hat diese Wörter hier.</translation>
    </message>
    <message numerus="yes">
        <source>Carried by %1 of %n articles in this row.</source>
        <translation>
            <numerusform>In %1 von %n Artikel dieser Zeile enthalten.</numerusform>
            <numerusform>In %1 von %n Artikeln dieser Zeile enthalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::AnalysisController</name>
    <message>
        <source>Changed Facts</source>
        <translation>Geänderte Tatsachen</translation>
    </message>
    <message>
        <source>Numbers, dates, names, quotes and attributions that differ from the base</source>
        <translation>Zahlen, Daten, Namen, Zitate und Quellenangaben, die von der Basis abweichen</translation>
    </message>
    <message>
        <source>Family Tree</source>
        <translation>Stammbaum</translation>
    </message>
    <message>
        <source>Which article most likely derives from which; hover for the evidence</source>
        <translation>Welcher Artikel am wahrscheinlichsten von welchem abstammt; der Mauszeiger zeigt die Belege</translation>
    </message>
    <message>
        <source>Agreement shading: the fewer articles carry a word, the stronger its shade; words all share stay plain.</source>
        <translation>Tönung nach Übereinstimmung: Je weniger Artikel ein Wort enthalten, desto kräftiger seine Tönung; Wörter, die alle teilen, bleiben ungetönt.</translation>
    </message>
    <message>
        <source>Panes sorted by publication time.</source>
        <translation>Spalten nach Veröffentlichungszeit geordnet.</translation>
    </message>
    <message>
        <source>Panes sorted by file time (no article gives a publication time).</source>
        <translation>Spalten nach Dateizeit geordnet (kein Artikel nennt eine Veröffentlichungszeit).</translation>
    </message>
    <message>
        <source>Panes sorted by publication time; the articles that give none follow, by file time.</source>
        <translation>Spalten nach Veröffentlichungszeit geordnet; Artikel ohne eine folgen, nach Dateizeit.</translation>
    </message>
</context>
<context>
    <name>WireDiff::AnnotationController</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Your notes on this folder, saved beside the articles in %1</source>
        <translation>Ihre Notizen zu diesem Ordner, neben den Artikeln gespeichert in %1</translation>
    </message>
    <message>
        <source>Your notes could not be saved: %1</source>
        <translation>Ihre Notizen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The passage of this note is no longer in the articles; the note is kept.</source>
        <translation>Die Passage dieser Notiz steht nicht mehr in den Artikeln; die Notiz bleibt erhalten.</translation>
    </message>
    <message>
        <source>The consensus pane is rebuilt on every comparison; notes and links go on the articles.</source>
        <translation>Die Konsensspalte wird bei jedem Vergleich neu aufgebaut; Notizen und Verknüpfungen gehören an die Artikel.</translation>
    </message>
    <message>
        <source>&amp;Edit Note %1…</source>
        <translation>Notiz %1 &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Delete Note %1</source>
        <translation>Notiz %1 &amp;löschen</translation>
    </message>
    <message>
        <source>Add &amp;Note to Selection…</source>
        <translation>&amp;Notiz zur Auswahl hinzufügen …</translation>
    </message>
    <message>
        <source>Add &amp;Note to Paragraph…</source>
        <translation>&amp;Notiz zum Absatz hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Mark Paragraph for Linking</source>
        <translation>Absatz zum &amp;Verknüpfen markieren</translation>
    </message>
    <message>
        <source>&amp;Link with Marked Paragraph (%1 ¶%2)</source>
        <translation>Mit markiertem Absatz ve&amp;rknüpfen (%1 ¶%2)</translation>
    </message>
    <message>
        <source>&amp;Unlink from This Row</source>
        <translation>Verknüpfung zu dieser Zeile &amp;aufheben</translation>
    </message>
    <message>
        <source>&amp;Forget Manual Links of This Paragraph</source>
        <translation>&amp;Manuelle Verknüpfungen dieses Absatzes vergessen</translation>
    </message>
    <message>
        <source>Marked. Right-click a paragraph of another article and choose “Link with Marked Paragraph”.</source>
        <translation>Markiert. Klicken Sie mit der rechten Maustaste auf einen Absatz eines anderen Artikels und wählen Sie „Mit markiertem Absatz verknüpfen“.</translation>
    </message>
    <message>
        <source>Linked; comparing again…</source>
        <translation>Verknüpft; erneuter Vergleich …</translation>
    </message>
    <message>
        <source>Unlinked; comparing again…</source>
        <translation>Verknüpfung aufgehoben; erneuter Vergleich …</translation>
    </message>
    <message>
        <source>Manual links removed; comparing again…</source>
        <translation>Manuelle Verknüpfungen entfernt; erneuter Vergleich …</translation>
    </message>
    <message>
        <source>Set Aside</source>
        <translation>Beiseitelegen</translation>
    </message>
    <message>
        <source>The notes file could not be set aside: %1</source>
        <translation>Die Notizdatei konnte nicht beiseitegelegt werden: %1</translation>
    </message>
    <message>
        <source>The unreadable notes file was renamed and kept; your notes are saved again.</source>
        <translation>Die unlesbare Notizdatei wurde umbenannt und aufbewahrt; Ihre Notizen werden wieder gespeichert.</translation>
    </message>
    <message>
        <source>The notes file of this folder cannot be read; set it aside to make notes.</source>
        <translation>Die Notizdatei dieses Ordners ist nicht lesbar; legen Sie sie beiseite, um Notizen zu machen.</translation>
    </message>
    <message>
        <source>WireDiff cannot write in this folder: your notes on it are saved in %1</source>
        <translation>WireDiff kann in diesen Ordner nicht schreiben: Ihre Notizen dazu werden in %1 gespeichert</translation>
    </message>
    <message>
        <source>Your notes on this folder. WireDiff cannot write in the folder, so they are saved in %1</source>
        <translation>Ihre Notizen zu diesem Ordner. WireDiff kann nicht in den Ordner schreiben, daher werden sie in %1 gespeichert</translation>
    </message>
    <message>
        <source>Unsaved Notes</source>
        <translation>Nicht gespeicherte Notizen</translation>
    </message>
    <message>
        <source>Your notes on %1 could not be saved.</source>
        <translation>Ihre Notizen zu %1 konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>If WireDiff closes now, the notes not saved are lost.</source>
        <translation>Wenn WireDiff jetzt geschlossen wird, gehen die nicht gespeicherten Notizen verloren.</translation>
    </message>
    <message>
        <source>If another folder opens now, the notes not saved are lost.</source>
        <translation>Wenn jetzt ein anderer Ordner geöffnet wird, gehen die nicht gespeicherten Notizen verloren.</translation>
    </message>
    <message>
        <source>Close and Lose Them</source>
        <translation>Schließen und verwerfen</translation>
    </message>
    <message>
        <source>Open and Lose Them</source>
        <translation>Öffnen und verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Notes are kept per folder, beside the articles, and these files come from %n folders: open one folder, or files from one folder, to read and make notes.</source>
        <translation>
            <numerusform>Notizen werden je Ordner neben den Artikeln gespeichert, und diese Dateien stammen aus %n Ordner: Öffnen Sie einen Ordner oder Dateien aus einem Ordner, um Notizen zu lesen und anzulegen.</numerusform>
            <numerusform>Notizen werden je Ordner neben den Artikeln gespeichert, und diese Dateien stammen aus %n Ordnern: Öffnen Sie einen Ordner oder Dateien aus einem Ordner, um Notizen zu lesen und anzulegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No text here. Go to text with %1 or %2, select with %3 (whole words: %4), then press %5.</source>
        <translation>Hier steht kein Text. Mit %1 oder %2 zu Text gehen, mit %3 auswählen (ganze Wörter: %4), dann %5 drücken.</translation>
    </message>
</context>
<context>
    <name>WireDiff::ArticleLoader</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation>Der Ordner %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>symbolic link loop</source>
        <translation>Schleife symbolischer Verknüpfungen</translation>
    </message>
    <message>
        <source>dangling symbolic link</source>
        <translation>symbolische Verknüpfung ohne Ziel</translation>
    </message>
    <message>
        <source>file not found (it may have been moved or deleted)</source>
        <translation>Datei nicht gefunden (vielleicht verschoben oder gelöscht)</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine normale Datei</translation>
    </message>
    <message>
        <source>XML, but neither NITF nor NewsML-G2</source>
        <translation>XML, aber weder NITF noch NewsML-G2</translation>
    </message>
    <message>
        <source>binary file, not text</source>
        <translation>Binärdatei, kein Text</translation>
    </message>
    <message>
        <source>contains only white space</source>
        <translation>enthält nur Leerraum</translation>
    </message>
    <message>
        <source>invalid %1 byte sequences were replaced by “�”</source>
        <translation>ungültige %1-Bytefolgen wurden durch „�“ ersetzt</translation>
    </message>
    <message>
        <source>folder already read (a symbolic link loop)</source>
        <translation>Ordner bereits gelesen (Schleife symbolischer Verknüpfungen)</translation>
    </message>
    <message numerus="yes">
        <source>over the limit of %n articles in one comparison</source>
        <translation>
            <numerusform>über der Grenze von %n Artikel in einem Vergleich</numerusform>
            <numerusform>über der Grenze von %n Artikeln in einem Vergleich</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>Lesefehler: %1</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <source>no article text found</source>
        <translation>kein Artikeltext gefunden</translation>
    </message>
    <message>
        <source>no article text found (%1)</source>
        <translation>kein Artikeltext gefunden (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n over-long paragraph(s) were cut into pieces of at most %1 characters</source>
        <translation>
            <numerusform>%n überlanger Absatz wurde in Stücke von höchstens %1 Zeichen geteilt</numerusform>
            <numerusform>%n überlange Absätze wurden in Stücke von höchstens %1 Zeichen geteilt</numerusform>
        </translation>
    </message>
    <message>
        <source>was moved or deleted while it was being read</source>
        <translation>wurde während des Lesens verschoben oder gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>kept changing while it was being read (read %n times)</source>
        <translation>
            <numerusform>änderte sich während des Lesens ständig (%n-mal gelesen)</numerusform>
            <numerusform>änderte sich während des Lesens ständig (%n-mal gelesen)</numerusform>
        </translation>
    </message>
    <message>
        <source>a PDF document, not article text</source>
        <translation>ein PDF-Dokument, kein Artikeltext</translation>
    </message>
    <message>
        <source>a ZIP archive (or a Word or OpenDocument file), not article text</source>
        <translation>ein ZIP-Archiv (oder eine Word- oder OpenDocument-Datei), kein Artikeltext</translation>
    </message>
    <message>
        <source>an old Microsoft Office document, not article text</source>
        <translation>ein altes Microsoft-Office-Dokument, kein Artikeltext</translation>
    </message>
    <message>
        <source>an RTF document, not article text</source>
        <translation>ein RTF-Dokument, kein Artikeltext</translation>
    </message>
    <message>
        <source>a PNG image, not article text</source>
        <translation>ein PNG-Bild, kein Artikeltext</translation>
    </message>
    <message>
        <source>a GIF image, not article text</source>
        <translation>ein GIF-Bild, kein Artikeltext</translation>
    </message>
    <message>
        <source>a JPEG image, not article text</source>
        <translation>ein JPEG-Bild, kein Artikeltext</translation>
    </message>
    <message>
        <source>a gzip-compressed file, not article text</source>
        <translation>eine gzip-komprimierte Datei, kein Artikeltext</translation>
    </message>
    <message>
        <source>a bzip2-compressed file, not article text</source>
        <translation>eine bzip2-komprimierte Datei, kein Artikeltext</translation>
    </message>
    <message>
        <source>an xz-compressed file, not article text</source>
        <translation>eine xz-komprimierte Datei, kein Artikeltext</translation>
    </message>
    <message>
        <source>a 7-Zip archive, not article text</source>
        <translation>ein 7-Zip-Archiv, kein Artikeltext</translation>
    </message>
    <message>
        <source>a RAR archive, not article text</source>
        <translation>ein RAR-Archiv, kein Artikeltext</translation>
    </message>
    <message>
        <source>a program, not article text</source>
        <translation>ein Programm, kein Artikeltext</translation>
    </message>
    <message numerus="yes">
        <source>%n NUL character(s) were removed (the file may be damaged)</source>
        <translation>
            <numerusform>%n NUL-Zeichen wurde entfernt (die Datei ist vielleicht beschädigt)</numerusform>
            <numerusform>%n NUL-Zeichen wurden entfernt (die Datei ist vielleicht beschädigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>contains bidirectional override or isolate characters, which can make text display in an order other than the one compared</source>
        <translation>enthält Steuerzeichen für die Schreibrichtung (Override oder Isolate), durch die Text in anderer Reihenfolge angezeigt werden kann als verglichen</translation>
    </message>
    <message>
        <source>a comparison WireDiff exported, not an article</source>
        <translation>ein von WireDiff exportierter Vergleich, kein Artikel</translation>
    </message>
    <message>
        <source>its name is not valid UTF-8; rename the file to compare it</source>
        <translation>der Name ist kein gültiges UTF-8; benennen Sie die Datei um, um sie zu vergleichen</translation>
    </message>
    <message numerus="yes">
        <source>%n control character(s) that no text uses were removed (the file may be damaged or in another encoding)</source>
        <translation>
            <numerusform>%n Steuerzeichen, das in keinem Text vorkommt, wurde entfernt (die Datei ist vielleicht beschädigt oder anders kodiert)</numerusform>
            <numerusform>%n Steuerzeichen, die in keinem Text vorkommen, wurden entfernt (die Datei ist vielleicht beschädigt oder anders kodiert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subfolder(s) were not read: use --recursive, or File ▸ Include Subfolders in the window.</source>
        <translation>
            <numerusform>%n Unterordner wurde nicht gelesen: Verwenden Sie --recursive oder im Fenster Datei ▸ Unterordner einbeziehen.</numerusform>
            <numerusform>%n Unterordner wurden nicht gelesen: Verwenden Sie --recursive oder im Fenster Datei ▸ Unterordner einbeziehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>a log or data file, not an article (%1 of its first %2 lines are machine records)</source>
        <translation>eine Log- oder Datendatei, kein Artikel (%1 der ersten %2 Zeilen sind Maschinendatensätze)</translation>
    </message>
    <message>
        <source>%1 is %2 times as long as the other articles (%3 words; the others have about %4): check that it is a version of this story.</source>
        <translation>%1 ist %2-mal so lang wie die anderen Artikel (%3 Wörter; die anderen haben etwa %4): Prüfen Sie, ob es eine Fassung dieser Meldung ist.</translation>
    </message>
    <message numerus="yes">
        <source>These articles are in %n languages: %1 for %2 of them; %3. WireDiff compares words, so a translation reads as new text, not as a version of the story.</source>
        <translation>
            <numerusform>Diese Artikel sind in %n Sprache verfasst: %1 bei %2 von ihnen; %3. WireDiff vergleicht Wörter, daher liest sich eine Übersetzung als neuer Text, nicht als Fassung der Meldung.</numerusform>
            <numerusform>Diese Artikel sind in %n Sprachen verfasst: %1 bei %2 von ihnen; %3. WireDiff vergleicht Wörter, daher liest sich eine Übersetzung als neuer Text, nicht als Fassung der Meldung.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a headline and no body (a feed may have cut it): it is compared by its headline alone.</source>
        <translation>%1 hat eine Überschrift und keinen Text (ein Feed hat ihn womöglich abgeschnitten): Verglichen wird nur die Überschrift.</translation>
    </message>
    <message>
        <source>symbolic link loop: a link back to this folder or to one that holds it</source>
        <translation>symbolische Verknüpfungsschleife: ein Verweis zurück auf diesen Ordner oder einen Ordner, der ihn enthält</translation>
    </message>
    <message>
        <source>The folder “%1” holds no files.</source>
        <translation>Der Ordner „%1“ enthält keine Dateien.</translation>
    </message>
    <message>
        <source>The folder “%1” holds no files to compare: hidden files and WireDiff’s own are left out.</source>
        <translation>Der Ordner „%1“ enthält keine Dateien zum Vergleichen: versteckte Dateien und die eigenen Dateien von WireDiff werden ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n file(s) in the folder “%1” can be compared: %2.</source>
        <translation>
            <numerusform>Die einzige Datei im Ordner „%1“ kann nicht verglichen werden: %2.</numerusform>
            <numerusform>Keine der %n Dateien im Ordner „%1“ kann verglichen werden: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n file(s) in the folder “%1” can be compared; the commonest reason (%2 of them): %3.</source>
        <translation>
            <numerusform>Die einzige Datei im Ordner „%1“ kann nicht verglichen werden; der häufigste Grund (%2 davon): %3.</numerusform>
            <numerusform>Keine der %n Dateien im Ordner „%1“ kann verglichen werden; der häufigste Grund (%2 davon): %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>too large (over the %1 limit)</source>
        <translation>zu groß (über der Grenze von %1)</translation>
    </message>
</context>
<context>
    <name>WireDiff::AtomicWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>es ist ein Socket, keine Datei</translation>
    </message>
</context>
<context>
    <name>WireDiff::CommandLine</name>
    <message>
        <source>Compare many versions of one news story: paragraphs aligned side by side, word-level differences against a base, and who copied whom.</source>
        <translation>Viele Fassungen einer Nachrichtenmeldung vergleichen: Absätze nebeneinander ausgerichtet, Unterschiede auf Wortebene gegenüber einer Basis und wer von wem kopiert hat.</translation>
    </message>
    <message>
        <source>Write the comparison report (JSON) to &lt;file&gt; and exit.</source>
        <translation>Den Vergleichsbericht (JSON) in &lt;datei&gt; schreiben und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Write the annotated PDF to &lt;file&gt; and exit.</source>
        <translation>Das kommentierte PDF in &lt;datei&gt; schreiben und beenden.</translation>
    </message>
    <message>
        <source>Write a self-contained HTML page to &lt;file&gt; and exit.</source>
        <translation>Eine eigenständige HTML-Seite in &lt;datei&gt; schreiben und beenden.</translation>
    </message>
    <message>
        <source>Compare against the article &lt;id&gt; (file name without extension).</source>
        <translation>Mit dem Artikel &lt;id&gt; vergleichen (Dateiname ohne Endung).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Use the user interface language &lt;code&gt; (de, fr, es, ko, uk, en…).</source>
        <translation>Die Sprache &lt;code&gt; für die Oberfläche verwenden (de, fr, es, ko, uk, en …).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Ignore punctuation when comparing.</source>
        <translation>Satzzeichen beim Vergleich ignorieren.</translation>
    </message>
    <message>
        <source>Treat curly and straight quotes as different.</source>
        <translation>Typografische und gerade Anführungszeichen unterscheiden.</translation>
    </message>
    <message>
        <source>How loosely rewording counts as paraphrase, from 0 (strict) to 1 (loose); default 0.5.</source>
        <translation>Wie großzügig Umformulierungen als Paraphrase gelten, von 0 (streng) bis 1 (großzügig); Vorgabe 0.5.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>wert</translation>
    </message>
    <message>
        <source>Also read hidden files.</source>
        <translation>Auch versteckte Dateien lesen.</translation>
    </message>
    <message>
        <source>Also read files in subfolders.</source>
        <translation>Auch Dateien in Unterordnern lesen.</translation>
    </message>
    <message>
        <source>PDF page size: A4 or Letter.</source>
        <translation>PDF-Seitengröße: A4 oder Letter.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>größe</translation>
    </message>
    <message>
        <source>PDF in landscape orientation.</source>
        <translation>PDF im Querformat.</translation>
    </message>
    <message>
        <source>PDF and HTML: leave out rows where nothing changed (one line says how many).</source>
        <translation>PDF und HTML: Zeilen ohne Änderung weglassen (eine Zeile nennt ihre Anzahl).</translation>
    </message>
    <message>
        <source>paths</source>
        <translation>pfade</translation>
    </message>
    <message>
        <source>A folder of articles, or article files.</source>
        <translation>Ein Ordner mit Artikeln oder Artikeldateien.</translation>
    </message>
    <message>
        <source>[FOLDER | FILE...]</source>
        <translation>[ORDNER | DATEI...]</translation>
    </message>
    <message>
        <source>--paraphrase-sensitivity takes a number from 0 to 1.</source>
        <translation>--paraphrase-sensitivity erwartet eine Zahl von 0 bis 1.</translation>
    </message>
    <message>
        <source>--page-size takes A4 or Letter.</source>
        <translation>--page-size erwartet A4 oder Letter.</translation>
    </message>
    <message>
        <source>An export needs a folder or files to compare.</source>
        <translation>Ein Export braucht einen Ordner oder Dateien zum Vergleichen.</translation>
    </message>
    <message>
        <source>%1 is named by two export options; give each export its own file.</source>
        <translation>%1 wird von zwei Exportoptionen genannt; geben Sie jedem Export eine eigene Datei.</translation>
    </message>
    <message>
        <source>--%1 needs a file name.</source>
        <translation>--%1 braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>Treat upper and lower case, and accented and plain letters, as different.</source>
        <translation>Groß- und Kleinschreibung sowie Buchstaben mit und ohne Akzent unterscheiden.</translation>
    </message>
</context>
<context>
    <name>WireDiff::Comparator</name>
    <message>
        <source>There is nothing to compare: no article could be loaded.</source>
        <translation>Es gibt nichts zu vergleichen: Kein Artikel konnte geladen werden.</translation>
    </message>
    <message>
        <source>There is no article called “%1” to use as the base.</source>
        <translation>Es gibt keinen Artikel „%1“, der als Basis dienen könnte.</translation>
    </message>
    <message>
        <source>%1 differs so much from the base in places that those places were compared as whole blocks.</source>
        <translation>%1 weicht stellenweise so stark von der Basis ab, dass diese Stellen als ganze Blöcke verglichen wurden.</translation>
    </message>
    <message>
        <source>A paragraph link you made between %1 and %2 no longer matches the articles and was not applied.</source>
        <translation>Eine von Ihnen gesetzte Absatzverknüpfung zwischen %1 und %2 passt nicht mehr zu den Artikeln und wurde nicht angewendet.</translation>
    </message>
    <message>
        <source>%1, paragraph %2</source>
        <translation>%1, Absatz %2</translation>
    </message>
    <message>
        <source>A paragraph link you made between %1 and %2 was not applied: it would put the base&apos;s paragraphs out of order.</source>
        <translation>Eine von Ihnen gesetzte Absatzverknüpfung zwischen %1 und %2 wurde nicht angewandt: Sie würde die Absätze der Basis aus ihrer Reihenfolge bringen.</translation>
    </message>
    <message>
        <source>Only one article was read, so there is nothing to compare it with: add other versions of the story to see what each kept, changed or added.</source>
        <translation>Es wurde nur ein Artikel gelesen, daher gibt es nichts, womit er verglichen werden kann: Fügen Sie weitere Fassungen der Meldung hinzu, um zu sehen, was jede übernommen, geändert oder ergänzt hat.</translation>
    </message>
    <message>
        <source>These files do not look like versions of one story: %1 of the %2 articles share under 10 % of their words with any other (the most two share is %3 %). Different stories, or translations, compare as new text.</source>
        <translation>Diese Dateien sehen nicht wie Fassungen einer Meldung aus: %1 der %2 Artikel teilen weniger als 10 % ihrer Wörter mit einem anderen (am meisten teilen zwei %3 %). Verschiedene Meldungen oder Übersetzungen werden als neuer Text verglichen.</translation>
    </message>
    <message>
        <source>%1 shares almost nothing with the other articles (at most %2 % of its words or theirs): check that it is a version of this story.</source>
        <translation>%1 hat fast nichts mit den anderen Artikeln gemeinsam (höchstens %2 % seiner oder ihrer Wörter): Prüfen Sie, ob es eine Fassung dieser Meldung ist.</translation>
    </message>
    <message>
        <source>%1 holds all of %2 and repeats much of it (a digest of the versions, or a copy pasted twice): it was not chosen as the base.</source>
        <translation>%1 enthält %2 vollständig und wiederholt vieles davon (eine Sammlung der Fassungen oder eine doppelt eingefügte Kopie): Es wurde nicht als Basis gewählt.</translation>
    </message>
</context>
<context>
    <name>WireDiff::Comparison</name>
    <message>
        <source>%1 is one of the articles compared; WireDiff never writes over an input.</source>
        <translation>%1 ist einer der verglichenen Artikel; WireDiff überschreibt nie eine Eingabe.</translation>
    </message>
    <message>
        <source>%1 was read as an input and skipped; WireDiff never writes over an input.</source>
        <translation>%1 wurde als Eingabe gelesen und übersprungen; WireDiff überschreibt nie eine Eingabe.</translation>
    </message>
    <message>
        <source>%1 is a WireDiff notes file; an export never replaces it.</source>
        <translation>%1 ist eine Notizdatei von WireDiff; ein Export ersetzt sie nie.</translation>
    </message>
</context>
<context>
    <name>WireDiff::ComparisonJob</name>
    <message>
        <source>Nothing to compare: no folder or file was given.</source>
        <translation>Nichts zu vergleichen: Es wurde kein Ordner und keine Datei angegeben.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>WireDiff::ComparisonPrinter</name>
    <message>
        <source>%1, ¶%2: </source>
        <translation>%1, ¶%2: </translation>
    </message>
    <message>
        <source>There is nothing to print: no articles were compared.</source>
        <translation>Es gibt nichts zu drucken: Es wurden keine Artikel verglichen.</translation>
    </message>
    <message>
        <source>The page is too small to print on.</source>
        <translation>Die Seite ist zu klein zum Drucken.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Aligned comparison: %1</source>
        <translation>Ausgerichteter Vergleich: %1</translation>
    </message>
    <message>
        <source>Aligned comparison, group %1 of %2: the base and %3</source>
        <translation>Ausgerichteter Vergleich, Gruppe %1 von %2: die Basis und %3</translation>
    </message>
    <message>
        <source>Cannot start painting the pages.</source>
        <translation>Die Seiten können nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>WireDiff %1 · %2</source>
        <translation>WireDiff %1 · %2</translation>
    </message>
    <message>
        <source>Base: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation>Seite %1 kann nicht begonnen werden.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Painting the pages failed.</source>
        <translation>Das Zeichnen der Seiten ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(Fortsetzung)</translation>
    </message>
    <message>
        <source>[changed; it read “%1”] </source>
        <translation>[geändert; lautete „%1“] </translation>
    </message>
</context>
<context>
    <name>WireDiff::ComparisonSession</name>
    <message>
        <source>There is nothing to compare here.</source>
        <translation>Hier gibt es nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2 The comparison shown is the previous one.</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2 Angezeigt wird weiterhin der vorige Vergleich.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>There is no article “%1” to use as the base: the highlights are now read against the agency’s copy or, where there is none, the article that shares most with the others.</source>
        <translation>Es gibt keinen Artikel „%1“, der als Basis dienen könnte: Die Hervorhebungen beziehen sich jetzt auf die Agenturfassung oder, wo es keine gibt, auf den Artikel, der am meisten mit den anderen teilt.</translation>
    </message>
</context>
<context>
    <name>WireDiff::ComparisonTable</name>
    <message>
        <source>base; struck through: dropped by every other article of this page</source>
        <translation>Basis; durchgestrichen: von jedem anderen Artikel dieser Seite weggelassen</translation>
    </message>
    <message>
        <source>Unchanged rows not shown: %1</source>
        <translation>Nicht gezeigte unveränderte Zeilen: %1</translation>
    </message>
    <message>
        <source>moved paragraph</source>
        <translation>verschobener Absatz</translation>
    </message>
    <message numerus="yes">
        <source>Rows not printed: %n (a PDF holds %1 rows per group of columns, and rows with notes; the HTML and JSON exports hold every row)</source>
        <translation>
            <numerusform>Nicht gedruckte Zeilen: %n (ein PDF enthält %1 Zeilen je Spaltengruppe sowie Zeilen mit Notizen; der HTML- und der JSON-Export enthalten alle Zeilen)</numerusform>
            <numerusform>Nicht gedruckte Zeilen: %n (ein PDF enthält %1 Zeilen je Spaltengruppe sowie Zeilen mit Notizen; der HTML- und der JSON-Export enthalten alle Zeilen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::ComparisonView</name>
    <message>
        <source>Drop a folder of article versions here, or open one with File ▸ Open Folder.</source>
        <translation>Ziehen Sie einen Ordner mit Artikelfassungen hierher oder öffnen Sie einen mit Datei ▸ Ordner öffnen.</translation>
    </message>
    <message>
        <source>%1 has nothing here.</source>
        <translation>%1 hat hier nichts.</translation>
    </message>
    <message>
        <source>Removed here: %1 is in %2.</source>
        <translation>Hier entfernt: %1 steht in %2.</translation>
    </message>
    <message>
        <source>Added: not in the base, %1.</source>
        <translation>Hinzugefügt: nicht in der Basis, %1.</translation>
    </message>
    <message>
        <source>Removed: %1 does not have this.</source>
        <translation>Entfernt: %1 hat das nicht.</translation>
    </message>
    <message>
        <source>Reworded in %1: %2</source>
        <translation>Umformuliert in %1: %2</translation>
    </message>
    <message>
        <source>Reworded from: %1</source>
        <translation>Umformuliert aus: %1</translation>
    </message>
    <message>
        <source>Moved in %1 to paragraph %2: %3</source>
        <translation>In %1 nach Absatz %2 verschoben: %3</translation>
    </message>
    <message>
        <source>Moved from paragraph %2 of %1: %3</source>
        <translation>Verschoben aus Absatz %2 von %1: %3</translation>
    </message>
    <message>
        <source>Ctrl+click to go there.</source>
        <translation>Strg+Klick springt dorthin.</translation>
    </message>
    <message>
        <source>%1: %2 says %3</source>
        <translation>%1: %2 schreibt %3</translation>
    </message>
    <message>
        <source>Found in no other source.</source>
        <translation>In keiner anderen Quelle gefunden.</translation>
    </message>
    <message>
        <source>These paragraphs stand elsewhere in %1’s own order.</source>
        <translation>Diese Absätze stehen in der eigenen Reihenfolge von %1 an anderer Stelle.</translation>
    </message>
    <message>
        <source>Make “%1” the Base</source>
        <translation>„%1“ zur Basis machen</translation>
    </message>
    <message>
        <source>Compare the Base with “%1”</source>
        <translation>Die Basis mit „%1“ vergleichen</translation>
    </message>
    <message>
        <source>Move Pane Left</source>
        <translation>Spalte nach links</translation>
    </message>
    <message>
        <source>Move Pane Right</source>
        <translation>Spalte nach rechts</translation>
    </message>
    <message>
        <source>Hide Pane</source>
        <translation>Spalte ausblenden</translation>
    </message>
    <message>
        <source>Show All Panes</source>
        <translation>Alle Spalten zeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select All in This Pane</source>
        <translation>Alles in dieser Spalte auswählen</translation>
    </message>
    <message>
        <source>Go to Where This Comes From</source>
        <translation>Zur Herkunft springen</translation>
    </message>
    <message>
        <source>Compare every other article with %1</source>
        <translation>Jeden anderen Artikel mit %1 vergleichen</translation>
    </message>
    <message>
        <source>Mark the differences between the base and %1</source>
        <translation>Die Unterschiede zwischen der Basis und %1 markieren</translation>
    </message>
    <message>
        <source>Move this pane one place to the left</source>
        <translation>Diese Spalte um eine Stelle nach links verschieben</translation>
    </message>
    <message>
        <source>Move this pane one place to the right</source>
        <translation>Diese Spalte um eine Stelle nach rechts verschieben</translation>
    </message>
    <message>
        <source>Hide this pane; Show All Panes brings it back</source>
        <translation>Diese Spalte ausblenden; „Alle Spalten zeigen“ holt sie zurück</translation>
    </message>
    <message>
        <source>Show the panes you have hidden</source>
        <translation>Die ausgeblendeten Spalten wieder zeigen</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>Den ausgewählten Text kopieren</translation>
    </message>
    <message>
        <source>Select the whole text of this pane</source>
        <translation>Den ganzen Text dieser Spalte auswählen</translation>
    </message>
    <message>
        <source>Go to the corresponding passage in the article it is compared with</source>
        <translation>Zur entsprechenden Passage im Vergleichsartikel springen</translation>
    </message>
    <message>
        <source>This sentence is found in no other source: no other article has it, copied, moved or reworded.</source>
        <translation>Dieser Satz steht in keiner anderen Quelle: kein anderer Artikel hat ihn, weder kopiert noch verschoben noch umformuliert.</translation>
    </message>
    <message>
        <source>%1, paragraph %2: found in no other source</source>
        <translation>%1, Absatz %2: in keiner anderen Quelle</translation>
    </message>
    <message>
        <source>%1, paragraph %2: a sentence found in no other source</source>
        <translation>%1, Absatz %2: ein Satz, der in keiner anderen Quelle steht</translation>
    </message>
    <message>
        <source>Spelled differently: %1 in %2</source>
        <translation>Anders geschrieben: %1 in %2</translation>
    </message>
</context>
<context>
    <name>WireDiff::ConsensusArticle</name>
    <message>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message numerus="yes">
        <source>Consensus of %n articles</source>
        <translation>
            <numerusform>Konsens aus %n Artikel</numerusform>
            <numerusform>Konsens aus %n Artikeln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::CoverPage</name>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>PA wire</source>
        <translation>PA-Agenturmeldung</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>NITF</source>
        <translation>NITF</translation>
    </message>
    <message>
        <source>NewsML-G2</source>
        <translation>NewsML-G2</translation>
    </message>
    <message>
        <source>WIREDIFF · VERSIONS OF ONE STORY COMPARED</source>
        <translation>WIREDIFF · FASSUNGEN EINER MELDUNG IM VERGLEICH</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>(articles in memory)</source>
        <translation>(Artikel im Speicher)</translation>
    </message>
    <message>
        <source>Compared: %1 · articles: %2</source>
        <translation>Verglichen: %1 · Artikel: %2</translation>
    </message>
    <message>
        <source>Base: %1 — the article every other is marked against</source>
        <translation>Basis: %1 – der Artikel, an dem alle anderen gemessen werden</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>%1 (base)</source>
        <translation>%1 (Basis)</translation>
    </message>
    <message>
        <source>%1, repaired</source>
        <translation>%1, repariert</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Every class has a colour and a second cue that survives greyscale printing.</source>
        <translation>Jede Klasse hat eine Farbe und ein zweites Merkmal, das auch im Graustufendruck erkennbar bleibt.</translation>
    </message>
    <message>
        <source>Caret</source>
        <translation>Einfügemarke</translation>
    </message>
    <message>
        <source>Base words are missing at this point (they are struck through in the base column when every article of the page dropped them)</source>
        <translation>Hier fehlen Wörter der Basis (in der Basisspalte durchgestrichen, wenn jeder Artikel der Seite sie weggelassen hat)</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Einzigartig</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>The article has nothing for this row (hatched)</source>
        <translation>Der Artikel hat für diese Zeile nichts (schraffiert)</translation>
    </message>
    <message>
        <source>Moved paragraph</source>
        <translation>Verschobener Absatz</translation>
    </message>
    <message>
        <source>The paragraph sits elsewhere in its own article</source>
        <translation>Der Absatz steht im eigenen Artikel an anderer Stelle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>An editor’s note: the bracket spans the passage; the text is at the foot of the page</source>
        <translation>Eine Notiz der Redaktion: Die Klammer umfasst die Passage, der Text steht am Fuß der Seite</translation>
    </message>
    <message>
        <source>moved paragraph</source>
        <translation>verschobener Absatz</translation>
    </message>
    <message>
        <source>Found in no other source</source>
        <translation>In keiner anderen Quelle</translation>
    </message>
    <message>
        <source>Every paragraph has a counterpart in at least one other article.</source>
        <translation>Jeder Absatz hat in mindestens einem anderen Artikel ein Gegenstück.</translation>
    </message>
    <message>
        <source>Paragraphs of counted text that appear in one article only: %1. They are additions, or text every other version dropped.</source>
        <translation>Absätze gezählten Texts, die nur in einem Artikel vorkommen: %1. Es sind Ergänzungen oder Text, den alle anderen Fassungen weggelassen haben.</translation>
    </message>
    <message>
        <source>%1, ¶%2</source>
        <translation>%1, ¶%2</translation>
    </message>
    <message>
        <source>Notes whose passage is no longer in the articles</source>
        <translation>Notizen, deren Passage nicht mehr in den Artikeln steht</translation>
    </message>
    <message>
        <source>Kept as they were written; the quoted text was not found when the folder was loaded.</source>
        <translation>Unverändert aufbewahrt; der zitierte Text wurde beim Laden des Ordners nicht gefunden.</translation>
    </message>
    <message>
        <source>%1, paragraph %2: “%3”</source>
        <translation>%1, Absatz %2: „%3“</translation>
    </message>
    <message>
        <source>Who copied whom</source>
        <translation>Wer hat von wem kopiert</translation>
    </message>
    <message>
        <source>Each cell: the share of the row’s article found in the column’s article, verbatim (in a shared run of three or more words) · reworded (in sentences the column says in other words). The deeper the green, the more was taken verbatim.</source>
        <translation>Jede Zelle: der Anteil des Zeilenartikels, der sich im Spaltenartikel findet, wörtlich (in einer gemeinsamen Folge von drei oder mehr Wörtern) · umformuliert (in Sätzen, die die Spalte mit anderen Worten sagt). Je kräftiger das Grün, desto mehr wurde wörtlich übernommen.</translation>
    </message>
    <message>
        <source>found in →</source>
        <translation>gefunden in →</translation>
    </message>
    <message>
        <source>What each article did with the base</source>
        <translation>Was jeder Artikel mit der Basis gemacht hat</translation>
    </message>
    <message>
        <source>Shares of each article’s counted words: verbatim (same or moved), reworded (paraphrased), new (added); removed is the share of the base’s words it left out.</source>
        <translation>Anteile der gezählten Wörter jedes Artikels: wörtlich (gleich oder verschoben), umformuliert (paraphrasiert), neu (hinzugefügt); entfernt ist der Anteil der Basiswörter, die er weggelassen hat.</translation>
    </message>
    <message>
        <source>Verbatim</source>
        <translation>Wörtlich</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Umformuliert</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, not listed here (the HTML and JSON exports list them all).</source>
        <translation>
            <numerusform>… und %n weiterer, hier nicht aufgeführt (der HTML- und der JSON-Export führen alle auf).</numerusform>
            <numerusform>… und %n weitere, hier nicht aufgeführt (der HTML- und der JSON-Export führen alle auf).</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is boxed in magenta in the pages that follow.</source>
        <translation>Jede ist auf den folgenden Seiten magenta eingerahmt.</translation>
    </message>
    <message>
        <source>Shares of each article’s counted words, adding up to 100 %: verbatim (same or moved), reworded (paraphrased), new (added) and changed facts (a number, date, name or quote that differs from the base); removed is the share of the base’s words it left out.</source>
        <translation>Anteile der gezählten Wörter jedes Artikels, zusammen 100 %: wörtlich (gleich oder verschoben), umformuliert (paraphrasiert), neu (hinzugefügt) und geänderte Fakten (eine Zahl, ein Datum, ein Name oder ein Zitat, die von der Basis abweichen); entfernt ist der Anteil der Basiswörter, die er weggelassen hat.</translation>
    </message>
    <message>
        <source>Paragraph or sentence found in no other source (violet wash and bar)</source>
        <translation>Absatz oder Satz, der in keiner anderen Quelle steht (violette Tönung und Balken)</translation>
    </message>
    <message>
        <source>Paragraphs of counted text that appear in one article only: %1; sentences no other article has inside shared paragraphs: %2. They are additions, or text every other version dropped.</source>
        <translation>Absätze gezählten Texts, die nur in einem Artikel vorkommen: %1; Sätze in gemeinsamen Absätzen, die kein anderer Artikel hat: %2. Es sind Ergänzungen oder Text, den alle anderen Fassungen weggelassen haben.</translation>
    </message>
    <message>
        <source>A sentence in a shared paragraph: %1</source>
        <translation>Ein Satz in einem gemeinsamen Absatz: %1</translation>
    </message>
    <message>
        <source>Arrows point from source to copy; the number is the share of the copy found in its source, verbatim or reworded (Who Copied Whom gives the verbatim part alone); the base is outlined.</source>
        <translation>Pfeile zeigen von der Quelle zur Kopie; die Zahl ist der Anteil der Kopie, der sich in ihrer Quelle findet, wörtlich oder umformuliert (Wer kopierte wen zeigt nur den wörtlichen Teil); die Basis ist umrandet.</translation>
    </message>
</context>
<context>
    <name>WireDiff::DropPolicy</name>
    <message>
        <source>Only folders and files can be dropped here, not text or other data.</source>
        <translation>Hier lassen sich nur Ordner und Dateien ablegen, kein Text und keine anderen Daten.</translation>
    </message>
    <message>
        <source>“%1” is not a file on this computer; download it first.</source>
        <translation>„%1“ ist keine Datei auf diesem Rechner; laden Sie sie zuerst herunter.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Drop one folder at a time: WireDiff compares the versions inside one folder.</source>
        <translation>Legen Sie jeweils nur einen Ordner ab: WireDiff vergleicht die Fassungen innerhalb eines Ordners.</translation>
    </message>
    <message>
        <source>Drop either a folder or files, not both.</source>
        <translation>Legen Sie entweder einen Ordner oder Dateien ab, nicht beides.</translation>
    </message>
    <message>
        <source>%1 is not an article: WireDiff reads text, Markdown, HTML, NITF and NewsML files.</source>
        <translation>%1 ist kein Artikel: WireDiff liest Text-, Markdown-, HTML-, NITF- und NewsML-Dateien.</translation>
    </message>
    <message>
        <source>Left out (not articles): %1</source>
        <translation>Ausgelassen (keine Artikel): %1</translation>
    </message>
</context>
<context>
    <name>WireDiff::ExportController</name>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>HTML exportieren</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Webseiten (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export Consensus Text</source>
        <translation>Konsenstext exportieren</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Export Report (JSON)</source>
        <translation>Bericht exportieren (JSON)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
</context>
<context>
    <name>WireDiff::ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Portrait</source>
        <translation>&amp;Hochformat</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Querformat</translation>
    </message>
    <message>
        <source>%1 (base, always included)</source>
        <translation>%1 (Basis, immer dabei)</translation>
    </message>
    <message>
        <source>Include &amp;unchanged paragraphs</source>
        <translation>&amp;Unveränderte Absätze einschließen</translation>
    </message>
    <message>
        <source>When off, rows where no article differs from the base are summarised in one line.</source>
        <translation>Wenn aus, werden Zeilen, in denen kein Artikel von der Basis abweicht, in einer Zeile zusammengefasst.</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>Seiten&amp;größe:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Ausrichtung:</translation>
    </message>
    <message>
        <source>&amp;Articles:</source>
        <translation>&amp;Artikel:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>All %1 articles side by side on each page.</source>
        <translation>Alle %1 Artikel nebeneinander auf jeder Seite.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Print Comparison</source>
        <translation>Vergleich drucken</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Laying out the PDF…</source>
        <translation>Das PDF wird gesetzt …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 columns on each page: the base and %2 others, in %3 runs of pages.</source>
        <translation>%1 Spalten je Seite: die Basis und %2 weitere, in %3 Seitenfolgen.</translation>
    </message>
    <message>
        <source>Up to %1 columns on each page: the base and up to %2 others, in %3 runs of pages.</source>
        <translation>Bis zu %1 Spalten je Seite: die Basis und bis zu %2 weitere, in %3 Seitenfolgen.</translation>
    </message>
</context>
<context>
    <name>WireDiff::ExportFindings</name>
    <message>
        <source>Changed facts</source>
        <translation>Geänderte Fakten</translation>
    </message>
    <message>
        <source>Changed facts and quotes</source>
        <translation>Geänderte Tatsachen und Zitate</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Dieser Artikel</translation>
    </message>
    <message>
        <source>Source says (%1)</source>
        <translation>Die Quelle schreibt (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Family tree</source>
        <translation>Stammbaum</translation>
    </message>
    <message>
        <source>Which article most likely derives from which, from the wording they share (above all wording only two of them have) and publication times where the metadata gives them.</source>
        <translation>Welcher Artikel am wahrscheinlichsten von welchem abstammt, nach dem gemeinsamen Wortlaut (vor allem Wortlaut, den nur zwei von ihnen haben) und nach den Veröffentlichungszeiten, wo die Metadaten sie angeben.</translation>
    </message>
    <message>
        <source>%1 differs so much from the base in places that those places were compared as whole blocks: its shares are approximate.</source>
        <translation>%1 weicht stellenweise so stark von der Basis ab, dass diese Stellen als ganze Blöcke verglichen wurden: Seine Anteile sind Näherungswerte.</translation>
    </message>
    <message>
        <source>%1 differs so much from the base in places that those places were compared as whole blocks: its shares are approximate. Of its words, %2 are found in the base verbatim and %3 reworded.</source>
        <translation>%1 weicht stellenweise so stark von der Basis ab, dass diese Stellen als ganze Blöcke verglichen wurden: Seine Anteile sind Näherungswerte. Von seinen Wörtern finden sich %2 wörtlich und %3 umformuliert in der Basis.</translation>
    </message>
    <message>
        <source>No article contradicts the base (%1) in a number, date, weekday, name, quote, attribution, stance or meaning (a statement reversed by a negation or an antonym).</source>
        <translation>Kein Artikel widerspricht der Basis (%1) in einer Zahl, einem Datum, Wochentag, Namen, Zitat, einer Quellenangabe, Haltung oder Bedeutung (einer durch Verneinung oder Gegenwort umgekehrten Aussage).</translation>
    </message>
    <message numerus="yes">
        <source>Numbers, dates, names, quotations, attributions, stances and meaning reversals in which an article differs from the base (%1): %n in all.</source>
        <translation>
            <numerusform>Zahlen, Daten, Namen, Zitate, Quellenangaben, Haltungen und Bedeutungsumkehrungen, in denen ein Artikel von der Basis (%1) abweicht: insgesamt %n.</numerusform>
            <numerusform>Zahlen, Daten, Namen, Zitate, Quellenangaben, Haltungen und Bedeutungsumkehrungen, in denen ein Artikel von der Basis (%1) abweicht: insgesamt %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>¶%1, a sentence in a shared paragraph</source>
        <translation>¶%1, ein Satz in einem gemeinsamen Absatz</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>WireDiff::ExportOptions</name>
    <message>
        <source>%1 (strict 0 … 1 loose)</source>
        <translation>%1 (streng 0 … 1 locker)</translation>
    </message>
    <message>
        <source>case and accents ignored</source>
        <translation>Groß-/Kleinschreibung und Akzente ignoriert</translation>
    </message>
    <message>
        <source>case and accents matched</source>
        <translation>Groß-/Kleinschreibung und Akzente beachtet</translation>
    </message>
    <message>
        <source>punctuation ignored</source>
        <translation>Satzzeichen ignoriert</translation>
    </message>
    <message>
        <source>punctuation compared</source>
        <translation>Satzzeichen verglichen</translation>
    </message>
    <message>
        <source>curly and straight quotes alike</source>
        <translation>typografische und gerade Anführungszeichen gleich</translation>
    </message>
    <message>
        <source>quote styles told apart</source>
        <translation>Anführungszeichenstile unterschieden</translation>
    </message>
    <message>
        <source>paraphrase sensitivity %1</source>
        <translation>Paraphrasen-Empfindlichkeit %1</translation>
    </message>
    <message>
        <source>house style edited</source>
        <translation>Hausstil bearbeitet</translation>
    </message>
    <message>
        <source>unchanged rows shown</source>
        <translation>unveränderte Zeilen gezeigt</translation>
    </message>
    <message>
        <source>unchanged rows left out</source>
        <translation>unveränderte Zeilen ausgelassen</translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation>Optionen: %1</translation>
    </message>
</context>
<context>
    <name>WireDiff::Fact</name>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Quellenangabe</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
</context>
<context>
    <name>WireDiff::FactListModel</name>
    <message numerus="yes">
        <source>%1 — %n changed</source>
        <translation>
            <numerusform>%1 – %n geändert</numerusform>
            <numerusform>%1 – %n geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, paragraph %2:&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;&lt;b&gt;%4&lt;/b&gt; (base), paragraph %5:&lt;br&gt;%6&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, Absatz %2:&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;&lt;b&gt;%4&lt;/b&gt; (Basis), Absatz %5:&lt;br&gt;%6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Dieser Artikel</translation>
    </message>
    <message>
        <source>Source says</source>
        <translation>Die Quelle schreibt</translation>
    </message>
    <message>
        <source>%1: facts or quotes that differ from the base (%2): %3</source>
        <translation>%1: Tatsachen oder Zitate, die von der Basis (%2) abweichen: %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>article id, then its outlet or headline</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>WireDiff::FactsPanel</name>
    <message>
        <source>Show the changed facts of every article or of one</source>
        <translation>Die geänderten Tatsachen aller Artikel oder eines Artikels zeigen</translation>
    </message>
    <message>
        <source>Changed facts and quotes</source>
        <translation>Geänderte Tatsachen und Zitate</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>No comparison yet.</source>
        <translation>Noch kein Vergleich.</translation>
    </message>
    <message>
        <source>One article only: there is nothing to compare its facts with.</source>
        <translation>Nur ein Artikel: Es gibt nichts, womit seine Tatsachen verglichen werden könnten.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>No changed facts or quotes: every number, date, name, quote, attribution and stance the articles share with the base (%1) reads the same, and none of their statements is reversed by a negation or an antonym.</source>
        <translation>Keine geänderten Fakten oder Zitate: Jede Zahl, jedes Datum, jeder Name, jedes Zitat, jede Quellenangabe und Haltung, die die Artikel mit der Basis (%1) teilen, lautet gleich, und keine ihrer Aussagen ist durch eine Verneinung oder ein Gegenwort umgekehrt.</translation>
    </message>
</context>
<context>
    <name>WireDiff::FamilyTree</name>
    <message>
        <source>It was published later.</source>
        <translation>Er wurde später veröffentlicht.</translation>
    </message>
    <message>
        <source>%1 is an original here: it shares too little with any other version.</source>
        <translation>%1 ist hier ein Original: Es hat mit keiner anderen Fassung genug gemeinsam.</translation>
    </message>
    <message>
        <source>%1 is an original here: too little of it is found in the versions placed before it.</source>
        <translation>%1 ist hier ein Original: Zu wenig davon findet sich in den Fassungen, die vor ihm eingeordnet sind.</translation>
    </message>
    <message>
        <source>%1 is taken as the source: it was published before the versions related to it that give a publication time.</source>
        <translation>%1 gilt als Quelle: Es wurde vor den verwandten Fassungen veröffentlicht, die eine Veröffentlichungszeit angeben.</translation>
    </message>
    <message>
        <source>%1 is taken as the source, mainly because versions related to it read as cut from it: they are found in it more fully than it is found in them.</source>
        <translation>%1 gilt als Quelle, vor allem weil verwandte Fassungen wie daraus gekürzt wirken: Sie finden sich vollständiger darin als es in ihnen.</translation>
    </message>
    <message>
        <source>%1 is taken as the source, mainly because the versions that hold more than it does add text that no other version has.</source>
        <translation>%1 gilt als Quelle, vor allem weil die Fassungen, die mehr enthalten, Text hinzufügen, den keine andere Fassung hat.</translation>
    </message>
    <message>
        <source>%1 is taken as the source, mainly because it is closer to what most versions share than the versions related to it are.</source>
        <translation>%1 gilt als Quelle, vor allem weil es dem, was die meisten Fassungen teilen, näher ist als die verwandten Fassungen.</translation>
    </message>
    <message>
        <source>%1 is taken as the source, mainly because its file is older than those of the versions related to it and the texts tell little else (file times may be no more than copy times).</source>
        <translation>%1 gilt als Quelle, vor allem weil seine Datei älter ist als die der verwandten Fassungen und die Texte wenig anderes sagen (Dateizeiten können bloße Kopierzeiten sein).</translation>
    </message>
    <message>
        <source>%1 is taken as the source: nothing in the texts or times tells it apart from the versions related to it, and it comes first in the folder.</source>
        <translation>%1 gilt als Quelle: Nichts in den Texten oder Zeiten unterscheidet es von den verwandten Fassungen, und es steht im Ordner zuerst.</translation>
    </message>
    <message>
        <source>It reads as a shortened copy of %1.</source>
        <translation>Er wirkt wie eine gekürzte Kopie von %1.</translation>
    </message>
    <message>
        <source>Its text beyond %1 is found in no other version: it reads as added here.</source>
        <translation>Sein Text über %1 hinaus findet sich in keiner anderen Fassung: Er wirkt hier hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 is closer to what most versions share.</source>
        <translation>%1 ist dem, was die meisten Fassungen teilen, näher.</translation>
    </message>
    <message>
        <source>Its file is newer (file times may be no more than copy times).</source>
        <translation>Seine Datei ist jünger (Dateizeiten können bloße Kopierzeiten sein).</translation>
    </message>
    <message>
        <source>%1 is taken as the source: it is a news agency&apos;s own copy, as its format shows, and outlets print from the wire.</source>
        <translation>%1 gilt als Quelle: Es ist der eigene Text einer Nachrichtenagentur, wie sein Format zeigt, und Medien drucken aus dem Agenturdienst.</translation>
    </message>
    <message>
        <source>%1 is an identical copy of %2: the same text, word for word.</source>
        <translation>%1 ist eine identische Kopie von %2: derselbe Text, Wort für Wort.</translation>
    </message>
    <message>
        <source>%1 is a news agency&apos;s own copy, as its format shows, and outlets print from the wire.</source>
        <translation>%1 ist der eigene Text einer Nachrichtenagentur, wie sein Format zeigt, und Medien drucken aus dem Agenturdienst.</translation>
    </message>
    <message>
        <source>Nearly all of it is found in %1, and the two are about as long.</source>
        <translation>Fast alles davon findet sich in %1, und beide sind etwa gleich lang.</translation>
    </message>
    <message>
        <source>Nearly all of it is found in %1, though it is the longer of the two.</source>
        <translation>Fast alles davon findet sich in %1, obwohl er der längere der beiden ist.</translation>
    </message>
    <message>
        <source>Nothing tells which of the two came first; %1 is taken as the earlier.</source>
        <translation>Nichts zeigt, welcher der beiden zuerst da war; %1 wird als der frühere genommen.</translation>
    </message>
    <message>
        <source>%1 explains it about as well, but on the facts that versions changed it agrees with %2, not with %1.</source>
        <translation>%1 erklärt ihn etwa ebenso gut, doch bei den Fakten, die Fassungen geändert haben, stimmt er mit %2 überein, nicht mit %1.</translation>
    </message>
    <message>
        <source>%1 is taken as the source, mainly because its dateline or credit line names the news agency the versions related to it come from.</source>
        <translation>%1 gilt als Quelle, vor allem weil seine Ortszeile oder Quellenangabe die Nachrichtenagentur nennt, von der die mit ihm verwandten Versionen stammen.</translation>
    </message>
    <message>
        <source>%1&apos;s dateline or credit line puts it closer to the news agency (the agency&apos;s own copy, or a copy crediting it).</source>
        <translation>Die Ortszeile oder Quellenangabe von %1 rückt es näher an die Nachrichtenagentur (der eigene Text der Agentur oder eine Kopie, die sie als Quelle nennt).</translation>
    </message>
    <message>
        <source>More of it is found in %1 than of %1 in it.</source>
        <translation>Von ihm findet sich mehr in %1 als von %1 in ihm.</translation>
    </message>
    <message>
        <source>%1 most likely derives from %2: %3 % of its words are found there, verbatim or reworded (%4 % the other way).</source>
        <translation>%1 stammt am wahrscheinlichsten von %2 ab: %3 % seiner Wörter finden sich dort, wörtlich oder umformuliert (%4 % umgekehrt).</translation>
    </message>
    <message>
        <source>Three-word phrases found in these two and in no other article: %1.</source>
        <translation>Drei-Wort-Folgen, die nur in diesen beiden Artikeln vorkommen: %1.</translation>
    </message>
</context>
<context>
    <name>WireDiff::FamilyTreeGraph</name>
    <message>
        <source>BASE</source>
        <translation>BASIS</translation>
    </message>
    <message>
        <source>Verbatim alone, as Who Copied Whom shades it: %1 of %2 is in %3, %4 the other way.</source>
        <translation>Nur wörtlich, wie Wer kopierte wen es schattiert: %1 von %2 steht in %3, %4 umgekehrt.</translation>
    </message>
    <message>
        <source>%1 was published first.</source>
        <translation>%1 wurde zuerst veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>WireDiff::FamilyTreeView</name>
    <message>
        <source>Family tree</source>
        <translation>Stammbaum</translation>
    </message>
    <message>
        <source>No comparison yet.</source>
        <translation>Noch kein Vergleich.</translation>
    </message>
    <message>
        <source>The family tree needs two articles or more.</source>
        <translation>Der Stammbaum braucht zwei oder mehr Artikel.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the whole tree in the panel, or back to the zoom before</source>
        <translation>Den ganzen Stammbaum in den Bereich einpassen, oder zurück zur vorigen Vergrößerung</translation>
    </message>
    <message>
        <source>Smaller boxes</source>
        <translation>Kleinere Kästen</translation>
    </message>
    <message>
        <source>Larger boxes</source>
        <translation>Größere Kästen</translation>
    </message>
    <message>
        <source>&amp;Fit Whole Tree</source>
        <translation>&amp;Ganzen Stammbaum einpassen</translation>
    </message>
</context>
<context>
    <name>WireDiff::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Groß-/Klein&amp;schreibung beachten</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Text in any pane</source>
        <translation>Text in einer beliebigen Spalte</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln</source>
        <translation>
            <numerusform>%L1 von %Ln</numerusform>
            <numerusform>%L1 von %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::HeadlessExport</name>
    <message>
        <source>skipped %1: %2</source>
        <translation>übersprungen %1: %2</translation>
    </message>
    <message>
        <source>Nothing could be compared.</source>
        <translation>Es konnte nichts verglichen werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: nothing to export.</source>
        <translation>%1 kann nicht geschrieben werden: Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>These files come from several folders and notes are kept per folder: no notes are exported.</source>
        <translation>Diese Dateien stammen aus mehreren Ordnern, und Notizen werden je Ordner gespeichert: Es werden keine Notizen exportiert.</translation>
    </message>
</context>
<context>
    <name>WireDiff::HighlightStyle</name>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Paraphrased</source>
        <translation>Paraphrasiert</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Changed fact</source>
        <translation>Geänderte Tatsache</translation>
    </message>
    <message>
        <source>Verbatim as in the base</source>
        <translation>Wörtlich wie in der Basis</translation>
    </message>
    <message>
        <source>Only in this article (solid underline)</source>
        <translation>Nur in diesem Artikel (durchgehend unterstrichen)</translation>
    </message>
    <message>
        <source>In the base but missing here (struck through; a caret where it is missing)</source>
        <translation>In der Basis, fehlt hier (durchgestrichen; eine Einfügemarke, wo es fehlt)</translation>
    </message>
    <message>
        <source>Says what the base says in other words (wavy underline)</source>
        <translation>Sagt mit anderen Worten, was die Basis sagt (Wellenlinie)</translation>
    </message>
    <message>
        <source>Same text at another place (dotted box)</source>
        <translation>Gleicher Text an anderer Stelle (gepunkteter Rahmen)</translation>
    </message>
    <message>
        <source>A number, date, name, quote or attribution that differs from the base (solid box)</source>
        <translation>Eine Zahl, ein Datum, ein Name, ein Zitat oder eine Quellenangabe, die von der Basis abweicht (durchgehender Rahmen)</translation>
    </message>
</context>
<context>
    <name>WireDiff::HouseStyleDialog</name>
    <message>
        <source>House Style</source>
        <translation>Hausstil</translation>
    </message>
    <message>
        <source>Spellings your newsroom treats as the same word are not marked as changes. Write one group per line, the spellings separated by “=”, for example &lt;i&gt;Kyiv = Kiev&lt;/i&gt; or &lt;i&gt;per cent = percent = %&lt;/i&gt;. Case does not matter unless the comparison matches case.</source>
        <translation>Schreibweisen, die Ihre Redaktion als dasselbe Wort behandelt, werden nicht als Änderungen markiert. Schreiben Sie eine Gruppe pro Zeile, die Schreibweisen durch „=“ getrennt, zum Beispiel &lt;i&gt;Kyjiw = Kiew&lt;/i&gt; oder &lt;i&gt;Prozent = %&lt;/i&gt;. Groß- und Kleinschreibung zählt nur, wenn der Vergleich sie unterscheidet.</translation>
    </message>
    <message>
        <source>House-style equivalences</source>
        <translation>Gleichwertige Schreibweisen des Hausstils</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Vorgaben wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the list with the equivalences WireDiff ships with</source>
        <translation>Die Liste durch die mit WireDiff gelieferten Gleichsetzungen ersetzen</translation>
    </message>
    <message>
        <source>needs two spellings or more, separated by “=”</source>
        <translation>braucht zwei oder mehr Schreibweisen, durch „=“ getrennt</translation>
    </message>
    <message>
        <source>has an empty spelling: remove the extra “=”</source>
        <translation>hat eine leere Schreibweise: Entfernen Sie das überzählige „=“</translation>
    </message>
    <message>
        <source>names “%1” twice</source>
        <translation>nennt „%1“ zweimal</translation>
    </message>
    <message>
        <source>“%1” is already in line %2: merge the two lines</source>
        <translation>„%1“ steht schon in Zeile %2: Führen Sie die beiden Zeilen zusammen</translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation>Zeile %1: %2.</translation>
    </message>
    <message>
        <source>Correct the marked lines first</source>
        <translation>Korrigieren Sie zuerst die markierten Zeilen</translation>
    </message>
    <message>
        <source>Equivalences: %1</source>
        <translation>Gleichsetzungen: %1</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
</context>
<context>
    <name>WireDiff::HtmlExporter</name>
    <message>
        <source>Missing here: %1</source>
        <translation>Fehlt hier: %1</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>verbatim</source>
        <translation>wörtlich</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Umformuliert</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Share of each row’s article found in each column’s article: verbatim / reworded.</source>
        <translation>Anteil des Zeilenartikels, der sich im Spaltenartikel findet: wörtlich / umformuliert.</translation>
    </message>
    <message>
        <source>Base text missing at this point</source>
        <translation>Hier fehlt Text der Basis</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Einzigartig</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Passage with an editor’s note, listed below</source>
        <translation>Passage mit einer Notiz der Redaktion, unten aufgeführt</translation>
    </message>
    <message>
        <source>Unchanged rows not shown: %1</source>
        <translation>Nicht gezeigte unveränderte Zeilen: %1</translation>
    </message>
    <message>
        <source>nothing here</source>
        <translation>hier nichts</translation>
    </message>
    <message>
        <source>moved from elsewhere in this article</source>
        <translation>aus einer anderen Stelle dieses Artikels verschoben</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <source>Notes whose passage is no longer in the articles</source>
        <translation>Notizen, deren Passage nicht mehr in den Artikeln steht</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Paraphrased</source>
        <translation>Paraphrasiert</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Changed fact</source>
        <translation>Geänderte Tatsache</translation>
    </message>
    <message>
        <source>Verbatim as in the base</source>
        <translation>Wörtlich wie in der Basis</translation>
    </message>
    <message>
        <source>Only in this article (solid underline)</source>
        <translation>Nur in diesem Artikel (durchgehend unterstrichen)</translation>
    </message>
    <message>
        <source>In the base but missing here (struck through; a caret where it is missing)</source>
        <translation>In der Basis, fehlt hier (durchgestrichen; eine Einfügemarke, wo es fehlt)</translation>
    </message>
    <message>
        <source>Says what the base says in other words (wavy underline)</source>
        <translation>Sagt mit anderen Worten, was die Basis sagt (Wellenlinie)</translation>
    </message>
    <message>
        <source>Same text at another place (dotted box)</source>
        <translation>Gleicher Text an anderer Stelle (gepunkteter Rahmen)</translation>
    </message>
    <message>
        <source>A number, date, name, quote or attribution that differs from the base (solid box)</source>
        <translation>Eine Zahl, ein Datum, ein Name, ein Zitat oder eine Quellenangabe, die von der Basis abweicht (durchgehender Rahmen)</translation>
    </message>
    <message>
        <source>WireDiff: %1</source>
        <translation>WireDiff: %1</translation>
    </message>
    <message>
        <source>Compared on %1. Articles: %2.</source>
        <translation>Verglichen am %1. Artikel: %2.</translation>
    </message>
    <message>
        <source>Base: %1 — %2</source>
        <translation>Basis: %1 – %2</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Who copied whom</source>
        <translation>Wer hat von wem kopiert</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Found in no other source</source>
        <translation>In keiner anderen Quelle</translation>
    </message>
    <message>
        <source>Aligned comparison</source>
        <translation>Ausgerichteter Vergleich</translation>
    </message>
    <message>
        <source>Generated by WireDiff %1.</source>
        <translation>Erstellt mit WireDiff %1.</translation>
    </message>
    <message>
        <source>[changed] The passage was reworded since the note was written. It read:</source>
        <translation>[geändert] Die Passage wurde umformuliert, seit die Notiz geschrieben wurde. Sie lautete:</translation>
    </message>
    <message>
        <source>The articles compared: each one’s words, and how many of them are the base’s, verbatim or reworded, or new.</source>
        <translation>Die verglichenen Artikel: die Wörter jedes Artikels und wie viele davon aus der Basis stammen, wörtlich oder umformuliert, oder neu sind.</translation>
    </message>
    <message>
        <source>The articles’ paragraphs side by side, aligned in rows; the base is the first column and stays in view as the table scrolls.</source>
        <translation>Die Absätze der Artikel nebeneinander, in Zeilen ausgerichtet; die Basis ist die erste Spalte und bleibt beim Blättern sichtbar.</translation>
    </message>
    <message>
        <source>(articles in memory)</source>
        <translation>(Artikel im Speicher)</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>Paragraph or sentence found in no other source</source>
        <translation>Absatz oder Satz, der in keiner anderen Quelle steht</translation>
    </message>
</context>
<context>
    <name>WireDiff::HtmlFindings</name>
    <message>
        <source>Each is boxed in magenta in the comparison below.</source>
        <translation>Jede ist im Vergleich weiter unten magenta eingerahmt.</translation>
    </message>
    <message>
        <source>Each copy is listed under its most likely source.</source>
        <translation>Jede Kopie steht unter ihrer wahrscheinlichsten Quelle.</translation>
    </message>
    <message>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Each article’s facts that differ from the base: its wording, then the base’s.</source>
        <translation>Die Fakten jedes Artikels, die von der Basis abweichen: sein Wortlaut, dann der der Basis.</translation>
    </message>
</context>
<context>
    <name>WireDiff::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>The language of menus and messages, from the next start</source>
        <translation>Die Sprache von Menüs und Meldungen, ab dem nächsten Start</translation>
    </message>
    <message>
        <source>Applies when WireDiff starts again</source>
        <translation>Gilt beim nächsten Start von WireDiff</translation>
    </message>
    <message>
        <source>&amp;System Language (%1)</source>
        <translation>&amp;Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Follow the language of the desktop, from the next start</source>
        <translation>Der Sprache der Arbeitsumgebung folgen, ab dem nächsten Start</translation>
    </message>
    <message>
        <source>Use %1 (%2) from the next start</source>
        <translation>Ab dem nächsten Start %1 (%2) verwenden</translation>
    </message>
</context>
<context>
    <name>WireDiff::LanguageMix</name>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebräisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Koreanisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norwegisch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
</context>
<context>
    <name>WireDiff::LegendWidget</name>
    <message>
        <source>Missing here</source>
        <translation>Fehlt hier</translation>
    </message>
    <message>
        <source>Paragraph out of order</source>
        <translation>Absatz an anderer Stelle</translation>
    </message>
    <message>
        <source>In no other source</source>
        <translation>In keiner anderen Quelle</translation>
    </message>
    <message>
        <source>No counterpart</source>
        <translation>Kein Gegenstück</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>Textbaustein</translation>
    </message>
    <message>
        <source>Base text is missing at this point (hover for what)</source>
        <translation>Hier fehlt Text der Basis (Mauszeiger darauf zeigt, welcher)</translation>
    </message>
    <message>
        <source>These paragraphs stand elsewhere in the article&apos;s own order</source>
        <translation>Diese Absätze stehen in der eigenen Reihenfolge des Artikels an anderer Stelle</translation>
    </message>
    <message>
        <source>A paragraph found in no other article (tinted, with a bar)</source>
        <translation>Ein Absatz, der in keinem anderen Artikel steht (getönt, mit Balken)</translation>
    </message>
    <message>
        <source>The article has nothing in this row (hatched)</source>
        <translation>Der Artikel hat in dieser Zeile nichts (schraffiert)</translation>
    </message>
    <message>
        <source>Site chrome, legal lines and the like (dimmed, never counted)</source>
        <translation>Seitennavigation, Rechtshinweise und Ähnliches (abgeblendet, nie gezählt)</translation>
    </message>
    <message>
        <source>Abc</source>
        <translation>Abc</translation>
    </message>
    <message>
        <source>In this article only</source>
        <translation>Nur in diesem Artikel</translation>
    </message>
    <message>
        <source>In a few articles</source>
        <translation>In wenigen Artikeln</translation>
    </message>
    <message>
        <source>In most articles</source>
        <translation>In den meisten Artikeln</translation>
    </message>
    <message>
        <source>In every article</source>
        <translation>In jedem Artikel</translation>
    </message>
    <message>
        <source>Words no other article carries (strongest shade, dotted underline)</source>
        <translation>Wörter, die kein anderer Artikel hat (stärkste Tönung, gepunktet unterstrichen)</translation>
    </message>
    <message>
        <source>Words a few of the articles carry (a strong shade)</source>
        <translation>Wörter, die wenige der Artikel haben (kräftige Tönung)</translation>
    </message>
    <message>
        <source>Words most articles carry (a faint shade)</source>
        <translation>Wörter, die die meisten Artikel haben (schwache Tönung)</translation>
    </message>
    <message>
        <source>Words every article carries stay plain</source>
        <translation>Wörter, die jeder Artikel hat, bleiben ungetönt</translation>
    </message>
</context>
<context>
    <name>WireDiff::Main</name>
    <message>
        <source>There is no translation for “%1”; the languages are: %2.</source>
        <translation>Es gibt keine Übersetzung für „%1“; verfügbare Sprachen: %2.</translation>
    </message>
    <message>
        <source>WireDiff cannot open its window: there is no display to show it on. To compare without a window, use --export-json, --export-pdf or --export-html (see --help).</source>
        <translation>WireDiff kann sein Fenster nicht öffnen: Es gibt keine Anzeige dafür. Um ohne Fenster zu vergleichen, verwenden Sie --export-json, --export-pdf oder --export-html (siehe --help).</translation>
    </message>
    <message>
        <source>WireDiff cannot open its window: the display %1 does not answer. To compare without a window, use --export-json, --export-pdf or --export-html (see --help).</source>
        <translation>WireDiff kann sein Fenster nicht öffnen: Die Anzeige %1 antwortet nicht. Um ohne Fenster zu vergleichen, verwenden Sie --export-json, --export-pdf oder --export-html (siehe --help).</translation>
    </message>
</context>
<context>
    <name>WireDiff::MainActions</name>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>&amp;Ordner öffnen …</translation>
    </message>
    <message>
        <source>Open a folder of versions of one story</source>
        <translation>Einen Ordner mit Fassungen einer Meldung öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Files…</source>
        <translation>&amp;Dateien öffnen …</translation>
    </message>
    <message>
        <source>Open some versions of one story</source>
        <translation>Einige Fassungen einer Meldung öffnen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Read the articles again and compare</source>
        <translation>Die Artikel neu einlesen und vergleichen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit WireDiff</source>
        <translation>WireDiff beenden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>Den ausgewählten Text kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All in Pane</source>
        <translation>&amp;Alles in der Spalte auswählen</translation>
    </message>
    <message>
        <source>Select the whole text of the current pane</source>
        <translation>Den ganzen Text der aktuellen Spalte auswählen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Find text in every pane</source>
        <translation>Text in allen Spalten suchen</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Zum nächsten Treffer</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>Zum vorherigen Treffer</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größerer Text</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinerer Text</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>Text in normaler Größe</translation>
    </message>
    <message>
        <source>&amp;Show All Panes</source>
        <translation>Alle Spalten &amp;zeigen</translation>
    </message>
    <message>
        <source>Show the panes you have hidden</source>
        <translation>Die ausgeblendeten Spalten wieder zeigen</translation>
    </message>
    <message>
        <source>Le&amp;gend</source>
        <translation>Le&amp;gende</translation>
    </message>
    <message>
        <source>Show the key to the highlights</source>
        <translation>Die Erklärung der Hervorhebungen zeigen</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>&amp;Nächste Änderung</translation>
    </message>
    <message>
        <source>Go to the next row with a difference</source>
        <translation>Zur nächsten Zeile mit einem Unterschied</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>&amp;Vorige Änderung</translation>
    </message>
    <message>
        <source>Go to the previous row with a difference</source>
        <translation>Zur vorigen Zeile mit einem Unterschied</translation>
    </message>
    <message>
        <source>Next &amp;Unique Paragraph</source>
        <translation>Nächster &amp;einzigartiger Absatz</translation>
    </message>
    <message>
        <source>Previous Uni&amp;que Paragraph</source>
        <translation>V&amp;origer einzigartiger Absatz</translation>
    </message>
    <message>
        <source>Ignore &amp;Case</source>
        <translation>&amp;Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <source>Ignore &amp;Punctuation</source>
        <translation>&amp;Satzzeichen ignorieren</translation>
    </message>
    <message>
        <source>Do not count commas, full stops and dashes as differences</source>
        <translation>Kommas, Punkte und Gedankenstriche nicht als Unterschiede zählen</translation>
    </message>
    <message>
        <source>Ignore &amp;Quote Style</source>
        <translation>&amp;Anführungszeichen-Stil ignorieren</translation>
    </message>
    <message>
        <source>Treat curly, straight and angle quotes as the same</source>
        <translation>Typografische, gerade und spitze Anführungszeichen gleich behandeln</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Stop loading and comparing</source>
        <translation>Laden und Vergleichen anhalten</translation>
    </message>
    <message>
        <source>&amp;About WireDiff</source>
        <translation>Ü&amp;ber WireDiff</translation>
    </message>
    <message>
        <source>About WireDiff</source>
        <translation>Über WireDiff</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About the Qt toolkit</source>
        <translation>Über das Qt-Toolkit</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List every command that has a shortcut</source>
        <translation>Alle Befehle mit Tastenkürzel auflisten</translation>
    </message>
    <message>
        <source>Next Unique</source>
        <translation>Nächstes Unikat</translation>
    </message>
    <message>
        <source>Previous Unique</source>
        <translation>Voriges Unikat</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation>Vorige Änderung</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Save the comparison with your notes as an annotated PDF</source>
        <translation>Den Vergleich mit Ihren Notizen als kommentiertes PDF speichern</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML exportieren …</translation>
    </message>
    <message>
        <source>Save the comparison with your notes as one self-contained web page</source>
        <translation>Den Vergleich mit Ihren Notizen als eine eigenständige Webseite speichern</translation>
    </message>
    <message>
        <source>Export &amp;Consensus Text…</source>
        <translation>&amp;Konsenstext exportieren …</translation>
    </message>
    <message>
        <source>Save the probable common source, rebuilt from what most articles share, as plain text</source>
        <translation>Die wahrscheinliche gemeinsame Quelle, rekonstruiert aus dem, was die meisten Artikel teilen, als reinen Text speichern</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken …</translation>
    </message>
    <message>
        <source>Print the comparison with your notes</source>
        <translation>Den Vergleich mit Ihren Notizen drucken</translation>
    </message>
    <message>
        <source>Add N&amp;ote…</source>
        <translation>&amp;Notiz hinzufügen …</translation>
    </message>
    <message>
        <source>Write a note on the selected passage; it is saved beside the articles</source>
        <translation>Eine Notiz zur ausgewählten Passage schreiben; sie wird neben den Artikeln gespeichert</translation>
    </message>
    <message>
        <source>&amp;House Style…</source>
        <translation>&amp;Hausstil …</translation>
    </message>
    <message>
        <source>Spellings that count as the same word, such as Kiev and Kyiv</source>
        <translation>Schreibweisen, die als dasselbe Wort gelten, etwa Kiew und Kyjiw</translation>
    </message>
    <message>
        <source>Agreement S&amp;hading</source>
        <translation>Ü&amp;bereinstimmung tönen</translation>
    </message>
    <message>
        <source>Shade every word by how many articles carry it, instead of the changes against the base</source>
        <translation>Jedes Wort danach tönen, wie viele Artikel es enthalten, statt der Änderungen gegenüber der Basis</translation>
    </message>
    <message>
        <source>Co&amp;nsensus Pane</source>
        <translation>Ko&amp;nsensspalte</translation>
    </message>
    <message>
        <source>Show the probable common source as a pane of its own (compares once more)</source>
        <translation>Die wahrscheinliche gemeinsame Quelle als eigene Spalte zeigen (vergleicht noch einmal)</translation>
    </message>
    <message>
        <source>Sort Panes by Publication &amp;Time</source>
        <translation>Spalten nach Erscheinungszei&amp;t ordnen</translation>
    </message>
    <message>
        <source>&amp;Include Subfolders</source>
        <translation>Un&amp;terordner einbeziehen</translation>
    </message>
    <message>
        <source>Also read the articles in the subfolders of a folder you open</source>
        <translation>Auch die Artikel in den Unterordnern eines geöffneten Ordners lesen</translation>
    </message>
    <message>
        <source>&amp;Keep Base in View</source>
        <translation>Basisspalte &amp;fixieren</translation>
    </message>
    <message>
        <source>Keep the base pane at the left edge while the other panes scroll sideways</source>
        <translation>Die Basisspalte am linken Rand halten, während die anderen Spalten seitlich scrollen</translation>
    </message>
    <message>
        <source>Order the panes from the earliest published to the latest (publication and wire filing times first, then file times)</source>
        <translation>Die Spalten vom frühesten zum spätesten Erscheinen ordnen (zuerst Veröffentlichungs- und Agenturzeiten, dann Dateizeiten)</translation>
    </message>
    <message>
        <source>&amp;Your Name for Notes…</source>
        <translation>&amp;Ihr Name für Notizen …</translation>
    </message>
    <message>
        <source>The name new notes are signed with</source>
        <translation>Der Name, mit dem neue Notizen gezeichnet werden</translation>
    </message>
    <message>
        <source>Export Report (&amp;JSON)…</source>
        <translation>Bericht exportieren (&amp;JSON)…</translation>
    </message>
    <message>
        <source>Save the comparison with your notes as a JSON report, the same as wirediff --export-json</source>
        <translation>Den Vergleich mit Ihren Notizen als JSON-Bericht speichern, wie wirediff --export-json</translation>
    </message>
    <message>
        <source>Go to the next paragraph or sentence found in no other source</source>
        <translation>Zum nächsten Absatz oder Satz, der in keiner anderen Quelle steht</translation>
    </message>
    <message>
        <source>Go to the previous paragraph or sentence found in no other source</source>
        <translation>Zum vorigen Absatz oder Satz, der in keiner anderen Quelle steht</translation>
    </message>
    <message>
        <source>Treat “police” and “Police”, or “Bréval” and “Breval”, as the same word</source>
        <translation>„polizei“ und „Polizei“ oder „Bréval“ und „Breval“ als dasselbe Wort behandeln</translation>
    </message>
</context>
<context>
    <name>WireDiff::MainToolBar</name>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation>Ba&amp;sis:</translation>
    </message>
    <message>
        <source>The article every other article is compared with</source>
        <translation>Der Artikel, mit dem jeder andere Artikel verglichen wird</translation>
    </message>
</context>
<context>
    <name>WireDiff::MainWindow</name>
    <message>
        <source>Who Copied Whom</source>
        <translation>Wer hat von wem kopiert</translation>
    </message>
    <message>
        <source>How much of each article is found in each other article; click a cell to compare that pair</source>
        <translation>Wie viel von jedem Artikel sich in jedem anderen findet; ein Klick auf eine Zelle vergleicht dieses Paar</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Seitenleisten</translation>
    </message>
    <message>
        <source>Show or hide the panel “%1”</source>
        <translation>Die Seitenleiste „%1“ zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Story</source>
        <translation>Beispiel&amp;meldung öffnen</translation>
    </message>
    <message>
        <source>Open the bundled sample: six versions of an invented flood report</source>
        <translation>Das mitgelieferte Beispiel öffnen: sechs Fassungen eines erfundenen Hochwasserberichts</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing compared.</source>
        <translation>Nichts verglichen.</translation>
    </message>
    <message>
        <source>Cancelled. The comparison shown is the previous one.</source>
        <translation>Abgebrochen. Der angezeigte Vergleich ist der vorherige.</translation>
    </message>
    <message>
        <source>Files changed on disk; comparing again…</source>
        <translation>Dateien auf dem Datenträger geändert; erneuter Vergleich …</translation>
    </message>
    <message>
        <source>No further rows of that kind.</source>
        <translation>Keine weiteren Zeilen dieser Art.</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Nicht geöffnet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln articles</source>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>compared in %L1 ms</source>
        <translation>verglichen in %L1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be compared and were skipped.</source>
        <translation>
            <numerusform>%n Datei konnte nicht verglichen werden und wurde übersprungen.</numerusform>
            <numerusform>%n Dateien konnten nicht verglichen werden und wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleiche …</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No recent folders</source>
        <translation>Keine zuletzt geöffneten Ordner</translation>
    </message>
    <message>
        <source>Open a Folder of Versions</source>
        <translation>Ordner mit Fassungen öffnen</translation>
    </message>
    <message>
        <source>Open Versions of One Story</source>
        <translation>Fassungen einer Meldung öffnen</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.html *.htm *.xhtml *.xml *.nitf *.newsml);;All files (*)</source>
        <translation>Artikel (*.txt *.md *.html *.htm *.xhtml *.xml *.nitf *.newsml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The new language applies when WireDiff starts again.</source>
        <translation>Die neue Sprache gilt beim nächsten Start von WireDiff.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n file(s) in %1…</source>
        <translation>
            <numerusform>%n Datei in %1 wird verglichen…</numerusform>
            <numerusform>%n Dateien in %1 werden verglichen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird verglichen…</numerusform>
            <numerusform>%n Dateien werden verglichen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing compared yet. Reload (%1) to compare %2 again.</source>
        <translation>Abgebrochen; noch nichts verglichen. Neu laden (%1) vergleicht %2 erneut.</translation>
    </message>
    <message>
        <source>Cancelled; nothing compared yet. Reload (%1) to compare these files again.</source>
        <translation>Abgebrochen; noch nichts verglichen. Neu laden (%1) vergleicht diese Dateien erneut.</translation>
    </message>
</context>
<context>
    <name>WireDiff::NavigationKeys</name>
    <message>
        <source>Click</source>
        <translation>Klick</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Mausrad</translation>
    </message>
    <message>
        <source>Previous row with text in a pane on screen</source>
        <translation>Vorherige Zeile mit Text in einem sichtbaren Bereich</translation>
    </message>
    <message>
        <source>Next row with text in a pane on screen</source>
        <translation>Nächste Zeile mit Text in einem sichtbaren Bereich</translation>
    </message>
    <message>
        <source>Previous pane, in the order shown (the base first)</source>
        <translation>Vorheriger Bereich in der gezeigten Reihenfolge (die Basis zuerst)</translation>
    </message>
    <message>
        <source>Next pane, in the order shown</source>
        <translation>Nächster Bereich in der gezeigten Reihenfolge</translation>
    </message>
    <message>
        <source>Menu of the current pane: base, order, visibility, notes</source>
        <translation>Menü des aktuellen Bereichs: Basis, Reihenfolge, Sichtbarkeit, Notizen</translation>
    </message>
    <message>
        <source>On a moved passage: go to where it comes from</source>
        <translation>Auf einer verschobenen Stelle: zu ihrem Ursprung gehen</translation>
    </message>
    <message>
        <source>Extend the selection to the click</source>
        <translation>Auswahl bis zum Klick erweitern</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <source>Zoom in or out</source>
        <translation>Vergrößern oder verkleinern</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>New line in the note</source>
        <translation>Neue Zeile in der Notiz</translation>
    </message>
    <message>
        <source>In the panes</source>
        <translation>In den Bereichen</translation>
    </message>
    <message>
        <source>In the note dialog</source>
        <translation>Im Notizdialog</translation>
    </message>
    <message>
        <source>Compare the pair of the cell under the keyboard cursor</source>
        <translation>Das Paar der Zelle unter dem Tastaturcursor vergleichen</translation>
    </message>
    <message>
        <source>Fit the whole matrix in the panel, or back to the zoom before</source>
        <translation>Die ganze Matrix in den Bereich einpassen, oder zurück zur vorigen Vergrößerung</translation>
    </message>
    <message>
        <source>Larger cells</source>
        <translation>Größere Zellen</translation>
    </message>
    <message>
        <source>Smaller cells</source>
        <translation>Kleinere Zellen</translation>
    </message>
    <message>
        <source>Cells at their normal size</source>
        <translation>Zellen in normaler Größe</translation>
    </message>
    <message>
        <source>Larger or smaller cells</source>
        <translation>Größere oder kleinere Zellen</translation>
    </message>
    <message>
        <source>In Who Copied Whom</source>
        <translation>In „Wer hat von wem kopiert“</translation>
    </message>
    <message>
        <source>Fit the whole tree in the panel, or back to the zoom before</source>
        <translation>Den ganzen Stammbaum in den Bereich einpassen, oder zurück zur vorigen Vergrößerung</translation>
    </message>
    <message>
        <source>Larger boxes</source>
        <translation>Größere Kästen</translation>
    </message>
    <message>
        <source>Smaller boxes</source>
        <translation>Kleinere Kästen</translation>
    </message>
    <message>
        <source>Boxes at their normal size</source>
        <translation>Kästen in normaler Größe</translation>
    </message>
    <message>
        <source>Larger or smaller boxes</source>
        <translation>Größere oder kleinere Kästen</translation>
    </message>
    <message>
        <source>In the Family Tree</source>
        <translation>Im Stammbaum</translation>
    </message>
    <message>
        <source>Select in the current cell from the keyboard: the selection&apos;s end one word back</source>
        <translation>In der aktuellen Zelle per Tastatur auswählen: das Ende der Auswahl ein Wort zurück</translation>
    </message>
    <message>
        <source>Select in the current cell from the keyboard: the selection&apos;s end one word on</source>
        <translation>In der aktuellen Zelle per Tastatur auswählen: das Ende der Auswahl ein Wort weiter</translation>
    </message>
    <message>
        <source>Select in the current cell from the keyboard: the selection&apos;s end one character back</source>
        <translation>In der aktuellen Zelle per Tastatur auswählen: das Ende der Auswahl ein Zeichen zurück</translation>
    </message>
    <message>
        <source>Select in the current cell from the keyboard: the selection&apos;s end one character on</source>
        <translation>In der aktuellen Zelle per Tastatur auswählen: das Ende der Auswahl ein Zeichen weiter</translation>
    </message>
</context>
<context>
    <name>WireDiff::NewsXmlParser</name>
    <message>
        <source>truncated XML at line %1: %2</source>
        <translation>abgeschnittenes XML in Zeile %1: %2</translation>
    </message>
    <message>
        <source>XML error at line %1: %2</source>
        <translation>XML-Fehler in Zeile %1: %2</translation>
    </message>
    <message>
        <source>its DTD&apos;s entities would expand to far more text than the file holds</source>
        <translation>die Entitäten seiner DTD würden zu weit mehr Text anwachsen, als die Datei enthält</translation>
    </message>
</context>
<context>
    <name>WireDiff::NoteBook</name>
    <message>
        <source>There is no folder to save the notes in.</source>
        <translation>Es gibt keinen Ordner, in dem die Notizen gespeichert werden könnten.</translation>
    </message>
</context>
<context>
    <name>WireDiff::NoteDecorator</name>
    <message>
        <source>&lt;b&gt;Note %1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Notiz %1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The passage was reworded since the note was written. It read: “%1”&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Die Passage wurde umformuliert, seit die Notiz geschrieben wurde. Sie lautete: „%1“&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WireDiff::NoteDialog</name>
    <message>
        <source>Note on %1, ¶%2: “%3”</source>
        <translation>Notiz zu %1, ¶%2: „%3“</translation>
    </message>
    <message>
        <source>The passage was reworded since the note was written. It read: “%1”. Saving the note confirms it on the new wording.</source>
        <translation>Die Passage wurde umformuliert, seit die Notiz geschrieben wurde. Sie lautete: „%1“. Wenn Sie die Notiz speichern, gilt sie für die neue Fassung.</translation>
    </message>
    <message>
        <source>Edit Note %1</source>
        <translation>Notiz %1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit note %1 on %2, ¶%3: “%4”</source>
        <translation>Notiz %1 zu %2, ¶%3 bearbeiten: „%4“</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Save the note (%1)</source>
        <translation>Notiz speichern (%1)</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Nicht gezeichnet</translation>
    </message>
    <message>
        <source>Who wrote this note; the PDF and HTML print it with the note</source>
        <translation>Wer diese Notiz geschrieben hat; PDF und HTML drucken den Namen mit der Notiz</translation>
    </message>
    <message>
        <source>Who writes this note; the PDF and HTML print it with the note. New notes are signed with the name you used last.</source>
        <translation>Wer diese Notiz schreibt; PDF und HTML drucken den Namen mit der Notiz. Neue Notizen werden mit dem zuletzt verwendeten Namen gezeichnet.</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>Gezeichnet &amp;von:</translation>
    </message>
</context>
<context>
    <name>WireDiff::NoteListModel</name>
    <message>
        <source>[detached] </source>
        <translation>[abgelöst] </translation>
    </message>
    <message>
        <source>%1

The passage was not found in %2 when the folder was loaded.</source>
        <translation>%1

Die Passage wurde beim Laden des Ordners nicht in %2 gefunden.</translation>
    </message>
    <message>
        <source>%1, ¶%2: “%3” — %4</source>
        <translation>%1, ¶%2: „%3“ — %4</translation>
    </message>
    <message>
        <source>[changed] </source>
        <translation>[geändert] </translation>
    </message>
    <message>
        <source>%1

The passage was reworded since the note was written. It read: “%2”
It now reads: “%3”</source>
        <translation>%1

Die Passage wurde umformuliert, seit die Notiz geschrieben wurde. Sie lautete: „%2“
Jetzt lautet sie: „%3“</translation>
    </message>
    <message numerus="yes">
        <source>%n note followed its passage to a new place.</source>
        <translation>
            <numerusform>%n Notiz ist ihrer Stelle an einen neuen Ort gefolgt.</numerusform>
            <numerusform>%n Notizen sind ihren Stellen an neue Orte gefolgt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note&apos;s passage was reworded; the note now sits on the new wording.</source>
        <translation>
            <numerusform>Die Stelle von %n Notiz wurde umformuliert; die Notiz steht jetzt beim neuen Wortlaut.</numerusform>
            <numerusform>Die Stellen von %n Notizen wurden umformuliert; die Notizen stehen jetzt beim neuen Wortlaut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note&apos;s passage reads again as when the note was written.</source>
        <translation>
            <numerusform>Die Stelle von %n Notiz lautet wieder wie beim Schreiben der Notiz.</numerusform>
            <numerusform>Die Stellen von %n Notizen lauten wieder wie beim Schreiben der Notizen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note followed its passage to a renamed file.</source>
        <translation>
            <numerusform>%n Notiz ist ihrer Stelle in eine umbenannte Datei gefolgt.</numerusform>
            <numerusform>%n Notizen sind ihren Stellen in umbenannte Dateien gefolgt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note&apos;s passage was not found; the note is kept, detached.</source>
        <translation>
            <numerusform>Die Stelle von %n Notiz wurde nicht gefunden; die Notiz bleibt losgelöst erhalten.</numerusform>
            <numerusform>Die Stellen von %n Notizen wurden nicht gefunden; die Notizen bleiben losgelöst erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written by %1 on %2.</source>
        <translation>Geschrieben von %1 am %2.</translation>
    </message>
    <message>
        <source>Written by %1.</source>
        <translation>Geschrieben von %1.</translation>
    </message>
    <message>
        <source>Written on %1.</source>
        <translation>Geschrieben am %1.</translation>
    </message>
    <message>
        <source>Changed on %1.</source>
        <translation>Geändert am %1.</translation>
    </message>
</context>
<context>
    <name>WireDiff::NotesPanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No notes yet. Select a passage in any pane and press Ctrl+M to add one.</source>
        <translation>Noch keine Notizen. Wählen Sie eine Passage in einer Spalte aus und drücken Sie Strg+M, um eine hinzuzufügen.</translation>
    </message>
    <message>
        <source>Change the text of the selected note</source>
        <translation>Den Text der ausgewählten Notiz ändern</translation>
    </message>
    <message>
        <source>Delete the selected note (the article is not touched)</source>
        <translation>Die ausgewählte Notiz löschen (der Artikel bleibt unberührt)</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete note %1? This cannot be undone. The other notes keep their numbers, and %1 will not be given to a new note.</source>
        <translation>Notiz %1 löschen? Das lässt sich nicht rückgängig machen. Die anderen Notizen behalten ihre Nummern, und %1 wird an keine neue Notiz vergeben.</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Nicht gezeichnet</translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>Gezeichnet: %1</translation>
    </message>
    <message>
        <source>New notes are not signed. Click to give your name.</source>
        <translation>Neue Notizen werden nicht gezeichnet. Klicken, um Ihren Namen anzugeben.</translation>
    </message>
    <message>
        <source>New notes are signed “%1”. Click to change the name.</source>
        <translation>Neue Notizen werden mit „%1“ gezeichnet. Klicken, um den Namen zu ändern.</translation>
    </message>
    <message>
        <source>Your Name for Notes</source>
        <translation>Ihr Name für Notizen</translation>
    </message>
    <message>
        <source>New notes are signed with this name; the PDF and HTML print it with each note. Leave it empty to sign nothing.</source>
        <translation>Neue Notizen werden mit diesem Namen gezeichnet; PDF und HTML drucken ihn mit jeder Notiz. Leer lassen, um nicht zu zeichnen.</translation>
    </message>
</context>
<context>
    <name>WireDiff::NoticeBanner</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show or hide the details</source>
        <translation>Details zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>WireDiff::OverviewRuler</name>
    <message>
        <source>unique</source>
        <translation>einzigartig</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Where the changes are: changed facts, added, removed, reworded, moved, unique. Click to go there.</source>
        <translation>Wo die Änderungen sind: geänderte Tatsachen, hinzugefügt, entfernt, umformuliert, verschoben, einzigartig. Ein Klick springt dorthin.</translation>
    </message>
</context>
<context>
    <name>WireDiff::PaneHeaderBar</name>
    <message>
        <source>BASE</source>
        <translation>BASIS</translation>
    </message>
    <message>
        <source>VS BASE</source>
        <translation>GEGEN BASIS</translation>
    </message>
    <message>
        <source>highlights against %1</source>
        <translation>Hervorhebungen gegenüber %1</translation>
    </message>
    <message>
        <source>the base of the comparison</source>
        <translation>die Basis des Vergleichs</translation>
    </message>
    <message>
        <source>%1% verbatim · %2% reworded · %3% new</source>
        <translation>%1 % wörtlich · %2 % umformuliert · %3 % neu</translation>
    </message>
    <message>
        <source>Format: %1, encoding: %2</source>
        <translation>Format: %1, Kodierung: %2</translation>
    </message>
    <message>
        <source>The base: every other article is compared with this one.</source>
        <translation>Die Basis: Jeder andere Artikel wird mit diesem verglichen.</translation>
    </message>
    <message numerus="yes">
        <source>Against the base: %1% verbatim, %2% reworded, %3% new; %Ln base words missing.</source>
        <translation>
            <numerusform>Gegenüber der Basis: %1 % wörtlich, %2 % umformuliert, %3 % neu; %Ln Wort der Basis fehlt.</numerusform>
            <numerusform>Gegenüber der Basis: %1 % wörtlich, %2 % umformuliert, %3 % neu; %Ln Wörter der Basis fehlen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Right-click for base, order and visibility; drop files here to add them.</source>
        <translation>Rechtsklick für Basis, Reihenfolge und Sichtbarkeit; hier abgelegte Dateien werden hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln Wort</numerusform>
            <numerusform>%Ln Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% from consensus</source>
        <translation>%1 % vom Konsens entfernt</translation>
    </message>
    <message>
        <source>The probable common source, rebuilt from the aligned rows: per row, the wording most articles share. Not a file; nothing is written.</source>
        <translation>Die wahrscheinliche gemeinsame Quelle, rekonstruiert aus den ausgerichteten Zeilen: je Zeile der Wortlaut, den die meisten Artikel teilen. Keine Datei; es wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1% of its wording differs from the consensus of all articles.</source>
        <translation>%1 % seines Wortlauts weichen vom Konsens aller Artikel ab.</translation>
    </message>
    <message>
        <source>vs. %1</source>
        <comment>the article the base&apos;s highlights are read against</comment>
        <translation>ggü. %1</translation>
    </message>
    <message>
        <source>%1% verbatim · %2% reworded · %3% new · %4% changed facts</source>
        <translation>%1 % wörtlich · %2 % umformuliert · %3 % neu · %4 % geänderte Fakten</translation>
    </message>
    <message>
        <source>%1% of its words are changed facts: they say otherwise than the base.</source>
        <translation>%1 % seiner Wörter sind geänderte Fakten: Sie besagen etwas anderes als die Basis.</translation>
    </message>
    <message>
        <source>Published: %1 (from the metadata)</source>
        <translation>Veröffentlicht: %1 (aus den Metadaten)</translation>
    </message>
    <message>
        <source>Filed: %1 (from the wire header)</source>
        <translation>Abgesetzt: %1 (aus dem Agenturkopf)</translation>
    </message>
    <message>
        <source>File time: %1 (no publication time given; may be a copy time)</source>
        <translation>Dateizeit: %1 (keine Veröffentlichungszeit angegeben; vielleicht nur die Kopierzeit)</translation>
    </message>
    <message>
        <source>Its highlights are read against %1.</source>
        <translation>Seine Markierungen beziehen sich auf %1.</translation>
    </message>
</context>
<context>
    <name>WireDiff::ParaphraseSlider</name>
    <message>
        <source>Paraphrase: strict</source>
        <translation>Paraphrase: streng</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <comment>the caption above the paraphrase slider</comment>
        <translation>Paraphrase</translation>
    </message>
    <message>
        <source>strict</source>
        <comment>the strict end of the paraphrase slider</comment>
        <translation>streng</translation>
    </message>
    <message>
        <source>loose</source>
        <comment>the loose end of the paraphrase slider</comment>
        <translation>großzügig</translation>
    </message>
    <message>
        <source>How loosely reworded sentences count as paraphrases of the base</source>
        <translation>Wie großzügig umformulierte Sätze als Paraphrasen der Basis gelten</translation>
    </message>
    <message>
        <source>Paraphrase sensitivity</source>
        <translation>Empfindlichkeit für Paraphrasen</translation>
    </message>
</context>
<context>
    <name>WireDiff::PdfExporter</name>
    <message>
        <source>WireDiff comparison: %1</source>
        <translation>WireDiff-Vergleich: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>WireDiff::ProvenanceMatrix</name>
    <message>
        <source>How much of each row’s article is found in each column’s article.</source>
        <translation>Wie viel vom Artikel jeder Zeile sich im Artikel jeder Spalte findet.</translation>
    </message>
    <message>
        <source>verbatim (shade, %)</source>
        <translation>wörtlich (Tönung, %)</translation>
    </message>
    <message>
        <source>reworded (band)</source>
        <translation>umformuliert (Band)</translation>
    </message>
    <message>
        <source>%1% of %2 is found verbatim in %3 (in runs of three words or more, anywhere in it), and %4% reworded.</source>
        <translation>%1 % von %2 finden sich wörtlich in %3 (in Folgen von drei oder mehr Wörtern, an beliebiger Stelle), und %4 % umformuliert.</translation>
    </message>
    <message>
        <source>Word by word against the base, as the pane header reads it: %1.</source>
        <translation>Wort für Wort gegen die Basis, wie die Kopfzeile des Bereichs es liest: %1.</translation>
    </message>
    <message>
        <source>Click to compare this pair.</source>
        <translation>Klicken, um dieses Paar zu vergleichen.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>How much of each row’s article is found in this one.</source>
        <translation>Wie viel vom Artikel jeder Zeile sich in diesem findet.</translation>
    </message>
    <message>
        <source>How much of this article is found in each column’s article.</source>
        <translation>Wie viel von diesem Artikel sich im Artikel jeder Spalte findet.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>&amp;Fit Whole Matrix</source>
        <translation>&amp;Ganze Matrix einpassen</translation>
    </message>
    <message>
        <source>%1 × %1: too many to fit the panel; scroll, or make the panel larger</source>
        <translation>%1 × %1: zu viele, um in den Bereich zu passen; scrollen oder den Bereich vergrößern</translation>
    </message>
</context>
<context>
    <name>WireDiff::SampleFolder</name>
    <message>
        <source>Cannot create the sample folder %1.</source>
        <translation>Der Beispielordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>WireDiff::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Weitere</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Go to the box “%1”</source>
        <translation>Zum Feld „%1“ gehen</translation>
    </message>
</context>
<context>
    <name>WireDiff::Sidecar</name>
    <message>
        <source>is not text</source>
        <translation>ist kein Text</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>ist weder true noch false</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>is missing or not an object</source>
        <translation>fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>%1: “%2” %3</source>
        <translation>%1: „%2“ %3</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>Notiz %1</translation>
    </message>
    <message>
        <source>is before its start</source>
        <translation>liegt vor dem Anfang</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>It was kept unchanged; notes made now cannot be saved until it is set aside.</source>
        <translation>Sie wurde unverändert gelassen; neue Notizen können erst gespeichert werden, wenn sie beiseitegelegt ist.</translation>
    </message>
    <message>
        <source>The notes file %1 is not a regular file. %2</source>
        <translation>Die Notizdatei %1 ist keine normale Datei. %2</translation>
    </message>
    <message>
        <source>The notes file %1 is too large (%2 MB). %3</source>
        <translation>Die Notizdatei %1 ist zu groß (%2 MB). %3</translation>
    </message>
    <message>
        <source>The notes file %1 cannot be read: %2. %3</source>
        <translation>Die Notizdatei %1 kann nicht gelesen werden: %2. %3</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The notes file %1 is damaged (%2). %3</source>
        <translation>Die Notizdatei %1 ist beschädigt (%2). %3</translation>
    </message>
    <message>
        <source>The file %1 is not a WireDiff notes file. %2</source>
        <translation>Die Datei %1 ist keine Notizdatei von WireDiff. %2</translation>
    </message>
    <message>
        <source>The notes file %1 names an unknown format “%2”. %3</source>
        <translation>Die Notizdatei %1 nennt ein unbekanntes Format „%2“. %3</translation>
    </message>
    <message>
        <source>The notes file %1 was written by a newer WireDiff (%2). %3</source>
        <translation>Die Notizdatei %1 wurde von einem neueren WireDiff geschrieben (%2). %3</translation>
    </message>
    <message>
        <source>“notes” is not a list</source>
        <translation>„notes“ ist keine Liste</translation>
    </message>
    <message>
        <source>note %1 is not an object</source>
        <translation>Notiz %1 ist kein Objekt</translation>
    </message>
    <message>
        <source>“links” is not a list</source>
        <translation>„links“ ist keine Liste</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>Verknüpfung %1</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>The notes file %1 was changed by another program since it was loaded; it was kept and your notes were not saved over it. Reload the folder to see both.</source>
        <translation>Die Notizdatei %1 wurde seit dem Laden von einem anderen Programm geändert; sie wurde beibehalten und Ihre Notizen wurden nicht darüber gespeichert. Laden Sie den Ordner neu, um beides zu sehen.</translation>
    </message>
    <message>
        <source>Cannot set the notes file %1 aside as %2.</source>
        <translation>Die Notizdatei %1 kann nicht als %2 beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>Cannot make the folder for the notes file %1.</source>
        <translation>Der Ordner für die Notizdatei %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>“lastNoteNumber” is not a whole number</source>
        <translation>„lastNoteNumber“ ist keine ganze Zahl</translation>
    </message>
</context>
<context>
    <name>WireDiff::ZoomMenu</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
</context>
</TS>
