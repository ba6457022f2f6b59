-- Les pages publiques en français, telles qu'installées avec la plateforme.

INSERT INTO content_page_text (slug, language, title, body, version, updated_at) VALUES
('vision', 'fr', 'Notre vision', $md$Nous voulons une société où les personnes qui font le travail, et celles qui en vivent les conséquences, prennent les décisions qui le concernent. Pas une société dirigée par des propriétaires, des cadres ou des responsables de parti au nom de tous les autres, mais une société où chacun a voix au chapitre à la mesure de ce qu'une décision change pour lui. Nous l'appelons une *société participative*.

Une telle société ne demande à personne d'être un saint. Elle demande que ses institutions cessent de récompenser le contraire. Aujourd'hui, une poignée de personnes possèdent et contrôlent l'essentiel de ce dont tout le monde a besoin, un groupe un peu plus large s'approprie le travail intéressant et valorisant, et la plupart des gens exécutent des ordres. Les hommes ont encore du pouvoir sur les femmes, certains groupes ethniques et nationaux sur d'autres, et les États sur les populations qu'ils prétendent servir. Ces hiérarchies ne sont pas des accidents de caractère. Elles sont inscrites dans la façon dont sont organisés le travail, la politique, la culture et la vie familiale, et tout cela peut être organisé autrement.

## Ce que nous espérons

- **L'autogestion.** Les gens décident ensemble, sur leur lieu de travail, dans leur quartier et en assemblée, de ce qui les concerne, et disposent de l'information et du temps nécessaires pour bien le faire.
- **L'équité.** Le revenu dépend de l'effort, de la pénibilité et des besoins, non de la propriété, du rapport de force ou de la chance. Personne ne vit du travail des autres.
- **La solidarité.** Les institutions rendent plus facile, et non plus difficile, de prendre soin les uns des autres ; la coopération rapporte davantage que la concurrence.
- **La diversité.** De nombreuses façons de vivre, de croire et de travailler sont possibles, et aucune culture n'est contrainte de s'effacer devant une autre.
- **Un travail équilibré.** Chaque poste associe des tâches routinières et des tâches qui donnent du pouvoir, pour qu'aucun groupe ne devienne celui qui commande toujours, ni aucun autre celui qui obéit toujours.
- **Le soin de la planète.** La Terre est partagée avec des générations qui ne sont pas encore nées ; les choix économiques tiennent compte de leur coût écologique.

## Une esquisse, pas un plan

Nous ne prétendons pas connaître chaque détail d'une bonne société, et nous nous méfions de quiconque le prétend. Ce sont celles et ceux qui y vivront qui lui donneront forme. Ce que nous partageons, c'est un ensemble de traits essentiels qui la rendent possible et qui nous permettent de voir si nous nous en rapprochons.

La vision compte dès maintenant, pas seulement plus tard. Elle nous dit ce qui ne va pas dans le présent, nous aide à choisir des revendications et des projets qui mènent là où nous voulons aller, et répond à la question que toute personne qui milite finit par entendre : *« D'accord, mais concrètement, vous voulez quoi à la place ? »*$md$, 1, now()),
('mission', 'fr', 'Notre mission', $md$IOPS existe pour aider à construire une société participative, et pour en être, dès aujourd'hui, un petit exemple. Nous essayons de faire les deux à la fois, car une organisation qui veut l'autogestion dans le monde mais qui est dirigée d'en haut finira tôt ou tard par devenir ce qu'elle voulait remplacer.

## Ce que nous faisons

**Nous nous organisons là où les gens vivent.** L'unité de base d'IOPS est la section locale : des personnes d'une même ville, d'un quartier d'une grande ville, d'un campus ou d'un groupe en ligne, qui se rencontrent, discutent et agissent ensemble. Chaque section choisit ses campagnes, qu'il s'agisse de soutenir une grève, d'ouvrir une coopérative alimentaire, de défendre des locataires ou d'animer un groupe de lecture.

**Nous relions le local et le mondial.** Les sections se fédèrent en branches nationales et en une seule organisation internationale. Une section d'une petite ville peut apprendre d'une autre sur un autre continent, demander de l'aide et rejoindre des campagnes bien plus grandes qu'elle.

**Nous obtenons des améliorations tout de suite, sans perdre le but de vue.** De meilleurs salaires, des logements abordables et un traitement équitable comptent dans la vie des gens dès aujourd'hui. Nous nous battons pour eux de manière à renforcer la confiance des personnes et leur capacité à décider par elles-mêmes, plutôt qu'à les rendre dépendantes de dirigeants.

**Nous étudions et nous partageons.** Les membres lisent, écrivent et débattent ensemble, pour que les idées de l'organisation appartiennent à tout le monde, discutées et améliorées, plutôt qu'à quelques-uns.

## Comment nous travaillons

Les décisions sont prises au plus près des personnes qu'elles concernent. Une section décide de ses propres affaires ; une question qui touche tout un pays va aux membres de cette branche ; une question qui concerne tout le monde va à tout le monde. Les propositions ont une période de débat et une échéance, les voix sont comptées ouvertement et les résultats sont consignés, pour que les décisions ne s'évaporent pas discrètement.

Les fonctions comme celle d'administratrice de section ou de trésorier sont exercées par des membres ordinaires pour un mandat limité. Elles donnent des devoirs plutôt que des privilèges, et d'autres peuvent les reprendre ensuite.$md$, 1, now()),
('commitments', 'fr', 'Nos engagements', $md$Ces engagements décrivent le genre d'organisation qu'IOPS veut être. Ils sont provisoires : les membres examineront et adopteront leur propre version lors d'une convention fondatrice. D'ici là, ils sont le socle commun sur lequel nous construisons.

## 1. Autogérée de la base vers le sommet

Le pouvoir, dans IOPS, appartient aux membres. Les sections gèrent leurs propres affaires dans le respect des engagements ci-dessous. Les branches et l'organisation internationale coordonnent et soutiennent ; elles ne commandent pas. Toute personne qui exerce une fonction rend des comptes aux membres qui la lui ont confiée et peut être remplacée par eux.

## 2. Ouverte et responsable

Les propositions, les décisions, les résultats et les comptes sont visibles pour les membres qu'ils concernent. Chaque changement de fonction est consigné. Lors d'un vote, les abstentions et les personnes qui n'ont pas répondu sont comptées à part, pour que chacun voie quel soutien une décision a réellement.

## 3. Équilibrée entre les genres et représentative de là où nous sommes

Nous visons au moins autant de femmes que d'hommes dans chaque section et dans chaque fonction, et des membres qui ressemblent aux communautés où nous nous organisons. Nous faisons les comptes honnêtement et orientons nos efforts de recrutement vers ces objectifs.

## 4. Contre toutes les hiérarchies, y compris la nôtre

Nous nous opposons à la domination de classe, au sexisme, au racisme, à l'autoritarisme et à la destruction de l'environnement, et nous y restons attentifs à l'intérieur de l'organisation aussi. Personne ne monopolise le travail intéressant ou influent : les tâches tournent, les savoir-faire se partagent, et les nouveaux venus reçoivent de vraies responsabilités.

## 5. Sûre pour celles et ceux qui y participent

Les membres peuvent utiliser un pseudonyme et décider qui voit leur ville, leur vrai nom, leur présentation et leur adresse e-mail. Dans certains pays, militer est dangereux ; l'organisation ne doit jamais être ce qui expose quelqu'un. Le harcèlement, les menaces et la publicité sont retirés, et les plaintes vont d'abord aux responsables de la section ou de la branche, puis à l'organisation internationale.

## 6. Financée équitablement

L'adhésion est gratuite. Les membres sont invités à verser une cotisation modulable que chacun fixe selon ses moyens, et personne n'est exclu parce qu'il ne paie rien. Une partie de l'argent va là où l'organisation locale a le moins, au lieu de rester là où les membres sont les plus aisés.

## 7. Plurielle et patiente

Nous ne demandons pas aux membres d'être d'accord sur tout. Le désaccord, argumenté de bonne foi, est la façon dont une organisation apprend. Nous préférons prendre un peu plus de temps et avancer avec les gens plutôt que gagner un vote et perdre celles et ceux qui l'ont perdu.$md$, 1, now()),
('history', 'fr', 'Notre histoire', $md$## Une idée soumise à un sondage

IOPS n'a pas commencé par un congrès fondateur, mais par une question. En 2011, un sondage en ligne a demandé à des militantes et militants ce qu'ils attendraient d'une nouvelle organisation internationale : ses buts, sa structure, sa façon de prendre des décisions. Plusieurs milliers de personnes ont répondu, et la grande majorité a déclaré qu'elle rejoindrait une telle organisation, tout de suite ou dès qu'elle serait convaincue que le projet était sérieux.

## Un comité provisoire

Les plus motivés ont pris les réponses du sondage comme point de départ. Ils ont demandé à des auteurs et à des organisatrices de nombreux pays de former un *comité consultatif provisoire*. Sa mission était volontairement étroite : prendre les quelques décisions qui ne pouvaient pas attendre, et laisser tout le reste aux membres dès qu'ils seraient assez nombreux pour décider. Le comité travaillait par e-mail, d'un fuseau horaire à l'autre. Une proposition n'était adoptée que si une écrasante majorité des réponses la soutenait ; tout ce qui faisait débat devait revenir aux membres.

Ses premiers choix ont été pratiques. L'organisation avait besoin d'un nom : on a retenu « International Organization for a Participatory Society » (Organisation internationale pour une société participative), abrégé en IOPS, étant entendu que la convention fondatrice pourrait le changer. Il lui fallait aussi un lieu de rencontre : de l'argent a donc été collecté pour un site web où l'on pourrait adhérer, se trouver et se mettre au travail.

## Grandir, et apprendre

Le site a ouvert début 2012. En quelques mois, des milliers de personnes dans plus de quatre-vingts pays avaient adhéré. Des sections se sont formées dans des villes de plusieurs continents ; certaines se réunissaient régulièrement et menaient leurs propres campagnes, d'autres ne sont jamais allées au-delà d'une première réunion. Les membres ont débattu de stratégie, de vision et de la phase provisoire elle-même, et ont fixé par un vote les conditions d'une convention fondatrice : un nombre minimal de sections, des sections dans plusieurs pays sur plusieurs continents, et un juste équilibre entre femmes et hommes dans chacune.

Ces premières années ont laissé des leçons qui ont façonné cette plateforme. Ce qui se passait dans les salles de réunion restait invisible en ligne, si bien que l'organisation paraissait plus calme qu'elle ne l'était. Beaucoup de membres ne voulaient pas que leur ville soit affichée aux yeux du monde. Les décisions sans échéance ferme avaient tendance à s'enliser. Les membres voulaient voir d'un coup d'œil où en était l'organisation par rapport à ses propres objectifs.

## Cette plateforme

Le site que vous lisez a été reconstruit pour tirer parti de ces leçons. En adhérant, vous êtes placé automatiquement dans votre branche et dans votre section. Vous choisissez qui voit quoi à votre sujet. Les chiffres de la page d'accueil montrent comment l'organisation grandit. Les propositions et les votes ont des échéances et des résultats consignés. L'histoire de l'organisation continue de s'écrire, et désormais ce sont ses membres qui l'écrivent.$md$, 1, now()),
('questions', 'fr', 'Questions et réponses', $md$Les réponses aux questions que l'on pose le plus souvent avant d'adhérer et juste après. Si votre question n'y figure pas, posez-la dans votre section ou écrivez aux responsables de votre branche.

## Qu'est-ce qu'une section locale ?

Une section est le groupe local d'IOPS : les membres d'une ville, d'un quartier d'une grande ville, d'un campus, ou d'un groupe en ligne qui n'est lié à aucun lieu. C'est là que l'on se rencontre en personne, que l'on apprend à se connaître et que l'on agit ensemble. Chaque section gère ses propres affaires, choisit ses projets et a des responsables élus ou désignés d'un commun accord par ses membres pour un mandat limité.

## Que se passe-t-il s'il n'y a pas de section dans ma ville ?

Vous en lancez une simplement en adhérant. Si vous indiquez dans le formulaire une ville où il n'existe pas encore de section, la plateforme crée une section *provisoire* dont vous devenez le premier membre. Les personnes de votre ville qui adhèrent ensuite arrivent dans la même section. Quand ses membres se sont réunis et conviennent de former la section, un ou une responsable la déclare fondée, et elle devient *active*. En attendant, vous êtes membre à part entière de votre branche nationale et de l'organisation internationale.

## Faut-il rencontrer des gens en personne ?

Non, même si c'est là que se fait l'essentiel du vrai travail. Certains membres participent uniquement en ligne, par exemple au sein d'une section en ligne, dans les discussions et lors des votes. D'autres ne peuvent pas se réunir en sécurité là où ils vivent. Chacun peut contribuer de la manière que sa vie lui permet.

## Comment les décisions sont-elles prises ?

Au plus près des personnes concernées. Une section décide de ses propres affaires ; une branche décide de ce qui concerne son pays ; les questions qui touchent toute l'organisation vont à tous les membres. Une décision commence par une proposition, avec une période de débat et une échéance, puis elle est soumise au vote des membres de l'échelon concerné. Les résultats indiquent les voix pour, les voix contre, les abstentions et les personnes qui n'ont pas voté. Jusqu'à la convention fondatrice, un comité provisoire prend les quelques décisions qui ne peuvent pas attendre, et seulement avec un accord écrasant de ses membres.

## Puis-je utiliser un pseudonyme ?

Oui. Votre nom affiché est ce que voient les autres membres, et ce n'est pas forcément votre nom légal. Vous pouvez ajouter votre vrai nom à titre privé et décider qui peut le voir. Nous demandons seulement de ne pas vous faire passer pour une autre personne réelle.

## Qui peut voir ma ville ?

Par défaut, seuls les membres de votre section. Vous pouvez l'ouvrir à tous les membres ou à tout le monde, ou la réserver aux responsables. Le même choix existe pour votre quartier, votre vrai nom, votre présentation et votre adresse e-mail, et vous pouvez masquer entièrement votre adhésion dans les listes de membres. Les pages publiques indiquent combien il y a de membres, jamais leurs noms, sauf s'ils ont choisi d'apparaître.

## Dois-je payer une cotisation ?

Non. L'adhésion est gratuite et personne ne perd sa qualité de membre faute de payer. Les membres qui en ont les moyens sont invités à contribuer selon un barème modulable qu'ils fixent eux-mêmes. Les cotisations et les dons financent le fonctionnement de l'organisation, et une partie va aux sections où l'argent manque le plus.

## Je ne suis pas d'accord avec tout ce que disent ces pages. Puis-je quand même adhérer ?

Oui, si vous partagez les grandes orientations : une société sans domination de classe, sans sexisme, sans racisme ni autoritarisme, gérée par celles et ceux qui y vivent. Les membres sont en désaccord sur bien des points, et les engagements eux-mêmes seront réexaminés par les membres lors de la convention fondatrice. Ce que nous demandons, c'est de débattre de bonne foi et de respecter les décisions que prennent les membres.

## Que fait l'organisation de mes données ?

Elle les utilise pour gérer votre adhésion : vous placer dans votre branche et votre section, vous envoyer les e-mails que vous avez demandés et afficher votre profil dans la mesure où vous l'autorisez. Elles ne sont jamais vendues ni communiquées à qui que ce soit hors de l'organisation. Vous pouvez télécharger tout ce que la plateforme conserve sur vous et supprimer votre compte à tout moment ; vos contributions publiques restent alors en ligne, attribuées à « ancien membre ».

## Comment aider au-delà de ma section ?

Traduisez une page, accueillez les nouveaux membres, rejoignez une campagne lancée par une autre section, prenez une fonction pour un mandat ou portez une proposition devant votre branche. L'organisation est ce que ses membres en font.$md$, 1, now());

INSERT INTO content_page_revision (slug, language, version, title, body, note, created_at)
SELECT slug, language, version, title, body, 'Première version, installée avec la plateforme.', updated_at
FROM content_page_text WHERE language = 'fr';
