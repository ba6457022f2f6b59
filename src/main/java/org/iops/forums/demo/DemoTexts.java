package org.iops.forums.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** What the demo forums say, in the four languages: topic titles, opening posts and replies. */
final class DemoTexts {

    record Texts(List<String> titles, List<String> openings, List<String> replies) {
        String pick(List<String> from, Random random) {
            return from.get(random.nextInt(from.size()));
        }
    }

    static final Map<String, Texts> BY_LANGUAGE = Map.of(
            "en", new Texts(
                    List.of("Next meeting: agenda ideas", "Leafleting at the Saturday market", "Reading group: Parecon",
                            "Who can host the summer picnic?", "Translating our leaflet", "Dues and the shared fund"),
                    List.of("Let's collect **ideas** here before Thursday.", "We need three people and a banner.",
                            "I propose we read one chapter a week and meet online.", "A garden or a park near the station?"),
                    List.of("I can come.", "Count me in, with my bike trailer.", "Could we start half an hour later?",
                            "Good idea. I will bring copies.", "I agree with the proposal above.", "Thanks for organising this!")),
            "es", new Texts(
                    List.of("Próxima reunión: ideas para el orden del día", "Reparto de folletos en el mercado",
                            "Grupo de lectura: Parecon", "¿Quién puede organizar el picnic de verano?"),
                    List.of("Recojamos **ideas** aquí antes del jueves.", "Necesitamos tres personas y una pancarta.",
                            "Propongo leer un capítulo por semana."),
                    List.of("Puedo ir.", "Cuenta conmigo.", "¿Podríamos empezar media hora más tarde?",
                            "Buena idea, llevo copias.", "Estoy de acuerdo con la propuesta.")),
            "fr", new Texts(
                    List.of("Prochaine réunion : idées pour l'ordre du jour", "Distribution de tracts au marché",
                            "Groupe de lecture : Parecon", "Qui peut accueillir le pique-nique d'été ?"),
                    List.of("Rassemblons les **idées** ici avant jeudi.", "Il nous faut trois personnes et une banderole.",
                            "Je propose de lire un chapitre par semaine."),
                    List.of("Je peux venir.", "Compte sur moi.", "Pourrait-on commencer une demi-heure plus tard ?",
                            "Bonne idée, j'apporte des copies.", "D'accord avec la proposition.")),
            "de", new Texts(
                    List.of("Nächstes Treffen: Ideen für die Tagesordnung", "Flyer verteilen auf dem Wochenmarkt",
                            "Lesekreis: Parecon", "Wer richtet das Sommerpicknick aus?"),
                    List.of("Lasst uns hier bis Donnerstag **Ideen** sammeln.", "Wir brauchen drei Leute und ein Transparent.",
                            "Ich schlage vor, jede Woche ein Kapitel zu lesen."),
                    List.of("Ich kann kommen.", "Ich bin dabei.", "Können wir eine halbe Stunde später anfangen?",
                            "Gute Idee, ich bringe Kopien mit.", "Ich stimme dem Vorschlag zu.")));

    /** The language a unit of this country talks in, for the demo. */
    static String languageOf(String country) {
        return switch (country) {
            case "ES", "MX", "AR", "CO", "CL", "PE", "VE", "UY", "BO", "EC", "CU" -> "es";
            case "FR", "BE", "SN", "CI", "CM", "HT" -> "fr";
            case "DE", "AT", "CH" -> "de";
            default -> "en";
        };
    }

    private DemoTexts() {
    }
}
