package org.iops.polls.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.iops.polls.PollId;
import org.iops.polls.core.BulletinBoard;
import org.iops.polls.core.Poll;
import org.iops.polls.core.PollAccess;
import org.iops.polls.core.RecountKit;
import org.iops.polls.web.PollViews.BoardLine;
import org.iops.shared.NotFoundException;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The bulletin board of a closed poll, for those who may see the poll: every receipt code with its ballot, in pages
 * by code, the board's SHA-256 and its text to recount from; and a member's check of their code. The code is posted,
 * not put in the address, so no address log links a member to a code.
 */
@Controller
class BoardController {

    static final int PAGE = 200;

    private final PollAccess access;
    private final BulletinBoard board;
    private final RecountKit recount;

    BoardController(PollAccess access, BulletinBoard board, RecountKit recount) {
        this.access = access;
        this.board = board;
        this.recount = recount;
    }

    /** A closed ranked poll's ballots as CDF JSON with its RCTab contest configuration, zipped, to recount. */
    @GetMapping("/polls/{id}/recount.zip")
    void recount(@PathVariable PollId id, HttpServletResponse response) throws java.io.IOException {
        Poll poll = access.visible(Readers.signedIn(), id.value());
        if (!RecountKit.offeredFor(poll)) {
            throw new NotFoundException("recount kit");
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"recount-" + poll.id() + ".zip\"");
        recount.write(poll, response.getOutputStream());
    }

    @GetMapping("/polls/{id}/board")
    String board(@PathVariable PollId id, @RequestParam(name = "after", required = false) @Nullable String after,
            @ModelAttribute("page") PageContext page, Model model) {
        Poll poll = boardOf(id);
        show(poll, after, page, model);
        return "polls/board";
    }

    @PostMapping("/polls/{id}/board")
    String check(@PathVariable PollId id, @RequestParam(name = "code", defaultValue = "") String code,
            @ModelAttribute("page") PageContext page, Model model, HttpServletResponse response) {
        Poll poll = boardOf(id);
        show(poll, null, page, model);
        model.addAttribute("code", code.length() > 64 ? code.substring(0, 64) : code);
        if (!poll.isCounted()) {
            response.setStatus(409);
            return "polls/board";
        }
        Optional<BulletinBoard.Entry> entry = board.check(poll.id(), code);
        if (entry.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("checkError", code.isBlank() ? "polls.board.codeRequired" : "polls.board.notOnBoard");
        } else {
            model.addAttribute("found", new BoardLine(entry.get().receipt(), ChoiceText.of(poll, entry.get().choice(), page)));
        }
        return "polls/board";
    }

    @GetMapping("/polls/{id}/board.txt")
    ResponseEntity<String> text(@PathVariable PollId id) {
        Poll poll = access.visible(Readers.signedIn(), id.value());
        if (!poll.isCounted()) {
            throw new NotFoundException("board");
        }
        StringBuilder out = new StringBuilder();
        board.write(poll.id(), out);
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"board-" + poll.id() + ".txt\"").body(out.toString());
    }

    /**
     * The poll, if it has or will have a board: a cancelled poll never will (its ballots were discarded unread), so its
     * board is not found rather than "opens after the deadline".
     */
    private Poll boardOf(PollId id) {
        Poll poll = access.visible(Readers.signedIn(), id.value());
        if (poll.isCancelled()) {
            throw new NotFoundException("board");
        }
        return poll;
    }

    private void show(Poll poll, @Nullable String after, PageContext page, Model model) {
        UUID pollId = poll.id();
        List<BoardLine> lines = poll.isCounted() ? board.page(pollId, after, PAGE + 1).stream()
                .map(e -> new BoardLine(e.receipt(), ChoiceText.of(poll, e.choice(), page))).toList() : List.of();
        model.addAttribute("title", poll.title());
        model.addAttribute("pollPath", poll.path());
        model.addAttribute("closed", poll.isCounted());
        model.addAttribute("hash", poll.boardHash() == null ? "" : poll.boardHash());
        model.addAttribute("lines", lines.size() > PAGE ? lines.subList(0, PAGE) : lines);
        model.addAttribute("next", lines.size() > PAGE ? poll.path() + "/board?after=" + lines.get(PAGE - 1).receipt() : "");
    }
}
