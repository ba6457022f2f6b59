-- wrk script for scripts/bench-discussions.sh: posts forum replies as many signed-in members. The file named by
-- BENCH_POSTERS has one line per member: "<SESSION cookie> <CSRF token, URL-encoded> <topic id>"; each thread
-- starts at its own place in it and takes the next member for each request, so the members share the connections.
local counter = 1

function setup(thread)
    thread:set("id", counter)
    counter = counter + 1
end

function init(args)
    posters = {}
    for line in io.lines(os.getenv("BENCH_POSTERS")) do
        local session, token, topic = line:match("(%S+) (%S+) (%S+)")
        posters[#posters + 1] = { session = session, token = token, topic = topic }
    end
    turn = (id * 7919) % #posters
    sent = 0
end

function request()
    turn = turn % #posters + 1
    sent = sent + 1
    local poster = posters[turn]
    local body = "body=Benchmark+reply+" .. id .. "-" .. sent .. "+from+wrk&_csrf=" .. poster.token
    return wrk.format("POST", "/topics/" .. poster.topic .. "/replies", {
        ["Cookie"] = "SESSION=" .. poster.session,
        ["Content-Type"] = "application/x-www-form-urlencoded"
    }, body)
end
