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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search: the words read in every configuration an item may be indexed in, matched through the GIN index of
 * published items, filtered by what the reader may see and by the filters. Up to {@link #RANKED} matches are ranked
 * with {@code ts_rank_cd} (title above text); a search matching more than that (a very common word) shows the newest
 * matches first instead, walking the time index, so that no search reads more than a few thousand rows. A page starts
 * after the last result of the page before; only the shown results are highlighted.
 */
@Component
class SearchQueries {

    /** The most matches ranked by default; beyond, the newest come first. */
    static final int RANKED = 5000;

    /** A result as the index has it; {@code headline} carries {@link SearchIndexer#MARK_START} and END markers. */
    record Hit(ContentRef ref, String title, String rootTitle, UUID unit, @Nullable UUID author, Instant created,
            String path, String language, float rank, String headline) {
    }

    /** A page of hits, ranked or (for a very broad search) newest first. */
    record Found(List<Hit> hits, boolean newestFirst) {
    }

    /** Who reads: a visitor (null member), or a member with the units whose UNIT items they may see. */
    record Reader(@Nullable UUID member, List<UUID> unitScope) {
    }

    /** How many search terms the words give in the reader's language, and in all the configurations together. */
    record Terms(int inReaderLanguage, int inAll) {
    }

    static final String QUERY = SearchLanguages.CONFIGS.stream()
            .map(config -> "websearch_to_tsquery('" + config + "', :words)").collect(Collectors.joining(" || "));

    private static final String HEADLINE = "ts_headline(s.config, s.body, q.query, 'StartSel=" + SearchIndexer.MARK_START
            + ", StopSel=" + SearchIndexer.MARK_END + ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"')"
            + " AS headline";

    private static final String SHOWN = "s.type, s.id, s.title, s.root_title, s.unit_id, s.author_id, s.created_at, "
            + "s.path, s.language, ";

    private final JdbcClient db;
    private final TransactionTemplate readOnly;
    // how many matches are ranked at most (iops.search.ranked-matches); a test lowers it to see a broad search
    int ranked;

    SearchQueries(JdbcClient db, PlatformTransactionManager transactions,
            @Value("${iops.search.ranked-matches:" + RANKED + "}") int ranked) {
        this.db = db;
        this.ranked = ranked;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    Terms terms(String words, String readerConfig) {
        return db.sql("SELECT numnode(websearch_to_tsquery(CAST(:config AS regconfig), :words)) AS mine, numnode("
                        + QUERY + ") AS all_terms")
                .param("config", readerConfig).param("words", words)
                .query((rs, n) -> new Terms(rs.getInt("mine"), rs.getInt("all_terms"))).single();
    }

    Found find(SearchCriteria criteria, Reader reader, int limit) {
        SearchCriteria.Cursor after = criteria.after();
        if (after == null || !after.newest()) {
            String cursor = after == null ? "" : " AND (ts_rank_cd(s.document, q.query) < CAST(:rank AS real)"
                    + " OR (ts_rank_cd(s.document, q.query) = CAST(:rank AS real) AND (s.type, s.id) > (:afterType, :afterId)))";
            String sql = "WITH q AS (SELECT " + QUERY + " AS query), found AS MATERIALIZED ("
                    + "SELECT s.type, s.id, ts_rank_cd(s.document, q.query) AS rank FROM search_item s, q"
                    + where(criteria, reader) + cursor + " LIMIT " + (ranked + 1) + ") "
                    + "SELECT (SELECT count(*) FROM found) AS matches, " + SHOWN + "f.rank, " + HEADLINE
                    + " FROM (SELECT * FROM found ORDER BY rank DESC, type, id LIMIT :limit) f"
                    + " JOIN search_item s ON s.type = f.type AND s.id = f.id, q ORDER BY f.rank DESC, f.type, f.id";
            var statement = bind(db.sql(sql), criteria, reader).param("limit", limit);
            if (after != null) {
                statement = statement.param("rank", after.rank()).param("afterType", after.type())
                        .param("afterId", after.id());
            }
            int[] matches = {0};
            List<Hit> hits = statement.query((rs, n) -> {
                matches[0] = rs.getInt("matches");
                return hit(rs);
            }).list();
            if (matches[0] <= ranked) {
                return new Found(hits, false);
            }
        }
        return new Found(newest(criteria, reader, limit), true);
    }

    /** The newest matches, read along the time index: for a search so broad that ranking all of it would be slow. */
    private List<Hit> newest(SearchCriteria criteria, Reader reader, int limit) {
        SearchCriteria.Cursor after = criteria.after();
        String cursor = after == null || !after.newest() ? ""
                : " AND (s.created_at, s.type, s.id) < (:afterAt, :afterType, :afterId)";
        String sql = "WITH q AS (SELECT " + QUERY + " AS query) SELECT " + SHOWN
                + "ts_rank_cd(s.document, q.query) AS rank, " + HEADLINE + " FROM search_item s, q"
                + where(criteria, reader) + cursor + " ORDER BY s.created_at DESC, s.type DESC, s.id DESC LIMIT :limit";
        return readOnly.execute(status -> {
            // the planner cannot see how many rows the words match; a broad search is fastest along the time index
            db.sql("SET LOCAL enable_bitmapscan = off").update();
            var statement = bind(db.sql(sql), criteria, reader).param("limit", limit);
            if (after != null && after.newest()) {
                statement = statement.param("afterAt", Timestamp.from(after.at())).param("afterType", after.type())
                        .param("afterId", after.id());
            }
            return statement.query((rs, n) -> hit(rs)).list();
        });
    }

    private static String where(SearchCriteria criteria, Reader reader) {
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
        return where.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, SearchCriteria criteria,
            Reader reader) {
        statement = statement.param("words", criteria.words());
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
        return statement;
    }

    private static Hit hit(ResultSet rs) throws SQLException {
        return new Hit(new ContentRef(rs.getString("type"), rs.getObject("id", UUID.class)), rs.getString("title"),
                rs.getString("root_title"), rs.getObject("unit_id", UUID.class), rs.getObject("author_id", UUID.class),
                rs.getTimestamp("created_at").toInstant(), rs.getString("path"), rs.getString("language"),
                rs.getFloat("rank"), rs.getString("headline"));
    }
}
