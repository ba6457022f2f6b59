package org.iops.units;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.iops.units.tree.ChapterModeration;
import org.iops.units.tree.Unit;
import org.iops.units.tree.UnitDirectoryService;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Builds small worlds for the units tests: real members ({@link TestMembers}) placed in chapters, roles granted
 * directly. A test component imported by every shared test context ({@code org.iops.TestFixtures}).
 */
@TestComponent
public class UnitFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final UnitDirectoryService directory;
    private final JdbcClient jdbc;
    private final TestMembers members;
    private final Permissions permissions;
    private final ChapterModeration moderation;

    UnitFixtures(UnitDirectoryService directory, JdbcClient jdbc, TestMembers members, Permissions permissions,
            ChapterModeration moderation) {
        this.moderation = moderation;
        this.permissions = permissions;
        this.directory = directory;
        this.jdbc = jdbc;
        this.members = members;
    }

    public static String unique(String prefix) {
        return prefix + " " + SEQUENCE.incrementAndGet();
    }

    /** A new member living in that locality; returns the member's id. */
    public UUID memberIn(String country, String locality) {
        return memberIn(unique("Member"), country, locality);
    }

    /** A new member with that display name living in that locality; returns the member's id. */
    public UUID memberIn(String name, String country, String locality) {
        UUID member = members.add(name);
        directory.place(member, new Residence(country, locality, null));
        return member;
    }

    public UUID chapterOf(UUID member) {
        return directory.placementOf(member).orElseThrow().chapter().id().value();
    }

    public UUID branchOf(UUID member) {
        return directory.placementOf(member).orElseThrow().branch().id().value();
    }

    public UUID memberWithRole(Role role, UUID unit) {
        UUID member = members.add(unique(role.name().toLowerCase()));
        grant(member, role, unit);
        return member;
    }

    /** Takes every role of the member away again, as {@link #grant} gave them (no event). */
    public void endRoles(UUID member) {
        jdbc.sql("DELETE FROM unit_roles WHERE member_id = ?").param(member).update();
        permissions.forget(member);
    }

    public void grant(UUID member, Role role, UUID unit) {
        jdbc.sql("INSERT INTO unit_roles (id, unit_id, member_id, role, starts_at) VALUES (?, ?, ?, ?, now() - interval '1 day')")
                .params(UUID.randomUUID(), unit, member, role.name()).update();
        // written straight to the table, without the RoleAssigned event that would drop the cached standing
        permissions.forget(member);
    }

    /** Hides the (provisional) chapter from public pages, as an admin of its branch does on its admin screen. */
    public void hide(UUID chapter) {
        UUID branch = jdbc.sql("SELECT branch_id FROM units WHERE id = ?").param(chapter).query(UUID.class).single();
        moderation.setHidden(memberWithRole(Role.ADMIN, branch), chapter, true);
    }

    public UUID internationalAdmin() {
        return memberWithRole(Role.ADMIN, Unit.INTERNATIONAL);
    }

    /** Makes the member an international admin unless they are one already. */
    public void makeInternationalAdmin(UUID member) {
        if (count("SELECT count(*) FROM unit_roles WHERE unit_id = ? AND member_id = ? AND role = ? "
                + "AND (ends_at IS NULL OR ends_at > now())", Unit.INTERNATIONAL, member, Role.ADMIN.name()) == 0) {
            grant(member, Role.ADMIN, Unit.INTERNATIONAL);
        }
    }

    /** Signs the request in as this member (a visitor when null). */
    public RequestPostProcessor as(@Nullable UUID member) {
        if (member == null) {
            return request -> request;
        }
        return authentication(new UsernamePasswordAuthenticationToken(members.principal(member), null,
                AuthorityUtils.createAuthorityList("ROLE_MEMBER")));
    }

    public String status(UUID unit) {
        return jdbc.sql("SELECT status FROM units WHERE id = ?").param(unit).query(String.class).single();
    }

    public long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
