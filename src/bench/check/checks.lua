-- wrk script for POST /api/v1/checks: cycles through the claim bodies in $CHECK_BODIES (one JSON object per line,
-- {"text": ..., "context": {...}}, written by capture.py from src/test/resources/benchmark/claims.jsonl) with the key
-- in $CHECK_KEY. Each thread starts at a different claim. Non-2xx answers are counted as errors (and wrk's own
-- "Non-2xx or 3xx" line); done() prints one machine-readable line: "WRKRESULT key=value ...".

local bodies_file = os.getenv("CHECK_BODIES")
local key = os.getenv("CHECK_KEY")
local threads = {}
local counter = 0

function setup(thread)
    thread:set("id", counter)
    counter = counter + 1
    table.insert(threads, thread)
end

function init(args)
    requests = {}
    for line in io.lines(bodies_file) do
        if line ~= "" then
            requests[#requests + 1] = wrk.format("POST", "/api/v1/checks", {
                ["Content-Type"] = "application/json",
                ["Accept"] = "application/json",
                ["Authorization"] = "Bearer " .. key,
            }, line)
        end
    end
    -- spread the threads over the list
    i = (id * 97) % #requests
    non2xx = 0
    responses = 0
end

function request()
    i = i + 1
    if i > #requests then i = 1 end
    return requests[i]
end

function response(status, headers, body)
    responses = responses + 1
    if status < 200 or status > 299 then
        non2xx = non2xx + 1
    end
end

function done(summary, latency, requests)
    local bad, seen = 0, 0
    for _, t in ipairs(threads) do
        bad = bad + t:get("non2xx")
        seen = seen + t:get("responses")
    end
    local e = summary.errors
    io.write(string.format(
        "WRKRESULT requests=%d duration_us=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f mean_ms=%.2f "
            .. "non2xx=%d responses=%d connect_err=%d read_err=%d write_err=%d timeout_err=%d\n",
        summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, latency.mean / 1000, bad, seen, e.connect, e.read, e.write, e.timeout))
end
