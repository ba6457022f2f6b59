-- Las páginas públicas en español, tal como se instalan con la plataforma.

INSERT INTO content_page_text (slug, language, title, body, version, updated_at) VALUES
('vision', 'es', 'Nuestra visión', $md$Queremos una sociedad en la que las personas que hacen el trabajo, y las que viven con sus consecuencias, sean quienes decidan sobre él. No una sociedad dirigida por propietarios, gerentes o funcionarios de partido en nombre de todos los demás, sino una en la que cada persona tenga voz en una decisión en la medida en que le afecta. La llamamos *sociedad participativa*.

Una sociedad así no exige que nadie sea un santo. Exige que sus instituciones dejen de premiar lo contrario. Hoy, unas pocas personas poseen y controlan casi todo lo que los demás necesitan, un grupo algo mayor acapara el trabajo interesante y que da poder, y la mayoría obedece. Los hombres siguen teniendo poder sobre las mujeres, unos grupos étnicos y nacionales sobre otros, y los Estados sobre la gente a la que dicen servir. Estas jerarquías no son accidentes del carácter de nadie. Están inscritas en la manera de organizar el trabajo, la política, la cultura y la vida familiar, y todo eso puede organizarse de otro modo.

## Lo que esperamos

- **Autogestión.** La gente decide en común, en los lugares de trabajo, los barrios y las asambleas, sobre lo que le afecta, y dispone de la información y del tiempo necesarios para hacerlo bien.
- **Equidad.** Los ingresos dependen del esfuerzo, del sacrificio y de la necesidad, no de la propiedad, del poder de negociación ni de la suerte. Nadie vive del trabajo ajeno.
- **Solidaridad.** Las instituciones facilitan que nos cuidemos unos a otros en lugar de dificultarlo; cooperar compensa más que competir.
- **Diversidad.** Caben muchas maneras de vivir, de creer y de trabajar, y ninguna cultura está obligada a ceder ante otra.
- **Trabajo equilibrado.** Cada puesto combina tareas rutinarias y tareas que dan poder, para que ningún grupo se convierta en el que siempre manda ni ningún otro en el que siempre obedece.
- **Cuidado del planeta.** Compartimos la Tierra con generaciones que aún no han nacido; las decisiones económicas tienen en cuenta su coste ecológico.

## Un esbozo, no un plano

No pretendemos conocer cada detalle de una sociedad buena, y desconfiamos de quien lo pretenda. La darán forma quienes vivan en ella. Lo que compartimos es un conjunto de rasgos esenciales que la hacen posible y que nos permiten reconocer si nos estamos acercando.

La visión importa ya, no solo más adelante. Nos dice qué está mal en el presente, nos ayuda a elegir reivindicaciones y proyectos que lleven adonde queremos ir y responde a la pregunta que oye cualquier persona que organiza: *«Vale, pero ¿qué queréis en su lugar?»*$md$, 1, now()),
('mission', 'es', 'Nuestra misión', $md$IOPS existe para ayudar a construir una sociedad participativa y para ser, ya hoy, un pequeño ejemplo de ella. Intentamos ambas cosas a la vez, porque una organización que quiere autogestión en el mundo pero se dirige desde arriba acabará convirtiéndose, tarde o temprano, en aquello que quería sustituir.

## Lo que hacemos

**Nos organizamos donde vive la gente.** La unidad básica de IOPS es el capítulo local: personas de una misma localidad, de un barrio de una gran ciudad, de un campus o de un grupo en línea que se reúnen, hablan y actúan juntas. Cada capítulo elige sus campañas, ya sea apoyar una huelga, abrir una cooperativa de consumo, defender a inquilinos o montar un grupo de estudio.

**Unimos lo local con lo global.** Los capítulos se federan en secciones nacionales y en una única organización internacional. Un capítulo de un pueblo pequeño puede aprender de otro en otro continente, pedir ayuda y sumarse a campañas mucho mayores que él.

**Conseguimos mejoras ahora sin perder de vista el objetivo.** Salarios más altos, vivienda asequible y un trato justo importan hoy en la vida de la gente. Luchamos por ellos de manera que aumenten la confianza de las personas y su capacidad de decidir por sí mismas, en lugar de hacerlas depender de líderes.

**Estudiamos y compartimos.** Los miembros leen, escriben y debaten juntos, para que las ideas de la organización sean de todos, discutidas y mejoradas, y no propiedad de unos pocos.

## Cómo trabajamos

Las decisiones se toman lo más cerca posible de las personas a las que afectan. Un capítulo decide sus propios asuntos; una cuestión que afecta a todo un país va a los miembros de esa sección; una cuestión para todos va a todos. Las propuestas tienen un periodo de debate y un plazo, los votos se cuentan a la vista de todos y los resultados quedan registrados, para que las decisiones no se vayan diluyendo sin más.

Funciones como la de administrador de un capítulo o la de tesorera las ejercen miembros corrientes durante un mandato limitado. Conllevan obligaciones, no privilegios, y otras personas pueden asumirlas después.$md$, 1, now()),
('commitments', 'es', 'Nuestros compromisos', $md$Estos compromisos describen el tipo de organización que IOPS quiere ser. Son provisionales: los miembros revisarán y adoptarán su propia versión en una convención fundacional. Hasta entonces son el terreno común sobre el que construimos.

## 1. Autogestionada de abajo arriba

El poder en IOPS lo tienen sus miembros. Los capítulos llevan sus propios asuntos dentro de los compromisos que siguen. Las secciones nacionales y la organización internacional coordinan y apoyan; no dan órdenes. Quien ejerce una función responde ante los miembros que se la confiaron, y estos pueden sustituirle.

## 2. Abierta y responsable

Las propuestas, decisiones, resultados y cuentas son visibles para los miembros a los que conciernen. Cada cambio de función queda registrado. Cuando se vota, las abstenciones y quienes no respondieron se cuentan aparte, para que todo el mundo vea cuánto apoyo tiene realmente una decisión.

## 3. Equilibrada en género y representativa del lugar donde estamos

Aspiramos a tener al menos tantas mujeres como hombres en cada capítulo y en cada función, y a una membresía que se parezca a las comunidades en las que nos organizamos. Llevamos la cuenta con honestidad y orientamos la captación hacia esos objetivos.

## 4. Contra toda jerarquía, también la nuestra

Nos oponemos al dominio de clase, al sexismo, al racismo, al autoritarismo y a la destrucción del medio ambiente, y los vigilamos también dentro de la organización. Nadie acapara el trabajo interesante o influyente: las tareas rotan, los conocimientos se comparten y las personas recién llegadas reciben responsabilidades reales.

## 5. Segura para participar

Los miembros pueden usar un seudónimo y decidir quién ve su ciudad, su nombre real, su biografía y su dirección de correo. En algunos países participar en la organización política es peligroso; la organización nunca debe ser lo que exponga a alguien. El acoso, las amenazas y la publicidad se retiran, y las quejas van primero a quienes administran el capítulo o la sección, y después a la organización internacional.

## 6. Financiada con justicia

Unirse es gratis. A los miembros se les pide una cuota escalonada que cada persona fija según lo que puede permitirse, y nadie queda excluido por no pagar nada. Parte del dinero va adonde la organización local tiene menos, en lugar de quedarse donde los miembros son más ricos.

## 7. Plural y paciente

No pedimos a los miembros que estén de acuerdo en todo. El desacuerdo, argumentado de buena fe, es como aprende una organización. Preferimos tardar un poco más y avanzar con la gente que ganar una votación y perder a quienes la perdieron.$md$, 1, now()),
('history', 'es', 'Nuestra historia', $md$## Una idea sometida a encuesta

IOPS no empezó con un congreso fundacional, sino con una pregunta. En 2011, una encuesta en línea preguntó a activistas qué esperarían de una nueva organización internacional: sus fines, su estructura, su manera de tomar decisiones. Respondieron varios miles de personas, y la gran mayoría dijo que se uniría a una organización así, enseguida o en cuanto tuviera la seguridad de que iba en serio.

## Un comité provisional

Las personas más entusiastas tomaron las respuestas de la encuesta como punto de partida. Pidieron a escritores y organizadoras de muchos países que formaran un *comité consultivo provisional*. Su tarea era deliberadamente limitada: tomar las pocas decisiones que no podían esperar y dejar todo lo demás a los miembros, en cuanto fueran suficientes para decidir. El comité trabajaba por correo electrónico entre husos horarios. Una propuesta solo se daba por aceptada si la apoyaba una mayoría abrumadora de quienes respondían; todo lo controvertido debía ir a los miembros.

Sus primeras decisiones fueron prácticas. La organización necesitaba un nombre, y se eligió «International Organization for a Participatory Society» (Organización Internacional por una Sociedad Participativa), abreviado IOPS, en el entendido de que la convención fundacional podría cambiarlo. También necesitaba un lugar de encuentro, así que se recaudó dinero para un sitio web donde la gente pudiera unirse, encontrarse y ponerse a trabajar.

## Crecer y aprender

El sitio web abrió a principios de 2012. En pocos meses se habían unido miles de personas de más de ochenta países. Se formaron capítulos en ciudades de varios continentes; algunos se reunían con regularidad y llevaban sus propias campañas, otros no pasaron de una primera reunión. Los miembros debatieron sobre estrategia, sobre la visión y sobre la propia fase provisional, y fijaron por votación las condiciones para una convención fundacional: un número mínimo de capítulos, capítulos en varios países de varios continentes y un equilibrio justo entre mujeres y hombres en cada uno.

Los primeros años dejaron lecciones que han dado forma a esta plataforma. Lo que ocurría en las salas de reunión no se veía en línea, de modo que la organización parecía más callada de lo que era. Muchos miembros no querían que su ciudad se mostrara al mundo. Las decisiones sin un plazo firme tendían a diluirse. Los miembros querían ver de un vistazo cuánto le faltaba a la organización para alcanzar sus propios objetivos.

## Esta plataforma

El sitio que estás leyendo se ha reconstruido para responder a esas lecciones. Al unirte quedas ubicado automáticamente en tu sección y en tu capítulo. Tú eliges quién ve qué de ti. Las cifras de la portada muestran cómo crece la organización. Las propuestas y las votaciones tienen plazos y resultados registrados. La historia de la organización se sigue escribiendo, y a partir de aquí la escriben sus miembros.$md$, 1, now()),
('questions', 'es', 'Preguntas y respuestas', $md$Respuestas a lo que más se pregunta antes de unirse y justo después. Si tu pregunta no está aquí, plantéala en tu capítulo o escribe a quienes administran tu sección.

## ¿Qué es un capítulo?

Un capítulo es el grupo local de IOPS: los miembros de una localidad, de un barrio de una gran ciudad, de un campus o de un grupo en línea que no está ligado a un lugar. Es donde la gente se reúne cara a cara, se conoce y actúa en común. Cada capítulo lleva sus propios asuntos, elige sus proyectos y tiene personas que lo administran, elegidas o acordadas por sus miembros para un mandato limitado.

## ¿Qué pasa si no hay capítulo en mi ciudad?

Lo empiezas con solo unirte. Si al rellenar el formulario indicas una localidad donde todavía no hay capítulo, la plataforma crea un capítulo *provisional* y te convierte en su primer miembro. Quienes se unan después desde tu localidad llegarán al mismo capítulo. Cuando sus miembros se hayan reunido y acuerden formar el capítulo, una persona administradora lo marca como fundado y pasa a estar *activo*. Mientras tanto sigues siendo miembro de pleno derecho de tu sección nacional y de la organización internacional.

## ¿Tengo que reunirme con gente en persona?

No, aunque es ahí donde se hace la mayor parte del trabajo real. Algunos miembros participan solo en línea, por ejemplo en un capítulo en línea, en los debates y en las votaciones. Otros no pueden reunirse con seguridad donde viven. Cada cual puede contribuir de la manera que su vida le permita.

## ¿Cómo se toman las decisiones?

Lo más cerca posible de las personas afectadas. Un capítulo decide sus propios asuntos; una sección decide lo que atañe a su país; las cuestiones de toda la organización van a todos los miembros. Una decisión empieza como propuesta, con un periodo de debate y un plazo, y luego la votan los miembros de la unidad correspondiente. Los resultados muestran los apoyos, los rechazos, las abstenciones y quienes no votaron. Hasta la convención fundacional, un comité provisional toma las pocas decisiones que no pueden esperar, y solo con un acuerdo abrumador entre sus miembros.

## ¿Puedo usar un seudónimo?

Sí. Tu nombre visible es lo que ven los demás miembros y no tiene por qué ser tu nombre legal. Puedes añadir tu nombre real de forma privada y decidir quién lo ve. Solo pedimos que no te hagas pasar por otra persona real.

## ¿Quién puede ver mi ciudad?

Por defecto, solo los miembros de tu capítulo. Puedes ampliarlo a todos los miembros o a todo el mundo, o reducirlo a quienes administran. La misma elección existe para tu barrio, tu nombre real, tu biografía y tu dirección de correo, y puedes ocultar por completo tu pertenencia en las listas de miembros. Las páginas públicas muestran cuántos miembros hay, nunca sus nombres, salvo si han elegido aparecer.

## ¿Tengo que pagar cuota?

No. Unirse es gratis y nadie pierde su condición de miembro por no pagar. A quienes pueden permitírselo se les pide una aportación escalonada que fijan ellos mismos. Las cuotas y las donaciones pagan el funcionamiento de la organización, y una parte va a los capítulos donde el dinero escasea más.

## No estoy de acuerdo con todo lo que dicen estas páginas. ¿Puedo unirme igualmente?

Sí, si compartes los fines generales: una sociedad sin dominio de clase, sexismo, racismo ni autoritarismo, gestionada por quienes viven en ella. Los miembros discrepan en muchas cosas, y los propios compromisos los revisarán los miembros en la convención fundacional. Lo que pedimos es que discutas de buena fe y respetes las decisiones que tomen los miembros.

## ¿Qué hace la organización con mis datos?

Los usa para gestionar tu membresía: ubicarte en tu sección y en tu capítulo, enviarte los correos que has pedido y mostrar tu perfil en la medida en que lo permitas. Nunca se venden ni se comparten con nadie ajeno a la organización. Puedes descargar todo lo que la plataforma guarda sobre ti y borrar tu cuenta cuando quieras; tus publicaciones públicas se mantienen entonces, atribuidas a «antiguo miembro».

## ¿Cómo puedo ayudar más allá de mi capítulo?

Traduce una página, da la bienvenida a los nuevos miembros, súmate a una campaña que haya empezado otro capítulo, asume una función durante un mandato o lleva una propuesta a tu sección. La organización es lo que sus miembros hacen de ella.$md$, 1, now());

INSERT INTO content_page_revision (slug, language, version, title, body, note, created_at)
SELECT slug, language, version, title, body, 'Primera versión, instalada con la plataforma.', updated_at
FROM content_page_text WHERE language = 'es';
