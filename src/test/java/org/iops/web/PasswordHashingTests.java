package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.iops.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The tests hash passwords cheaply, but production keeps Argon2id at 16 MiB and two passes, and a hash made at any
 * cost still matches: lowering or raising the cost never locks a member out.
 */
@ApplicationTest
class PasswordHashingTests {

    @Autowired
    PasswordEncoder passwords;

    @Test
    void productionHashesCostSixteenMebibytesAndTwoPasses() throws Exception {
        Method bean = Arrays.stream(SecurityConfiguration.class.getDeclaredMethods())
                .filter(method -> method.getName().equals("passwordEncoder")).findFirst().orElseThrow();
        assertThat(Arrays.stream(bean.getParameters()).map(p -> p.getAnnotation(Value.class).value()))
                .containsExactly("${iops.passwords.argon2.memory-kib:16384}", "${iops.passwords.argon2.iterations:2}");
    }

    @Test
    void theTestsCheaperHashesAndAProductionHashBothMatch() {
        String cheap = passwords.encode("correct horse battery");
        assertThat(cheap).startsWith("{argon2}$argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(passwords.matches("correct horse battery", cheap)).isTrue();

        String production = "{argon2}" + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("staple horse");
        assertThat(production).contains("$m=16384,t=2,p=1$");
        assertThat(passwords.matches("staple horse", production)).isTrue();
        assertThat(passwords.matches("staple horses", production)).isFalse();
    }
}
