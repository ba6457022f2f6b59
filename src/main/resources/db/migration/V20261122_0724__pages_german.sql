-- Die öffentlichen Seiten auf Deutsch, so wie sie mit der Plattform installiert werden.

INSERT INTO content_page_text (slug, language, title, body, version, updated_at) VALUES
('vision', 'de', 'Unsere Vision', $md$Wir wollen eine Gesellschaft, in der die Menschen, die die Arbeit machen, und die Menschen, die mit ihren Folgen leben, darüber entscheiden. Keine Gesellschaft, die von Eigentümern, Managerinnen oder Parteifunktionären im Namen aller anderen gelenkt wird, sondern eine, in der alle bei einer Entscheidung in dem Maß mitreden, in dem sie davon betroffen sind. Wir nennen sie eine *partizipatorische Gesellschaft*.

Eine solche Gesellschaft verlangt von niemandem, ein Heiliger zu sein. Sie verlangt, dass ihre Einrichtungen aufhören, das Gegenteil zu belohnen. Heute besitzen und kontrollieren wenige Menschen das meiste von dem, was alle brauchen; eine etwas größere Gruppe beansprucht die interessante und einflussreiche Arbeit für sich, und die meisten führen Anweisungen aus. Männer haben noch immer Macht über Frauen, manche ethnische und nationale Gruppen über andere, Staaten über die Menschen, denen sie angeblich dienen. Diese Hierarchien sind keine Charakterfehler Einzelner. Sie stecken in der Art, wie Arbeit, Politik, Kultur und Familienleben organisiert sind, und all das lässt sich anders organisieren.

## Was wir uns erhoffen

- **Selbstverwaltung.** Menschen entscheiden gemeinsam, am Arbeitsplatz, im Viertel und in Versammlungen, über das, was sie betrifft, und haben die Informationen und die Zeit, es gut zu tun.
- **Gerechtigkeit.** Das Einkommen richtet sich nach Anstrengung, Belastung und Bedarf, nicht nach Eigentum, Verhandlungsmacht oder Glück. Niemand lebt von der Arbeit anderer.
- **Solidarität.** Die Einrichtungen machen es leichter, füreinander zu sorgen, nicht schwerer; Zusammenarbeit lohnt sich mehr als Konkurrenz.
- **Vielfalt.** Es gibt viele Arten zu leben, zu glauben und zu arbeiten, und keine Kultur muss einer anderen weichen.
- **Ausgewogene Arbeit.** Jede Stelle verbindet Routineaufgaben mit Aufgaben, die Einfluss verleihen, damit keine Gruppe dauerhaft anordnet und keine dauerhaft gehorcht.
- **Sorge um den Planeten.** Wir teilen die Erde mit Generationen, die noch nicht geboren sind; wirtschaftliche Entscheidungen rechnen ihre ökologischen Kosten mit.

## Eine Skizze, kein Bauplan

Wir behaupten nicht, jede Einzelheit einer guten Gesellschaft zu kennen, und misstrauen allen, die das behaupten. Gestalten werden sie die Menschen, die darin leben. Was uns verbindet, sind einige grundlegende Merkmale, die sie möglich machen und an denen wir erkennen, ob wir ihr näherkommen.

Die Vision zählt schon heute, nicht erst später. Sie zeigt uns, was an der Gegenwart falsch ist, hilft uns, Forderungen und Projekte zu wählen, die dorthin führen, wo wir hinwollen, und beantwortet die Frage, die alle hören, die sich engagieren: *„Schön und gut, aber was wollt ihr stattdessen?“*$md$, 1, now()),
('mission', 'de', 'Unser Auftrag', $md$IOPS gibt es, um beim Aufbau einer partizipatorischen Gesellschaft zu helfen und schon heute ein kleines Beispiel dafür zu sein. Wir versuchen beides zugleich, denn eine Organisation, die in der Welt Selbstverwaltung will, aber selbst von oben geführt wird, wird früher oder später zu dem, was sie ersetzen wollte.

## Was wir tun

**Wir organisieren uns dort, wo Menschen leben.** Die Grundeinheit von IOPS ist die Ortsgruppe: Menschen aus demselben Ort, demselben Teil einer Großstadt, demselben Campus oder einer Online-Gruppe, die sich treffen, reden und gemeinsam handeln. Jede Ortsgruppe wählt ihre eigenen Kampagnen, ob sie einen Streik unterstützt, eine Lebensmittelkooperative gründet, Mieterinnen und Mieter verteidigt oder einen Lesekreis anbietet.

**Wir verbinden das Lokale mit dem Globalen.** Die Ortsgruppen schließen sich zu Sektionen und zu einer internationalen Organisation zusammen. Eine Ortsgruppe in einer Kleinstadt kann von einer auf einem anderen Kontinent lernen, um Hilfe bitten und sich Kampagnen anschließen, die viel größer sind als sie selbst.

**Wir erkämpfen Verbesserungen jetzt, ohne das Ziel aus den Augen zu verlieren.** Höhere Löhne, bezahlbare Wohnungen und faire Behandlung zählen heute im Leben der Menschen. Wir setzen uns so dafür ein, dass Menschen an Selbstvertrauen und an Fähigkeit gewinnen, selbst zu entscheiden, statt von Anführern abhängig zu werden.

**Wir lernen und teilen.** Die Mitglieder lesen, schreiben und diskutieren gemeinsam, damit die Ideen der Organisation allen gehören, umstritten und verbessert, statt Besitz einiger weniger zu sein.

## Wie wir arbeiten

Entscheidungen fallen so nah wie möglich bei den Menschen, die sie betreffen. Eine Ortsgruppe regelt ihre eigenen Angelegenheiten; eine Frage, die ein ganzes Land betrifft, geht an die Mitglieder dieser Sektion; eine Frage für alle geht an alle. Vorschläge haben eine Diskussionszeit und eine Frist, Stimmen werden offen ausgezählt und Ergebnisse festgehalten, damit Beschlüsse nicht stillschweigend versanden.

Aufgaben wie die Verwaltung einer Ortsgruppe oder die Kassenführung übernehmen gewöhnliche Mitglieder für eine begrenzte Amtszeit. Sie bringen Pflichten mit sich, keine Vorrechte, und andere können sie danach übernehmen.$md$, 1, now()),
('commitments', 'de', 'Unsere Grundsätze', $md$Diese Grundsätze beschreiben, was für eine Organisation IOPS sein will. Sie gelten vorläufig: Die Mitglieder werden auf einem Gründungskongress ihre eigene Fassung beraten und beschließen. Bis dahin sind sie der gemeinsame Boden, auf dem wir aufbauen.

## 1. Selbstverwaltet, von unten nach oben

Die Macht in IOPS liegt bei den Mitgliedern. Die Ortsgruppen regeln ihre eigenen Angelegenheiten im Rahmen der folgenden Grundsätze. Die Sektionen und die internationale Organisation koordinieren und unterstützen; sie erteilen keine Befehle. Wer eine Aufgabe übernimmt, ist den Mitgliedern rechenschaftspflichtig, die sie übertragen haben, und kann von ihnen abgelöst werden.

## 2. Offen und rechenschaftspflichtig

Vorschläge, Beschlüsse, Ergebnisse und Finanzen sind für die Mitglieder sichtbar, die sie betreffen. Jeder Wechsel in einer Aufgabe wird festgehalten. Bei Abstimmungen werden Enthaltungen und Mitglieder, die nicht geantwortet haben, getrennt gezählt, damit alle sehen, wie viel Rückhalt ein Beschluss wirklich hat.

## 3. Ausgewogen zwischen den Geschlechtern und ein Abbild unserer Umgebung

Wir streben in jeder Ortsgruppe und in jeder Aufgabe mindestens so viele Frauen wie Männer an und eine Mitgliedschaft, die den Gemeinschaften ähnelt, in denen wir uns organisieren. Wir zählen ehrlich nach und richten die Mitgliederwerbung an diesen Zielen aus.

## 4. Gegen jede Hierarchie, auch gegen unsere eigene

Wir stellen uns gegen Klassenherrschaft, Sexismus, Rassismus, Autoritarismus und die Zerstörung der Umwelt, und wir achten auch innerhalb der Organisation darauf. Niemand beansprucht die interessante oder einflussreiche Arbeit für sich: Aufgaben wechseln, Wissen wird geteilt, und Neue bekommen echte Verantwortung.

## 5. Sicher für alle, die mitmachen

Mitglieder können ein Pseudonym verwenden und selbst festlegen, wer ihre Stadt, ihren echten Namen, ihre Vorstellung und ihre E-Mail-Adresse sieht. In manchen Ländern ist politisches Engagement gefährlich; die Organisation darf nie diejenige sein, die jemanden bloßstellt. Belästigung, Drohungen und Werbung werden entfernt, und Beschwerden gehen zuerst an die Verantwortlichen der Ortsgruppe oder der Sektion, dann an die internationale Organisation.

## 6. Gerecht finanziert

Der Beitritt ist kostenlos. Die Mitglieder werden um einen gestaffelten Beitrag gebeten, den jede Person nach ihren Möglichkeiten selbst festlegt, und niemand wird ausgeschlossen, weil sie nichts zahlt. Ein Teil des Geldes geht dorthin, wo die Arbeit vor Ort am wenigsten hat, statt dort zu bleiben, wo die Mitglieder am reichsten sind.

## 7. Vielstimmig und geduldig

Wir verlangen von den Mitgliedern nicht, in allem einig zu sein. Meinungsverschiedenheiten, in gutem Glauben ausgetragen, sind die Art, wie eine Organisation lernt. Wir nehmen uns lieber etwas mehr Zeit und nehmen die Menschen mit, als eine Abstimmung zu gewinnen und die zu verlieren, die sie verloren haben.$md$, 1, now()),
('history', 'de', 'Unsere Geschichte', $md$## Eine Idee in einer Umfrage

IOPS begann nicht mit einem Gründungskongress, sondern mit einer Frage. 2011 fragte eine Online-Umfrage Aktivistinnen und Aktivisten, was sie von einer neuen internationalen Organisation erwarten würden: ihre Ziele, ihren Aufbau, ihre Art, Entscheidungen zu treffen. Mehrere Tausend Menschen antworteten, und die große Mehrheit erklärte, einer solchen Organisation beitreten zu wollen, sofort oder sobald sie sicher sei, dass es ernst gemeint ist.

## Ein vorläufiges Komitee

Die Entschlossensten nahmen die Antworten der Umfrage als Ausgangspunkt. Sie baten Autorinnen und Organisatoren aus vielen Ländern, ein *vorläufiges beratendes Komitee* zu bilden. Dessen Aufgabe war bewusst eng gefasst: die wenigen Entscheidungen treffen, die nicht warten konnten, und alles andere den Mitgliedern überlassen, sobald es genug von ihnen gab, um zu entscheiden. Das Komitee arbeitete per E-Mail über Zeitzonen hinweg. Ein Vorschlag galt nur als angenommen, wenn eine überwältigende Mehrheit der Antwortenden ihn unterstützte; alles Umstrittene sollte an die Mitglieder gehen.

Die ersten Entscheidungen waren praktischer Art. Die Organisation brauchte einen Namen, und gewählt wurde „International Organization for a Participatory Society“ (Internationale Organisation für eine partizipatorische Gesellschaft), kurz IOPS, mit der Maßgabe, dass der Gründungskongress ihn ändern kann. Sie brauchte auch einen Treffpunkt, also wurde Geld für eine Website gesammelt, auf der Menschen beitreten, einander finden und an die Arbeit gehen konnten.

## Wachsen und lernen

Die Website öffnete Anfang 2012. Innerhalb weniger Monate waren Tausende Menschen in mehr als achtzig Ländern beigetreten. In Städten auf mehreren Kontinenten entstanden Ortsgruppen; manche trafen sich regelmäßig und führten eigene Kampagnen, andere kamen über ein erstes Treffen nicht hinaus. Die Mitglieder stritten über Strategie, Vision und die vorläufige Phase selbst und legten per Abstimmung die Bedingungen für einen Gründungskongress fest: eine Mindestzahl von Ortsgruppen, Ortsgruppen in mehreren Ländern auf mehreren Kontinenten und ein faires Verhältnis von Frauen und Männern in jeder von ihnen.

Die ersten Jahre hinterließen Lehren, die diese Plattform geprägt haben. Was in Versammlungsräumen geschah, war online unsichtbar, sodass die Organisation ruhiger wirkte, als sie war. Viele Mitglieder wollten ihre Stadt nicht vor aller Welt zeigen. Beschlüsse ohne feste Frist versandeten oft. Die Mitglieder wollten auf einen Blick sehen, wie weit die Organisation von ihren eigenen Zielen entfernt war.

## Diese Plattform

Die Website, die Sie gerade lesen, wurde neu gebaut, um aus diesen Lehren zu lernen. Beim Beitritt werden Sie automatisch Ihrer Sektion und Ihrer Ortsgruppe zugeordnet. Sie bestimmen, wer was über Sie sieht. Die Zahlen auf der Startseite zeigen, wie die Organisation wächst. Vorschläge und Abstimmungen haben Fristen und festgehaltene Ergebnisse. Die Geschichte der Organisation wird weitergeschrieben, und von hier an schreiben sie ihre Mitglieder.$md$, 1, now()),
('questions', 'de', 'Fragen und Antworten', $md$Antworten auf das, was Menschen vor und kurz nach dem Beitritt am häufigsten fragen. Wenn Ihre Frage nicht dabei ist, stellen Sie sie in Ihrer Ortsgruppe oder schreiben Sie den Verantwortlichen Ihrer Sektion.

## Was ist eine Ortsgruppe?

Eine Ortsgruppe ist die lokale Gruppe von IOPS: die Mitglieder eines Ortes, eines Teils einer Großstadt, eines Campus oder einer Online-Gruppe, die an keinen Ort gebunden ist. Dort treffen sich Menschen persönlich, lernen einander kennen und handeln gemeinsam. Jede Ortsgruppe regelt ihre eigenen Angelegenheiten, wählt ihre Projekte und hat Verantwortliche, die ihre Mitglieder für eine begrenzte Amtszeit wählen oder bestimmen.

## Was passiert, wenn es in meiner Stadt keine Ortsgruppe gibt?

Dann gründen Sie eine, einfach indem Sie beitreten. Geben Sie im Beitrittsformular einen Ort an, an dem es noch keine Ortsgruppe gibt, legt die Plattform eine *vorläufige* Ortsgruppe an und macht Sie zu ihrem ersten Mitglied. Wer danach aus Ihrem Ort beitritt, kommt in dieselbe Ortsgruppe. Sobald sich ihre Mitglieder getroffen haben und sich einig sind, die Ortsgruppe zu bilden, wird sie als gegründet eingetragen und ist dann *aktiv*. Bis dahin sind Sie vollwertiges Mitglied Ihrer Sektion und der internationalen Organisation.

## Muss ich Menschen persönlich treffen?

Nein, auch wenn dort der größte Teil der eigentlichen Arbeit geschieht. Manche Mitglieder beteiligen sich nur online, etwa in einer Online-Ortsgruppe, in Diskussionen und bei Abstimmungen. Andere können sich dort, wo sie leben, nicht gefahrlos treffen. Alle können so beitragen, wie es ihr Leben zulässt.

## Wie werden Entscheidungen getroffen?

So nah wie möglich bei den Betroffenen. Eine Ortsgruppe entscheidet über ihre eigenen Angelegenheiten, eine Sektion über das, was ihr Land betrifft, und Fragen der ganzen Organisation gehen an alle Mitglieder. Eine Entscheidung beginnt als Vorschlag mit einer Diskussionszeit und einer Frist; dann stimmen die Mitglieder der betroffenen Ebene darüber ab. Die Ergebnisse zeigen Zustimmung, Ablehnung, Enthaltungen und wer nicht abgestimmt hat. Bis zum Gründungskongress trifft ein vorläufiges Komitee die wenigen Entscheidungen, die nicht warten können, und nur mit überwältigender Zustimmung seiner Mitglieder.

## Kann ich ein Pseudonym verwenden?

Ja. Ihr Anzeigename ist das, was andere Mitglieder sehen, und er muss nicht Ihr amtlicher Name sein. Sie können Ihren echten Namen privat hinterlegen und entscheiden, wer ihn sehen darf. Wir bitten nur darum, sich nicht als eine andere real existierende Person auszugeben.

## Wer kann meine Stadt sehen?

Standardmäßig nur die Mitglieder Ihrer eigenen Ortsgruppe. Sie können das auf alle Mitglieder oder auf alle Welt erweitern oder auf die Verantwortlichen beschränken. Dieselbe Wahl haben Sie für Ihr Viertel, Ihren echten Namen, Ihre Vorstellung und Ihre E-Mail-Adresse, und Sie können Ihre Mitgliedschaft in Mitgliederlisten ganz verbergen. Öffentliche Seiten zeigen, wie viele Mitglieder es gibt, ihre Namen aber nur, wenn sie selbst gelistet werden wollen.

## Muss ich Beiträge zahlen?

Nein. Der Beitritt ist kostenlos, und niemand verliert die Mitgliedschaft, weil er nicht zahlt. Wer es sich leisten kann, wird um einen gestaffelten Beitrag gebeten, dessen Höhe jede Person selbst festlegt. Beiträge und Spenden bezahlen den Betrieb der Organisation, und ein Teil geht an Ortsgruppen, in denen das Geld am knappsten ist.

## Ich bin nicht mit allem auf diesen Seiten einverstanden. Kann ich trotzdem beitreten?

Ja, wenn Sie die großen Ziele teilen: eine Gesellschaft ohne Klassenherrschaft, Sexismus, Rassismus und Autoritarismus, die von den Menschen gestaltet wird, die in ihr leben. Die Mitglieder sind in vielem uneins, und die Grundsätze selbst werden auf dem Gründungskongress von den Mitgliedern überprüft. Wir bitten nur darum, in gutem Glauben zu streiten und die Beschlüsse der Mitglieder zu respektieren.

## Was macht die Organisation mit meinen Daten?

Sie verwendet sie, um Ihre Mitgliedschaft zu führen: um Sie Ihrer Sektion und Ihrer Ortsgruppe zuzuordnen, Ihnen die gewünschten E-Mails zu schicken und Ihr Profil so weit zu zeigen, wie Sie es erlauben. Sie werden nie verkauft und an niemanden außerhalb der Organisation weitergegeben. Sie können alles herunterladen, was die Plattform über Sie speichert, und Ihr Konto jederzeit löschen; Ihre öffentlichen Beiträge bleiben dann erhalten und werden „ehemaliges Mitglied“ zugeschrieben.

## Wie kann ich über meine Ortsgruppe hinaus helfen?

Übersetzen Sie eine Seite, heißen Sie neue Mitglieder willkommen, schließen Sie sich einer Kampagne an, die eine andere Ortsgruppe begonnen hat, übernehmen Sie eine Aufgabe für eine Amtszeit oder bringen Sie einen Vorschlag in Ihre Sektion ein. Die Organisation ist das, was ihre Mitglieder aus ihr machen.$md$, 1, now());

INSERT INTO content_page_revision (slug, language, version, title, body, note, created_at)
SELECT slug, language, version, title, body, 'Erste Fassung, mit der Plattform installiert.', updated_at
FROM content_page_text WHERE language = 'de';
