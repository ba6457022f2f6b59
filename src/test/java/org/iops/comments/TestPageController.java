package org.iops.comments;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.content.ContentAttachment;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.content.Contents;
import org.iops.shared.MalformedIdException;
import org.iops.shared.NotFoundException;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.iops.web.RequestRule;
import org.iops.web.RequestRules;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page of a {@link TestPages test page}, {@code /test-pages/{id}}: the item with its {@link ContentAttachment}s
 * (likes in the footer, comments below) the way a blog post's page shows them. It finds items through
 * {@link Contents} only, so in a context without the test pages it answers 404.
 */
@Controller
class TestPageController {

    private final Contents contents;
    private final TemplateEngine templates;

    TestPageController(Contents contents, TemplateEngine templates) {
        this.contents = contents;
        this.templates = templates;
    }

    @GetMapping("/test-pages/{id}")
    ResponseEntity<String> show(@PathVariable String id, Model model) {
        PageContext page = (PageContext) model.getAttribute("page");
        var member = PageContextFactory.currentMember();
        UUID reader = member == null ? null : member.memberId();
        ContentItem item = contents.find(new ContentRef(TestPages.TYPE, MalformedIdException.uuid(id, "test page")))
                .filter(found -> contents.maySee(reader, found)).orElseThrow(() -> new NotFoundException(id));
        List<Content> footer = contents.attachments(List.of(item), ContentAttachment.Place.FOOTER, reader, page)
                .get(item.ref());
        List<Content> below = contents.attachments(List.of(item), ContentAttachment.Place.BELOW, reader, page)
                .get(item.ref());
        Content body = output -> {
            output.writeContent("<article><h1>");
            output.writeUserContent(item.title());
            output.writeContent("</h1><p>Text of the page.</p><div class=\"comment-actions\">");
            footer.forEach(part -> part.writeTo(output));
            output.writeContent("</div></article>");
            below.forEach(part -> part.writeTo(output));
        };
        StringOutput html = new StringOutput();
        templates.render("web/layout.jte", Map.of("page", page, "title", item.title(), "content", body), html);
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(html.toString());
    }

    /** Anyone may ask for a test page; whether they see it is the visibility rule's answer. */
    @Component
    static class Rules implements RequestRules {

        @Override
        public List<RequestRule> rules() {
            return List.of(RequestRule.anyone(HttpMethod.GET, "/test-pages/{id}"));
        }
    }
}
