package org.iops.units;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    public List<MemberCard> search(Collection<UUID> candidates, String query, int limit) {
        String wanted = query.strip().toLowerCase(java.util.Locale.ROOT);
        return Set.copyOf(candidates).stream()
                .filter(id -> members.containsKey(id) && (members.get(id).name().toLowerCase(java.util.Locale.ROOT)
                        .contains(wanted) || members.get(id).email().equalsIgnoreCase(wanted)))
                .map(id -> new MemberCard(id, members.get(id).name(), null))
                .sorted(Comparator.comparing(MemberCard::displayName)).limit(limit).toList();
    }

    @Override
    public boolean exists(UUID member) {
        return members.containsKey(member);
    }
}
