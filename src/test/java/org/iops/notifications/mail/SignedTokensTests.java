package org.iops.notifications.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.iops.TestClock;
import org.iops.notifications.ReplyThread;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tokens of notification emails hold only with their own signature, and a reply token only for a while. */
class SignedTokensTests {

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T10:00:00Z"));

    private SignedTokens tokens(String key) {
        return new SignedTokens(key, Path.of("unused"), Duration.ofDays(180), clock);
    }

    @Test
    void aReplyTokenNamesItsMemberAndThreadAndAnyChangedCharacterVoidsIt() {
        SignedTokens tokens = tokens("a key of the tests");
        UUID member = UUID.randomUUID();
        ReplyThread thread = new ReplyThread("forums.topic", UUID.randomUUID());
        String token = tokens.reply(member, thread);
        assertThat(token).matches("[a-z2-7]{45}");
        assertThat(("reply+" + token).length()).as("RFC 5321 local part").isLessThanOrEqualTo(64);
        assertThat(tokens.reply(token.toUpperCase(), member, List.of("forums.topic", "blogs.post")))
                .hasValueSatisfying(reply -> {
                    assertThat(reply.member()).isEqualTo(member);
                    assertThat(reply.thread()).isEqualTo(thread);
                });
        for (int i = 0; i < token.length(); i++) {
            char changed = token.charAt(i) == 'a' ? 'b' : 'a';
            String altered = token.substring(0, i) + changed + token.substring(i + 1);
            assertThat(tokens.reply(altered, member, List.of("forums.topic"))).as("changed at %d", i).isEmpty();
        }
        assertThat(tokens.reply(token, member, List.of("blogs.post"))).as("another thread type").isEmpty();
        assertThat(tokens.reply(token, UUID.randomUUID(), List.of("forums.topic"))).as("another member").isEmpty();
        assertThat(tokens("another key").reply(token, member, List.of("forums.topic"))).isEmpty();
    }

    @Test
    void aReplyTokenExpires() {
        SignedTokens tokens = tokens("a key of the tests");
        UUID member = UUID.randomUUID();
        String token = tokens.reply(member, new ReplyThread("forums.topic", UUID.randomUUID()));
        clock.advance(Duration.ofDays(180));
        assertThat(tokens.reply(token, member, List.of("forums.topic"))).isPresent();
        clock.advance(Duration.ofDays(2));
        assertThat(tokens.reply(token, member, List.of("forums.topic"))).isEmpty();
    }

    @Test
    void anUnsubscribeTokenNamesItsMemberAndKindAndIsKeptAcrossRestartsWithoutAConfiguredKey(@TempDir Path data) {
        UUID member = UUID.randomUUID();
        String token = new SignedTokens("", data, Duration.ofDays(1), clock).unsubscribe(member, "forums.reply");
        assertThat(new SignedTokens("", data, Duration.ofDays(1), clock).unsubscribe(token))
                .contains(new SignedTokens.Unsubscribe(member, "forums.reply"));
        assertThat(tokens("a key of the tests").unsubscribe(token)).isEmpty();
        assertThat(tokens("x").unsubscribe("")).isEmpty();
        assertThat(tokens("x").unsubscribe("%%%.###")).isEmpty();
    }
}
