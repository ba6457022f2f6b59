package org.iops.notifications;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestComponent;

/**
 * Threads of a test module ({@code belltest.thread}) that members answer by email: what was handed over is kept for
 * the test to read; a thread named closed refuses, as a closed topic would.
 */
@TestComponent
public class TestReplies implements ReplyByEmail {

    public static final String TYPE = "belltest.thread";

    /** One reply as the notifications module handed it over. */
    public record Received(UUID member, ReplyThread thread, String text) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Set<UUID> closed = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Override
    public Set<String> threadTypes() {
        return Set.of(TYPE);
    }

    @Override
    public void reply(UUID member, ReplyThread thread, String text) {
        if (closed.contains(thread.id())) {
            throw new ReplyRefusedException("belltest.thread.closed");
        }
        received.add(new Received(member, thread, text));
    }

    public void close(UUID thread) {
        closed.add(thread);
    }

    public List<Received> in(UUID thread) {
        return received.stream().filter(reply -> reply.thread().id().equals(thread)).toList();
    }
}
