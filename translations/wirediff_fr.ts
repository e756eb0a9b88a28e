<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>WireDiff::AboutDialog</name>
    <message>
        <source>About WireDiff</source>
        <translation>À propos de WireDiff</translation>
    </message>
    <message>
        <source>windows, text layout, PDF</source>
        <translation>fenêtres, mise en page du texte, PDF</translation>
    </message>
    <message>
        <source>GNU Lesser General Public License v3</source>
        <translation>GNU Lesser General Public License v3</translation>
    </message>
    <message>
        <source>word and sentence boundaries, character sets</source>
        <translation>limites de mots et de phrases, jeux de caractères</translation>
    </message>
    <message>
        <source>Unicode License</source>
        <translation>Licence Unicode</translation>
    </message>
    <message>
        <source>word-level differences</source>
        <translation>différences au niveau des mots</translation>
    </message>
    <message>
        <source>BSD 3-clause licence</source>
        <translation>licence BSD à 3 clauses</translation>
    </message>
    <message>
        <source>word stems in many languages</source>
        <translation>racines de mots dans de nombreuses langues</translation>
    </message>
    <message>
        <source>synonyms for paraphrase detection</source>
        <translation>synonymes pour détecter les paraphrases</translation>
    </message>
    <message>
        <source>WordNet 3.0 licence (Princeton University)</source>
        <translation>licence WordNet 3.0 (Université de Princeton)</translation>
    </message>
    <message>
        <source>WireDiff %1</source>
        <translation>WireDiff %1</translation>
    </message>
    <message>
        <source>Compares many versions of one news story side by side: aligned paragraphs, word-level changes against a base, and who copied whom.</source>
        <translation>Compare côte à côte de nombreuses versions d’une même dépêche&#xa0;: paragraphes alignés, modifications mot à mot par rapport à une base, et qui a copié qui.</translation>
    </message>
    <message>
        <source>Built on:</source>
        <translation>Construit avec&#xa0;:</translation>
    </message>
</context>
<context>
    <name>WireDiff::AgreementDecorator</name>
    <message>
        <source>Only this article has these words here.</source>
        <translation>Seul cet article contient ces mots ici.</translation>
    </message>
    <message numerus="yes">
        <source>Carried by %1 of %n articles in this row.</source>
        <translation>
            <numerusform>Présent dans %1 sur %n article de cette ligne.</numerusform>
            <numerusform>Présent dans %1 des %n articles de cette ligne.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::AnalysisController</name>
    <message>
        <source>Changed Facts</source>
        <translation>Faits modifiés</translation>
    </message>
    <message>
        <source>Numbers, dates, names, quotes and attributions that differ from the base</source>
        <translation>Nombres, dates, noms, citations et attributions qui diffèrent de la base</translation>
    </message>
    <message>
        <source>Family Tree</source>
        <translation>Arbre généalogique</translation>
    </message>
    <message>
        <source>Which article most likely derives from which; hover for the evidence</source>
        <translation>Quel article dérive très probablement de quel autre&#xa0;; survolez pour voir les indices</translation>
    </message>
    <message>
        <source>Agreement shading: the fewer articles carry a word, the stronger its shade; words all share stay plain.</source>
        <translation>Nuances selon l’accord&#xa0;: moins un mot figure dans d’articles, plus sa teinte est forte&#xa0;; les mots communs à tous restent sans teinte.</translation>
    </message>
    <message>
        <source>Panes sorted by publication time.</source>
        <translation>Volets triés par heure de publication.</translation>
    </message>
    <message>
        <source>Panes sorted by file time (no article gives a publication time).</source>
        <translation>Volets triés par date de fichier (aucun article n’indique d’heure de publication).</translation>
    </message>
    <message>
        <source>Panes sorted by publication time; the articles that give none follow, by file time.</source>
        <translation>Volets triés par heure de publication&#xa0;; les articles qui n’en donnent pas suivent, par date du fichier.</translation>
    </message>
</context>
<context>
    <name>WireDiff::AnnotationController</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Your notes on this folder, saved beside the articles in %1</source>
        <translation>Vos notes sur ce dossier, enregistrées à côté des articles dans %1</translation>
    </message>
    <message>
        <source>Your notes could not be saved: %1</source>
        <translation>Vos notes n’ont pas pu être enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The passage of this note is no longer in the articles; the note is kept.</source>
        <translation>Le passage de cette note ne figure plus dans les articles&#xa0;; la note est conservée.</translation>
    </message>
    <message>
        <source>The consensus pane is rebuilt on every comparison; notes and links go on the articles.</source>
        <translation>Le volet de consensus est reconstruit à chaque comparaison&#xa0;; les notes et les liens se placent sur les articles.</translation>
    </message>
    <message>
        <source>&amp;Edit Note %1…</source>
        <translation>&amp;Modifier la note %1…</translation>
    </message>
    <message>
        <source>&amp;Delete Note %1</source>
        <translation>&amp;Supprimer la note %1</translation>
    </message>
    <message>
        <source>Add &amp;Note to Selection…</source>
        <translation>Ajouter une &amp;note à la sélection…</translation>
    </message>
    <message>
        <source>Add &amp;Note to Paragraph…</source>
        <translation>Ajouter une &amp;note au paragraphe…</translation>
    </message>
    <message>
        <source>&amp;Mark Paragraph for Linking</source>
        <translation>Ma&amp;rquer le paragraphe pour le lier</translation>
    </message>
    <message>
        <source>&amp;Link with Marked Paragraph (%1 ¶%2)</source>
        <translation>&amp;Lier au paragraphe marqué (%1 ¶%2)</translation>
    </message>
    <message>
        <source>&amp;Unlink from This Row</source>
        <translation>&amp;Délier de cette ligne</translation>
    </message>
    <message>
        <source>&amp;Forget Manual Links of This Paragraph</source>
        <translation>&amp;Oublier les liens manuels de ce paragraphe</translation>
    </message>
    <message>
        <source>Marked. Right-click a paragraph of another article and choose “Link with Marked Paragraph”.</source>
        <translation>Marqué. Faites un clic droit sur un paragraphe d’un autre article et choisissez «&#xa0;Lier au paragraphe marqué&#xa0;».</translation>
    </message>
    <message>
        <source>Linked; comparing again…</source>
        <translation>Lié&#xa0;; nouvelle comparaison…</translation>
    </message>
    <message>
        <source>Unlinked; comparing again…</source>
        <translation>Délié&#xa0;; nouvelle comparaison…</translation>
    </message>
    <message>
        <source>Manual links removed; comparing again…</source>
        <translation>Liens manuels supprimés&#xa0;; nouvelle comparaison…</translation>
    </message>
    <message>
        <source>Set Aside</source>
        <translation>Mettre de côté</translation>
    </message>
    <message>
        <source>The notes file could not be set aside: %1</source>
        <translation>Le fichier de notes n’a pas pu être mis de côté : %1</translation>
    </message>
    <message>
        <source>The unreadable notes file was renamed and kept; your notes are saved again.</source>
        <translation>Le fichier de notes illisible a été renommé et conservé ; vos notes sont de nouveau enregistrées.</translation>
    </message>
    <message>
        <source>The notes file of this folder cannot be read; set it aside to make notes.</source>
        <translation>Le fichier de notes de ce dossier est illisible ; mettez-le de côté pour prendre des notes.</translation>
    </message>
    <message>
        <source>WireDiff cannot write in this folder: your notes on it are saved in %1</source>
        <translation>WireDiff ne peut pas écrire dans ce dossier : vos notes sur celui-ci sont enregistrées dans %1</translation>
    </message>
    <message>
        <source>Your notes on this folder. WireDiff cannot write in the folder, so they are saved in %1</source>
        <translation>Vos notes sur ce dossier. WireDiff ne peut pas écrire dans le dossier ; elles sont donc enregistrées dans %1</translation>
    </message>
    <message>
        <source>Unsaved Notes</source>
        <translation>Notes non enregistrées</translation>
    </message>
    <message>
        <source>Your notes on %1 could not be saved.</source>
        <translation>Vos notes sur %1 n’ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <source>If WireDiff closes now, the notes not saved are lost.</source>
        <translation>Si WireDiff se ferme maintenant, les notes non enregistrées sont perdues.</translation>
    </message>
    <message>
        <source>If another folder opens now, the notes not saved are lost.</source>
        <translation>Si un autre dossier s’ouvre maintenant, les notes non enregistrées sont perdues.</translation>
    </message>
    <message>
        <source>Close and Lose Them</source>
        <translation>Fermer et les perdre</translation>
    </message>
    <message>
        <source>Open and Lose Them</source>
        <translation>Ouvrir et les perdre</translation>
    </message>
    <message numerus="yes">
        <source>Notes are kept per folder, beside the articles, and these files come from %n folders: open one folder, or files from one folder, to read and make notes.</source>
        <translation>
            <numerusform>Les notes sont conservées par dossier, à côté des articles, et ces fichiers viennent de %n dossier : ouvrez un dossier, ou des fichiers d’un seul dossier, pour lire et prendre des notes.</numerusform>
            <numerusform>Les notes sont conservées par dossier, à côté des articles, et ces fichiers viennent de %n dossiers : ouvrez un dossier, ou des fichiers d’un seul dossier, pour lire et prendre des notes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No text here. Go to text with %1 or %2, select with %3 (whole words: %4), then press %5.</source>
        <translation>Pas de texte ici. Allez à du texte avec %1 ou %2, sélectionnez avec %3 (mots entiers : %4), puis appuyez sur %5.</translation>
    </message>
</context>
<context>
    <name>WireDiff::ArticleLoader</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation>Le dossier %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>symbolic link loop</source>
        <translation>boucle de liens symboliques</translation>
    </message>
    <message>
        <source>dangling symbolic link</source>
        <translation>lien symbolique sans cible</translation>
    </message>
    <message>
        <source>file not found (it may have been moved or deleted)</source>
        <translation>fichier introuvable (il a peut-être été déplacé ou supprimé)</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>XML, but neither NITF nor NewsML-G2</source>
        <translation>XML, mais ni NITF ni NewsML-G2</translation>
    </message>
    <message>
        <source>binary file, not text</source>
        <translation>fichier binaire, pas du texte</translation>
    </message>
    <message>
        <source>contains only white space</source>
        <translation>ne contient que des espaces</translation>
    </message>
    <message>
        <source>invalid %1 byte sequences were replaced by “�”</source>
        <translation>des séquences d’octets %1 invalides ont été remplacées par «&#xa0;�&#xa0;»</translation>
    </message>
    <message>
        <source>folder already read (a symbolic link loop)</source>
        <translation>dossier déjà lu (boucle de liens symboliques)</translation>
    </message>
    <message numerus="yes">
        <source>over the limit of %n articles in one comparison</source>
        <translation>
            <numerusform>au-delà de la limite de %n article par comparaison</numerusform>
            <numerusform>au-delà de la limite de %n articles par comparaison</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>erreur de lecture&#xa0;: %1</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <source>no article text found</source>
        <translation>aucun texte d’article trouvé</translation>
    </message>
    <message>
        <source>no article text found (%1)</source>
        <translation>aucun texte d’article trouvé (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n over-long paragraph(s) were cut into pieces of at most %1 characters</source>
        <translation>
            <numerusform>%n paragraphe trop long a été découpé en morceaux d’au plus %1 caractères</numerusform>
            <numerusform>%n paragraphes trop longs ont été découpés en morceaux d’au plus %1 caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>was moved or deleted while it was being read</source>
        <translation>a été déplacé ou supprimé pendant sa lecture</translation>
    </message>
    <message numerus="yes">
        <source>kept changing while it was being read (read %n times)</source>
        <translation>
            <numerusform>n’a cessé de changer pendant sa lecture (lu %n fois)</numerusform>
            <numerusform>n’a cessé de changer pendant sa lecture (lu %n fois)</numerusform>
        </translation>
    </message>
    <message>
        <source>a PDF document, not article text</source>
        <translation>un document PDF, pas un texte d’article</translation>
    </message>
    <message>
        <source>a ZIP archive (or a Word or OpenDocument file), not article text</source>
        <translation>une archive ZIP (ou un fichier Word ou OpenDocument), pas un texte d’article</translation>
    </message>
    <message>
        <source>an old Microsoft Office document, not article text</source>
        <translation>un ancien document Microsoft Office, pas un texte d’article</translation>
    </message>
    <message>
        <source>an RTF document, not article text</source>
        <translation>un document RTF, pas un texte d’article</translation>
    </message>
    <message>
        <source>a PNG image, not article text</source>
        <translation>une image PNG, pas un texte d’article</translation>
    </message>
    <message>
        <source>a GIF image, not article text</source>
        <translation>une image GIF, pas un texte d’article</translation>
    </message>
    <message>
        <source>a JPEG image, not article text</source>
        <translation>une image JPEG, pas un texte d’article</translation>
    </message>
    <message>
        <source>a gzip-compressed file, not article text</source>
        <translation>un fichier compressé gzip, pas un texte d’article</translation>
    </message>
    <message>
        <source>a bzip2-compressed file, not article text</source>
        <translation>un fichier compressé bzip2, pas un texte d’article</translation>
    </message>
    <message>
        <source>an xz-compressed file, not article text</source>
        <translation>un fichier compressé xz, pas un texte d’article</translation>
    </message>
    <message>
        <source>a 7-Zip archive, not article text</source>
        <translation>une archive 7-Zip, pas un texte d’article</translation>
    </message>
    <message>
        <source>a RAR archive, not article text</source>
        <translation>une archive RAR, pas un texte d’article</translation>
    </message>
    <message>
        <source>a program, not article text</source>
        <translation>un programme, pas un texte d’article</translation>
    </message>
    <message numerus="yes">
        <source>%n NUL character(s) were removed (the file may be damaged)</source>
        <translation>
            <numerusform>%n caractère NUL a été supprimé (le fichier est peut-être endommagé)</numerusform>
            <numerusform>%n caractères NUL ont été supprimés (le fichier est peut-être endommagé)</numerusform>
        </translation>
    </message>
    <message>
        <source>contains bidirectional override or isolate characters, which can make text display in an order other than the one compared</source>
        <translation>contient des caractères de forçage ou d’isolement bidirectionnel, qui peuvent afficher le texte dans un autre ordre que celui comparé</translation>
    </message>
    <message>
        <source>a comparison WireDiff exported, not an article</source>
        <translation>une comparaison exportée par WireDiff, pas un article</translation>
    </message>
    <message>
        <source>its name is not valid UTF-8; rename the file to compare it</source>
        <translation>son nom n’est pas de l’UTF-8 valide ; renommez le fichier pour le comparer</translation>
    </message>
    <message numerus="yes">
        <source>%n control character(s) that no text uses were removed (the file may be damaged or in another encoding)</source>
        <translation>
            <numerusform>%n caractère de contrôle qu’aucun texte n’utilise a été supprimé (le fichier est peut-être endommagé ou dans un autre encodage)</numerusform>
            <numerusform>%n caractères de contrôle qu’aucun texte n’utilise ont été supprimés (le fichier est peut-être endommagé ou dans un autre encodage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subfolder(s) were not read: use --recursive, or File ▸ Include Subfolders in the window.</source>
        <translation>
            <numerusform>%n sous-dossier n’a pas été lu : utilisez --recursive, ou Fichier ▸ Inclure les sous-dossiers dans la fenêtre.</numerusform>
            <numerusform>%n sous-dossiers n’ont pas été lus : utilisez --recursive, ou Fichier ▸ Inclure les sous-dossiers dans la fenêtre.</numerusform>
        </translation>
    </message>
    <message>
        <source>a log or data file, not an article (%1 of its first %2 lines are machine records)</source>
        <translation>un fichier journal ou de données, pas un article (%1 de ses %2 premières lignes sont des enregistrements machine)</translation>
    </message>
    <message>
        <source>%1 is %2 times as long as the other articles (%3 words; the others have about %4): check that it is a version of this story.</source>
        <translation>%1 est %2 fois plus long que les autres articles (%3 mots ; les autres en ont environ %4) : vérifiez qu’il s’agit bien d’une version de cette dépêche.</translation>
    </message>
    <message numerus="yes">
        <source>These articles are in %n languages: %1 for %2 of them; %3. WireDiff compares words, so a translation reads as new text, not as a version of the story.</source>
        <translation>
            <numerusform>Ces articles sont en %n langue : %1 pour %2 d’entre eux ; %3. WireDiff compare des mots : une traduction se lit comme un texte nouveau, pas comme une version de l’article.</numerusform>
            <numerusform>Ces articles sont en %n langues : %1 pour %2 d’entre eux ; %3. WireDiff compare des mots : une traduction se lit comme un texte nouveau, pas comme une version de l’article.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a headline and no body (a feed may have cut it): it is compared by its headline alone.</source>
        <translation>%1 a un titre et pas de corps de texte (un flux l’a peut-être coupé) : seul son titre est comparé.</translation>
    </message>
    <message>
        <source>symbolic link loop: a link back to this folder or to one that holds it</source>
        <translation>boucle de liens symboliques : un lien vers ce dossier ou vers un dossier qui le contient</translation>
    </message>
    <message>
        <source>The folder “%1” holds no files.</source>
        <translation>Le dossier « %1 » ne contient aucun fichier.</translation>
    </message>
    <message>
        <source>The folder “%1” holds no files to compare: hidden files and WireDiff’s own are left out.</source>
        <translation>Le dossier « %1 » ne contient aucun fichier à comparer : les fichiers cachés et ceux de WireDiff sont laissés de côté.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n file(s) in the folder “%1” can be compared: %2.</source>
        <translation>
            <numerusform>Le seul fichier du dossier « %1 » ne peut pas être comparé : %2.</numerusform>
            <numerusform>Aucun des %n fichiers du dossier « %1 » ne peut être comparé : %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n file(s) in the folder “%1” can be compared; the commonest reason (%2 of them): %3.</source>
        <translation>
            <numerusform>Le seul fichier du dossier « %1 » ne peut pas être comparé ; la raison la plus fréquente (%2 d’entre eux) : %3.</numerusform>
            <numerusform>Aucun des %n fichiers du dossier « %1 » ne peut être comparé ; la raison la plus fréquente (%2 d’entre eux) : %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>too large (over the %1 limit)</source>
        <translation>trop volumineux (au-delà de la limite de %1)</translation>
    </message>
</context>
<context>
    <name>WireDiff::AtomicWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>c’est un socket, pas un fichier</translation>
    </message>
</context>
<context>
    <name>WireDiff::CommandLine</name>
    <message>
        <source>Compare many versions of one news story: paragraphs aligned side by side, word-level differences against a base, and who copied whom.</source>
        <translation>Comparer de nombreuses versions d’une même dépêche&#xa0;: paragraphes alignés côte à côte, différences mot à mot par rapport à une base, et qui a copié qui.</translation>
    </message>
    <message>
        <source>Write the comparison report (JSON) to &lt;file&gt; and exit.</source>
        <translation>Écrire le rapport de comparaison (JSON) dans &lt;fichier&gt; et quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Write the annotated PDF to &lt;file&gt; and exit.</source>
        <translation>Écrire le PDF annoté dans &lt;fichier&gt; et quitter.</translation>
    </message>
    <message>
        <source>Write a self-contained HTML page to &lt;file&gt; and exit.</source>
        <translation>Écrire une page HTML autonome dans &lt;fichier&gt; et quitter.</translation>
    </message>
    <message>
        <source>Compare against the article &lt;id&gt; (file name without extension).</source>
        <translation>Comparer avec l’article &lt;id&gt; (nom du fichier sans extension).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Use the user interface language &lt;code&gt; (de, fr, es, ko, uk, en…).</source>
        <translation>Utiliser la langue d’interface &lt;code&gt; (de, fr, es, ko, uk, en…).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Ignore punctuation when comparing.</source>
        <translation>Ignorer la ponctuation lors de la comparaison.</translation>
    </message>
    <message>
        <source>Treat curly and straight quotes as different.</source>
        <translation>Distinguer les guillemets typographiques et droits.</translation>
    </message>
    <message>
        <source>How loosely rewording counts as paraphrase, from 0 (strict) to 1 (loose); default 0.5.</source>
        <translation>Tolérance avec laquelle une reformulation compte comme paraphrase, de 0 (stricte) à 1 (large)&#xa0;; 0.5 par défaut.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>Also read hidden files.</source>
        <translation>Lire aussi les fichiers cachés.</translation>
    </message>
    <message>
        <source>Also read files in subfolders.</source>
        <translation>Lire aussi les fichiers des sous-dossiers.</translation>
    </message>
    <message>
        <source>PDF page size: A4 or Letter.</source>
        <translation>Format de page du PDF&#xa0;: A4 ou Letter.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>format</translation>
    </message>
    <message>
        <source>PDF in landscape orientation.</source>
        <translation>PDF en orientation paysage.</translation>
    </message>
    <message>
        <source>PDF and HTML: leave out rows where nothing changed (one line says how many).</source>
        <translation>PDF et HTML&#xa0;: omettre les lignes sans changement (une ligne en indique le nombre).</translation>
    </message>
    <message>
        <source>paths</source>
        <translation>chemins</translation>
    </message>
    <message>
        <source>A folder of articles, or article files.</source>
        <translation>Un dossier d’articles, ou des fichiers d’articles.</translation>
    </message>
    <message>
        <source>[FOLDER | FILE...]</source>
        <translation>[DOSSIER | FICHIER...]</translation>
    </message>
    <message>
        <source>--paraphrase-sensitivity takes a number from 0 to 1.</source>
        <translation>--paraphrase-sensitivity attend un nombre entre 0 et 1.</translation>
    </message>
    <message>
        <source>--page-size takes A4 or Letter.</source>
        <translation>--page-size attend A4 ou Letter.</translation>
    </message>
    <message>
        <source>An export needs a folder or files to compare.</source>
        <translation>Un export nécessite un dossier ou des fichiers à comparer.</translation>
    </message>
    <message>
        <source>%1 is named by two export options; give each export its own file.</source>
        <translation>%1 est nommé par deux options d’export ; donnez à chaque export son propre fichier.</translation>
    </message>
    <message>
        <source>--%1 needs a file name.</source>
        <translation>--%1 demande un nom de fichier.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 demande une valeur.</translation>
    </message>
    <message>
        <source>Treat upper and lower case, and accented and plain letters, as different.</source>
        <translation>Distinguer majuscules et minuscules, ainsi que lettres accentuées et non accentuées.</translation>
    </message>
</context>
<context>
    <name>WireDiff::Comparator</name>
    <message>
        <source>There is nothing to compare: no article could be loaded.</source>
        <translation>Il n’y a rien à comparer&#xa0;: aucun article n’a pu être chargé.</translation>
    </message>
    <message>
        <source>There is no article called “%1” to use as the base.</source>
        <translation>Il n’y a pas d’article nommé «&#xa0;%1&#xa0;» à utiliser comme base.</translation>
    </message>
    <message>
        <source>%1 differs so much from the base in places that those places were compared as whole blocks.</source>
        <translation>%1 diffère tellement de la base par endroits que ces passages ont été comparés en blocs entiers.</translation>
    </message>
    <message>
        <source>A paragraph link you made between %1 and %2 no longer matches the articles and was not applied.</source>
        <translation>Un lien de paragraphe que vous avez créé entre %1 et %2 ne correspond plus aux articles et n’a pas été appliqué.</translation>
    </message>
    <message>
        <source>%1, paragraph %2</source>
        <translation>%1, paragraphe %2</translation>
    </message>
    <message>
        <source>A paragraph link you made between %1 and %2 was not applied: it would put the base&apos;s paragraphs out of order.</source>
        <translation>Un lien de paragraphes que vous avez créé entre %1 et %2 n’a pas été appliqué : il mettrait les paragraphes de la base dans le désordre.</translation>
    </message>
    <message>
        <source>Only one article was read, so there is nothing to compare it with: add other versions of the story to see what each kept, changed or added.</source>
        <translation>Un seul article a été lu : il n’y a rien à quoi le comparer. Ajoutez d’autres versions de la dépêche pour voir ce que chacune a repris, modifié ou ajouté.</translation>
    </message>
    <message>
        <source>These files do not look like versions of one story: %1 of the %2 articles share under 10 % of their words with any other (the most two share is %3 %). Different stories, or translations, compare as new text.</source>
        <translation>Ces fichiers ne semblent pas être des versions d’une même dépêche : %1 des %2 articles partagent moins de 10 % de leurs mots avec un autre (le maximum entre deux est de %3 %). Des dépêches différentes, ou des traductions, se comparent comme du texte nouveau.</translation>
    </message>
    <message>
        <source>%1 shares almost nothing with the other articles (at most %2 % of its words or theirs): check that it is a version of this story.</source>
        <translation>%1 n’a presque rien en commun avec les autres articles (au plus %2 % de ses mots ou des leurs) : vérifiez qu’il s’agit bien d’une version de cette dépêche.</translation>
    </message>
    <message>
        <source>%1 holds all of %2 and repeats much of it (a digest of the versions, or a copy pasted twice): it was not chosen as the base.</source>
        <translation>%1 contient tout %2 et en répète une grande partie (un recueil des versions, ou une copie collée deux fois) : il n’a pas été choisi comme base.</translation>
    </message>
</context>
<context>
    <name>WireDiff::Comparison</name>
    <message>
        <source>%1 is one of the articles compared; WireDiff never writes over an input.</source>
        <translation>%1 est l’un des articles comparés&#xa0;; WireDiff n’écrase jamais une entrée.</translation>
    </message>
    <message>
        <source>%1 was read as an input and skipped; WireDiff never writes over an input.</source>
        <translation>%1 a été lu comme entrée puis ignoré ; WireDiff n’écrit jamais par-dessus une entrée.</translation>
    </message>
    <message>
        <source>%1 is a WireDiff notes file; an export never replaces it.</source>
        <translation>%1 est un fichier de notes de WireDiff ; un export ne le remplace jamais.</translation>
    </message>
</context>
<context>
    <name>WireDiff::ComparisonJob</name>
    <message>
        <source>Nothing to compare: no folder or file was given.</source>
        <translation>Rien à comparer&#xa0;: aucun dossier ni fichier n’a été indiqué.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>WireDiff::ComparisonPrinter</name>
    <message>
        <source>%1, ¶%2: </source>
        <translation>%1, ¶%2&#xa0;: </translation>
    </message>
    <message>
        <source>There is nothing to print: no articles were compared.</source>
        <translation>Il n’y a rien à imprimer&#xa0;: aucun article n’a été comparé.</translation>
    </message>
    <message>
        <source>The page is too small to print on.</source>
        <translation>La page est trop petite pour l’impression.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Aligned comparison: %1</source>
        <translation>Comparaison alignée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Aligned comparison, group %1 of %2: the base and %3</source>
        <translation>Comparaison alignée, groupe %1 sur %2&#xa0;: la base et %3</translation>
    </message>
    <message>
        <source>Cannot start painting the pages.</source>
        <translation>Impossible de commencer à dessiner les pages.</translation>
    </message>
    <message>
        <source>WireDiff %1 · %2</source>
        <translation>WireDiff %1 · %2</translation>
    </message>
    <message>
        <source>Base: %1</source>
        <translation>Base&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation>Impossible de commencer la page %1.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <source>Painting the pages failed.</source>
        <translation>Le dessin des pages a échoué.</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(suite)</translation>
    </message>
    <message>
        <source>[changed; it read “%1”] </source>
        <translation>[modifié&#xa0;; disait «&#xa0;%1&#xa0;»] </translation>
    </message>
</context>
<context>
    <name>WireDiff::ComparisonSession</name>
    <message>
        <source>There is nothing to compare here.</source>
        <translation>Il n’y a rien à comparer ici.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2 The comparison shown is the previous one.</source>
        <translation>Impossible d’ouvrir « %1 » : %2 La comparaison affichée reste la précédente.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>There is no article “%1” to use as the base: the highlights are now read against the agency’s copy or, where there is none, the article that shares most with the others.</source>
        <translation>Aucun article «&#xa0;%1&#xa0;» ne peut servir de base&#xa0;: les surlignages se lisent désormais par rapport à la dépêche d’agence ou, à défaut, à l’article qui partage le plus avec les autres.</translation>
    </message>
</context>
<context>
    <name>WireDiff::ComparisonTable</name>
    <message>
        <source>base; struck through: dropped by every other article of this page</source>
        <translation>base&#xa0;; barré&#xa0;: supprimé par tous les autres articles de cette page</translation>
    </message>
    <message>
        <source>Unchanged rows not shown: %1</source>
        <translation>Lignes inchangées non affichées&#xa0;: %1</translation>
    </message>
    <message>
        <source>moved paragraph</source>
        <translation>paragraphe déplacé</translation>
    </message>
    <message numerus="yes">
        <source>Rows not printed: %n (a PDF holds %1 rows per group of columns, and rows with notes; the HTML and JSON exports hold every row)</source>
        <translation>
            <numerusform>Ligne non imprimée : %n (un PDF contient %1 lignes par groupe de colonnes, plus les lignes annotées ; les exports HTML et JSON contiennent toutes les lignes)</numerusform>
            <numerusform>Lignes non imprimées : %n (un PDF contient %1 lignes par groupe de colonnes, plus les lignes annotées ; les exports HTML et JSON contiennent toutes les lignes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::ComparisonView</name>
    <message>
        <source>Drop a folder of article versions here, or open one with File ▸ Open Folder.</source>
        <translation>Déposez ici un dossier de versions d’un article, ou ouvrez-en un avec Fichier ▸ Ouvrir un dossier.</translation>
    </message>
    <message>
        <source>%1 has nothing here.</source>
        <translation>%1 n’a rien ici.</translation>
    </message>
    <message>
        <source>Removed here: %1 is in %2.</source>
        <translation>Supprimé ici&#xa0;: %1 figure dans %2.</translation>
    </message>
    <message>
        <source>Added: not in the base, %1.</source>
        <translation>Ajouté&#xa0;: absent de la base, %1.</translation>
    </message>
    <message>
        <source>Removed: %1 does not have this.</source>
        <translation>Supprimé&#xa0;: %1 ne contient pas ce passage.</translation>
    </message>
    <message>
        <source>Reworded in %1: %2</source>
        <translation>Reformulé dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reworded from: %1</source>
        <translation>Reformulé à partir de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Moved in %1 to paragraph %2: %3</source>
        <translation>Déplacé dans %1 au paragraphe %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Moved from paragraph %2 of %1: %3</source>
        <translation>Déplacé depuis le paragraphe %2 de %1&#xa0;: %3</translation>
    </message>
    <message>
        <source>Ctrl+click to go there.</source>
        <translation>Ctrl+clic pour y aller.</translation>
    </message>
    <message>
        <source>%1: %2 says %3</source>
        <translation>%1&#xa0;: %2 indique %3</translation>
    </message>
    <message>
        <source>Found in no other source.</source>
        <translation>Absent de toute autre source.</translation>
    </message>
    <message>
        <source>These paragraphs stand elsewhere in %1’s own order.</source>
        <translation>Ces paragraphes se trouvent ailleurs dans l’ordre propre de %1.</translation>
    </message>
    <message>
        <source>Make “%1” the Base</source>
        <translation>Prendre «&#xa0;%1&#xa0;» comme base</translation>
    </message>
    <message>
        <source>Compare the Base with “%1”</source>
        <translation>Comparer la base avec «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move Pane Left</source>
        <translation>Déplacer le volet à gauche</translation>
    </message>
    <message>
        <source>Move Pane Right</source>
        <translation>Déplacer le volet à droite</translation>
    </message>
    <message>
        <source>Hide Pane</source>
        <translation>Masquer le volet</translation>
    </message>
    <message>
        <source>Show All Panes</source>
        <translation>Afficher tous les volets</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Select All in This Pane</source>
        <translation>Tout sélectionner dans ce volet</translation>
    </message>
    <message>
        <source>Go to Where This Comes From</source>
        <translation>Aller à l’origine de ce passage</translation>
    </message>
    <message>
        <source>Compare every other article with %1</source>
        <translation>Comparer tous les autres articles avec %1</translation>
    </message>
    <message>
        <source>Mark the differences between the base and %1</source>
        <translation>Marquer les différences entre la base et %1</translation>
    </message>
    <message>
        <source>Move this pane one place to the left</source>
        <translation>Déplacer ce volet d’un cran vers la gauche</translation>
    </message>
    <message>
        <source>Move this pane one place to the right</source>
        <translation>Déplacer ce volet d’un cran vers la droite</translation>
    </message>
    <message>
        <source>Hide this pane; Show All Panes brings it back</source>
        <translation>Masquer ce volet&#xa0;; «&#xa0;Afficher tous les volets&#xa0;» le fait réapparaître</translation>
    </message>
    <message>
        <source>Show the panes you have hidden</source>
        <translation>Afficher les volets que vous avez masqués</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>Copier le texte sélectionné</translation>
    </message>
    <message>
        <source>Select the whole text of this pane</source>
        <translation>Sélectionner tout le texte de ce volet</translation>
    </message>
    <message>
        <source>Go to the corresponding passage in the article it is compared with</source>
        <translation>Aller au passage correspondant dans l’article comparé</translation>
    </message>
    <message>
        <source>This sentence is found in no other source: no other article has it, copied, moved or reworded.</source>
        <translation>Cette phrase n’apparaît dans aucune autre source : aucun autre article ne la contient, ni copiée, ni déplacée, ni reformulée.</translation>
    </message>
    <message>
        <source>%1, paragraph %2: found in no other source</source>
        <translation>%1, paragraphe %2 : absent de toute autre source</translation>
    </message>
    <message>
        <source>%1, paragraph %2: a sentence found in no other source</source>
        <translation>%1, paragraphe %2 : une phrase absente de toute autre source</translation>
    </message>
    <message>
        <source>Spelled differently: %1 in %2</source>
        <translation>Orthographe différente : %1 dans %2</translation>
    </message>
</context>
<context>
    <name>WireDiff::ConsensusArticle</name>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message numerus="yes">
        <source>Consensus of %n articles</source>
        <translation>
            <numerusform>Consensus de %n article</numerusform>
            <numerusform>Consensus de %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::CoverPage</name>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>PA wire</source>
        <translation>dépêche PA</translation>
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
        <translation>WIREDIFF · VERSIONS D’UNE MÊME DÉPÊCHE COMPARÉES</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>(articles in memory)</source>
        <translation>(articles en mémoire)</translation>
    </message>
    <message>
        <source>Compared: %1 · articles: %2</source>
        <translation>Comparé le&#xa0;: %1 · articles&#xa0;: %2</translation>
    </message>
    <message>
        <source>Base: %1 — the article every other is marked against</source>
        <translation>Base&#xa0;: %1 — l’article par rapport auquel tous les autres sont marqués</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Repère</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>%1 (base)</source>
        <translation>%1 (base)</translation>
    </message>
    <message>
        <source>%1, repaired</source>
        <translation>%1, réparé</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Every class has a colour and a second cue that survives greyscale printing.</source>
        <translation>Chaque classe a une couleur et un second repère qui reste visible en impression en niveaux de gris.</translation>
    </message>
    <message>
        <source>Caret</source>
        <translation>Signe d’insertion</translation>
    </message>
    <message>
        <source>Base words are missing at this point (they are struck through in the base column when every article of the page dropped them)</source>
        <translation>Des mots de la base manquent à cet endroit (ils sont barrés dans la colonne de la base quand tous les articles de la page les ont supprimés)</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Unique</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Vide</translation>
    </message>
    <message>
        <source>The article has nothing for this row (hatched)</source>
        <translation>L’article n’a rien pour cette ligne (hachuré)</translation>
    </message>
    <message>
        <source>Moved paragraph</source>
        <translation>Paragraphe déplacé</translation>
    </message>
    <message>
        <source>The paragraph sits elsewhere in its own article</source>
        <translation>Le paragraphe se trouve ailleurs dans son propre article</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>An editor’s note: the bracket spans the passage; the text is at the foot of the page</source>
        <translation>Une note de la rédaction&#xa0;: le crochet couvre le passage&#xa0;; le texte figure en bas de page</translation>
    </message>
    <message>
        <source>moved paragraph</source>
        <translation>paragraphe déplacé</translation>
    </message>
    <message>
        <source>Found in no other source</source>
        <translation>Absent de toute autre source</translation>
    </message>
    <message>
        <source>Every paragraph has a counterpart in at least one other article.</source>
        <translation>Chaque paragraphe a un équivalent dans au moins un autre article.</translation>
    </message>
    <message>
        <source>Paragraphs of counted text that appear in one article only: %1. They are additions, or text every other version dropped.</source>
        <translation>Paragraphes de texte compté présents dans un seul article&#xa0;: %1. Ce sont des ajouts, ou du texte que toutes les autres versions ont supprimé.</translation>
    </message>
    <message>
        <source>%1, ¶%2</source>
        <translation>%1, ¶%2</translation>
    </message>
    <message>
        <source>Notes whose passage is no longer in the articles</source>
        <translation>Notes dont le passage ne figure plus dans les articles</translation>
    </message>
    <message>
        <source>Kept as they were written; the quoted text was not found when the folder was loaded.</source>
        <translation>Conservées telles qu’écrites&#xa0;; le texte cité n’a pas été trouvé au chargement du dossier.</translation>
    </message>
    <message>
        <source>%1, paragraph %2: “%3”</source>
        <translation>%1, paragraphe %2&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Who copied whom</source>
        <translation>Qui a copié qui</translation>
    </message>
    <message>
        <source>Each cell: the share of the row’s article found in the column’s article, verbatim (in a shared run of three or more words) · reworded (in sentences the column says in other words). The deeper the green, the more was taken verbatim.</source>
        <translation>Chaque cellule&#xa0;: la part de l’article de la ligne retrouvée dans l’article de la colonne, textuellement (dans une suite commune d’au moins trois mots) · reformulée (dans des phrases que la colonne dit autrement). Plus le vert est foncé, plus la reprise est textuelle.</translation>
    </message>
    <message>
        <source>found in →</source>
        <translation>retrouvé dans →</translation>
    </message>
    <message>
        <source>What each article did with the base</source>
        <translation>Ce que chaque article a fait de la base</translation>
    </message>
    <message>
        <source>Shares of each article’s counted words: verbatim (same or moved), reworded (paraphrased), new (added); removed is the share of the base’s words it left out.</source>
        <translation>Parts des mots comptés de chaque article&#xa0;: textuel (identique ou déplacé), reformulé (paraphrasé), nouveau (ajouté)&#xa0;; supprimé est la part des mots de la base qu’il a omis.</translation>
    </message>
    <message>
        <source>Verbatim</source>
        <translation>Textuel</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Reformulé</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, not listed here (the HTML and JSON exports list them all).</source>
        <translation>
            <numerusform>… et %n autre, non listé ici (les exports HTML et JSON les listent tous).</numerusform>
            <numerusform>… et %n autres, non listés ici (les exports HTML et JSON les listent tous).</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is boxed in magenta in the pages that follow.</source>
        <translation>Chacun est encadré en magenta dans les pages suivantes.</translation>
    </message>
    <message>
        <source>Shares of each article’s counted words, adding up to 100 %: verbatim (same or moved), reworded (paraphrased), new (added) and changed facts (a number, date, name or quote that differs from the base); removed is the share of the base’s words it left out.</source>
        <translation>Parts des mots comptés de chaque article, qui font 100 % : textuel (identique ou déplacé), reformulé (paraphrasé), nouveau (ajouté) et faits modifiés (un nombre, une date, un nom ou une citation qui diffère de la base) ; supprimé est la part des mots de la base qu’il a omis.</translation>
    </message>
    <message>
        <source>Paragraph or sentence found in no other source (violet wash and bar)</source>
        <translation>Paragraphe ou phrase absent de toute autre source (fond et barre violets)</translation>
    </message>
    <message>
        <source>Paragraphs of counted text that appear in one article only: %1; sentences no other article has inside shared paragraphs: %2. They are additions, or text every other version dropped.</source>
        <translation>Paragraphes de texte compté présents dans un seul article : %1 ; phrases de paragraphes partagés qu’aucun autre article ne contient : %2. Ce sont des ajouts, ou du texte que toutes les autres versions ont supprimé.</translation>
    </message>
    <message>
        <source>A sentence in a shared paragraph: %1</source>
        <translation>Une phrase dans un paragraphe partagé : %1</translation>
    </message>
    <message>
        <source>Arrows point from source to copy; the number is the share of the copy found in its source, verbatim or reworded (Who Copied Whom gives the verbatim part alone); the base is outlined.</source>
        <translation>Les flèches vont de la source à la copie ; le nombre est la part de la copie trouvée dans sa source, telle quelle ou reformulée (Qui a copié qui n’en donne que la part mot pour mot) ; la base est entourée.</translation>
    </message>
</context>
<context>
    <name>WireDiff::DropPolicy</name>
    <message>
        <source>Only folders and files can be dropped here, not text or other data.</source>
        <translation>Seuls des dossiers et des fichiers peuvent être déposés ici, pas du texte ni d’autres données.</translation>
    </message>
    <message>
        <source>“%1” is not a file on this computer; download it first.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier de cet ordinateur&#xa0;; téléchargez-le d’abord.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>Drop one folder at a time: WireDiff compares the versions inside one folder.</source>
        <translation>Déposez un seul dossier à la fois&#xa0;: WireDiff compare les versions contenues dans un dossier.</translation>
    </message>
    <message>
        <source>Drop either a folder or files, not both.</source>
        <translation>Déposez soit un dossier, soit des fichiers, pas les deux.</translation>
    </message>
    <message>
        <source>%1 is not an article: WireDiff reads text, Markdown, HTML, NITF and NewsML files.</source>
        <translation>%1 n’est pas un article&#xa0;: WireDiff lit les fichiers texte, Markdown, HTML, NITF et NewsML.</translation>
    </message>
    <message>
        <source>Left out (not articles): %1</source>
        <translation>Laissés de côté (pas des articles)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>WireDiff::ExportController</name>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>Exporter en HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Pages web (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export Consensus Text</source>
        <translation>Exporter le texte consensuel</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Export Report (JSON)</source>
        <translation>Exporter le rapport (JSON)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>WireDiff::ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
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
        <translation>&amp;Portrait</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>Pa&amp;ysage</translation>
    </message>
    <message>
        <source>%1 (base, always included)</source>
        <translation>%1 (base, toujours incluse)</translation>
    </message>
    <message>
        <source>Include &amp;unchanged paragraphs</source>
        <translation>&amp;Inclure les paragraphes inchangés</translation>
    </message>
    <message>
        <source>When off, rows where no article differs from the base are summarised in one line.</source>
        <translation>Sinon, les lignes où aucun article ne diffère de la base sont résumées en une ligne.</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>&amp;Format de page&#xa0;:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Articles:</source>
        <translation>&amp;Articles&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>All %1 articles side by side on each page.</source>
        <translation>Les %1 articles côte à côte sur chaque page.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print Comparison</source>
        <translation>Imprimer la comparaison</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Laying out the PDF…</source>
        <translation>Mise en page du PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 columns on each page: the base and %2 others, in %3 runs of pages.</source>
        <translation>%1 colonnes par page : la base et %2 autres, en %3 suites de pages.</translation>
    </message>
    <message>
        <source>Up to %1 columns on each page: the base and up to %2 others, in %3 runs of pages.</source>
        <translation>Jusqu’à %1 colonnes par page : la base et jusqu’à %2 autres, en %3 suites de pages.</translation>
    </message>
</context>
<context>
    <name>WireDiff::ExportFindings</name>
    <message>
        <source>Changed facts</source>
        <translation>Faits modifiés</translation>
    </message>
    <message>
        <source>Changed facts and quotes</source>
        <translation>Faits et citations modifiés</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Cet article</translation>
    </message>
    <message>
        <source>Source says (%1)</source>
        <translation>La source dit (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifié</numerusform>
            <numerusform>%n modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Family tree</source>
        <translation>Arbre généalogique</translation>
    </message>
    <message>
        <source>Which article most likely derives from which, from the wording they share (above all wording only two of them have) and publication times where the metadata gives them.</source>
        <translation>Quel article dérive très probablement de quel autre, d’après la formulation qu’ils partagent (surtout celle que seuls deux d’entre eux ont) et les heures de publication quand les métadonnées les donnent.</translation>
    </message>
    <message>
        <source>%1 differs so much from the base in places that those places were compared as whole blocks: its shares are approximate.</source>
        <translation>%1 diffère tant de la base par endroits que ces passages ont été comparés en blocs entiers : ses parts sont approximatives.</translation>
    </message>
    <message>
        <source>%1 differs so much from the base in places that those places were compared as whole blocks: its shares are approximate. Of its words, %2 are found in the base verbatim and %3 reworded.</source>
        <translation>%1 diffère tant de la base par endroits que ces passages ont été comparés en blocs entiers : ses parts sont approximatives. De ses mots, %2 se trouvent tels quels dans la base et %3 reformulés.</translation>
    </message>
    <message>
        <source>No article contradicts the base (%1) in a number, date, weekday, name, quote, attribution, stance or meaning (a statement reversed by a negation or an antonym).</source>
        <translation>Aucun article ne contredit la base (%1) sur un nombre, une date, un jour de la semaine, un nom, une citation, une attribution, une position ou un sens (une affirmation inversée par une négation ou un antonyme).</translation>
    </message>
    <message numerus="yes">
        <source>Numbers, dates, names, quotations, attributions, stances and meaning reversals in which an article differs from the base (%1): %n in all.</source>
        <translation>
            <numerusform>Nombres, dates, noms, citations, attributions, positions et inversions de sens sur lesquels un article diffère de la base (%1) : %n au total.</numerusform>
            <numerusform>Nombres, dates, noms, citations, attributions, positions et inversions de sens sur lesquels un article diffère de la base (%1) : %n au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>¶%1, a sentence in a shared paragraph</source>
        <translation>¶%1, une phrase dans un paragraphe partagé</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
</context>
<context>
    <name>WireDiff::ExportOptions</name>
    <message>
        <source>%1 (strict 0 … 1 loose)</source>
        <translation>%1 (strict 0 … 1 souple)</translation>
    </message>
    <message>
        <source>case and accents ignored</source>
        <translation>casse et accents ignorés</translation>
    </message>
    <message>
        <source>case and accents matched</source>
        <translation>casse et accents respectés</translation>
    </message>
    <message>
        <source>punctuation ignored</source>
        <translation>ponctuation ignorée</translation>
    </message>
    <message>
        <source>punctuation compared</source>
        <translation>ponctuation comparée</translation>
    </message>
    <message>
        <source>curly and straight quotes alike</source>
        <translation>guillemets typographiques et droits confondus</translation>
    </message>
    <message>
        <source>quote styles told apart</source>
        <translation>styles de guillemets distingués</translation>
    </message>
    <message>
        <source>paraphrase sensitivity %1</source>
        <translation>sensibilité aux paraphrases %1</translation>
    </message>
    <message>
        <source>house style edited</source>
        <translation>style maison modifié</translation>
    </message>
    <message>
        <source>unchanged rows shown</source>
        <translation>lignes inchangées affichées</translation>
    </message>
    <message>
        <source>unchanged rows left out</source>
        <translation>lignes inchangées omises</translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation>Options : %1</translation>
    </message>
</context>
<context>
    <name>WireDiff::Fact</name>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Sens</translation>
    </message>
</context>
<context>
    <name>WireDiff::FactListModel</name>
    <message numerus="yes">
        <source>%1 — %n changed</source>
        <translation>
            <numerusform>%1 — %n modifié</numerusform>
            <numerusform>%1 — %n modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, paragraph %2:&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;&lt;b&gt;%4&lt;/b&gt; (base), paragraph %5:&lt;br&gt;%6&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, paragraphe %2&#xa0;:&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;&lt;b&gt;%4&lt;/b&gt; (base), paragraphe %5&#xa0;:&lt;br&gt;%6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Cet article</translation>
    </message>
    <message>
        <source>Source says</source>
        <translation>La source dit</translation>
    </message>
    <message>
        <source>%1: facts or quotes that differ from the base (%2): %3</source>
        <translation>%1&#xa0;: faits ou citations qui diffèrent de la base (%2)&#xa0;: %3</translation>
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
        <translation>Afficher les faits modifiés de tous les articles ou d’un seul</translation>
    </message>
    <message>
        <source>Changed facts and quotes</source>
        <translation>Faits et citations modifiés</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>No comparison yet.</source>
        <translation>Pas encore de comparaison.</translation>
    </message>
    <message>
        <source>One article only: there is nothing to compare its facts with.</source>
        <translation>Un seul article&#xa0;: il n’y a rien à quoi comparer ses faits.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>No changed facts or quotes: every number, date, name, quote, attribution and stance the articles share with the base (%1) reads the same, and none of their statements is reversed by a negation or an antonym.</source>
        <translation>Aucun fait ni citation modifié : chaque nombre, date, nom, citation, attribution et position que les articles partagent avec la base (%1) est identique, et aucune de leurs affirmations n’est inversée par une négation ou un antonyme.</translation>
    </message>
</context>
<context>
    <name>WireDiff::FamilyTree</name>
    <message>
        <source>It was published later.</source>
        <translation>Il a été publié plus tard.</translation>
    </message>
    <message>
        <source>%1 is an original here: it shares too little with any other version.</source>
        <translation>%1 est ici un original&#xa0;: il a trop peu en commun avec les autres versions.</translation>
    </message>
    <message>
        <source>%1 is an original here: too little of it is found in the versions placed before it.</source>
        <translation>%1 est ici un original&#xa0;: trop peu de son texte se retrouve dans les versions placées avant lui.</translation>
    </message>
    <message>
        <source>%1 is taken as the source: it was published before the versions related to it that give a publication time.</source>
        <translation>%1 est considéré comme la source&#xa0;: il a été publié avant les versions apparentées qui indiquent une heure de publication.</translation>
    </message>
    <message>
        <source>%1 is taken as the source, mainly because versions related to it read as cut from it: they are found in it more fully than it is found in them.</source>
        <translation>%1 est considéré comme la source, surtout parce que des versions apparentées semblent en être des coupes&#xa0;: elles s’y retrouvent plus complètement que lui en elles.</translation>
    </message>
    <message>
        <source>%1 is taken as the source, mainly because the versions that hold more than it does add text that no other version has.</source>
        <translation>%1 est considéré comme la source, surtout parce que les versions qui en contiennent davantage ajoutent un texte qu’aucune autre version n’a.</translation>
    </message>
    <message>
        <source>%1 is taken as the source, mainly because it is closer to what most versions share than the versions related to it are.</source>
        <translation>%1 est considéré comme la source, surtout parce qu’il est plus proche de ce que partagent la plupart des versions que les versions apparentées.</translation>
    </message>
    <message>
        <source>%1 is taken as the source, mainly because its file is older than those of the versions related to it and the texts tell little else (file times may be no more than copy times).</source>
        <translation>%1 est considéré comme la source, surtout parce que son fichier est plus ancien que ceux des versions apparentées et que les textes en disent peu d’autre (l’heure d’un fichier peut n’être que celle de sa copie).</translation>
    </message>
    <message>
        <source>%1 is taken as the source: nothing in the texts or times tells it apart from the versions related to it, and it comes first in the folder.</source>
        <translation>%1 est considéré comme la source&#xa0;: rien dans les textes ni les heures ne le distingue des versions apparentées, et il vient en premier dans le dossier.</translation>
    </message>
    <message>
        <source>It reads as a shortened copy of %1.</source>
        <translation>Il se lit comme une copie raccourcie de %1.</translation>
    </message>
    <message>
        <source>Its text beyond %1 is found in no other version: it reads as added here.</source>
        <translation>Son texte au-delà de %1 ne se retrouve dans aucune autre version&#xa0;: il semble ajouté ici.</translation>
    </message>
    <message>
        <source>%1 is closer to what most versions share.</source>
        <translation>%1 est plus proche de ce que partagent la plupart des versions.</translation>
    </message>
    <message>
        <source>Its file is newer (file times may be no more than copy times).</source>
        <translation>Son fichier est plus récent (l’heure d’un fichier peut n’être que celle de sa copie).</translation>
    </message>
    <message>
        <source>%1 is taken as the source: it is a news agency&apos;s own copy, as its format shows, and outlets print from the wire.</source>
        <translation>%1 est pris pour la source : c’est la dépêche même d’une agence de presse, comme le montre son format, et les médias impriment à partir du fil.</translation>
    </message>
    <message>
        <source>%1 is an identical copy of %2: the same text, word for word.</source>
        <translation>%1 est une copie identique de %2&#xa0;: le même texte, mot pour mot.</translation>
    </message>
    <message>
        <source>%1 is a news agency&apos;s own copy, as its format shows, and outlets print from the wire.</source>
        <translation>%1 est la dépêche même d’une agence de presse, comme le montre son format, et les médias impriment à partir du fil.</translation>
    </message>
    <message>
        <source>Nearly all of it is found in %1, and the two are about as long.</source>
        <translation>Presque tout son texte se trouve dans %1, et les deux ont à peu près la même longueur.</translation>
    </message>
    <message>
        <source>Nearly all of it is found in %1, though it is the longer of the two.</source>
        <translation>Presque tout son texte se trouve dans %1, bien qu’il soit le plus long des deux.</translation>
    </message>
    <message>
        <source>Nothing tells which of the two came first; %1 is taken as the earlier.</source>
        <translation>Rien n’indique lequel des deux est venu en premier&#xa0;; %1 est pris pour le plus ancien.</translation>
    </message>
    <message>
        <source>%1 explains it about as well, but on the facts that versions changed it agrees with %2, not with %1.</source>
        <translation>%1 l’explique à peu près aussi bien, mais sur les faits que des versions ont changés, il s’accorde avec %2, pas avec %1.</translation>
    </message>
    <message>
        <source>%1 is taken as the source, mainly because its dateline or credit line names the news agency the versions related to it come from.</source>
        <translation>%1 est pris pour la source, surtout parce que sa ligne de date ou sa mention de source nomme l’agence de presse dont viennent les versions qui lui sont apparentées.</translation>
    </message>
    <message>
        <source>%1&apos;s dateline or credit line puts it closer to the news agency (the agency&apos;s own copy, or a copy crediting it).</source>
        <translation>La ligne de date ou la mention de source de %1 le rapproche de l’agence de presse (la dépêche même de l’agence, ou une copie qui la cite).</translation>
    </message>
    <message>
        <source>More of it is found in %1 than of %1 in it.</source>
        <translation>On en trouve davantage dans %1 que de %1 en lui.</translation>
    </message>
    <message>
        <source>%1 most likely derives from %2: %3 % of its words are found there, verbatim or reworded (%4 % the other way).</source>
        <translation>%1 dérive très probablement de %2 : %3 % de ses mots s’y trouvent, tels quels ou reformulés (%4 % dans l’autre sens).</translation>
    </message>
    <message>
        <source>Three-word phrases found in these two and in no other article: %1.</source>
        <translation>Groupes de trois mots présents dans ces deux articles et dans aucun autre : %1.</translation>
    </message>
</context>
<context>
    <name>WireDiff::FamilyTreeGraph</name>
    <message>
        <source>BASE</source>
        <translation>BASE</translation>
    </message>
    <message>
        <source>Verbatim alone, as Who Copied Whom shades it: %1 of %2 is in %3, %4 the other way.</source>
        <translation>Mot pour mot seulement, comme l’ombre Qui a copié qui : %1 de %2 se trouve dans %3, %4 dans l’autre sens.</translation>
    </message>
    <message>
        <source>%1 was published first.</source>
        <translation>%1 a été publié en premier.</translation>
    </message>
</context>
<context>
    <name>WireDiff::FamilyTreeView</name>
    <message>
        <source>Family tree</source>
        <translation>Arbre généalogique</translation>
    </message>
    <message>
        <source>No comparison yet.</source>
        <translation>Pas encore de comparaison.</translation>
    </message>
    <message>
        <source>The family tree needs two articles or more.</source>
        <translation>L’arbre généalogique nécessite au moins deux articles.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the whole tree in the panel, or back to the zoom before</source>
        <translation>Ajuster tout l’arbre au panneau, ou revenir au zoom d’avant</translation>
    </message>
    <message>
        <source>Smaller boxes</source>
        <translation>Cadres plus petits</translation>
    </message>
    <message>
        <source>Larger boxes</source>
        <translation>Cadres plus grands</translation>
    </message>
    <message>
        <source>&amp;Fit Whole Tree</source>
        <translation>A&amp;juster tout l’arbre</translation>
    </message>
</context>
<context>
    <name>WireDiff::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Text in any pane</source>
        <translation>Texte dans n’importe quel volet</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln</source>
        <translation>
            <numerusform>%L1 sur %Ln</numerusform>
            <numerusform>%L1 sur %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDiff::HeadlessExport</name>
    <message>
        <source>skipped %1: %2</source>
        <translation>ignoré %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing could be compared.</source>
        <translation>Rien n’a pu être comparé.</translation>
    </message>
    <message>
        <source>Cannot write %1: nothing to export.</source>
        <translation>Impossible d’écrire %1&#xa0;: rien à exporter.</translation>
    </message>
    <message>
        <source>These files come from several folders and notes are kept per folder: no notes are exported.</source>
        <translation>Ces fichiers viennent de plusieurs dossiers et les notes sont conservées par dossier : aucune note n’est exportée.</translation>
    </message>
</context>
<context>
    <name>WireDiff::HighlightStyle</name>
    <message>
        <source>Same</source>
        <translation>Identique</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Paraphrased</source>
        <translation>Paraphrasé</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacé</translation>
    </message>
    <message>
        <source>Changed fact</source>
        <translation>Fait modifié</translation>
    </message>
    <message>
        <source>Verbatim as in the base</source>
        <translation>Textuellement comme dans la base</translation>
    </message>
    <message>
        <source>Only in this article (solid underline)</source>
        <translation>Seulement dans cet article (souligné plein)</translation>
    </message>
    <message>
        <source>In the base but missing here (struck through; a caret where it is missing)</source>
        <translation>Dans la base mais absent ici (barré&#xa0;; un signe d’insertion là où il manque)</translation>
    </message>
    <message>
        <source>Says what the base says in other words (wavy underline)</source>
        <translation>Dit ce que dit la base avec d’autres mots (souligné ondulé)</translation>
    </message>
    <message>
        <source>Same text at another place (dotted box)</source>
        <translation>Même texte à un autre endroit (cadre pointillé)</translation>
    </message>
    <message>
        <source>A number, date, name, quote or attribution that differs from the base (solid box)</source>
        <translation>Un nombre, une date, un nom, une citation ou une attribution qui diffère de la base (cadre plein)</translation>
    </message>
</context>
<context>
    <name>WireDiff::HouseStyleDialog</name>
    <message>
        <source>House Style</source>
        <translation>Charte de rédaction</translation>
    </message>
    <message>
        <source>Spellings your newsroom treats as the same word are not marked as changes. Write one group per line, the spellings separated by “=”, for example &lt;i&gt;Kyiv = Kiev&lt;/i&gt; or &lt;i&gt;per cent = percent = %&lt;/i&gt;. Case does not matter unless the comparison matches case.</source>
        <translation>Les graphies que votre rédaction considère comme le même mot ne sont pas marquées comme des modifications. Écrivez un groupe par ligne, les graphies séparées par «&#xa0;=&#xa0;», par exemple &lt;i&gt;Kyiv = Kiev&lt;/i&gt; ou &lt;i&gt;pour cent =&#xa0;% = p. 100&lt;/i&gt;. La casse ne compte que si la comparaison respecte la casse.</translation>
    </message>
    <message>
        <source>House-style equivalences</source>
        <translation>Équivalences de la charte de rédaction</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Replace the list with the equivalences WireDiff ships with</source>
        <translation>Remplacer la liste par les équivalences fournies avec WireDiff</translation>
    </message>
    <message>
        <source>needs two spellings or more, separated by “=”</source>
        <translation>nécessite au moins deux graphies, séparées par «&#xa0;=&#xa0;»</translation>
    </message>
    <message>
        <source>has an empty spelling: remove the extra “=”</source>
        <translation>contient une graphie vide&#xa0;: supprimez le «&#xa0;=&#xa0;» en trop</translation>
    </message>
    <message>
        <source>names “%1” twice</source>
        <translation>cite «&#xa0;%1&#xa0;» deux fois</translation>
    </message>
    <message>
        <source>“%1” is already in line %2: merge the two lines</source>
        <translation>«&#xa0;%1&#xa0;» figure déjà à la ligne %2&#xa0;: fusionnez les deux lignes</translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation>Ligne %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Correct the marked lines first</source>
        <translation>Corrigez d’abord les lignes marquées</translation>
    </message>
    <message>
        <source>Equivalences: %1</source>
        <translation>Équivalences&#xa0;: %1</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
</context>
<context>
    <name>WireDiff::HtmlExporter</name>
    <message>
        <source>Missing here: %1</source>
        <translation>Absent ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>verbatim</source>
        <translation>textuel</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Reformulé</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>Share of each row’s article found in each column’s article: verbatim / reworded.</source>
        <translation>Part de l’article de chaque ligne retrouvée dans l’article de chaque colonne&#xa0;: textuel / reformulé.</translation>
    </message>
    <message>
        <source>Base text missing at this point</source>
        <translation>Texte de la base manquant à cet endroit</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Unique</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Passage with an editor’s note, listed below</source>
        <translation>Passage annoté par la rédaction, note ci-dessous</translation>
    </message>
    <message>
        <source>Unchanged rows not shown: %1</source>
        <translation>Lignes inchangées non affichées&#xa0;: %1</translation>
    </message>
    <message>
        <source>nothing here</source>
        <translation>rien ici</translation>
    </message>
    <message>
        <source>moved from elsewhere in this article</source>
        <translation>déplacé depuis un autre endroit de cet article</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>paragraphe</translation>
    </message>
    <message>
        <source>Notes whose passage is no longer in the articles</source>
        <translation>Notes dont le passage ne figure plus dans les articles</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Identique</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Paraphrased</source>
        <translation>Paraphrasé</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacé</translation>
    </message>
    <message>
        <source>Changed fact</source>
        <translation>Fait modifié</translation>
    </message>
    <message>
        <source>Verbatim as in the base</source>
        <translation>Textuellement comme dans la base</translation>
    </message>
    <message>
        <source>Only in this article (solid underline)</source>
        <translation>Seulement dans cet article (souligné plein)</translation>
    </message>
    <message>
        <source>In the base but missing here (struck through; a caret where it is missing)</source>
        <translation>Dans la base mais absent ici (barré&#xa0;; un signe d’insertion là où il manque)</translation>
    </message>
    <message>
        <source>Says what the base says in other words (wavy underline)</source>
        <translation>Dit ce que dit la base avec d’autres mots (souligné ondulé)</translation>
    </message>
    <message>
        <source>Same text at another place (dotted box)</source>
        <translation>Même texte à un autre endroit (cadre pointillé)</translation>
    </message>
    <message>
        <source>A number, date, name, quote or attribution that differs from the base (solid box)</source>
        <translation>Un nombre, une date, un nom, une citation ou une attribution qui diffère de la base (cadre plein)</translation>
    </message>
    <message>
        <source>WireDiff: %1</source>
        <translation>WireDiff&#xa0;: %1</translation>
    </message>
    <message>
        <source>Compared on %1. Articles: %2.</source>
        <translation>Comparé le %1. Articles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Base: %1 — %2</source>
        <translation>Base&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Who copied whom</source>
        <translation>Qui a copié qui</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Found in no other source</source>
        <translation>Absent de toute autre source</translation>
    </message>
    <message>
        <source>Aligned comparison</source>
        <translation>Comparaison alignée</translation>
    </message>
    <message>
        <source>Generated by WireDiff %1.</source>
        <translation>Généré par WireDiff %1.</translation>
    </message>
    <message>
        <source>[changed] The passage was reworded since the note was written. It read:</source>
        <translation>[modifiée] Le passage a été reformulé depuis la rédaction de la note. Il disait&#xa0;:</translation>
    </message>
    <message>
        <source>The articles compared: each one’s words, and how many of them are the base’s, verbatim or reworded, or new.</source>
        <translation>Les articles comparés : les mots de chacun, et combien sont ceux de la base, tels quels ou reformulés, ou nouveaux.</translation>
    </message>
    <message>
        <source>The articles’ paragraphs side by side, aligned in rows; the base is the first column and stays in view as the table scrolls.</source>
        <translation>Les paragraphes des articles côte à côte, alignés en rangées ; la base est la première colonne et reste visible quand le tableau défile.</translation>
    </message>
    <message>
        <source>(articles in memory)</source>
        <translation>(articles en mémoire)</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier : %1</translation>
    </message>
    <message>
        <source>Paragraph or sentence found in no other source</source>
        <translation>Paragraphe ou phrase absent de toute autre source</translation>
    </message>
</context>
<context>
    <name>WireDiff::HtmlFindings</name>
    <message>
        <source>Each is boxed in magenta in the comparison below.</source>
        <translation>Chacun est encadré en magenta dans la comparaison ci-dessous.</translation>
    </message>
    <message>
        <source>Each copy is listed under its most likely source.</source>
        <translation>Chaque copie figure sous sa source la plus probable.</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>Each article’s facts that differ from the base: its wording, then the base’s.</source>
        <translation>Les faits de chaque article qui diffèrent de la base : sa formulation, puis celle de la base.</translation>
    </message>
</context>
<context>
    <name>WireDiff::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The language of menus and messages, from the next start</source>
        <translation>La langue des menus et des messages, au prochain démarrage</translation>
    </message>
    <message>
        <source>Applies when WireDiff starts again</source>
        <translation>Prend effet au prochain démarrage de WireDiff</translation>
    </message>
    <message>
        <source>&amp;System Language (%1)</source>
        <translation>Langue du &amp;système (%1)</translation>
    </message>
    <message>
        <source>Follow the language of the desktop, from the next start</source>
        <translation>Suivre la langue du bureau, au prochain démarrage</translation>
    </message>
    <message>
        <source>Use %1 (%2) from the next start</source>
        <translation>Utiliser %1 (%2) au prochain démarrage</translation>
    </message>
</context>
<context>
    <name>WireDiff::LanguageMix</name>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>danois</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finnois</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>hébreu</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japonais</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>coréen</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>norvégien</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polonais</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>suédois</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turc</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukrainien</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chinois</translation>
    </message>
</context>
<context>
    <name>WireDiff::LegendWidget</name>
    <message>
        <source>Missing here</source>
        <translation>Absent ici</translation>
    </message>
    <message>
        <source>Paragraph out of order</source>
        <translation>Paragraphe hors de l’ordre</translation>
    </message>
    <message>
        <source>In no other source</source>
        <translation>Dans aucune autre source</translation>
    </message>
    <message>
        <source>No counterpart</source>
        <translation>Sans équivalent</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>Texte standard</translation>
    </message>
    <message>
        <source>Base text is missing at this point (hover for what)</source>
        <translation>Du texte de la base manque à cet endroit (survolez pour le voir)</translation>
    </message>
    <message>
        <source>These paragraphs stand elsewhere in the article&apos;s own order</source>
        <translation>Ces paragraphes se trouvent ailleurs dans l’ordre propre de l’article</translation>
    </message>
    <message>
        <source>A paragraph found in no other article (tinted, with a bar)</source>
        <translation>Un paragraphe absent de tout autre article (teinté, avec une barre)</translation>
    </message>
    <message>
        <source>The article has nothing in this row (hatched)</source>
        <translation>L’article n’a rien dans cette ligne (hachuré)</translation>
    </message>
    <message>
        <source>Site chrome, legal lines and the like (dimmed, never counted)</source>
        <translation>Habillage du site, mentions légales, etc. (estompé, jamais compté)</translation>
    </message>
    <message>
        <source>Abc</source>
        <translation>Abc</translation>
    </message>
    <message>
        <source>In this article only</source>
        <translation>Dans cet article seulement</translation>
    </message>
    <message>
        <source>In a few articles</source>
        <translation>Dans quelques articles</translation>
    </message>
    <message>
        <source>In most articles</source>
        <translation>Dans la plupart des articles</translation>
    </message>
    <message>
        <source>In every article</source>
        <translation>Dans tous les articles</translation>
    </message>
    <message>
        <source>Words no other article carries (strongest shade, dotted underline)</source>
        <translation>Mots qu’aucun autre article ne porte (teinte la plus forte, soulignés en pointillé)</translation>
    </message>
    <message>
        <source>Words a few of the articles carry (a strong shade)</source>
        <translation>Mots que quelques articles portent (teinte forte)</translation>
    </message>
    <message>
        <source>Words most articles carry (a faint shade)</source>
        <translation>Mots que la plupart des articles portent (teinte légère)</translation>
    </message>
    <message>
        <source>Words every article carries stay plain</source>
        <translation>Les mots que tous les articles portent restent sans teinte</translation>
    </message>
</context>
<context>
    <name>WireDiff::Main</name>
    <message>
        <source>There is no translation for “%1”; the languages are: %2.</source>
        <translation>Il n’existe pas de traduction pour «&#xa0;%1&#xa0;»&#xa0;; les langues disponibles sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>WireDiff cannot open its window: there is no display to show it on. To compare without a window, use --export-json, --export-pdf or --export-html (see --help).</source>
        <translation>WireDiff ne peut pas ouvrir sa fenêtre : aucun écran ne permet de l’afficher. Pour comparer sans fenêtre, utilisez --export-json, --export-pdf ou --export-html (voir --help).</translation>
    </message>
    <message>
        <source>WireDiff cannot open its window: the display %1 does not answer. To compare without a window, use --export-json, --export-pdf or --export-html (see --help).</source>
        <translation>WireDiff ne peut pas ouvrir sa fenêtre : l’affichage %1 ne répond pas. Pour comparer sans fenêtre, utilisez --export-json, --export-pdf ou --export-html (voir --help).</translation>
    </message>
</context>
<context>
    <name>WireDiff::MainActions</name>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Open a folder of versions of one story</source>
        <translation>Ouvrir un dossier de versions d’une même dépêche</translation>
    </message>
    <message>
        <source>Open &amp;Files…</source>
        <translation>Ouvrir des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Open some versions of one story</source>
        <translation>Ouvrir quelques versions d’une même dépêche</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>Read the articles again and compare</source>
        <translation>Relire les articles et comparer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit WireDiff</source>
        <translation>Quitter WireDiff</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>Copier le texte sélectionné</translation>
    </message>
    <message>
        <source>Select &amp;All in Pane</source>
        <translation>&amp;Tout sélectionner dans le volet</translation>
    </message>
    <message>
        <source>Select the whole text of the current pane</source>
        <translation>Sélectionner tout le texte du volet courant</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find text in every pane</source>
        <translation>Rechercher du texte dans tous les volets</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Aller à l’occurrence suivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>Aller à l’occurrence précédente</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>Texte à sa taille normale</translation>
    </message>
    <message>
        <source>&amp;Show All Panes</source>
        <translation>Afficher tous les &amp;volets</translation>
    </message>
    <message>
        <source>Show the panes you have hidden</source>
        <translation>Afficher les volets que vous avez masqués</translation>
    </message>
    <message>
        <source>Le&amp;gend</source>
        <translation>Lé&amp;gende</translation>
    </message>
    <message>
        <source>Show the key to the highlights</source>
        <translation>Afficher la signification des surlignages</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>Modification &amp;suivante</translation>
    </message>
    <message>
        <source>Go to the next row with a difference</source>
        <translation>Aller à la ligne suivante comportant une différence</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>Modification &amp;précédente</translation>
    </message>
    <message>
        <source>Go to the previous row with a difference</source>
        <translation>Aller à la ligne précédente comportant une différence</translation>
    </message>
    <message>
        <source>Next &amp;Unique Paragraph</source>
        <translation>Paragraphe &amp;unique suivant</translation>
    </message>
    <message>
        <source>Previous Uni&amp;que Paragraph</source>
        <translation>Paragraphe uni&amp;que précédent</translation>
    </message>
    <message>
        <source>Ignore &amp;Case</source>
        <translation>Ignorer la &amp;casse</translation>
    </message>
    <message>
        <source>Ignore &amp;Punctuation</source>
        <translation>Ignorer la &amp;ponctuation</translation>
    </message>
    <message>
        <source>Do not count commas, full stops and dashes as differences</source>
        <translation>Ne pas compter les virgules, points et tirets comme des différences</translation>
    </message>
    <message>
        <source>Ignore &amp;Quote Style</source>
        <translation>Ignorer le style des &amp;guillemets</translation>
    </message>
    <message>
        <source>Treat curly, straight and angle quotes as the same</source>
        <translation>Traiter de la même façon guillemets typographiques, droits et chevrons</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop loading and comparing</source>
        <translation>Arrêter le chargement et la comparaison</translation>
    </message>
    <message>
        <source>&amp;About WireDiff</source>
        <translation>À &amp;propos de WireDiff</translation>
    </message>
    <message>
        <source>About WireDiff</source>
        <translation>À propos de WireDiff</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>About the Qt toolkit</source>
        <translation>À propos de la bibliothèque Qt</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>List every command that has a shortcut</source>
        <translation>Lister toutes les commandes qui ont un raccourci</translation>
    </message>
    <message>
        <source>Next Unique</source>
        <translation>Unique suivant</translation>
    </message>
    <message>
        <source>Previous Unique</source>
        <translation>Unique précédent</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>Modification suivante</translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation>Modification précédente</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the comparison with your notes as an annotated PDF</source>
        <translation>Enregistrer la comparaison avec vos notes en PDF annoté</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the comparison with your notes as one self-contained web page</source>
        <translation>Enregistrer la comparaison avec vos notes en une page web autonome</translation>
    </message>
    <message>
        <source>Export &amp;Consensus Text…</source>
        <translation>Exporter le &amp;texte consensuel…</translation>
    </message>
    <message>
        <source>Save the probable common source, rebuilt from what most articles share, as plain text</source>
        <translation>Enregistrer en texte brut la source commune probable, reconstruite à partir de ce que partagent la plupart des articles</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the comparison with your notes</source>
        <translation>Imprimer la comparaison avec vos notes</translation>
    </message>
    <message>
        <source>Add N&amp;ote…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>Write a note on the selected passage; it is saved beside the articles</source>
        <translation>Écrire une note sur le passage sélectionné&#xa0;; elle est enregistrée à côté des articles</translation>
    </message>
    <message>
        <source>&amp;House Style…</source>
        <translation>Charte de &amp;rédaction…</translation>
    </message>
    <message>
        <source>Spellings that count as the same word, such as Kiev and Kyiv</source>
        <translation>Graphies qui comptent comme le même mot, comme Kiev et Kyiv</translation>
    </message>
    <message>
        <source>Agreement S&amp;hading</source>
        <translation>&amp;Nuances selon l’accord</translation>
    </message>
    <message>
        <source>Shade every word by how many articles carry it, instead of the changes against the base</source>
        <translation>Teinter chaque mot selon le nombre d’articles qui le contiennent, au lieu des modifications par rapport à la base</translation>
    </message>
    <message>
        <source>Co&amp;nsensus Pane</source>
        <translation>Volet de &amp;consensus</translation>
    </message>
    <message>
        <source>Show the probable common source as a pane of its own (compares once more)</source>
        <translation>Afficher la source commune probable dans un volet à part (compare une fois de plus)</translation>
    </message>
    <message>
        <source>Sort Panes by Publication &amp;Time</source>
        <translation>Trier les volets par &amp;date de publication</translation>
    </message>
    <message>
        <source>&amp;Include Subfolders</source>
        <translation>Inclure les sous-dossier&amp;s</translation>
    </message>
    <message>
        <source>Also read the articles in the subfolders of a folder you open</source>
        <translation>Lire aussi les articles des sous-dossiers d’un dossier ouvert</translation>
    </message>
    <message>
        <source>&amp;Keep Base in View</source>
        <translation>Garder la &amp;base en vue</translation>
    </message>
    <message>
        <source>Keep the base pane at the left edge while the other panes scroll sideways</source>
        <translation>Garder le volet de la base au bord gauche pendant que les autres volets défilent latéralement</translation>
    </message>
    <message>
        <source>Order the panes from the earliest published to the latest (publication and wire filing times first, then file times)</source>
        <translation>Ranger les volets du plus ancien au plus récent (heures de publication et de transmission d’abord, puis dates des fichiers)</translation>
    </message>
    <message>
        <source>&amp;Your Name for Notes…</source>
        <translation>&amp;Votre nom pour les notes…</translation>
    </message>
    <message>
        <source>The name new notes are signed with</source>
        <translation>Le nom qui signe les nouvelles notes</translation>
    </message>
    <message>
        <source>Export Report (&amp;JSON)…</source>
        <translation>Exporter le rapport (&amp;JSON)…</translation>
    </message>
    <message>
        <source>Save the comparison with your notes as a JSON report, the same as wirediff --export-json</source>
        <translation>Enregistrer la comparaison avec vos notes comme rapport JSON, identique à wirediff --export-json</translation>
    </message>
    <message>
        <source>Go to the next paragraph or sentence found in no other source</source>
        <translation>Aller au paragraphe ou à la phrase suivante absente de toute autre source</translation>
    </message>
    <message>
        <source>Go to the previous paragraph or sentence found in no other source</source>
        <translation>Aller au paragraphe ou à la phrase précédente absente de toute autre source</translation>
    </message>
    <message>
        <source>Treat “police” and “Police”, or “Bréval” and “Breval”, as the same word</source>
        <translation>Traiter «&#xa0;police&#xa0;» et «&#xa0;Police&#xa0;», ou «&#xa0;Bréval&#xa0;» et «&#xa0;Breval&#xa0;», comme le même mot</translation>
    </message>
</context>
<context>
    <name>WireDiff::MainToolBar</name>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation>&amp;Base&#xa0;:</translation>
    </message>
    <message>
        <source>The article every other article is compared with</source>
        <translation>L’article avec lequel tous les autres sont comparés</translation>
    </message>
</context>
<context>
    <name>WireDiff::MainWindow</name>
    <message>
        <source>Who Copied Whom</source>
        <translation>Qui a copié qui</translation>
    </message>
    <message>
        <source>How much of each article is found in each other article; click a cell to compare that pair</source>
        <translation>Quelle part de chaque article se retrouve dans chaque autre article&#xa0;; cliquez sur une cellule pour comparer cette paire</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>Show or hide the panel “%1”</source>
        <translation>Afficher ou masquer le panneau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un dossier &amp;récent</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Story</source>
        <translation>Ouvrir la dépêche d’&amp;exemple</translation>
    </message>
    <message>
        <source>Open the bundled sample: six versions of an invented flood report</source>
        <translation>Ouvrir l’exemple fourni&#xa0;: six versions d’un reportage inventé sur une inondation</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparaison</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing compared.</source>
        <translation>Rien n’a été comparé.</translation>
    </message>
    <message>
        <source>Cancelled. The comparison shown is the previous one.</source>
        <translation>Annulé. La comparaison affichée est la précédente.</translation>
    </message>
    <message>
        <source>Files changed on disk; comparing again…</source>
        <translation>Fichiers modifiés sur le disque&#xa0;; nouvelle comparaison…</translation>
    </message>
    <message>
        <source>No further rows of that kind.</source>
        <translation>Plus aucune ligne de ce type.</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Non ouvert&#xa0;: %1</translation>
    </message>
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
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>compared in %L1 ms</source>
        <translation>comparé en %L1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be compared and were skipped.</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être comparé et a été ignoré.</numerusform>
            <numerusform>%n fichiers n’ont pas pu être comparés et ont été ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 n’existe plus.</translation>
    </message>
    <message>
        <source>No recent folders</source>
        <translation>Aucun dossier récent</translation>
    </message>
    <message>
        <source>Open a Folder of Versions</source>
        <translation>Ouvrir un dossier de versions</translation>
    </message>
    <message>
        <source>Open Versions of One Story</source>
        <translation>Ouvrir des versions d’une même dépêche</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.html *.htm *.xhtml *.xml *.nitf *.newsml);;All files (*)</source>
        <translation>Articles (*.txt *.md *.html *.htm *.xhtml *.xml *.nitf *.newsml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The new language applies when WireDiff starts again.</source>
        <translation>La nouvelle langue prendra effet au prochain démarrage de WireDiff.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n file(s) in %1…</source>
        <translation>
            <numerusform>Comparaison de %n fichier dans %1…</numerusform>
            <numerusform>Comparaison de %n fichiers dans %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n file(s)…</source>
        <translation>
            <numerusform>Comparaison de %n fichier…</numerusform>
            <numerusform>Comparaison de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing compared yet. Reload (%1) to compare %2 again.</source>
        <translation>Annulé ; rien n’a encore été comparé. Recharger (%1) pour comparer à nouveau %2.</translation>
    </message>
    <message>
        <source>Cancelled; nothing compared yet. Reload (%1) to compare these files again.</source>
        <translation>Annulé ; rien n’a encore été comparé. Recharger (%1) pour comparer à nouveau ces fichiers.</translation>
    </message>
</context>
<context>
    <name>WireDiff::NavigationKeys</name>
    <message>
        <source>Click</source>
        <translation>Clic</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Molette</translation>
    </message>
    <message>
        <source>Previous row with text in a pane on screen</source>
        <translation>Ligne précédente avec du texte dans un volet visible</translation>
    </message>
    <message>
        <source>Next row with text in a pane on screen</source>
        <translation>Ligne suivante avec du texte dans un volet visible</translation>
    </message>
    <message>
        <source>Previous pane, in the order shown (the base first)</source>
        <translation>Volet précédent, dans l’ordre affiché (la base d’abord)</translation>
    </message>
    <message>
        <source>Next pane, in the order shown</source>
        <translation>Volet suivant, dans l’ordre affiché</translation>
    </message>
    <message>
        <source>Menu of the current pane: base, order, visibility, notes</source>
        <translation>Menu du volet courant : base, ordre, visibilité, notes</translation>
    </message>
    <message>
        <source>On a moved passage: go to where it comes from</source>
        <translation>Sur un passage déplacé : aller à son origine</translation>
    </message>
    <message>
        <source>Extend the selection to the click</source>
        <translation>Étendre la sélection jusqu’au clic</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message>
        <source>Zoom in or out</source>
        <translation>Zoom avant ou arrière</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <source>New line in the note</source>
        <translation>Nouvelle ligne dans la note</translation>
    </message>
    <message>
        <source>In the panes</source>
        <translation>Dans les volets</translation>
    </message>
    <message>
        <source>In the note dialog</source>
        <translation>Dans la boîte de dialogue des notes</translation>
    </message>
    <message>
        <source>Compare the pair of the cell under the keyboard cursor</source>
        <translation>Comparer la paire de la cellule sous le curseur clavier</translation>
    </message>
    <message>
        <source>Fit the whole matrix in the panel, or back to the zoom before</source>
        <translation>Ajuster toute la matrice au panneau, ou revenir au zoom d’avant</translation>
    </message>
    <message>
        <source>Larger cells</source>
        <translation>Cellules plus grandes</translation>
    </message>
    <message>
        <source>Smaller cells</source>
        <translation>Cellules plus petites</translation>
    </message>
    <message>
        <source>Cells at their normal size</source>
        <translation>Cellules à leur taille normale</translation>
    </message>
    <message>
        <source>Larger or smaller cells</source>
        <translation>Cellules plus grandes ou plus petites</translation>
    </message>
    <message>
        <source>In Who Copied Whom</source>
        <translation>Dans « Qui a copié qui »</translation>
    </message>
    <message>
        <source>Fit the whole tree in the panel, or back to the zoom before</source>
        <translation>Ajuster tout l’arbre au panneau, ou revenir au zoom d’avant</translation>
    </message>
    <message>
        <source>Larger boxes</source>
        <translation>Cadres plus grands</translation>
    </message>
    <message>
        <source>Smaller boxes</source>
        <translation>Cadres plus petits</translation>
    </message>
    <message>
        <source>Boxes at their normal size</source>
        <translation>Cadres à leur taille normale</translation>
    </message>
    <message>
        <source>Larger or smaller boxes</source>
        <translation>Cadres plus grands ou plus petits</translation>
    </message>
    <message>
        <source>In the Family Tree</source>
        <translation>Dans l’arbre généalogique</translation>
    </message>
    <message>
        <source>Select in the current cell from the keyboard: the selection&apos;s end one word back</source>
        <translation>Sélectionner au clavier dans la cellule courante : la fin de la sélection un mot en arrière</translation>
    </message>
    <message>
        <source>Select in the current cell from the keyboard: the selection&apos;s end one word on</source>
        <translation>Sélectionner au clavier dans la cellule courante : la fin de la sélection un mot plus loin</translation>
    </message>
    <message>
        <source>Select in the current cell from the keyboard: the selection&apos;s end one character back</source>
        <translation>Sélectionner au clavier dans la cellule courante : la fin de la sélection un caractère en arrière</translation>
    </message>
    <message>
        <source>Select in the current cell from the keyboard: the selection&apos;s end one character on</source>
        <translation>Sélectionner au clavier dans la cellule courante : la fin de la sélection un caractère plus loin</translation>
    </message>
</context>
<context>
    <name>WireDiff::NewsXmlParser</name>
    <message>
        <source>truncated XML at line %1: %2</source>
        <translation>XML tronqué à la ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>XML error at line %1: %2</source>
        <translation>erreur XML à la ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>its DTD&apos;s entities would expand to far more text than the file holds</source>
        <translation>les entités de sa DTD produiraient bien plus de texte que le fichier n’en contient</translation>
    </message>
</context>
<context>
    <name>WireDiff::NoteBook</name>
    <message>
        <source>There is no folder to save the notes in.</source>
        <translation>Il n’y a aucun dossier où enregistrer les notes.</translation>
    </message>
</context>
<context>
    <name>WireDiff::NoteDecorator</name>
    <message>
        <source>&lt;b&gt;Note %1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Note %1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The passage was reworded since the note was written. It read: “%1”&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Le passage a été reformulé depuis la rédaction de la note. Il disait&#xa0;: «&#xa0;%1&#xa0;»&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WireDiff::NoteDialog</name>
    <message>
        <source>Note on %1, ¶%2: “%3”</source>
        <translation>Note sur %1, ¶%2 : « %3 »</translation>
    </message>
    <message>
        <source>The passage was reworded since the note was written. It read: “%1”. Saving the note confirms it on the new wording.</source>
        <translation>Le passage a été reformulé depuis la rédaction de la note. Il disait&#xa0;: «&#xa0;%1&#xa0;». Enregistrer la note la confirme sur la nouvelle formulation.</translation>
    </message>
    <message>
        <source>Edit Note %1</source>
        <translation>Modifier la note %1</translation>
    </message>
    <message>
        <source>Edit note %1 on %2, ¶%3: “%4”</source>
        <translation>Modifier la note %1 sur %2, ¶%3 : « %4 »</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Save the note (%1)</source>
        <translation>Enregistrer la note (%1)</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non signée</translation>
    </message>
    <message>
        <source>Who wrote this note; the PDF and HTML print it with the note</source>
        <translation>Qui a écrit cette note ; le PDF et le HTML l’impriment avec la note</translation>
    </message>
    <message>
        <source>Who writes this note; the PDF and HTML print it with the note. New notes are signed with the name you used last.</source>
        <translation>Qui écrit cette note ; le PDF et le HTML l’impriment avec la note. Les nouvelles notes sont signées du dernier nom utilisé.</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>Si&amp;gnée par :</translation>
    </message>
</context>
<context>
    <name>WireDiff::NoteListModel</name>
    <message>
        <source>[detached] </source>
        <translation>[détachée] </translation>
    </message>
    <message>
        <source>%1

The passage was not found in %2 when the folder was loaded.</source>
        <translation>%1

Le passage n’a pas été trouvé dans %2 au chargement du dossier.</translation>
    </message>
    <message>
        <source>%1, ¶%2: “%3” — %4</source>
        <translation>%1, ¶%2 : « %3 » — %4</translation>
    </message>
    <message>
        <source>[changed] </source>
        <translation>[modifiée] </translation>
    </message>
    <message>
        <source>%1

The passage was reworded since the note was written. It read: “%2”
It now reads: “%3”</source>
        <translation>%1

Le passage a été reformulé depuis la rédaction de la note. Il disait&#xa0;: «&#xa0;%2&#xa0;»
Il dit maintenant&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n note followed its passage to a new place.</source>
        <translation>
            <numerusform>%n note a suivi son passage à un nouvel endroit.</numerusform>
            <numerusform>%n notes ont suivi leur passage à un nouvel endroit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note&apos;s passage was reworded; the note now sits on the new wording.</source>
        <translation>
            <numerusform>Le passage de %n note a été reformulé ; la note porte maintenant sur la nouvelle formulation.</numerusform>
            <numerusform>Les passages de %n notes ont été reformulés ; les notes portent maintenant sur la nouvelle formulation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note&apos;s passage reads again as when the note was written.</source>
        <translation>
            <numerusform>Le passage de %n note se lit de nouveau comme lors de sa rédaction.</numerusform>
            <numerusform>Les passages de %n notes se lisent de nouveau comme lors de leur rédaction.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note followed its passage to a renamed file.</source>
        <translation>
            <numerusform>%n note a suivi son passage dans un fichier renommé.</numerusform>
            <numerusform>%n notes ont suivi leur passage dans des fichiers renommés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note&apos;s passage was not found; the note is kept, detached.</source>
        <translation>
            <numerusform>Le passage de %n note est introuvable ; la note est conservée, détachée.</numerusform>
            <numerusform>Les passages de %n notes sont introuvables ; les notes sont conservées, détachées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written by %1 on %2.</source>
        <translation>Écrite par %1 le %2.</translation>
    </message>
    <message>
        <source>Written by %1.</source>
        <translation>Écrite par %1.</translation>
    </message>
    <message>
        <source>Written on %1.</source>
        <translation>Écrite le %1.</translation>
    </message>
    <message>
        <source>Changed on %1.</source>
        <translation>Modifiée le %1.</translation>
    </message>
</context>
<context>
    <name>WireDiff::NotesPanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No notes yet. Select a passage in any pane and press Ctrl+M to add one.</source>
        <translation>Aucune note pour l’instant. Sélectionnez un passage dans un volet et appuyez sur Ctrl+M pour en ajouter une.</translation>
    </message>
    <message>
        <source>Change the text of the selected note</source>
        <translation>Modifier le texte de la note sélectionnée</translation>
    </message>
    <message>
        <source>Delete the selected note (the article is not touched)</source>
        <translation>Supprimer la note sélectionnée (l’article n’est pas modifié)</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete note %1? This cannot be undone. The other notes keep their numbers, and %1 will not be given to a new note.</source>
        <translation>Supprimer la note %1&#xa0;? Cette action est irréversible. Les autres notes gardent leur numéro, et le numéro %1 ne sera pas attribué à une nouvelle note.</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non signée</translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>Signé : %1</translation>
    </message>
    <message>
        <source>New notes are not signed. Click to give your name.</source>
        <translation>Les nouvelles notes ne sont pas signées. Cliquez pour donner votre nom.</translation>
    </message>
    <message>
        <source>New notes are signed “%1”. Click to change the name.</source>
        <translation>Les nouvelles notes sont signées « %1 ». Cliquez pour changer le nom.</translation>
    </message>
    <message>
        <source>Your Name for Notes</source>
        <translation>Votre nom pour les notes</translation>
    </message>
    <message>
        <source>New notes are signed with this name; the PDF and HTML print it with each note. Leave it empty to sign nothing.</source>
        <translation>Les nouvelles notes sont signées de ce nom ; le PDF et le HTML l’impriment avec chaque note. Laissez vide pour ne rien signer.</translation>
    </message>
</context>
<context>
    <name>WireDiff::NoticeBanner</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show or hide the details</source>
        <translation>Afficher ou masquer les détails</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>WireDiff::OverviewRuler</name>
    <message>
        <source>unique</source>
        <translation>unique</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Where the changes are: changed facts, added, removed, reworded, moved, unique. Click to go there.</source>
        <translation>Où se trouvent les modifications&#xa0;: faits modifiés, ajouté, supprimé, reformulé, déplacé, unique. Cliquez pour y aller.</translation>
    </message>
</context>
<context>
    <name>WireDiff::PaneHeaderBar</name>
    <message>
        <source>BASE</source>
        <translation>BASE</translation>
    </message>
    <message>
        <source>VS BASE</source>
        <translation>VS BASE</translation>
    </message>
    <message>
        <source>highlights against %1</source>
        <translation>surlignages par rapport à %1</translation>
    </message>
    <message>
        <source>the base of the comparison</source>
        <translation>la base de la comparaison</translation>
    </message>
    <message>
        <source>%1% verbatim · %2% reworded · %3% new</source>
        <translation>%1&#xa0;% textuel · %2&#xa0;% reformulé · %3&#xa0;% nouveau</translation>
    </message>
    <message>
        <source>Format: %1, encoding: %2</source>
        <translation>Format&#xa0;: %1, encodage&#xa0;: %2</translation>
    </message>
    <message>
        <source>The base: every other article is compared with this one.</source>
        <translation>La base&#xa0;: tous les autres articles sont comparés avec celui-ci.</translation>
    </message>
    <message numerus="yes">
        <source>Against the base: %1% verbatim, %2% reworded, %3% new; %Ln base words missing.</source>
        <translation>
            <numerusform>Par rapport à la base&#xa0;: %1&#xa0;% textuel, %2&#xa0;% reformulé, %3&#xa0;% nouveau&#xa0;; %Ln mot de la base manquant.</numerusform>
            <numerusform>Par rapport à la base&#xa0;: %1&#xa0;% textuel, %2&#xa0;% reformulé, %3&#xa0;% nouveau&#xa0;; %Ln mots de la base manquants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Right-click for base, order and visibility; drop files here to add them.</source>
        <translation>Clic droit pour la base, l’ordre et la visibilité&#xa0;; déposez des fichiers ici pour les ajouter.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln mot</numerusform>
            <numerusform>%Ln mots</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% from consensus</source>
        <translation>à %1&#xa0;% du consensus</translation>
    </message>
    <message>
        <source>The probable common source, rebuilt from the aligned rows: per row, the wording most articles share. Not a file; nothing is written.</source>
        <translation>La source commune probable, reconstruite à partir des lignes alignées&#xa0;: pour chaque ligne, la formulation partagée par la plupart des articles. Ce n’est pas un fichier&#xa0;; rien n’est écrit.</translation>
    </message>
    <message>
        <source>%1% of its wording differs from the consensus of all articles.</source>
        <translation>%1&#xa0;% de sa formulation diffère du consensus de tous les articles.</translation>
    </message>
    <message>
        <source>vs. %1</source>
        <comment>the article the base&apos;s highlights are read against</comment>
        <translation>vs %1</translation>
    </message>
    <message>
        <source>%1% verbatim · %2% reworded · %3% new · %4% changed facts</source>
        <translation>%1&#xa0;% textuel · %2&#xa0;% reformulé · %3&#xa0;% nouveau · %4&#xa0;% faits modifiés</translation>
    </message>
    <message>
        <source>%1% of its words are changed facts: they say otherwise than the base.</source>
        <translation>%1&#xa0;% de ses mots sont des faits modifiés&#xa0;: ils disent autre chose que la base.</translation>
    </message>
    <message>
        <source>Published: %1 (from the metadata)</source>
        <translation>Publié&#xa0;: %1 (d’après les métadonnées)</translation>
    </message>
    <message>
        <source>Filed: %1 (from the wire header)</source>
        <translation>Transmis&#xa0;: %1 (d’après l’en-tête de l’agence)</translation>
    </message>
    <message>
        <source>File time: %1 (no publication time given; may be a copy time)</source>
        <translation>Date du fichier&#xa0;: %1 (aucune heure de publication indiquée&#xa0;; peut n’être que celle de la copie)</translation>
    </message>
    <message>
        <source>Its highlights are read against %1.</source>
        <translation>Ses surlignages se lisent par rapport à %1.</translation>
    </message>
</context>
<context>
    <name>WireDiff::ParaphraseSlider</name>
    <message>
        <source>Paraphrase: strict</source>
        <translation>Paraphrase&#xa0;: stricte</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <comment>the caption above the paraphrase slider</comment>
        <translation>Paraphrase</translation>
    </message>
    <message>
        <source>strict</source>
        <comment>the strict end of the paraphrase slider</comment>
        <translation>stricte</translation>
    </message>
    <message>
        <source>loose</source>
        <comment>the loose end of the paraphrase slider</comment>
        <translation>large</translation>
    </message>
    <message>
        <source>How loosely reworded sentences count as paraphrases of the base</source>
        <translation>Tolérance avec laquelle des phrases reformulées comptent comme paraphrases de la base</translation>
    </message>
    <message>
        <source>Paraphrase sensitivity</source>
        <translation>Sensibilité aux paraphrases</translation>
    </message>
</context>
<context>
    <name>WireDiff::PdfExporter</name>
    <message>
        <source>WireDiff comparison: %1</source>
        <translation>Comparaison WireDiff&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>WireDiff::ProvenanceMatrix</name>
    <message>
        <source>How much of each row’s article is found in each column’s article.</source>
        <translation>Quelle part de l’article de chaque ligne se retrouve dans l’article de chaque colonne.</translation>
    </message>
    <message>
        <source>verbatim (shade, %)</source>
        <translation>textuel (teinte,&#xa0;%)</translation>
    </message>
    <message>
        <source>reworded (band)</source>
        <translation>reformulé (bande)</translation>
    </message>
    <message>
        <source>%1% of %2 is found verbatim in %3 (in runs of three words or more, anywhere in it), and %4% reworded.</source>
        <translation>%1 % de %2 se retrouvent mot pour mot dans %3 (par suites de trois mots ou plus, n’importe où), et %4 % reformulés.</translation>
    </message>
    <message>
        <source>Word by word against the base, as the pane header reads it: %1.</source>
        <translation>Mot à mot par rapport à la base, comme l’en-tête du volet : %1.</translation>
    </message>
    <message>
        <source>Click to compare this pair.</source>
        <translation>Cliquez pour comparer cette paire.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Colonne %1 : %2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>How much of each row’s article is found in this one.</source>
        <translation>Part de l’article de chaque ligne qui se retrouve dans celui-ci.</translation>
    </message>
    <message>
        <source>How much of this article is found in each column’s article.</source>
        <translation>Part de cet article qui se retrouve dans l’article de chaque colonne.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>&amp;Fit Whole Matrix</source>
        <translation>A&amp;juster toute la matrice</translation>
    </message>
    <message>
        <source>%1 × %1: too many to fit the panel; scroll, or make the panel larger</source>
        <translation>%1 × %1 : trop nombreux pour tenir dans le panneau ; faites défiler, ou agrandissez le panneau</translation>
    </message>
</context>
<context>
    <name>WireDiff::SampleFolder</name>
    <message>
        <source>Cannot create the sample folder %1.</source>
        <translation>Impossible de créer le dossier d’exemple %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>WireDiff::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Go to the box “%1”</source>
        <translation>Aller au champ « %1 »</translation>
    </message>
</context>
<context>
    <name>WireDiff::Sidecar</name>
    <message>
        <source>is not text</source>
        <translation>n’est pas du texte</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>n’est ni true ni false</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>n’est pas une date et heure</translation>
    </message>
    <message>
        <source>is missing or not an object</source>
        <translation>est absent ou n’est pas un objet</translation>
    </message>
    <message>
        <source>%1: “%2” %3</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» %3</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>note %1</translation>
    </message>
    <message>
        <source>is before its start</source>
        <translation>précède son début</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>It was kept unchanged; notes made now cannot be saved until it is set aside.</source>
        <translation>Il a été conservé tel quel&#xa0;; les notes prises maintenant ne pourront être enregistrées qu’une fois ce fichier mis de côté.</translation>
    </message>
    <message>
        <source>The notes file %1 is not a regular file. %2</source>
        <translation>Le fichier de notes %1 n’est pas un fichier ordinaire. %2</translation>
    </message>
    <message>
        <source>The notes file %1 is too large (%2 MB). %3</source>
        <translation>Le fichier de notes %1 est trop volumineux (%2 Mo). %3</translation>
    </message>
    <message>
        <source>The notes file %1 cannot be read: %2. %3</source>
        <translation>Le fichier de notes %1 ne peut pas être lu&#xa0;: %2. %3</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 à l’octet %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>The notes file %1 is damaged (%2). %3</source>
        <translation>Le fichier de notes %1 est endommagé (%2). %3</translation>
    </message>
    <message>
        <source>The file %1 is not a WireDiff notes file. %2</source>
        <translation>Le fichier %1 n’est pas un fichier de notes WireDiff. %2</translation>
    </message>
    <message>
        <source>The notes file %1 names an unknown format “%2”. %3</source>
        <translation>Le fichier de notes %1 indique un format inconnu «&#xa0;%2&#xa0;». %3</translation>
    </message>
    <message>
        <source>The notes file %1 was written by a newer WireDiff (%2). %3</source>
        <translation>Le fichier de notes %1 a été écrit par une version plus récente de WireDiff (%2). %3</translation>
    </message>
    <message>
        <source>“notes” is not a list</source>
        <translation>«&#xa0;notes&#xa0;» n’est pas une liste</translation>
    </message>
    <message>
        <source>note %1 is not an object</source>
        <translation>la note %1 n’est pas un objet</translation>
    </message>
    <message>
        <source>“links” is not a list</source>
        <translation>«&#xa0;links&#xa0;» n’est pas une liste</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>lien %1</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 n’est pas un objet</translation>
    </message>
    <message>
        <source>The notes file %1 was changed by another program since it was loaded; it was kept and your notes were not saved over it. Reload the folder to see both.</source>
        <translation>Le fichier de notes %1 a été modifié par un autre programme depuis son chargement&#xa0;; il a été conservé et vos notes n’ont pas été enregistrées par-dessus. Rechargez le dossier pour voir les deux.</translation>
    </message>
    <message>
        <source>Cannot set the notes file %1 aside as %2.</source>
        <translation>Impossible de mettre le fichier de notes %1 de côté sous le nom %2.</translation>
    </message>
    <message>
        <source>Cannot make the folder for the notes file %1.</source>
        <translation>Impossible de créer le dossier du fichier de notes %1.</translation>
    </message>
    <message>
        <source>“lastNoteNumber” is not a whole number</source>
        <translation>«&#xa0;lastNoteNumber&#xa0;» n’est pas un nombre entier</translation>
    </message>
</context>
<context>
    <name>WireDiff::ZoomMenu</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
</context>
</TS>
