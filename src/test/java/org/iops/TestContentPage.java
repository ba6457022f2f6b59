package org.iops;

import gg.jte.Content;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.iops.content.ContentAttachment;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.moderation.ModerationPaths;
import org.iops.shared.MalformedIdException;
import org.iops.shared.NotFoundException;
import org.iops.text.MemberText;
import org.iops.web.CurrentMember;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.iops.web.RequestRule;
import org.iops.web.RequestRules;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * The page of one {@link TestContent} item, as an owning module would show it: the text, or to readers other than its
 * author and moderators the reason it was hidden in its place (with the appeal link for its author), and the footer
 * attachments every item carries (the flag button). For the browser tests of the shared mechanisms.
 */
@TestComponent
@Controller
public class TestContentPage implements RequestRules {

    private final TestContent items;
    private final Contents contents;
    private final MemberText text;
    private final PageContextFactory pages;

    TestContentPage(TestContent items, Contents contents, MemberText text, PageContextFactory pages) {
        this.items = items;
        this.contents = contents;
        this.text = text;
        this.pages = pages;
    }

    @Override
    public List<RequestRule> rules() {
        return List.of(RequestRule.anyone(HttpMethod.GET, "/test-items/{id}"),
                RequestRule.members(HttpMethod.POST, "/test-items/{id}/replies"));
    }

    /**
     * A reply, as a module would take it: the posting rules decide, and a refusal is left to the shared answer
     * ({@code PostingRefusals}). Writes nothing; says what the rules decided.
     */
    @PostMapping("/test-items/{id}/replies")
    ResponseEntity<String> reply(@PathVariable String id, @RequestParam(defaultValue = "") String text) {
        ContentRef ref = new ContentRef(TestContent.TYPE, MalformedIdException.uuid(id, "test item"));
        CurrentMember member = PageContextFactory.currentMember();
        ContentItem item = items.find(ref).filter(found -> contents.maySee(member.memberId(), found))
                .orElseThrow(() -> new NotFoundException(id));
        return ResponseEntity.ok(contents.checkPosting(member.memberId(), item.unit(), text).name());
    }

    @GetMapping("/test-items/{id}")
    ResponseEntity<String> item(@PathVariable String id, HttpServletRequest request) {
        ContentRef ref = new ContentRef(TestContent.TYPE, MalformedIdException.uuid(id, "test item"));
        CurrentMember member = PageContextFactory.currentMember();
        UUID reader = member == null ? null : member.memberId();
        ContentItem item = items.find(ref).orElseThrow(() -> new NotFoundException(id));
        boolean privileged = reader != null && (reader.equals(item.author()) || contents.mayModerate(reader, item.unit()));
        boolean showsReason = item.state() == ContentState.HIDDEN && !privileged;
        if (!showsReason && !contents.maySee(reader, item)) {
            throw new NotFoundException(id);
        }
        PageContext page = pages.of(request);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<link rel=\"stylesheet\" href=\"/css/site.css\"><title>" + HtmlUtils.htmlEscape(item.title())
                + "</title></head><body><main class=\"wrap\"><h1>" + HtmlUtils.htmlEscape(item.title()) + "</h1>");
        if (showsReason) {
            html.append("<p class=\"notice\">Hidden by a moderator: ")
                    .append(HtmlUtils.htmlEscape(String.valueOf(items.stored(ref).reason()))).append("</p>");
        } else {
            if (item.state() == ContentState.HIDDEN) {
                html.append("<p class=\"notice\">Hidden: ").append(HtmlUtils.htmlEscape(String.valueOf(items.stored(ref).reason())));
                if (reader != null && reader.equals(item.author())) {
                    html.append(" <a href=\"").append(ModerationPaths.appeal(ref)).append("\">Appeal</a>");
                }
                html.append("</p>");
            }
            html.append("<div class=\"prose\">").append(text.render(items.stored(ref).text()).html()).append("</div>");
            html.append("<footer>");
            StringOutput footer = new StringOutput();
            for (Content part : contents.attachments(List.of(item), ContentAttachment.Place.FOOTER, reader, page)
                    .get(ref)) {
                part.writeTo(footer);
            }
            html.append(footer).append("</footer>");
        }
        html.append("</main></body></html>");
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(html.toString());
    }
}
