-- wrk script for scripts/bench-search.sh: each request searches for the next word of the file named by
-- BENCH_WORDS (one URL-encoded word a line), so the run asks as many different searches as it can; done() prints
-- the 50th, 95th and 99th percentiles of the latency in milliseconds.
function init(args)
    words = {}
    for line in io.lines(os.getenv("BENCH_WORDS")) do
        words[#words + 1] = line
    end
    turn = math.random(#words)
end

-- searches are limited per visitor address: each request comes through the proxy (the application trusts this
-- machine) from an address of its own, so the limit never answers instead of the search (its check is measured)
function request()
    turn = turn % #words + 1
    local from = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
    return wrk.format("GET", "/search?q=" .. words[turn], { ["X-Forwarded-For"] = from })
end

function done(summary, latency, requests)
    io.write(string.format("percentiles ms: p50 %.1f p95 %.1f p99 %.1f, %d requests, %d errors\n",
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read
            + summary.errors.write + summary.errors.timeout))
end
