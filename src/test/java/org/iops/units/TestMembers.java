package org.iops.units;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.iops.web.CurrentMember;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Stands in for the accounts module in the units tests until it lands: a registry of members with names, email
 * addresses and a "hidden from directories" flag. Test scope only.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMembers implements MemberCards, MemberLookup {

    /** A signed-in member for MockMvc's {@code authentication()}. */
    public record Principal(UUID memberId, String displayName) implements CurrentMember {
    }

    private record Registered(String name, String email, boolean hidden) {
    }

    private final Map<UUID, Registered> members = new ConcurrentHashMap<>();

    @Bean
    @Primary
    TestMembers testMembers() {
        return this;
    }

    public UUID add(String name) {
        return add(name, false);
    }

    public UUID add(String name, boolean hidden) {
        UUID id = UUID.randomUUID();
        members.put(id, new Registered(name, id + "@example.org", hidden));
        return id;
    }

    public Principal principal(UUID id) {
        return new Principal(id, members.get(id).name());
    }

    @Override
    public List<MemberCard> visibleTo(@Nullable UUID reader, Collection<UUID> memberIds) {
        return Set.copyOf(memberIds).stream()
                .map(id -> {
                    Registered member = members.get(id);
                    return member == null || member.hidden() ? null : new MemberCard(id, member.name(), null);
                })
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(MemberCard::displayName))
                .toList();
    }

    @Override
    public Optional<UUID> find(String emailOrId) {
        return members.entrySet().stream()
                .filter(e -> e.getValue().email().equalsIgnoreCase(emailOrId.strip())
                        || e.getKey().toString().equals(emailOrId.strip()))
                .map(Map.Entry::getKey).findFirst();
    }
}
