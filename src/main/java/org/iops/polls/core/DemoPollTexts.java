package org.iops.polls.core;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iops.polls.PollType;

/** What the demo's polls ask, in English, Spanish, French and German: a question, its text and its options per type. */
final class DemoPollTexts {

    /** One poll's words. */
    record Text(String title, String description, List<String> options) {
    }

    private static final Set<String> SPANISH = Set.of("ES", "AR", "MX", "CO", "CL", "PE", "UY", "VE", "EC", "BO");
    private static final Set<String> FRENCH = Set.of("FR", "BE", "SN", "CI", "CA", "CH");
    private static final Set<String> GERMAN = Set.of("DE", "AT");

    private static final Map<String, Map<PollType, Text>> TEXTS = Map.of(
            "en", Map.of(
                    PollType.CONSENT, new Text("Adopt our code of conduct",
                            "The draft discussed at the last assembly: **respect, no harassment, decisions in the open**.", List.of()),
                    PollType.YES_NO, new Text("Hold our meetings in the public library",
                            "The library offers its room on Tuesday evenings, free of charge.", List.of()),
                    PollType.SINGLE_CHOICE, new Text("Where do we hold the summer gathering?",
                            "One choice: the place with most votes wins.", List.of("The park", "The community centre", "The beach")),
                    PollType.APPROVAL, new Text("Which workshops do we offer this autumn?",
                            "Tick every workshop you would support.", List.of("Tenants' rights", "Repair café", "Cooperatives 101", "First aid")),
                    PollType.RANKED, new Text("Which campaign comes first this year?",
                            "Rank them in your order: counted by instant runoff.", List.of("Housing", "Public transport", "Climate", "Workers' rights")),
                    PollType.SCHULZE, new Text("Choose the name of our newsletter",
                            "Rank the names: counted by the Schulze method.", List.of("Grassroots", "Common Ground", "The Assembly", "Mutual Aid")),
                    PollType.MEETING_TIME, new Text("When do we meet next month?",
                            "Say which times suit you.", List.of("Tuesday 18:00", "Thursday 19:00", "Saturday 11:00"))),
            "es", Map.of(
                    PollType.CONSENT, new Text("Adoptar nuestro código de conducta",
                            "El borrador debatido en la última asamblea: **respeto, nada de acoso, decisiones a la vista**.", List.of()),
                    PollType.YES_NO, new Text("Reunirnos en la biblioteca pública",
                            "La biblioteca nos ofrece su sala los martes por la tarde, sin coste.", List.of()),
                    PollType.SINGLE_CHOICE, new Text("¿Dónde hacemos el encuentro de verano?",
                            "Una opción: gana el lugar con más votos.", List.of("El parque", "El centro vecinal", "La playa")),
                    PollType.APPROVAL, new Text("¿Qué talleres ofrecemos este otoño?",
                            "Marca todos los talleres que apoyarías.", List.of("Derechos de inquilinos", "Café de reparación", "Cooperativas básicas", "Primeros auxilios")),
                    PollType.RANKED, new Text("¿Qué campaña va primero este año?",
                            "Ordénalas a tu gusto: se cuenta por segunda vuelta instantánea.", List.of("Vivienda", "Transporte público", "Clima", "Derechos laborales")),
                    PollType.SCHULZE, new Text("Elegir el nombre de nuestro boletín",
                            "Ordena los nombres: se cuenta con el método Schulze.", List.of("Desde abajo", "Terreno común", "La Asamblea", "Apoyo mutuo")),
                    PollType.MEETING_TIME, new Text("¿Cuándo nos reunimos el mes que viene?",
                            "Di qué horarios te vienen bien.", List.of("Martes 18:00", "Jueves 19:00", "Sábado 11:00"))),
            "fr", Map.of(
                    PollType.CONSENT, new Text("Adopter notre charte de conduite",
                            "Le projet discuté à la dernière assemblée : **respect, aucun harcèlement, décisions au grand jour**.", List.of()),
                    PollType.YES_NO, new Text("Tenir nos réunions à la bibliothèque municipale",
                            "La bibliothèque nous prête sa salle le mardi soir, gratuitement.", List.of()),
                    PollType.SINGLE_CHOICE, new Text("Où faisons-nous la rencontre d’été ?",
                            "Un seul choix : le lieu qui a le plus de voix l’emporte.", List.of("Le parc", "La maison de quartier", "La plage")),
                    PollType.APPROVAL, new Text("Quels ateliers proposons-nous cet automne ?",
                            "Cochez tous les ateliers que vous soutiendriez.", List.of("Droits des locataires", "Café réparation", "Les coopératives", "Premiers secours")),
                    PollType.RANKED, new Text("Quelle campagne passe en premier cette année ?",
                            "Classez-les : dépouillement par vote alternatif.", List.of("Logement", "Transports publics", "Climat", "Droits des travailleurs")),
                    PollType.SCHULZE, new Text("Choisir le nom de notre lettre d’information",
                            "Classez les noms : méthode de Schulze.", List.of("À la base", "Terrain commun", "L’Assemblée", "Entraide")),
                    PollType.MEETING_TIME, new Text("Quand nous réunissons-nous le mois prochain ?",
                            "Dites quels créneaux vous conviennent.", List.of("Mardi 18 h", "Jeudi 19 h", "Samedi 11 h"))),
            "de", Map.of(
                    PollType.CONSENT, new Text("Unseren Verhaltenskodex annehmen",
                            "Der Entwurf aus der letzten Versammlung: **Respekt, keine Belästigung, offene Entscheidungen**.", List.of()),
                    PollType.YES_NO, new Text("Unsere Treffen in der Stadtbibliothek abhalten",
                            "Die Bibliothek stellt uns dienstagabends kostenlos ihren Raum zur Verfügung.", List.of()),
                    PollType.SINGLE_CHOICE, new Text("Wo findet unser Sommertreffen statt?",
                            "Eine Wahl: Der Ort mit den meisten Stimmen gewinnt.", List.of("Im Park", "Im Nachbarschaftszentrum", "Am Strand")),
                    PollType.APPROVAL, new Text("Welche Workshops bieten wir im Herbst an?",
                            "Kreuze alle Workshops an, die du unterstützen würdest.", List.of("Mieterrechte", "Reparaturcafé", "Genossenschaften", "Erste Hilfe")),
                    PollType.RANKED, new Text("Welche Kampagne kommt dieses Jahr zuerst?",
                            "Bring sie in deine Reihenfolge: gezählt als integrierte Stichwahl.", List.of("Wohnen", "Nahverkehr", "Klima", "Arbeitsrechte")),
                    PollType.SCHULZE, new Text("Den Namen unseres Rundbriefs wählen",
                            "Bring die Namen in eine Reihenfolge: gezählt nach der Schulze-Methode.", List.of("Von unten", "Gemeinsamer Boden", "Die Versammlung", "Gegenseitige Hilfe")),
                    PollType.MEETING_TIME, new Text("Wann treffen wir uns nächsten Monat?",
                            "Sag, welche Zeiten dir passen.", List.of("Dienstag 18:00", "Donnerstag 19:00", "Samstag 11:00"))));

    /** A block's reason, in each language. */
    static final Map<String, String> BLOCK_REASONS = Map.of("en", "It says nothing about how complaints are heard.",
            "es", "No dice nada de cómo se atienden las quejas.", "fr", "Rien n’y dit comment les plaintes sont entendues.",
            "de", "Es steht nichts darüber drin, wie Beschwerden gehört werden.");

    private DemoPollTexts() {
    }

    static Text of(String language, PollType type) {
        return TEXTS.get(language).get(type);
    }

    /** The language a branch's members mostly write in. */
    static String languageOf(String country) {
        return SPANISH.contains(country) ? "es" : FRENCH.contains(country) ? "fr" : GERMAN.contains(country) ? "de" : "en";
    }
}
