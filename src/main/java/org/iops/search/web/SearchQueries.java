package org.iops.search.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.iops.content.ContentRef;
import org.iops.search.index.SearchIndexer;
import org.iops.search.index.SearchLanguages;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The search itself, in one statement: the words read in every configuration an item may be indexed in, matched
 * through the GIN index of published items, filtered by what the reader may see and by the filters, ranked with
 * {@code ts_rank_cd} (title above text), a page at a time after the last result of the page before, and only the
 * page's results highlighted.
 */
@Repository
class SearchQueries {

    /** A result as the index has it; {@code headline} carries {@link SearchIndexer#MARK_START} and END markers. */
    record Hit(ContentRef ref, String title, String rootTitle, UUID unit, @Nullable UUID author, Instant created,
            String path, String language, float rank, String headline, boolean ownItem) {
    }

    /** Who reads: a visitor (null member), or a member with the units whose UNIT items they may see. */
    record Reader(@Nullable UUID member, List<UUID> unitScope) {
    }

    /** How many search terms the words give in the reader's language, and in all the configurations together. */
    record Terms(int inReaderLanguage, int inAll) {
    }

    static final String QUERY = SearchLanguages.CONFIGS.stream()
            .map(config -> "websearch_to_tsquery('" + config + "', :words)").collect(Collectors.joining(" || "));

    private static final String HEADLINE = "'StartSel=" + SearchIndexer.MARK_START + ", StopSel=" + SearchIndexer.MARK_END
            + ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"'";

    private final JdbcClient db;

    SearchQueries(JdbcClient db) {
        this.db = db;
    }

    Terms terms(String words, String readerConfig) {
        return db.sql("SELECT numnode(websearch_to_tsquery(CAST(:config AS regconfig), :words)) AS mine, numnode("
                        + QUERY + ") AS all_terms")
                .param("config", readerConfig).param("words", words)
                .query((rs, n) -> new Terms(rs.getInt("mine"), rs.getInt("all_terms"))).single();
    }

    List<Hit> find(SearchCriteria criteria, Reader reader, int limit) {
        StringBuilder where = new StringBuilder(" WHERE s.document @@ q.query AND s.state = 'PUBLISHED'"
                + " AND s.root_state = 'PUBLISHED'");
        if (reader.member() == null) {
            where.append(" AND s.visibility = 'PUBLIC'");
        } else {
            where.append(" AND (s.visibility IN ('PUBLIC', 'MEMBERS') OR (s.visibility = 'UNIT'"
                    + " AND (s.unit_id = ANY(:scope) OR s.author_id = :member)))");
        }
        if (criteria.unit() != null) {
            where.append(" AND s.units @> ARRAY[CAST(:unit AS uuid)]");
        }
        if (criteria.type() != null) {
            where.append(" AND s.type = :type");
        }
        if (criteria.author() != null) {
            where.append(" AND s.author_id = :author");
        }
        if (criteria.from() != null) {
            where.append(" AND s.created_at >= :from");
        }
        if (criteria.to() != null) {
            where.append(" AND s.created_at < :to");
        }
        if (criteria.language() != null) {
            where.append(" AND s.language = :language");
        }
        if (criteria.after() != null) {
            where.append(" AND (ts_rank_cd(s.document, q.query) < CAST(:rank AS real)"
                    + " OR (ts_rank_cd(s.document, q.query) = CAST(:rank AS real) AND (s.type, s.id) > (:afterType, :afterId)))");
        }
        String sql = "WITH q AS (SELECT " + QUERY + " AS query) "
                + "SELECT m.*, ts_headline(m.config, m.body, q.query, " + HEADLINE + ") AS headline FROM ("
                + "SELECT s.type, s.id, s.title, s.root_title, s.unit_id, s.author_id, s.created_at, s.path, s.language,"
                + " s.config, s.body, ts_rank_cd(s.document, q.query) AS rank FROM search_item s, q" + where
                + " ORDER BY rank DESC, s.type, s.id LIMIT :limit) m, q ORDER BY m.rank DESC, m.type, m.id";
        var statement = db.sql(sql).param("words", criteria.words()).param("limit", limit);
        if (reader.member() != null) {
            statement = statement.param("scope", reader.unitScope().toArray(UUID[]::new)).param("member", reader.member());
        }
        if (criteria.unit() != null) {
            statement = statement.param("unit", criteria.unit());
        }
        if (criteria.type() != null) {
            statement = statement.param("type", criteria.type());
        }
        if (criteria.author() != null) {
            statement = statement.param("author", criteria.author());
        }
        if (criteria.from() != null) {
            statement = statement.param("from", Timestamp.from(criteria.from()));
        }
        if (criteria.to() != null) {
            statement = statement.param("to", Timestamp.from(criteria.to()));
        }
        if (criteria.language() != null) {
            statement = statement.param("language", criteria.language());
        }
        if (criteria.after() != null) {
            statement = statement.param("rank", criteria.after().rank()).param("afterType", criteria.after().type())
                    .param("afterId", criteria.after().id());
        }
        return statement.query((rs, n) -> hit(rs, reader.member())).list();
    }

    private static Hit hit(ResultSet rs, @Nullable UUID reader) throws SQLException {
        UUID author = rs.getObject("author_id", UUID.class);
        return new Hit(new ContentRef(rs.getString("type"), rs.getObject("id", UUID.class)), rs.getString("title"),
                rs.getString("root_title"), rs.getObject("unit_id", UUID.class), author,
                rs.getTimestamp("created_at").toInstant(), rs.getString("path"), rs.getString("language"),
                rs.getFloat("rank"), rs.getString("headline"), reader != null && reader.equals(author));
    }
}
