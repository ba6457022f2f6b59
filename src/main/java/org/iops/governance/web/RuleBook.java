package org.iops.governance.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.content.Contents;
import org.iops.governance.GoverningRules;
import org.iops.governance.RuleCatalog;
import org.iops.governance.RuleVersion;
import org.iops.governance.ShownRule;
import org.iops.governance.web.RuleViews.DecisionView;
import org.iops.governance.web.RuleViews.RulePage;
import org.iops.governance.web.RuleViews.RuleSummary;
import org.iops.governance.web.RuleViews.UnitVersion;
import org.iops.governance.web.RuleViews.VersionView;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Builds the rules pages from the rules every module declares ({@link RuleCatalog}) and their stored versions. */
@Component
class RuleBook {

    private final Map<String, ShownRule<?>> declared = new LinkedHashMap<>();
    private final GoverningRules rules;
    private final OwnVersions ownVersions;
    private final UnitDirectory units;
    private final Contents contents;

    RuleBook(List<RuleCatalog> catalogs, GoverningRules rules, OwnVersions ownVersions, UnitDirectory units,
            Contents contents) {
        catalogs.forEach(catalog -> catalog.rules().forEach(rule -> {
            if (declared.putIfAbsent(rule.name(), rule) != null) {
                throw new IllegalStateException("the rule " + rule.name() + " is declared twice");
            }
        }));
        this.rules = rules;
        this.ownVersions = ownVersions;
        this.units = units;
        this.contents = contents;
    }

    List<RuleSummary> summaries(@Nullable UUID reader, PageContext page) {
        return declared.values().stream().map(rule -> {
            RuleVersion<?> version = rules.currentVersion(rule.key(), UnitId.INTERNATIONAL);
            return new RuleSummary(rule.name(), rule.key().titleKey(), view(rule, version, reader, page),
                    version == null ? 0 : version.version());
        }).toList();
    }

    /** The rule's page in the unit (the international when null); empty for an undeclared rule or a unit not shown. */
    Optional<RulePage> page(String key, @Nullable UnitId unitId, @Nullable Instant before, @Nullable UUID reader,
            PageContext page) {
        ShownRule<?> rule = declared.get(key);
        UnitId id = unitId == null ? UnitId.INTERNATIONAL : unitId;
        if (rule == null || !units.isPublic(id)) {
            return Optional.empty();
        }
        return units.find(id).map(unit -> build(rule, unit, before, reader, page));
    }

    private RulePage build(ShownRule<?> rule, UnitRef unit, @Nullable Instant before, @Nullable UUID reader,
            PageContext page) {
        RuleVersion<?> current = rules.currentVersion(rule.key(), unit.id());
        UnitRef inheritedFrom = current == null || current.unit().equals(unit.id()) ? null
                : units.find(current.unit()).orElse(null);
        List<VersionView> history = new ArrayList<>();
        rules.history(rule.key(), unit.id()).forEach(version -> history.add(view(rule, version, reader, page)));
        boolean international = unit.id().equals(UnitId.INTERNATIONAL);
        List<UnitVersion> own = new ArrayList<>();
        String more = null;
        if (international) {
            List<OwnVersions.Latest> latest = ownVersions.of(rule.name(), before);
            for (OwnVersions.Latest row : latest.subList(0, Math.min(latest.size(), OwnVersions.PAGE))) {
                if (units.isPublic(row.unit())) {
                    units.find(row.unit()).ifPresent(found -> own.add(new UnitVersion(found,
                            view(rule, rules.currentVersion(rule.key(), found.id()), reader, page))));
                }
            }
            if (latest.size() > OwnVersions.PAGE) {
                more = "/rules/" + rule.name() + "?before=" + latest.get(OwnVersions.PAGE - 1).since();
            }
        }
        return new RulePage(rule.name(), rule.key().titleKey(), unit, international,
                view(rule, current, reader, page), inheritedFrom, history, own, more);
    }

    private VersionView view(ShownRule<?> rule, @Nullable RuleVersion<?> version, @Nullable UUID reader,
            PageContext page) {
        if (version == null) {
            return new VersionView(0, rule.linesOf(rule.key().defaultValue(), page), null, null, DecisionView.NONE,
                    "");
        }
        return new VersionView(version.version(), rule.linesOf(version.value(), page), version.status(),
                version.since(), decision(version.decidedBy(), reader), version.note());
    }

    private DecisionView decision(@Nullable ContentRef ref, @Nullable UUID reader) {
        if (ref == null) {
            return DecisionView.NONE;
        }
        Optional<ContentItem> item = contents.find(ref).filter(found -> contents.maySee(reader, found));
        return item.map(found -> new DecisionView(false, found.title(), found.path()))
                .orElse(new DecisionView(false, null, null));
    }
}
