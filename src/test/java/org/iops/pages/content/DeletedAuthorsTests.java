package org.iops.pages.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.iops.members.MemberDeleted;
import org.iops.pages.PagesIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** When an editor deletes their account, their name leaves the page history: it reads "former member". */
class DeletedAuthorsTests extends PagesIntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void deletedEditorsNameIsRemovedFromTheRevisionsTheyWrote() {
        UUID editor = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO content_page_revision (slug, language, version, title, body, author_id, author_name, created_at)
                SELECT slug, language, 1000, title, body, :editor, 'Rosa Editor', now()
                FROM content_page_revision WHERE slug = 'history' AND language = 'en' AND version = 1""")
                .param("editor", editor).update();

        transactions.executeWithoutResult(tx -> events.publishEvent(new MemberDeleted(editor)));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                jdbc.sql("SELECT author_name FROM content_page_revision WHERE slug = 'history' AND version = 1000")
                        .query(String.class).optional()).isEmpty());
        assertThat(jdbc.sql("SELECT count(*) FROM content_page_revision WHERE author_id = ?").param(editor)
                .query(Long.class).single()).isZero();
    }
}
