package org.iops.units.tree;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.iops.demo.BulkCopy;
import org.iops.demo.DemoContribution;
import org.iops.demo.DemoLoad;
import org.iops.demo.DemoUnit;
import org.iops.demo.DemoWorld;
import org.iops.demo.DemoWorld.Country;
import org.iops.shared.Text;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo organization's tree: a branch per demo country, its regions, a chapter per town (with a district and a
 * campus chapter in the first town, and an online chapter), chapters in every lifecycle state.
 */
@Component
@Order(100)
@ConditionalOnProperty("iops.demo.members")
class DemoTree implements DemoContribution {

    @Override
    public void write(DemoLoad load) throws SQLException {
        Random random = load.random();
        List<DemoUnit> branches = load.branches();
        List<DemoUnit> chapters = load.chapters();
        for (Country country : DemoWorld.COUNTRIES) {
            String countryName = new Locale("", country.code()).getDisplayCountry(Locale.ENGLISH);
            DemoUnit branch = new DemoUnit(load.uuid(), null, "BRANCH", null, countryName, null, country.code(), null);
            branch.founded(LocalDate.of(2012 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28)));
            branches.add(branch);
            Map<String, DemoUnit> regions = new HashMap<>();
            for (String region : country.regions()) {
                regions.put(region, new DemoUnit(load.uuid(), branch, "REGION", null, region, branch, country.code(),
                        Text.matchKey(region)));
            }
            List<String> localities = country.localities();
            for (int i = 0; i < localities.size(); i++) {
                String locality = localities.get(i);
                // each town in its real region, or right below the branch where the demo has no regions
                DemoUnit parent = regions.getOrDefault(country.regionOf().getOrDefault(locality, ""), branch);
                DemoUnit chapter = new DemoUnit(load.uuid(), parent, "CHAPTER", "LOCALITY", locality, branch,
                        country.code(), Text.matchKey(locality));
                chapter.weight(1.0 / (i + 1) * (1.0 / (1 + branches.size() * 0.08)));
                chapters.add(chapter);
                if (i == 0) {
                    DemoUnit district = new DemoUnit(load.uuid(), parent, "CHAPTER", "DISTRICT",
                            locality + " – " + DemoWorld.NEIGHBOURHOODS.get(random.nextInt(4)), branch,
                            country.code(), null);
                    district.weight(chapter.weight() / 4);
                    chapters.add(district);
                    DemoUnit campus = new DemoUnit(load.uuid(), parent, "CHAPTER", "CAMPUS",
                            locality + " " + DemoWorld.CAMPUSES.get(random.nextInt(DemoWorld.CAMPUSES.size())),
                            branch, country.code(), null);
                    campus.weight(chapter.weight() / 5);
                    chapters.add(campus);
                }
            }
            if (localities.size() >= 3) {
                DemoUnit online = new DemoUnit(load.uuid(), branch, "CHAPTER", "ONLINE", countryName + " online",
                        branch, country.code(), null);
                online.weight(chapters.get(chapters.size() - 1).weight());
                chapters.add(online);
            }
        }
        assignLifecycle(random, chapters);
        writeUnits(load);
    }

    /** Roughly: 55% active, 28% provisional, 10% dormant, 4% archived, 3% merged into their branch's first chapter. */
    private static void assignLifecycle(Random random, List<DemoUnit> chapters) {
        for (DemoUnit chapter : chapters) {
            int roll = random.nextInt(100);
            boolean isBenchmark = chapter.name().equals(DemoWorld.BENCHMARK_CHAPTER);
            DemoUnit capital = chapters.stream()
                    .filter(c -> c.branch() == chapter.branch() && "LOCALITY".equals(c.kind()))
                    .findFirst().orElseThrow();
            if (isBenchmark || roll < 55 || chapter == capital) {
                chapter.founded(LocalDate.of(2013 + random.nextInt(13), 1 + random.nextInt(12), 1 + random.nextInt(28)));
            } else if (roll < 83) {
                chapter.status("PROVISIONAL", null);
            } else if (roll < 93) {
                chapter.status("DORMANT", null);
                chapter.founded(LocalDate.of(2013 + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28)));
                chapter.weight(chapter.weight() / 6);
            } else if (roll < 97 || !"LOCALITY".equals(chapter.kind())) {
                chapter.status("ARCHIVED", null);
            } else {
                chapter.status("MERGED", capital);
            }
        }
    }

    private static void writeUnits(DemoLoad load) throws SQLException {
        List<DemoUnit> all = new ArrayList<>(load.branches());
        for (DemoUnit chapter : load.chapters()) {
            DemoUnit parent = chapter.parent();
            if (parent != null && parent.level().equals("REGION") && !all.contains(parent)) {
                all.add(parent);
            }
        }
        all.addAll(load.chapters());
        try (BulkCopy copy = load.copy("units", "id, parent_id, level, chapter_kind, status, name, "
                + "branch_id, country_code, match_key, path, founded_on, merged_into, created_at")) {
            for (DemoUnit u : all) {
                DemoUnit parent = u.parent();
                DemoUnit mergedInto = u.mergedInto();
                copy.row(u.id(), parent == null ? DemoLoad.INTERNATIONAL : parent.id(), u.level(), u.kind(),
                        u.status(), u.name(), u.branch().id(), u.countryCode(), u.matchKey(), u.path(), u.foundedOn(),
                        mergedInto == null ? null : mergedInto.id(), DemoLoad.FIRST_JOIN);
            }
        }
    }

    @Override
    public void wipe(DemoLoad load) throws SQLException {
        try (Statement wipe = load.connection().createStatement()) {
            wipe.execute("TRUNCATE unit_aliases CASCADE");
            wipe.execute("DELETE FROM units WHERE level <> 'INTERNATIONAL'");
        }
    }
}
