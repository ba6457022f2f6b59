package org.iops.web;

import java.util.regex.Pattern;

/**
 * How a German, French or Spanish text addresses its reader formally (Sie/Ihr, vous/votre, usted), for the tests
 * that keep the interface on du, tu and tú: {@link AddressFormTests} for the message bundles,
 * {@code pages.content.FamiliarAddressTests} for the shipped content pages. Each test decides which texts speak
 * about others (a third-person "Sie", a plural "vous") and may keep them.
 */
public final class FormalAddress {

    /** "Sie" with a verb, or a capitalised "Sie" mid-sentence ("Geben Sie", "können Sie"). */
    public static final Pattern GERMAN_SIE = Pattern.compile(
            "\\bSie\\s+(haben|hatten|hätten|können|könnten|müssen|sind|waren|wären|werden|wurden|würden|möchten"
                    + "|sollten|dürfen|erhalten|bekommen|finden|sehen|brauchen|wollen)\\b"
                    + "|(?<![.!?:»\"]\\s)(?<!^)(?<!=)\\bSie\\b");
    /** The formal possessive and dative, which are capitalised; "ihr"/"ihre" in lower case means her/their. */
    public static final Pattern GERMAN_IHR = Pattern.compile("\\bIhr(e|en|em|er|es)?\\b|\\bIhnen\\b");
    /** The pronouns, and the imperative or present in -ez that goes with them ("Saisissez", "vous avez"). */
    public static final Pattern FRENCH = Pattern.compile(
            "(?iu)\\b(vous|votre|vos|vôtre|vôtres)\\b|(?<!\\p{L})(?!(chez|assez|nez|rez|rendez)(?!\\p{L}))\\p{L}+ez(?!\\p{L})");
    /** "usted", and the formal imperatives a form would use ("Introduzca", "Elija", "Inténtelo"). */
    public static final Pattern SPANISH = Pattern.compile("(?iu:\\busted(es)?\\b)"
            + "|\\b(Introduzca|Escriba|Elija|Pulse|Haga clic|Compruebe|Vuelva|Inténtelo|Espere|Seleccione|Indique"
            + "|Confirme|Utilice|Revise|Inicie sesión|Déjelo|Consulte)\\b");

    private FormalAddress() {
    }

    /** Whether a German text says Sie/Ihr/Ihnen to its reader. */
    public static boolean germanFormal(String text) {
        return GERMAN_SIE.matcher(text).find() || GERMAN_IHR.matcher(text).find();
    }

    /** Whether a French text says vous/votre/vos, or a verb in -ez, to its reader. */
    public static boolean frenchFormal(String text) {
        return FRENCH.matcher(text).find();
    }
}
