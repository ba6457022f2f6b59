-- The interface addresses members as du (German) and tu (French) everywhere (docs/adding-a-module.md, "Form of
-- address"); the shipped German and French texts of the history, questions and privacy pages still said Sie/Ihr and
-- vous/votre to the reader. Vision, mission and commitments speak about people, not to the reader, and stay as they
-- are (the French vision's "vous voulez quoi à la place ?" is a question put to all of us, plural like German "ihr").
--
-- An admin may have edited a page since it shipped: a text is replaced only while its title and body are still
-- exactly what the earlier migrations (V20261122_0723, V20261122_0724, V20261201_1301, V20261201_1303) left, which
-- the md5 of the body and the title say. A replaced text then looks in the page's history like any other edit: its
-- version goes up by one and the new version gets its revision row, with a change note in the page's language.
-- The revision's author (author_id, author_name) is NULL: no member made this edit, and the schema already uses
-- NULL for "no recorded author" (a deleted account), which the history shows as "not recorded"; a made-up
-- "system" name could be mistaken for a member's.

UPDATE content_page_text SET body = $md$## Eine Idee in einer Umfrage

IOPS begann nicht mit einem Gründungskongress, sondern mit einer Frage. 2011 fragte eine Online-Umfrage Aktivistinnen und Aktivisten, was sie von einer neuen internationalen Organisation erwarten würden: ihre Ziele, ihren Aufbau, ihre Art, Entscheidungen zu treffen. Mehrere Tausend Menschen antworteten, und die große Mehrheit erklärte, einer solchen Organisation beitreten zu wollen, sofort oder sobald sie sicher sei, dass es ernst gemeint ist.

## Ein vorläufiges Komitee

Die Entschlossensten nahmen die Antworten der Umfrage als Ausgangspunkt. Sie baten Autorinnen und Organisatoren aus vielen Ländern, ein *vorläufiges beratendes Komitee* zu bilden. Dessen Aufgabe war bewusst eng gefasst: die wenigen Entscheidungen treffen, die nicht warten konnten, und alles andere den Mitgliedern überlassen, sobald es genug von ihnen gab, um zu entscheiden. Das Komitee arbeitete per E-Mail über Zeitzonen hinweg. Ein Vorschlag galt nur als angenommen, wenn eine überwältigende Mehrheit der Antwortenden ihn unterstützte; alles Umstrittene sollte an die Mitglieder gehen.

Die ersten Entscheidungen waren praktischer Art. Die Organisation brauchte einen Namen, und gewählt wurde „International Organization for a Participatory Society“ (Internationale Organisation für eine partizipatorische Gesellschaft), kurz IOPS, mit der Maßgabe, dass der Gründungskongress ihn ändern kann. Sie brauchte auch einen Treffpunkt, also wurde Geld für eine Website gesammelt, auf der Menschen beitreten, einander finden und an die Arbeit gehen konnten.

## Wachsen und lernen

Die Website öffnete Anfang 2012. Innerhalb weniger Monate waren Tausende Menschen in mehr als achtzig Ländern beigetreten. In Städten auf mehreren Kontinenten entstanden Ortsgruppen; manche trafen sich regelmäßig und führten eigene Kampagnen, andere kamen über ein erstes Treffen nicht hinaus. Die Mitglieder stritten über Strategie, Vision und die vorläufige Phase selbst und legten per Abstimmung die Bedingungen für einen Gründungskongress fest: eine Mindestzahl von Ortsgruppen, Ortsgruppen in mehreren Ländern auf mehreren Kontinenten und ein faires Verhältnis von Frauen und Männern in jeder von ihnen.

Die ersten Jahre hinterließen Lehren, die diese Plattform geprägt haben. Was in Versammlungsräumen geschah, war online unsichtbar, sodass die Organisation ruhiger wirkte, als sie war. Viele Mitglieder wollten ihre Stadt nicht vor aller Welt zeigen. Beschlüsse ohne feste Frist versandeten oft. Die Mitglieder wollten auf einen Blick sehen, wie weit die Organisation von ihren eigenen Zielen entfernt war.

## Diese Plattform

Die Website, die du gerade liest, wurde neu gebaut, um aus diesen Lehren zu lernen. Beim Beitritt wirst du automatisch deiner Sektion und deiner Ortsgruppe zugeordnet. Du bestimmst, wer was über dich sieht. Die Zahlen auf der Startseite zeigen, wie die Organisation wächst. Admins haben ihre Funktion für eine festgelegte Amtszeit, und was sie ändern, wird festgehalten. Die Geschichte der Organisation wird weitergeschrieben, und von hier an schreiben sie ihre Mitglieder.$md$, version = version + 1, updated_at = now()
WHERE slug = 'history' AND language = 'de' AND title = 'Unsere Geschichte' AND md5(body) = 'bf5f4372c1f9f6052ee3ac45a3c02883';

UPDATE content_page_text SET body = $md$## Une idée soumise à un sondage

IOPS n'a pas commencé par un congrès fondateur, mais par une question. En 2011, un sondage en ligne a demandé à des militantes et militants ce qu'ils attendraient d'une nouvelle organisation internationale : ses buts, sa structure, sa façon de prendre des décisions. Plusieurs milliers de personnes ont répondu, et la grande majorité a déclaré qu'elle rejoindrait une telle organisation, tout de suite ou dès qu'elle serait convaincue que le projet était sérieux.

## Un comité provisoire

Les plus motivés ont pris les réponses du sondage comme point de départ. Ils ont demandé à des auteurs et à des organisatrices de nombreux pays de former un *comité consultatif provisoire*. Sa mission était volontairement étroite : prendre les quelques décisions qui ne pouvaient pas attendre, et laisser tout le reste aux membres dès qu'ils seraient assez nombreux pour décider. Le comité travaillait par e-mail, d'un fuseau horaire à l'autre. Une proposition n'était adoptée que si une écrasante majorité des réponses la soutenait ; tout ce qui faisait débat devait revenir aux membres.

Ses premiers choix ont été pratiques. L'organisation avait besoin d'un nom : on a retenu « International Organization for a Participatory Society » (Organisation internationale pour une société participative), abrégé en IOPS, étant entendu que la convention fondatrice pourrait le changer. Il lui fallait aussi un lieu de rencontre : de l'argent a donc été collecté pour un site web où l'on pourrait adhérer, se trouver et se mettre au travail.

## Grandir, et apprendre

Le site a ouvert début 2012. En quelques mois, des milliers de personnes dans plus de quatre-vingts pays avaient adhéré. Des sections se sont formées dans des villes de plusieurs continents ; certaines se réunissaient régulièrement et menaient leurs propres campagnes, d'autres ne sont jamais allées au-delà d'une première réunion. Les membres ont débattu de stratégie, de vision et de la phase provisoire elle-même, et ont fixé par un vote les conditions d'une convention fondatrice : un nombre minimal de sections, des sections dans plusieurs pays sur plusieurs continents, et un juste équilibre entre femmes et hommes dans chacune.

Ces premières années ont laissé des leçons qui ont façonné cette plateforme. Ce qui se passait dans les salles de réunion restait invisible en ligne, si bien que l'organisation paraissait plus calme qu'elle ne l'était. Beaucoup de membres ne voulaient pas que leur ville soit affichée aux yeux du monde. Les décisions sans échéance ferme avaient tendance à s'enliser. Les membres voulaient voir d'un coup d'œil où en était l'organisation par rapport à ses propres objectifs.

## Cette plateforme

Le site que tu lis a été reconstruit pour tirer parti de ces leçons. En adhérant, tu es placé automatiquement dans ta branche et dans ta section. Tu choisis qui voit quoi à ton sujet. Les chiffres de la page d'accueil montrent comment l'organisation grandit. Les responsables exercent leur fonction pour un mandat fixé, et ce qu'ils modifient est consigné. L'histoire de l'organisation continue de s'écrire, et désormais ce sont ses membres qui l'écrivent.$md$, version = version + 1, updated_at = now()
WHERE slug = 'history' AND language = 'fr' AND title = 'Notre histoire' AND md5(body) = '30219de6735386483cb0cce4e659246c';

UPDATE content_page_text SET body = $md$Antworten auf das, was Menschen vor und kurz nach dem Beitritt am häufigsten fragen. Wenn deine Frage nicht dabei ist, stell sie in deiner Ortsgruppe oder schreib den Verantwortlichen deiner Sektion.

## Was ist eine Ortsgruppe?

Eine Ortsgruppe ist die lokale Gruppe von IOPS: die Mitglieder eines Ortes, eines Teils einer Großstadt, eines Campus oder einer Online-Gruppe, die an keinen Ort gebunden ist. Dort treffen sich Menschen persönlich, lernen einander kennen und handeln gemeinsam. Jede Ortsgruppe regelt ihre eigenen Angelegenheiten, wählt ihre Projekte und hat Verantwortliche, die ihre Mitglieder für eine begrenzte Amtszeit wählen oder bestimmen.

## Was passiert, wenn es in meiner Stadt keine Ortsgruppe gibt?

Dann gründest du eine, einfach indem du beitrittst. Gibst du im Beitrittsformular einen Ort an, an dem es noch keine Ortsgruppe gibt, legt die Plattform eine *vorläufige* Ortsgruppe an und macht dich zu ihrem ersten Mitglied. Wer danach aus deinem Ort beitritt, kommt in dieselbe Ortsgruppe. Sobald sich ihre Mitglieder getroffen haben und sich einig sind, die Ortsgruppe zu bilden, wird sie als gegründet eingetragen und ist dann *aktiv*. Bis dahin bist du vollwertiges Mitglied deiner Sektion und der internationalen Organisation.

## Muss ich Menschen persönlich treffen?

Nein, auch wenn dort der größte Teil der eigentlichen Arbeit geschieht. Manche Mitglieder beteiligen sich nur online, etwa in einer Online-Ortsgruppe. Andere können sich dort, wo sie leben, nicht gefahrlos treffen. Alle können so beitragen, wie es ihr Leben zulässt.

## Wie werden Entscheidungen getroffen?

So nah wie möglich bei den Betroffenen. Eine Ortsgruppe entscheidet über ihre eigenen Angelegenheiten, eine Sektion über das, was ihr Land betrifft, und Fragen der ganzen Organisation gehen an alle Mitglieder. Wie Vorschläge eingebracht und abgestimmt werden, legen die Mitglieder fest; diese Website kennt noch keine Vorschläge und Abstimmungen, deshalb entscheiden die Ortsgruppen bei ihren Treffen. Bis zum Gründungskongress trifft ein vorläufiges Komitee die wenigen Entscheidungen, die nicht warten können, und nur mit überwältigender Zustimmung seiner Mitglieder.

## Kann ich ein Pseudonym verwenden?

Ja. Dein Anzeigename ist das, was andere Mitglieder sehen, und er muss nicht dein amtlicher Name sein. Du kannst deinen echten Namen privat hinterlegen und entscheiden, wer ihn sehen darf. Wir bitten dich nur, dich nicht als eine andere real existierende Person auszugeben.

## Wer kann meine Stadt sehen?

Standardmäßig nur die Mitglieder deiner eigenen Ortsgruppe. Du kannst das auf alle Mitglieder oder auf alle Welt erweitern oder auf die Verantwortlichen beschränken. Dieselbe Wahl hast du für dein Viertel, deinen echten Namen, deine Vorstellung und deine E-Mail-Adresse, und du kannst deine Mitgliedschaft in Mitgliederlisten ganz verbergen. Öffentliche Seiten zeigen, wie viele Mitglieder es gibt, ihre Namen aber nur, wenn sie selbst gelistet werden wollen.

## Muss ich Beiträge zahlen?

Nein. Der Beitritt ist kostenlos, und niemand verliert die Mitgliedschaft, weil er nicht zahlt. Diese Website zieht weder Beiträge noch Spenden ein.

## Ich bin nicht mit allem auf diesen Seiten einverstanden. Kann ich trotzdem beitreten?

Ja, wenn du die großen Ziele teilst: eine Gesellschaft ohne Klassenherrschaft, Sexismus, Rassismus und Autoritarismus, die von den Menschen gestaltet wird, die in ihr leben. Die Mitglieder sind in vielem uneins, und die Grundsätze selbst werden auf dem Gründungskongress von den Mitgliedern überprüft. Wir bitten nur darum, in gutem Glauben zu streiten und die Beschlüsse der Mitglieder zu respektieren.

## Was macht die Organisation mit meinen Daten?

Sie verwendet sie, um deine Mitgliedschaft zu führen: um dich deiner Sektion und deiner Ortsgruppe zuzuordnen, dir die gewünschten E-Mails zu schicken und dein Profil so weit zu zeigen, wie du es erlaubst. Deine Daten werden nie verkauft und an niemanden außerhalb der Organisation weitergegeben. Du kannst alles herunterladen, was die Plattform über dich speichert, und dein Konto jederzeit löschen; deine öffentlichen Beiträge bleiben dann erhalten und werden „ehemaliges Mitglied“ zugeschrieben.

## Wie kann ich über meine Ortsgruppe hinaus helfen?

Übersetze eine Seite, heiß neue Mitglieder willkommen, schließ dich einer Kampagne an, die eine andere Ortsgruppe begonnen hat, übernimm eine Aufgabe für eine Amtszeit oder hilf deiner Ortsgruppe, sich zu treffen und zu gründen. Die Organisation ist das, was ihre Mitglieder aus ihr machen.$md$, version = version + 1, updated_at = now()
WHERE slug = 'questions' AND language = 'de' AND title = 'Fragen und Antworten' AND md5(body) = '62f00b9c0d869d0e460772f93fa75a7e';

UPDATE content_page_text SET body = $md$Les réponses aux questions que l'on pose le plus souvent avant d'adhérer et juste après. Si ta question n'y figure pas, pose-la dans ta section ou écris aux responsables de ta branche.

## Qu'est-ce qu'une section locale ?

Une section est le groupe local d'IOPS : les membres d'une ville, d'un quartier d'une grande ville, d'un campus, ou d'un groupe en ligne qui n'est lié à aucun lieu. C'est là que l'on se rencontre en personne, que l'on apprend à se connaître et que l'on agit ensemble. Chaque section gère ses propres affaires, choisit ses projets et a des responsables élus ou désignés d'un commun accord par ses membres pour un mandat limité.

## Que se passe-t-il s'il n'y a pas de section dans ma ville ?

Tu en lances une simplement en adhérant. Si tu indiques dans le formulaire une ville où il n'existe pas encore de section, la plateforme crée une section *provisoire* dont tu deviens le premier membre. Les personnes de ta ville qui adhèrent ensuite arrivent dans la même section. Quand ses membres se sont réunis et conviennent de former la section, un ou une responsable la déclare fondée, et elle devient *active*. En attendant, tu es membre à part entière de ta branche nationale et de l'organisation internationale.

## Faut-il rencontrer des gens en personne ?

Non, même si c'est là que se fait l'essentiel du vrai travail. Certains membres participent uniquement en ligne, par exemple au sein d'une section en ligne. D'autres ne peuvent pas se réunir en sécurité là où ils vivent. Chacun peut contribuer de la manière que sa vie lui permet.

## Comment les décisions sont-elles prises ?

Au plus près des personnes concernées. Une section décide de ses propres affaires ; une branche décide de ce qui concerne son pays ; les questions qui touchent toute l'organisation vont à tous les membres. La façon de présenter des propositions et de les voter reste à fixer par les membres ; ce site ne permet pas encore de propositions ni de votes, et les sections décident donc lors de leurs réunions. Jusqu'à la convention fondatrice, un comité provisoire prend les quelques décisions qui ne peuvent pas attendre, et seulement avec un accord écrasant de ses membres.

## Puis-je utiliser un pseudonyme ?

Oui. Ton nom affiché est ce que voient les autres membres, et ce n'est pas forcément ton nom légal. Tu peux ajouter ton vrai nom à titre privé et décider qui peut le voir. Nous te demandons seulement de ne pas te faire passer pour une autre personne réelle.

## Qui peut voir ma ville ?

Par défaut, seuls les membres de ta section. Tu peux l'ouvrir à tous les membres ou à tout le monde, ou la réserver aux responsables. Le même choix existe pour ton quartier, ton vrai nom, ta présentation et ton adresse e-mail, et tu peux masquer entièrement ton adhésion dans les listes de membres. Les pages publiques indiquent combien il y a de membres, jamais leurs noms, sauf s'ils ont choisi d'apparaître.

## Dois-je payer une cotisation ?

Non. L'adhésion est gratuite et personne ne perd sa qualité de membre faute de payer. Ce site ne perçoit ni cotisations ni dons.

## Je ne suis pas d'accord avec tout ce que disent ces pages. Puis-je quand même adhérer ?

Oui, si tu partages les grandes orientations : une société sans domination de classe, sans sexisme, sans racisme ni autoritarisme, gérée par celles et ceux qui y vivent. Les membres sont en désaccord sur bien des points, et les engagements eux-mêmes seront réexaminés par les membres lors de la convention fondatrice. Ce que nous demandons, c'est de débattre de bonne foi et de respecter les décisions que prennent les membres.

## Que fait l'organisation de mes données ?

Elle les utilise pour gérer ton adhésion : te placer dans ta branche et ta section, t'envoyer les e-mails que tu as demandés et afficher ton profil dans la mesure où tu l'autorises. Elles ne sont jamais vendues ni communiquées à qui que ce soit hors de l'organisation. Tu peux télécharger tout ce que la plateforme conserve sur toi et supprimer ton compte à tout moment ; tes contributions publiques restent alors en ligne, attribuées à « ancien membre ».

## Comment aider au-delà de ma section ?

Traduis une page, accueille les nouveaux membres, rejoins une campagne lancée par une autre section, prends une fonction pour un mandat ou aide ta section à se réunir et à se fonder. L'organisation est ce que ses membres en font.$md$, version = version + 1, updated_at = now()
WHERE slug = 'questions' AND language = 'fr' AND title = 'Questions et réponses' AND md5(body) = '4790dd18d2307de4292ade305d8c090b';

UPDATE content_page_text SET body = $md$Viele unserer Mitglieder sind Aktivistinnen und Aktivisten. Manche wären in Gefahr, wenn ihr Arbeitgeber, ihr Vermieter oder ihre Regierung wüsste, dass sie zu einer Organisation wie unserer gehören. Diese Website ist so gebaut, dass du entscheidest, wer was über dich erfährt, und dass wir so wenig wie möglich speichern.

## Was wir über dich speichern

- **Dein Konto:** deine E-Mail-Adresse, einen Hash deines Passworts (nie das Passwort selbst), die Sprache, in der du liest, und wann du beigetreten bist und deine Adresse bestätigt hast.
- **Dein Profil:** deinen angezeigten Namen (ein Pseudonym ist willkommen) und, nur wenn du sie angibst, deinen bürgerlichen Namen und ein paar Worte über dich.
- **Wo du wohnst:** dein Land, deine Stadt oder deinen Ort und, wenn du möchtest, einen Stadtteil. Das ordnet dich deiner Sektion und deiner Ortsgruppe zu. Wenn du umziehst, bleiben die Ortsgruppen, zu denen du gehört hast, als dein Verlauf erhalten.
- **Was du wählst:** deine Datenschutzeinstellungen, die Ortsgruppen, denen du freiwillig beigetreten bist, die Funktionen, die du für eine Amtszeit innehast, und wann du dieser Erklärung zugestimmt hast.
- **Deine Sitzungen:** Solange du angemeldet bist, wird eine Sitzung gespeichert, damit du angemeldet bleibst; „Angemeldet bleiben“ speichert ein Token für höchstens einen Monat.

Wir verwenden keine Werbung, keine Tracker, keine Analysedienste und keine Schaltflächen sozialer Netzwerke. Nichts auf diesen Seiten wird von den Servern eines anderen Unternehmens geladen.

## Wer es sieht

Auf deiner Seite wählst du für deinen Ort, deinen Stadtteil, deinen bürgerlichen Namen, deine Vorstellung und deine E-Mail-Adresse, wer sie sehen darf: alle, Mitglieder, Mitglieder deiner Ortsgruppen oder nur die Admins deiner Ortsgruppe und darüber. Dein angezeigter Name erscheint überall, wo du bist. Du kannst dich aus allen Mitgliederlisten heraushalten: Du wirst mitgezählt, aber nie genannt. Öffentliche Seiten zeigen, wie viele wir sind, nie wer.

Admins sind Mitglieder, die eine Funktion für eine Amtszeit innehaben. Damit sie sich um ihre Ortsgruppe oder Sektion kümmern können, sehen sie, was deine Einstellungen Admins zu sehen erlauben. Was sie ändern, wird protokolliert.

## E-Mails

Wir schreiben dir, um deine Adresse zu bestätigen, damit du ein neues Passwort wählen kannst, und wenn sich an deinem Konto etwas ändert. Wir geben deine Adresse nie weiter und verkaufen sie nie.

## Deine Rechte

- **Deine Daten mitnehmen:** Deine Seite bietet einen Download von allem, was wir über dich speichern.
- **Deine Daten berichtigen:** Du kannst Profil, Wohnort und Einstellungen jederzeit ändern.
- **Dein Konto löschen:** Deine Seite hat dafür eine Schaltfläche. E-Mail-Adresse, Namen, Profil, Wohnort, Passwort und Sitzungen werden endgültig entfernt; was du geschrieben hast, bleibt und wird einem ehemaligen Mitglied zugeschrieben.
- Konten, deren Adresse nie bestätigt wird, werden nach sieben Tagen entfernt.

## Änderungen und Fragen

Wenn sich diese Erklärung ändert, bleiben alle früheren Fassungen erhalten. Bei Fragen zu deinen Daten wende dich an die Admins der Internationalen, die auf ihrer Seite stehen.$md$, version = version + 1, updated_at = now()
WHERE slug = 'privacy' AND language = 'de' AND title = 'Datenschutzerklärung' AND md5(body) = '444ca873c463db390bea0ed71febfc1e';

UPDATE content_page_text SET body = $md$Beaucoup de nos membres sont militants. Certains seraient en danger si leur employeur, leur propriétaire ou leur gouvernement savait qu'ils appartiennent à une organisation comme la nôtre. Ce site est conçu pour que tu décides qui apprend quoi sur toi, et pour que nous en gardions le moins possible.

## Ce que nous gardons sur toi

- **Ton compte :** ton adresse e-mail, une empreinte de ton mot de passe (jamais le mot de passe lui-même), la langue dans laquelle tu lis, la date de ton adhésion et de la confirmation de ton adresse.
- **Ton profil :** ton nom affiché (un pseudonyme est bienvenu) et, seulement si tu les donnes, ton vrai nom et quelques mots sur toi.
- **Où tu vis :** ton pays, ta ville et, si tu le souhaites, un quartier. Cela te place dans ta section et ton chapitre. Quand tu déménages, les chapitres auxquels tu appartenais sont gardés comme ton historique.
- **Tes choix :** tes réglages de confidentialité, les chapitres que tu as rejoints par choix, les fonctions que tu exerces pour un mandat, et la date à laquelle tu as accepté cette politique.
- **Tes sessions :** tant que tu es connecté, une session est enregistrée pour que tu le restes ; « rester connecté » enregistre un jeton pour un mois au plus.

Nous n'utilisons ni publicité, ni traceurs, ni service de mesure d'audience, ni boutons de réseaux sociaux. Rien sur ces pages n'est chargé depuis les serveurs d'une autre entreprise.

## Qui le voit

Sur ta page, tu choisis pour ta ville, ton quartier, ton vrai nom, ta présentation et ton adresse e-mail qui peut les voir : tout le monde, les membres, les membres de tes chapitres, ou seulement les administrateurs de ton chapitre et au-dessus. Ton nom affiché apparaît partout où tu es. Tu peux te retirer de toutes les listes de membres : tu es compté, jamais nommé. Les pages publiques montrent combien nous sommes, jamais qui.

Les administrateurs sont des membres qui exercent une fonction pour un mandat. Ils voient ce que tes réglages permettent aux administrateurs de voir, pour prendre soin de leur chapitre ou de leur section. Ce qu'ils modifient est consigné dans un journal.

## E-mails

Nous t'écrivons pour confirmer ton adresse, pour te laisser choisir un nouveau mot de passe et quand quelque chose change sur ton compte. Nous ne donnons ni ne vendons jamais ton adresse.

## Tes droits

- **Emporter tes données :** ta page propose de télécharger tout ce que nous gardons sur toi.
- **Les corriger :** tu peux modifier ton profil, ton lieu de résidence et tes réglages à tout moment.
- **Supprimer ton compte :** ta page a un bouton pour cela. Ton adresse, tes noms, ton profil, ta résidence, ton mot de passe et tes sessions sont effacés pour de bon ; ce que tu as écrit reste, signé par un ancien membre.
- Les comptes dont l'adresse n'est jamais confirmée sont supprimés au bout de sept jours.

## Changements et questions

Quand cette politique change, toutes ses versions précédentes sont conservées. Pour toute question sur tes données, adresse-toi aux administrateurs de l'internationale, qui figurent sur sa page.$md$, version = version + 1, updated_at = now()
WHERE slug = 'privacy' AND language = 'fr' AND title = 'Politique de confidentialité' AND md5(body) = '08094bd07f03635f92294c70e36c3b77';

INSERT INTO content_page_revision (slug, language, version, title, body, note, author_id, author_name, created_at)
SELECT t.slug, t.language, t.version, t.title, t.body,
       CASE t.language WHEN 'de' THEN 'Duzt die Lesenden, wie die ganze Oberfläche.'
                       ELSE 'Tutoie le lecteur, comme toute l''interface.' END,
       NULL, NULL, t.updated_at
FROM content_page_text t
WHERE t.slug IN ('history', 'questions', 'privacy') AND t.language IN ('de', 'fr')
  AND NOT EXISTS (SELECT 1 FROM content_page_revision r
                  WHERE r.slug = t.slug AND r.language = t.language AND r.version = t.version);
