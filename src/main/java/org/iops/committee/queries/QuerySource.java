package org.iops.committee.queries;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.iops.committee.QueryId;
import org.iops.content.ContentDocument;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.content.ContentSource;
import org.iops.content.ContentState;
import org.iops.content.ContentText;
import org.iops.content.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Committee queries as member content ({@code committee.query}), so that search finds them by their title and text.
 * A query is for the members of its unit (and of the units below it): {@link Visibility#UNIT}, the rule its pages
 * apply. Queries are not moderated (their authors are the unit's committee, and the committee's record must stay
 * whole): {@link #changeState} and {@link #replaceText} refuse, and the query page shows no flag, comment or
 * reaction.
 */
@Component
class QuerySource implements ContentSource {

    private final QueryRepository queries;

    QuerySource(QueryRepository queries) {
        this.queries = queries;
    }

    /** What search and the other shared mechanisms know of a query: always published, taking no comments. */
    static ContentItem item(Query query) {
        return new ContentItem(query.ref(), query.unit(), query.author(), Visibility.UNIT, ContentState.PUBLISHED,
                query.title(), query.path(), query.language(), query.createdAt(), true, null);
    }

    @Override
    public Set<String> types() {
        return Set.of(QueryId.TYPE);
    }

    @Override
    public Optional<ContentItem> find(ContentRef ref) {
        return query(ref).map(QuerySource::item);
    }

    @Override
    public Optional<String> text(ContentRef ref) {
        return query(ref).map(Query::body);
    }

    @Override
    public boolean changeState(ContentRef ref, ContentState state, @Nullable String reason) {
        return false;
    }

    @Override
    public boolean replaceText(ContentRef ref, String markdown, UUID editor) {
        return false;
    }

    @Override
    public List<UUID> ids(String type, @Nullable UUID after, int limit) {
        return QueryId.TYPE.equals(type) ? queries.ids(after, limit) : List.of();
    }

    @Override
    public List<ContentDocument> documents(String type, Collection<UUID> ids) {
        if (!QueryId.TYPE.equals(type) || ids.isEmpty()) {
            return List.of();
        }
        return queries.all(ids).stream().map(query -> new ContentDocument(item(query),
                List.of(new ContentText(query.language(), query.title(), query.body())))).toList();
    }

    private Optional<Query> query(ContentRef ref) {
        return QueryId.TYPE.equals(ref.type()) ? queries.find(ref.id()) : Optional.empty();
    }
}
