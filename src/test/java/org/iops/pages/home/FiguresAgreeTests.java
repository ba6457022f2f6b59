package org.iops.pages.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iops.members.MembersIntegrationTest;
import org.iops.units.ChapterKind;
import org.iops.units.OrganizationFigures;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitStatus;
import org.iops.units.tree.Figures;
import org.iops.units.tree.Structure;
import org.iops.units.tree.Unit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One organization, counted on every page that shows figures: the home page, the list of branches, the
 * international's page, a branch's page and a chapter's page all give the same members and chapters, and the
 * lifecycle breakdown adds up to the chapters. Sign-ups still waiting to confirm their address, archived and merged
 * chapters are not counted.
 */
class FiguresAgreeTests extends MembersIntegrationTest {

    private static final Pattern FIGURE = Pattern.compile("<strong>([\\d,]+)</strong> (members?|country|countries|chapters?)\\b");
    private static final Pattern BREAKDOWN = Pattern.compile("([\\d,]+) active, ([\\d,]+) dormant, ([\\d,]+) provisional");

    @Autowired
    UnitDirectory units;
    @Autowired
    Structure structure;
    @Autowired
    HomeFiguresSource home;
    @Autowired
    Figures figures;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void everyPageCountsTheSameMembersAndChapters() throws Exception {
        OrganizationFigures before = units.figures();

        // Tuvalu: three confirmed members end up in Funafuti (one of them came from a chapter merged into it), one
        // in dormant Nanumea; two sign-ups never confirm; an online chapter was founded and archived
        UUID ana = verifiedMember(newEmail("ana"), "Ana", "TV", "Funafuti");
        verifiedMember(newEmail("ben"), "Ben", "TV", "funafuti");
        UUID cam = verifiedMember(newEmail("cam"), "Cam", "TV", "Vaitupu");
        UUID dee = verifiedMember(newEmail("dee"), "Dee", "TV", "Nanumea");
        assertThat(perform(joinRequest(newEmail("eve"), "Eve", "TV", "Funafuti")).getRedirectedUrl()).isEqualTo("/join/sent");
        assertThat(perform(joinRequest(newEmail("fay"), "Fay", "TV", "Nukufetau")).getRedirectedUrl()).isEqualTo("/join/sent");
        UUID branch = units.placementOf(ana).orElseThrow().branch().id().value();
        UUID funafuti = units.placementOf(ana).orElseThrow().chapter().id().value();
        UUID nanumea = units.placementOf(dee).orElseThrow().chapter().id().value();
        UUID admin = UUID.randomUUID();
        db.sql("INSERT INTO unit_roles (id, unit_id, member_id, role, starts_at) VALUES (?, ?, ?, 'ADMIN', now() - interval '1 day')")
                .params(UUID.randomUUID(), branch, admin).update();
        structure.merge(admin, units.placementOf(cam).orElseThrow().chapter().id().value(), funafuti);
        structure.found(admin, funafuti, LocalDate.now().minusDays(3));
        structure.found(admin, nanumea, LocalDate.now().minusDays(3));
        structure.changeStatus(admin, nanumea, UnitStatus.DORMANT);
        Unit online = structure.addChapter(admin, branch, "Tuvalu online", ChapterKind.ONLINE);
        structure.found(admin, online.id(), LocalDate.now().minusDays(2));
        structure.changeStatus(admin, online.id(), UnitStatus.ARCHIVED);

        OrganizationFigures after = units.figures();
        assertThat(after.members() - before.members()).as("confirmed members").isEqualTo(4);
        assertThat(after.countries() - before.countries()).isEqualTo(1);
        assertThat(after.chapters() - before.chapters()).as("Funafuti and Nanumea only").isEqualTo(2);
        assertThat(after.activeChapters() - before.activeChapters()).isEqualTo(1);
        assertThat(after.dormantChapters() - before.dormantChapters()).isEqualTo(1);
        assertThat(after.provisionalChapters() - before.provisionalChapters()).as("Nukufetau has no member yet").isZero();
        assertThat(after.activeChapters() + after.dormantChapters() + after.provisionalChapters())
                .isEqualTo(after.chapters());

        home.forget();
        List<Long> organization = List.of(after.members(), after.countries(), after.chapters());
        List<Long> breakdown = List.of(after.activeChapters(), after.dormantChapters(), after.provisionalChapters());
        for (String page : List.of("/", "/branches", "/units/" + Unit.INTERNATIONAL)) {
            String html = html(page);
            assertThat(figures(html)).as(page).isEqualTo(organization);
            assertThat(breakdown(html)).as(page).isEqualTo(breakdown);
            assertThat(html).as(page).contains("How we count");
        }

        String branches = html("/branches");
        assertThat(branches).containsPattern("<a href=\"/units/" + branch + "\">Tuvalu</a></td>\\s*"
                + "<td class=\"num\">4</td>\\s*<td class=\"num\">2</td>");
        assertThat(figures(html("/units/" + branch))).as("the branch page").isEqualTo(List.of(4L, 2L));
        assertThat(html("/units/" + funafuti)).contains("3 members in all");
        assertThat(html("/units/" + branch)).containsPattern("Funafuti</a>[\\s\\S]*?<td class=\"num\">3</td>");
    }

    @Test
    void theFiguresReadNoMemberRowNotEvenTheSignUpsWaitingToConfirm() throws Exception {
        // a sign-up is placed only when it confirms, so no figure has to look for sign-ups to leave out
        assertThat(perform(joinRequest(newEmail("waiting"), "Wai", "NR", "Yaren")).getRedirectedUrl())
                .isEqualTo("/join/sent");
        UUID placed = verifiedMember(newEmail("placed"), "Pla", "NR", "Yaren");
        UUID someChapter = units.placementOf(placed).orElseThrow().chapter().id().value();
        long[] scans = transactions.execute(tx -> {
            // the counters may still hold this connection's earlier transactions: compare before and after
            long before = memberScansInThisTransaction();
            units.figures();
            figures.of(List.of(Unit.INTERNATIONAL, someChapter));
            long byFigures = memberScansInThisTransaction() - before;
            db.sql("SELECT count(*) FROM member WHERE email_verified_at IS NULL").query(Long.class).single();
            return new long[] {byFigures, memberScansInThisTransaction() - before - byFigures};
        });
        assertThat(scans[0]).as("scans of the member table by the figures").isZero();
        assertThat(scans[1]).as("the probe sees a query that does read members").isPositive();
    }

    private long memberScansInThisTransaction() {
        return db.sql("SELECT coalesce(sum(coalesce(seq_scan, 0) + coalesce(idx_scan, 0)), 0) "
                + "FROM pg_stat_xact_user_tables WHERE relname = 'member'").query(Long.class).single();
    }

    private String html(String path) throws Exception {
        return perform(get(path).header("Accept-Language", "en")).getContentAsString();
    }

    private static List<Long> figures(String html) {
        List<Long> numbers = new ArrayList<>();
        Matcher figure = FIGURE.matcher(html);
        while (figure.find()) {
            numbers.add(Long.parseLong(figure.group(1).replace(",", "")));
        }
        return numbers;
    }

    private static List<Long> breakdown(String html) {
        Matcher matcher = BREAKDOWN.matcher(html);
        assertThat(matcher.find()).as("a lifecycle breakdown").isTrue();
        return List.of(Long.parseLong(matcher.group(1).replace(",", "")), Long.parseLong(matcher.group(2).replace(",", "")),
                Long.parseLong(matcher.group(3).replace(",", "")));
    }
}
