-- Admins add, order and remove public pages without a migration: who added a page and who removed it, and when,
-- are kept on the page (a removed page keeps its texts and revisions; readers get 404). And the privacy policy
-- ships with the platform, in the four languages of the interface, linked from the join form.

ALTER TABLE content_page
    ADD COLUMN created_by UUID,
    ADD COLUMN removed_at TIMESTAMPTZ,
    ADD COLUMN removed_by UUID;

INSERT INTO content_page (slug, position) VALUES ('privacy', 6);

INSERT INTO content_page_text (slug, language, title, body, version, updated_at) VALUES
('privacy', 'en', 'Privacy policy', $md$Many of our members are activists. Some of them would be at risk if their employer, their landlord or their government knew they belong to an organization like ours. This site is built so that you decide who learns what about you, and so that we hold as little as we can.

## What we keep about you

- **Your account:** your email address, a hash of your password (never the password itself), the language you read in, and when you joined and confirmed your address.
- **Your profile:** your display name (a pseudonym is welcome), and only if you give them your real name and a few words about yourself.
- **Where you live:** your country, your city or town and, if you like, a neighbourhood. This places you in your branch and your chapter. When you move, the chapters you belonged to before are kept as your history.
- **What you choose:** your privacy settings, the chapters you joined by choice, the roles you hold for a term, and when you agreed to this policy.
- **Your sessions:** while you are logged in, a session is stored so that you stay logged in; "keep me logged in" stores a token for up to a month.

We do not use advertising, trackers, analytics services or social media buttons. Nothing on these pages is loaded from another company's servers.

## Who sees it

On your page you choose, for your town, neighbourhood, real name, bio and email address, who may see it: everyone, members, members of your chapters, or only the admins of your chapter and above. Your display name is shown wherever you are. You can hide yourself from every member list: you are still counted, never listed. Public pages show how many we are, never who.

Admins are members who hold a role for a term. They see what your settings allow admins to see, so that they can look after their chapter or branch. What they change is recorded in an audit log.

## Email

We write to you to confirm your address, to let you choose a new password, and when something changes on your account. We never give or sell your address to anyone.

## Your rights

- **Take your data with you:** your page offers a download of everything we hold about you.
- **Correct it:** you can change your profile, residence and settings at any time.
- **Delete your account:** your page has a button for it. Your email address, names, profile, residence, password and sessions are removed for good; what you wrote stays, shown as by a former member.
- Accounts whose address is never confirmed are removed after seven days.

## Changes and questions

When this policy changes, every earlier version of it is kept. For any question about your data, ask the admins of the international, who are listed on its page.$md$, 1, now()),
('privacy', 'es', 'Política de privacidad', $md$Muchos de nuestros miembros son activistas. Algunos correrían peligro si su empresa, su casero o su gobierno supieran que pertenecen a una organización como la nuestra. Este sitio está hecho para que tú decidas quién sabe qué de ti, y para que guardemos lo menos posible.

## Qué guardamos sobre ti

- **Tu cuenta:** tu dirección de correo, un hash de tu contraseña (nunca la contraseña misma), el idioma en que lees y cuándo te afiliaste y confirmaste tu dirección.
- **Tu perfil:** tu nombre visible (un seudónimo es bienvenido) y, solo si los das, tu nombre real y unas palabras sobre ti.
- **Dónde vives:** tu país, tu ciudad o pueblo y, si quieres, un barrio. Eso te sitúa en tu sección y tu capítulo. Cuando te mudas, los capítulos a los que pertenecías se guardan como tu historial.
- **Lo que eliges:** tus ajustes de privacidad, los capítulos a los que te uniste por elección, los cargos que ocupas por un periodo y cuándo aceptaste esta política.
- **Tus sesiones:** mientras tienes la sesión iniciada se guarda una sesión para que sigas conectado; «mantener la sesión iniciada» guarda un identificador durante un mes como máximo.

No usamos publicidad, rastreadores, servicios de analítica ni botones de redes sociales. Nada de estas páginas se carga desde servidores de otra empresa.

## Quién lo ve

En tu página eliges, para tu ciudad, tu barrio, tu nombre real, tu presentación y tu correo, quién puede verlo: todo el mundo, los miembros, los miembros de tus capítulos o solo quienes administran tu capítulo y los niveles superiores. Tu nombre visible aparece dondequiera que estés. Puedes ocultarte de todas las listas de miembros: se te cuenta, pero no se te nombra. Las páginas públicas muestran cuántos somos, nunca quiénes.

Quienes administran son miembros que ocupan un cargo por un periodo. Ven lo que tus ajustes permiten ver a quienes administran, para que puedan cuidar de su capítulo o sección. Lo que cambian queda registrado.

## Correo

Te escribimos para confirmar tu dirección, para que elijas una contraseña nueva y cuando algo cambia en tu cuenta. Nunca damos ni vendemos tu dirección a nadie.

## Tus derechos

- **Llevarte tus datos:** tu página ofrece descargar todo lo que guardamos sobre ti.
- **Corregirlos:** puedes cambiar tu perfil, tu residencia y tus ajustes cuando quieras.
- **Borrar tu cuenta:** tu página tiene un botón para ello. Tu correo, tus nombres, tu perfil, tu residencia, tu contraseña y tus sesiones se eliminan para siempre; lo que escribiste se queda, firmado por un antiguo miembro.
- Las cuentas cuya dirección nunca se confirma se eliminan a los siete días.

## Cambios y preguntas

Cuando esta política cambia, se conservan todas sus versiones anteriores. Para cualquier pregunta sobre tus datos, pregunta a quienes administran la internacional; aparecen en su página.$md$, 1, now()),
('privacy', 'fr', 'Politique de confidentialité', $md$Beaucoup de nos membres sont militants. Certains seraient en danger si leur employeur, leur propriétaire ou leur gouvernement savait qu'ils appartiennent à une organisation comme la nôtre. Ce site est conçu pour que vous décidiez qui apprend quoi sur vous, et pour que nous en gardions le moins possible.

## Ce que nous gardons sur vous

- **Votre compte :** votre adresse e-mail, une empreinte de votre mot de passe (jamais le mot de passe lui-même), la langue dans laquelle vous lisez, la date de votre adhésion et de la confirmation de votre adresse.
- **Votre profil :** votre nom affiché (un pseudonyme est bienvenu) et, seulement si vous les donnez, votre vrai nom et quelques mots sur vous.
- **Où vous vivez :** votre pays, votre ville et, si vous le souhaitez, un quartier. Cela vous place dans votre section et votre chapitre. Quand vous déménagez, les chapitres auxquels vous apparteniez sont gardés comme votre historique.
- **Vos choix :** vos réglages de confidentialité, les chapitres que vous avez rejoints par choix, les fonctions que vous exercez pour un mandat, et la date à laquelle vous avez accepté cette politique.
- **Vos sessions :** tant que vous êtes connecté, une session est enregistrée pour que vous le restiez ; « rester connecté » enregistre un jeton pour un mois au plus.

Nous n'utilisons ni publicité, ni traceurs, ni service de mesure d'audience, ni boutons de réseaux sociaux. Rien sur ces pages n'est chargé depuis les serveurs d'une autre entreprise.

## Qui le voit

Sur votre page, vous choisissez pour votre ville, votre quartier, votre vrai nom, votre présentation et votre adresse e-mail qui peut les voir : tout le monde, les membres, les membres de vos chapitres, ou seulement les administrateurs de votre chapitre et au-dessus. Votre nom affiché apparaît partout où vous êtes. Vous pouvez vous retirer de toutes les listes de membres : vous êtes compté, jamais nommé. Les pages publiques montrent combien nous sommes, jamais qui.

Les administrateurs sont des membres qui exercent une fonction pour un mandat. Ils voient ce que vos réglages permettent aux administrateurs de voir, pour prendre soin de leur chapitre ou de leur section. Ce qu'ils modifient est consigné dans un journal.

## E-mails

Nous vous écrivons pour confirmer votre adresse, pour vous laisser choisir un nouveau mot de passe et quand quelque chose change sur votre compte. Nous ne donnons ni ne vendons jamais votre adresse.

## Vos droits

- **Emporter vos données :** votre page propose de télécharger tout ce que nous gardons sur vous.
- **Les corriger :** vous pouvez modifier votre profil, votre lieu de résidence et vos réglages à tout moment.
- **Supprimer votre compte :** votre page a un bouton pour cela. Votre adresse, vos noms, votre profil, votre résidence, votre mot de passe et vos sessions sont effacés pour de bon ; ce que vous avez écrit reste, signé par un ancien membre.
- Les comptes dont l'adresse n'est jamais confirmée sont supprimés au bout de sept jours.

## Changements et questions

Quand cette politique change, toutes ses versions précédentes sont conservées. Pour toute question sur vos données, adressez-vous aux administrateurs de l'internationale, qui figurent sur sa page.$md$, 1, now()),
('privacy', 'de', 'Datenschutzerklärung', $md$Viele unserer Mitglieder sind Aktivistinnen und Aktivisten. Manche wären in Gefahr, wenn ihr Arbeitgeber, ihr Vermieter oder ihre Regierung wüsste, dass sie zu einer Organisation wie unserer gehören. Diese Website ist so gebaut, dass Sie entscheiden, wer was über Sie erfährt, und dass wir so wenig wie möglich speichern.

## Was wir über Sie speichern

- **Ihr Konto:** Ihre E-Mail-Adresse, einen Hash Ihres Passworts (nie das Passwort selbst), die Sprache, in der Sie lesen, und wann Sie beigetreten sind und Ihre Adresse bestätigt haben.
- **Ihr Profil:** Ihren angezeigten Namen (ein Pseudonym ist willkommen) und nur wenn Sie sie angeben, Ihren bürgerlichen Namen und ein paar Worte über sich.
- **Wo Sie wohnen:** Ihr Land, Ihre Stadt oder Ihren Ort und, wenn Sie möchten, einen Stadtteil. Das ordnet Sie Ihrer Sektion und Ihrer Ortsgruppe zu. Wenn Sie umziehen, bleiben die Ortsgruppen, zu denen Sie gehörten, als Ihr Verlauf erhalten.
- **Was Sie wählen:** Ihre Datenschutzeinstellungen, die Ortsgruppen, denen Sie freiwillig beigetreten sind, die Funktionen, die Sie für eine Amtszeit innehaben, und wann Sie dieser Erklärung zugestimmt haben.
- **Ihre Sitzungen:** Solange Sie angemeldet sind, wird eine Sitzung gespeichert, damit Sie angemeldet bleiben; „Angemeldet bleiben“ speichert ein Token für höchstens einen Monat.

Wir verwenden keine Werbung, keine Tracker, keine Analysedienste und keine Schaltflächen sozialer Netzwerke. Nichts auf diesen Seiten wird von den Servern eines anderen Unternehmens geladen.

## Wer es sieht

Auf Ihrer Seite wählen Sie für Ihren Ort, Ihren Stadtteil, Ihren bürgerlichen Namen, Ihre Vorstellung und Ihre E-Mail-Adresse, wer sie sehen darf: alle, Mitglieder, Mitglieder Ihrer Ortsgruppen oder nur die Admins Ihrer Ortsgruppe und darüber. Ihr angezeigter Name erscheint überall, wo Sie sind. Sie können sich aus allen Mitgliederlisten heraushalten: Sie werden mitgezählt, aber nie genannt. Öffentliche Seiten zeigen, wie viele wir sind, nie wer.

Admins sind Mitglieder, die eine Funktion für eine Amtszeit innehaben. Sie sehen, was Ihre Einstellungen Admins zu sehen erlauben, damit sie sich um ihre Ortsgruppe oder Sektion kümmern können. Was sie ändern, wird protokolliert.

## E-Mails

Wir schreiben Ihnen, um Ihre Adresse zu bestätigen, damit Sie ein neues Passwort wählen können, und wenn sich an Ihrem Konto etwas ändert. Wir geben Ihre Adresse nie weiter und verkaufen sie nie.

## Ihre Rechte

- **Ihre Daten mitnehmen:** Ihre Seite bietet einen Download von allem, was wir über Sie speichern.
- **Sie berichtigen:** Sie können Profil, Wohnort und Einstellungen jederzeit ändern.
- **Ihr Konto löschen:** Ihre Seite hat dafür eine Schaltfläche. E-Mail-Adresse, Namen, Profil, Wohnort, Passwort und Sitzungen werden endgültig entfernt; was Sie geschrieben haben, bleibt und wird einem ehemaligen Mitglied zugeschrieben.
- Konten, deren Adresse nie bestätigt wird, werden nach sieben Tagen entfernt.

## Änderungen und Fragen

Wenn sich diese Erklärung ändert, bleiben alle früheren Fassungen erhalten. Bei Fragen zu Ihren Daten wenden Sie sich an die Admins der Internationalen, die auf ihrer Seite stehen.$md$, 1, now());

INSERT INTO content_page_revision (slug, language, version, title, body, note, created_at)
SELECT slug, language, version, title, body, 'First version, installed with the platform.', updated_at
FROM content_page_text WHERE slug = 'privacy';
