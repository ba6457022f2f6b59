package org.iops.decisions.results;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Map;
import org.iops.decisions.counting.methods.ApprovalCount;
import org.iops.decisions.counting.methods.SeatRules;
import org.iops.decisions.counting.methods.SelectionBallot;
import org.iops.decisions.counting.methods.TieBreak;
import org.iops.web.PageContext;
import org.iops.web.RequestRule;
import org.iops.web.RequestRules;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /test-results}: the results templates on one page in the site's layout, as the polls module will embed
 * them, for the rendering tests and the screenshots: an instant runoff, a two-seat single transferable vote, a
 * Schulze count, a yes/no vote and an approval vote (the {@link SampleResults}).
 */
@Controller
class ResultsTestPage {

    private final TemplateEngine templates;

    ResultsTestPage(TemplateEngine templates) {
        this.templates = templates;
    }

    @GetMapping("/test-results")
    ResponseEntity<String> show(Model model) {
        PageContext page = (PageContext) model.getAttribute("page");
        Content body = output -> {
            output.writeContent("<h1>");
            output.writeUserContent(page.t("decisions.rounds.heading"));
            output.writeContent("</h1>");
            render("decisions/rounds.jte", Map.of("page", page, "rounds", RoundsView.of(SampleResults.instantRunoff()),
                    "id", "irv"), output);
            render("decisions/rounds.jte", Map.of("page", page,
                    "rounds", RoundsView.of(SampleResults.singleTransferableVote()), "id", "stv"), output);
            render("decisions/pairwise.jte", Map.of("page", page, "view", PairwiseView.of(SampleResults.schulze())),
                    output);
            render("decisions/tallies.jte", Map.of("page", page, "view", TalliesView.of(SampleResults.yesNo()),
                    "id", "yes-no"), output);
            render("decisions/tallies.jte", Map.of("page", page, "view", TalliesView.of(ApprovalCount.count(
                    new SeatRules(List.of("Athens", "Berlin", "Cairo"), 1, TieBreak.optionOrder()),
                    List.of(SelectionBallot.of("Athens", "Berlin"), SelectionBallot.of("Berlin"),
                            SelectionBallot.blank()))), "id", "approval"), output);
        };
        StringOutput html = new StringOutput();
        templates.render("web/layout.jte", Map.of("page", page, "title", page.t("decisions.rounds.heading"),
                "content", body), html);
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(html.toString());
    }

    private void render(String template, Map<String, Object> parameters, gg.jte.TemplateOutput output) {
        StringOutput part = new StringOutput();
        templates.render(template, parameters, part);
        output.writeContent(part.toString());
    }

    /** Anyone may see the test page: it shows made-up counts only. */
    @Component
    static class Rules implements RequestRules {

        @Override
        public List<RequestRule> rules() {
            return List.of(RequestRule.anyone(HttpMethod.GET, "/test-results"));
        }
    }
}
