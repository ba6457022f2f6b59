package org.iops.search.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.content.Contents;
import org.iops.members.MemberNames;
import org.iops.search.index.SearchLanguages;
import org.iops.search.web.SearchInput.Checked;
import org.iops.search.web.SearchQueries.Hit;
import org.iops.search.web.SearchQueries.Reader;
import org.iops.search.web.SearchQueries.Terms;
import org.iops.search.web.SearchViews.ResultView;
import org.iops.search.web.SearchViews.SearchPageView;
import org.iops.units.Memberships;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitLevel;
import org.iops.units.UnitRef;
import org.iops.web.FormErrors;
import org.iops.web.FormOption;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds the search page for one reader: checks the input, runs the search with what the reader may see, checks each
 * result again with {@link Contents#maySee}, and names units and authors as everywhere else.
 */
@Component
class SearchPage {

    static final int PER_PAGE = 20;

    private final SearchQueries queries;
    private final Contents contents;
    private final Memberships memberships;
    private final UnitDirectory units;
    private final MemberNames names;

    SearchPage(SearchQueries queries, Contents contents, Memberships memberships, UnitDirectory units, MemberNames names) {
        this.queries = queries;
        this.contents = contents;
        this.memberships = memberships;
        this.units = units;
        this.names = names;
    }

    SearchPageView build(SearchForm form, @Nullable UUID member, PageContext page) {
        List<UnitRef> own = member == null ? List.of() : memberships.unitsOf(member);
        Checked checked = SearchInput.check(form);
        FormErrors errors = checked.errors();
        SearchCriteria criteria = checked.criteria();
        UUID within = criteria == null ? null : criteria.unit();
        if (within != null && !units.isPublic(new UnitId(within))
                && own.stream().noneMatch(u -> u.id().value().equals(within))) {
            errors = errors.with("unit", "search.error.unit");
            criteria = null;
        }
        List<ResultView> results = List.of();
        Set<UUID> named = new HashSet<>();
        String notice = null;
        String next = null;
        boolean broad = false;
        if (criteria == null) {
            notice = null;
        } else if (criteria.words().isEmpty()) {
            notice = "search.notice.empty";
        } else {
            Terms terms = queries.terms(criteria.words(), SearchLanguages.config(page.lang()));
            if (terms.inAll() == 0) {
                notice = "search.notice.noWords";
            } else if (terms.inReaderLanguage() == 0) {
                notice = "search.notice.commonWords";
            } else {
                SearchQueries.Found found = queries.find(criteria, new Reader(member, scope(own)), PER_PAGE + 1);
                List<Hit> hits = found.hits();
                List<Hit> shown = hits.subList(0, Math.min(PER_PAGE, hits.size()));
                results = results(shown, member, form, page, named);
                if (hits.size() > PER_PAGE) {
                    Hit last = shown.get(shown.size() - 1);
                    next = link(form, "after", new SearchCriteria.Cursor(found.newestFirst(), last.rank(),
                            last.created(), last.ref().type(), last.ref().id()).toString());
                }
                broad = found.newestFirst();
                if (results.isEmpty()) {
                    notice = criteria.after() == null ? "search.notice.none" : "search.notice.noMore";
                }
            }
        }
        String authorName = null;
        if (criteria != null && criteria.author() != null) {
            // an address names any member by id: their name only when the results show it already, so a member hidden
            // from directories (or one who wrote nothing this reader may read) is not named by typing their id
            authorName = named.contains(criteria.author())
                    ? name(names.displayNames(List.of(criteria.author())), criteria.author(), page)
                    : page.t("search.author.unnamed");
        }
        return new SearchPageView(form, errors, results, notice, next, unitOptions(own, criteria, page),
                SearchInput.TYPES.stream().map(t -> FormOption.of(t, page.t("search.type." + t))).toList(),
                SearchLanguages.STEMMED.stream().map(l -> FormOption.of(l, languageName(l, page))).toList(),
                authorName, authorName == null ? null : link(form, "author", null),
                form.getAfter().isBlank() ? null : link(form, "after", null), broad ? queries.ranked : 0);
    }

    /** The units whose UNIT items the member sees: those they belong to, and every unit above them. */
    private List<UUID> scope(List<UnitRef> own) {
        Set<UUID> scope = new LinkedHashSet<>();
        for (UnitRef unit : own) {
            scope.add(unit.id().value());
            units.ancestorsOf(unit.id()).forEach(above -> scope.add(above.id().value()));
        }
        return List.copyOf(scope);
    }

    /** The results the reader may see; {@code named} collects the authors they show. */
    private List<ResultView> results(List<Hit> hits, @Nullable UUID member, SearchForm form, PageContext page,
            Set<UUID> named) {
        Map<UUID, String> authors = names.displayNames(hits.stream().map(Hit::author).filter(Objects::nonNull)
                .distinct().toList());
        // the index said yes; the one visibility rule has the last word on every result shown (for the page at once)
        Map<ContentRef, ContentItem> visible = contents.visibleAmong(member, hits.stream().map(Hit::ref).toList());
        List<ResultView> shown = new ArrayList<>();
        for (Hit hit : hits) {
            Optional<ContentItem> item = Optional.ofNullable(visible.get(hit.ref()));
            if (item.isEmpty()) {
                continue;
            }
            if (hit.author() != null) {
                named.add(hit.author());
            }
            UnitRef unit = units.find(new UnitId(hit.unit())).orElse(null);
            boolean ownItem = item.get().parent() == null;
            shown.add(new ResultView(hit.path(), ownItem ? hit.title() : hit.rootTitle(), "search.kind." + hit.ref().type(),
                    unit == null ? "" : unitName(unit, page), unit == null ? "" : unit.path(),
                    name(authors, hit.author(), page),
                    hit.author() == null ? null : link(form, "author", hit.author().toString()),
                    hit.created(), SearchExcerpts.html(hit.headline()), languageName(hit.language(), page)));
        }
        return shown;
    }

    private List<FormOption> unitOptions(List<UnitRef> own, @Nullable SearchCriteria criteria, PageContext page) {
        Map<UUID, UnitRef> offered = new LinkedHashMap<>();
        for (UnitRef unit : own) {
            units.ancestorsOf(unit.id()).forEach(above -> offered.putIfAbsent(above.id().value(), above));
            offered.putIfAbsent(unit.id().value(), unit);
        }
        if (criteria != null && criteria.unit() != null) {
            units.find(new UnitId(criteria.unit())).ifPresent(u -> offered.putIfAbsent(u.id().value(), u));
        }
        return offered.values().stream().map(u -> FormOption.of(u.id().value().toString(), unitName(u, page))).toList();
    }

    private static String unitName(UnitRef unit, PageContext page) {
        return unit.level() == UnitLevel.INTERNATIONAL ? page.t("units.international.name") : unit.displayName(page.locale());
    }

    private static String name(Map<UUID, String> names, @Nullable UUID author, PageContext page) {
        String name = author == null ? null : names.get(author);
        return name == null || name.isEmpty() ? page.t("members.former") : name;
    }

    private static String languageName(String tag, PageContext page) {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(page.locale());
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(page.locale()) + name.substring(1);
    }

    /** The same search with one field changed (null: left out), from its first page unless the field is the page. */
    static String link(SearchForm form, String field, @Nullable String value) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("q", form.getQ());
        fields.put("unit", form.getUnit());
        fields.put("type", form.getType());
        fields.put("author", form.getAuthor());
        fields.put("from", form.getFrom());
        fields.put("to", form.getTo());
        fields.put("language", form.getLanguage());
        fields.put("after", "");
        fields.put(field, value == null ? "" : value);
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search");
        fields.forEach((name, text) -> {
            if (!text.isBlank()) {
                uri.queryParam(name, "{" + name + "}");
            }
        });
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((name, text) -> {
            if (!text.isBlank()) {
                values.put(name, text);
            }
        });
        return uri.encode().buildAndExpand(values).toUriString();
    }
}
