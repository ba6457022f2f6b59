-- wrk script for scripts/bench-polls.sh: casts ballots as many signed-in members. It reads its members as
-- scripts/bench-post.lua does (BENCH_POSTERS: "<SESSION cookie> <CSRF token, URL-encoded> <poll id>" per line, each
-- thread starting at its own place and taking the next member for each request) and posts a ballot instead: the
-- member's first, or a changed vote replacing it, answered by a redirect to the poll's page.
dofile("scripts/bench-post.lua")

function request()
    turn = turn % #posters + 1
    sent = sent + 1
    local voter = posters[turn]
    local answer = (sent % 2 == 0) and "YES" or "NO"
    return wrk.format("POST", "/polls/" .. voter.topic .. "/vote", {
        ["Cookie"] = "SESSION=" .. voter.session,
        ["Content-Type"] = "application/x-www-form-urlencoded"
    }, "answer=" .. answer .. "&_csrf=" .. voter.token)
end
