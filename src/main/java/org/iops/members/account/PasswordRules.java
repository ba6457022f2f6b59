package org.iops.members.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import com.ibm.icu.lang.UCharacter;
import org.iops.shared.Text;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable: 12 to 128 characters, no composition rules (they make passwords harder to
 * remember, not to guess), and not one of the passwords most often found in breaches, compared case-folded and
 * with or without its spaces. Everything is judged on the normalized password ({@link Text#password}).
 */
@Component
public class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final String COMMON_PASSWORDS = "/members/passwords/common-passwords.txt";

    private final Set<String> common;

    public PasswordRules() {
        this(loadCommonPasswords());
    }

    PasswordRules(Set<String> common) {
        this.common = common;
    }

    /** The message key of what is wrong with the password, or empty if it is acceptable. */
    public Optional<String> problem(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("members.password.required");
        }
        // checked as it is stored (see Text.password): "  password1234" is "password1234"
        password = Text.password(password);
        if (password.isEmpty()) {
            return Optional.of("members.password.onlySpaces");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("members.password.tooShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("members.password.tooLong");
        }
        String folded = UCharacter.foldCase(password, true);
        if (common.contains(folded) || common.contains(folded.replace(" ", ""))) {
            return Optional.of("members.password.breached");
        }
        return Optional.empty();
    }

    int commonPasswordCount() {
        return common.size();
    }

    private static Set<String> loadCommonPasswords() {
        Set<String> words = new HashSet<>(40_000);
        try (InputStream in = PasswordRules.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + COMMON_PASSWORDS);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    words.add(UCharacter.foldCase(line.strip(), true));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
