package org.iops.web;

import java.time.Duration;
import java.time.Instant;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The sessions as Spring Session JDBC keeps them, except that reading a page no longer rewrites the session's row.
 *
 * <p>Spring Session moves a session's last-access time to "now" on every request, and its JDBC repository then
 * updates the row: one write per signed-in page view. Here the new time is passed on only when the stored one is
 * at least {@code touchAfter} old (and never more than half the idle timeout), so a member reading pages writes
 * the row about once a minute instead of once a page. A session therefore ends between {@code timeout - touchAfter}
 * and {@code timeout} after the last request, never later; anything else a request changes (an attribute, a new
 * id at login, the end at logout) is written as before.
 */
final class QuietSessions<S extends Session>
        implements FindByIndexNameSessionRepository<QuietSessions.QuietSession<S>>, DisposableBean {

    // the sessions this thread's request has read or saved, by id (see SessionConfiguration#sessionReadOnce)
    private static final ThreadLocal<Map<String, Optional<Session>>> REQUEST = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<S> stored;
    private final Duration touchAfter;

    QuietSessions(FindByIndexNameSessionRepository<S> stored, Duration touchAfter) {
        this.stored = stored;
        this.touchAfter = touchAfter;
    }

    /** Stops the stored repository's clean-up of expired sessions with the application. */
    @Override
    public void destroy() throws Exception {
        if (stored instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }

    @Override
    public QuietSession<S> createSession() {
        return new QuietSession<>(stored.createSession(), touchAfter);
    }

    @Override
    public void save(QuietSession<S> session) {
        stored.save(session.stored);
        Map<String, Optional<Session>> seen = REQUEST.get();
        if (seen != null) {
            // a new id (at login) replaced the one the session was read under: that one is gone
            seen.replaceAll((id, known) -> known.orElse(null) == session && !id.equals(session.getId()) ? Optional.empty() : known);
        }
        remember(session.getId(), session);
    }

    @Override
    @SuppressWarnings("unchecked")
    public @Nullable QuietSession<S> findById(String id) {
        Map<String, Optional<Session>> seen = REQUEST.get();
        if (seen != null && seen.containsKey(id)) {
            return (QuietSession<S>) seen.get(id).orElse(null);
        }
        S session = stored.findById(id);
        QuietSession<S> found = session == null ? null : new QuietSession<>(session, touchAfter);
        remember(id, found);
        return found;
    }

    /**
     * Runs one request during which each session is read from the database at most once: Spring Session's filter
     * reads the session again after saving it, to learn whether the requested id was valid.
     */
    static void duringOneRequest(RequestWork work) throws IOException, ServletException {
        REQUEST.set(new HashMap<>());
        try {
            work.run();
        } finally {
            REQUEST.remove();
        }
    }

    /** A request's processing. */
    @FunctionalInterface
    interface RequestWork {
        void run() throws IOException, ServletException;
    }

    private static void remember(String id, @Nullable Session session) {
        Map<String, Optional<Session>> seen = REQUEST.get();
        if (seen != null) {
            seen.put(id, Optional.ofNullable(session));
        }
    }

    @Override
    public void deleteById(String id) {
        stored.deleteById(id);
        remember(id, null);
    }

    @Override
    public Map<String, QuietSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, QuietSession<S>> found = new LinkedHashMap<>();
        stored.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new QuietSession<>(session, touchAfter)));
        return found;
    }

    /** A stored session whose last-access time moves only in steps of {@code touchAfter}. */
    static final class QuietSession<S extends Session> implements Session {

        private final S stored;
        private final Duration touchAfter;

        QuietSession(S stored, Duration touchAfter) {
            this.stored = stored;
            this.touchAfter = touchAfter;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            Duration step = touchAfter;
            Duration half = stored.getMaxInactiveInterval().dividedBy(2);
            if (!half.isNegative() && half.compareTo(step) < 0) {
                step = half;
            }
            if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(step))) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> @Nullable T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, @Nullable Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
