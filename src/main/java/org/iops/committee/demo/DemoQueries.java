package org.iops.committee.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** What the demo committee asks, in the four languages. */
final class DemoQueries {

    static final List<String> LANGUAGES = List.of("en", "es", "fr", "de");

    private static final Map<String, List<String>> TITLES = Map.of(
            "en", List.of("Adopt the interim budget", "Open a members' bank account", "Translate the founding statement",
                    "Set the date of the next assembly", "Join the solidarity network"),
            "es", List.of("Aprobar el presupuesto provisional", "Abrir una cuenta bancaria de la organización",
                    "Traducir la declaración fundacional", "Fijar la fecha de la próxima asamblea"),
            "fr", List.of("Adopter le budget provisoire", "Ouvrir un compte bancaire de l'organisation",
                    "Traduire la déclaration fondatrice", "Fixer la date de la prochaine assemblée"),
            "de", List.of("Den vorläufigen Haushalt annehmen", "Ein Bankkonto der Organisation eröffnen",
                    "Die Gründungserklärung übersetzen", "Den Termin der nächsten Versammlung festlegen"));

    private static final Map<String, String> BODIES = Map.of(
            "en", "The committee proposes to **%s**. Details are in the shared folder; answer by the deadline.",
            "es", "El comité propone **%s**. Los detalles están en la carpeta compartida; responde antes del plazo.",
            "fr", "Le comité propose de **%s**. Les détails sont dans le dossier partagé ; réponds avant l'échéance.",
            "de", "Der Ausschuss schlägt vor: **%s**. Die Einzelheiten liegen im gemeinsamen Ordner; antworte bis zur Frist.");

    private static final Map<String, List<String>> REASONS = Map.of(
            "en", List.of("Too soon: let the chapters discuss it first.", "The cost is not clear yet."),
            "es", List.of("Demasiado pronto: que lo discutan antes los grupos locales.", "El coste aún no está claro."),
            "fr", List.of("Trop tôt : laissons les groupes locaux en discuter d'abord.", "Le coût n'est pas encore clair."),
            "de", List.of("Zu früh: Die Ortsgruppen sollen erst darüber sprechen.", "Die Kosten sind noch unklar."));

    private DemoQueries() {
    }

    static String title(String language, int i) {
        List<String> titles = TITLES.get(language);
        return titles.get(i / LANGUAGES.size() % titles.size());
    }

    static String body(String language, int i) {
        return String.format(BODIES.get(language), title(language, i).toLowerCase(java.util.Locale.ROOT));
    }

    static String reason(String language, Random random) {
        List<String> reasons = REASONS.get(language);
        return reasons.get(random.nextInt(reasons.size()));
    }
}
