package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iops.IopsApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A failure shows the site's 500 page with a reference that the log also holds, and never a stack trace. */
@SpringBootTest(classes = IopsApplication.class)
@AutoConfigureMockMvc
@Import(ErrorPagesTests.FailingController.class)
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesTests {

    @TestConfiguration
    @RestController
    static class FailingController {
        private final JdbcClient db;

        FailingController(JdbcClient db) {
            this.db = db;
        }

        /** A page that writes while it reads, which its read-only page transaction refuses. */
        @GetMapping("/test-only/writing-page")
        String write() {
            db.sql("SELECT count(*) FROM units").query(Long.class).single();
            return "changed " + db.sql("UPDATE units SET name = name WHERE id IS NULL").update();
        }

        @GetMapping("/test-only/failure")
        String fail() {
            throw new IllegalStateException("database exploded with secret detail");
        }

        /** Deny by default: a test's endpoint is declared like any module's. */
        @org.springframework.context.annotation.Bean
        RequestRules failingEndpoint() {
            return () -> java.util.List.of(RequestRule.members(org.springframework.http.HttpMethod.GET, "/test-only/failure"),
                    RequestRule.members(org.springframework.http.HttpMethod.GET, "/test-only/writing-page"));
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aPageThatWritesInItsReadOnlyTransactionFailsWithTheErrorPageInTheSiteLayout(CapturedOutput log)
            throws Exception {
        String html = mvc.perform(get("/test-only/writing-page").header("Accept-Language", "de").with(user("tester")))
                .andExpect(status().isInternalServerError())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).as("the error page, in the layout, although the failed statement spoilt the page's transaction")
                .contains("Bei uns ist etwas schiefgelaufen").contains("/css/").doesNotContain("read-only")
                .doesNotContain("at org.");
        assertThat(log.getOut() + log.getErr()).contains("cannot execute UPDATE in a read-only transaction");
        assertThat(mvc.perform(get("/").with(user("tester"))).andReturn().getResponse().getStatus())
                .as("the next page reads as usual").isEqualTo(200);
    }

    @Test
    void serverErrorPageShowsAReferenceThatIsInTheLog(CapturedOutput log) throws Exception {
        String html = mvc.perform(get("/test-only/failure").header("Accept-Language", "fr").with(user("tester")))
                .andExpect(status().isInternalServerError())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Un problème est survenu de notre côté")
                .doesNotContain("secret detail").doesNotContain("IllegalStateException").doesNotContain("at org.");
        Matcher reference = Pattern.compile("administrateurs : ([A-Z0-9]{10})").matcher(html);
        assertThat(reference.find()).as("reference shown on the page").isTrue();
        assertThat(log.getOut() + log.getErr()).contains("reference " + reference.group(1))
                .contains("database exploded with secret detail");
    }
}
