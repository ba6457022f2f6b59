package org.iops.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A branch, region or chapter of the demo organization as the tree's contribution made it, for the later parts. */
public final class DemoUnit {

    private final UUID id;
    private final @Nullable DemoUnit parent;
    private final String level;
    private final @Nullable String kind;
    private final String name;
    private final @Nullable DemoUnit branch;
    private final String countryCode;
    private final @Nullable String matchKey;
    private String status = "ACTIVE";
    private @Nullable LocalDate foundedOn;
    private @Nullable DemoUnit mergedInto;
    private double weight;

    public DemoUnit(UUID id, @Nullable DemoUnit parent, String level, @Nullable String kind, String name,
            @Nullable DemoUnit branch, String countryCode, @Nullable String matchKey) {
        this.id = id;
        this.parent = parent;
        this.level = level;
        this.kind = kind;
        this.name = name;
        this.branch = branch;
        this.countryCode = countryCode;
        this.matchKey = matchKey;
    }

    public UUID id() {
        return id;
    }

    public @Nullable DemoUnit parent() {
        return parent;
    }

    /** {@code BRANCH}, {@code REGION} or {@code CHAPTER}. */
    public String level() {
        return level;
    }

    /** A chapter's kind ({@code LOCALITY}, {@code DISTRICT}, {@code CAMPUS}, {@code ONLINE}); null otherwise. */
    public @Nullable String kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    /** The branch of a region or chapter; the unit itself for a branch. */
    public DemoUnit branch() {
        return branch == null ? this : branch;
    }

    public String countryCode() {
        return countryCode;
    }

    public @Nullable String matchKey() {
        return matchKey;
    }

    public String status() {
        return status;
    }

    public @Nullable LocalDate foundedOn() {
        return foundedOn;
    }

    public @Nullable DemoUnit mergedInto() {
        return mergedInto;
    }

    /** How many members a chapter draws, relative to the others. */
    public double weight() {
        return weight;
    }

    public void weight(double weight) {
        this.weight = weight;
    }

    public void founded(@Nullable LocalDate on) {
        this.foundedOn = on;
    }

    public void status(String status, @Nullable DemoUnit mergedInto) {
        this.status = status;
        this.mergedInto = mergedInto;
    }

    /** The ids from the international down to this unit, as a PostgreSQL array literal. */
    public String path() {
        List<UUID> ids = new ArrayList<>();
        for (DemoUnit u = this; u != null; u = u.parent) {
            ids.add(0, u.id);
        }
        ids.add(0, DemoLoad.INTERNATIONAL);
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    /** Whether members can live here: not archived, not merged. */
    public boolean living() {
        return !status.equals("ARCHIVED") && !status.equals("MERGED");
    }
}
