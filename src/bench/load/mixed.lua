-- wrk script for src/bench/load/run.sh: a newsroom's mixed load on factcheck, timed per operation.
--
-- Run it with as many threads as connections (wrk -tN -cN): wrk keeps one Lua state per thread, so with one
-- connection per thread request() and response() strictly alternate, and the time between them (clock_gettime
-- through LuaJIT's FFI) is that request's latency. That is also what lets an editorial update read the claim first
-- and send its ETag as If-Match.
--
-- Operations and weights (per 100 picks; LOAD_ONLY=name runs a single one):
--   check            POST /api/v1/checks                       a labelled claim of src/test/resources/benchmark
--   claim_submit     POST /api/v1/claims (Idempotency-Key)     the same claims, tagged synthetic-load
--   claim_similar    GET  /api/v1/claims/similar?text=         the same claim texts, over the stored claims
--   evidence_search  GET  /api/v1/evidence?q=[&place=]         metric words, with a stored place for half of them
--   evidence_get     GET  /api/v1/evidence/{id}                a random stored record
--   claim_get        GET  /api/v1/claims/{id}                  a random stored claim
--   claims_list      GET  /api/v1/claims?status=|rating=|q=    the newsroom's lists
--   verdict_get      GET  /api/v1/claims/{id}/verdict          a random claim with a verdict
--   verdict_put      GET  /api/v1/claims/{id}, then PUT .../verdict with If-Match: its ETag (the GET counts as
--                    claim_get)
-- Environment: LOAD_KEY, LOAD_DIR (bodies.jsonl, submissions.jsonl, texts.txt, evidence-ids.txt, claim-ids.txt,
-- verdict-ids.txt, places.txt: URL-encoded place names), LOAD_RUN (distinguishes Idempotency-Keys between runs),
-- LOAD_OUT (file for the per-request timings: "op status ms" per line), LOAD_ONLY (optional).
-- An answer other than the operation's success status is an error of that operation (412 included); done() also
-- prints wrk's socket errors as one "WRKRESULT key=value ..." line. Each connection is one editor with claims of its
-- own to edit (every 64th of claim-ids.txt), as in a newsroom where two editors rarely open the same claim within the
-- same 50 ms: with every connection editing any claim, runs of a few minutes met a lost race (a correct 412) now and
-- then. Lost races are tested in CI (the If-Match tests), not here.

local ffi = require("ffi")
ffi.cdef [[
    typedef struct { long tv_sec; long tv_nsec; } load_timespec;
    int clock_gettime(int clock, load_timespec *ts);
]]
local CLOCK_MONOTONIC = 1
local ts = ffi.new("load_timespec")
local function now_ms()
    ffi.C.clock_gettime(CLOCK_MONOTONIC, ts)
    return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local dir = os.getenv("LOAD_DIR")
local key = os.getenv("LOAD_KEY")
local only = os.getenv("LOAD_ONLY") or ""
local run_id = os.getenv("LOAD_RUN") or "0"

local WEIGHTS = {
    { "check", 20 }, { "claim_submit", 10 }, { "claim_similar", 15 }, { "evidence_search", 15 },
    { "evidence_get", 10 }, { "claim_get", 10 }, { "claims_list", 5 }, { "verdict_get", 5 }, { "verdict_put", 10 },
}
local SUCCESS = {
    check = 200, claim_submit = 201, claim_similar = 200, evidence_search = 200, evidence_get = 200,
    claim_get = 200, claims_list = 200, verdict_get = 200, verdict_put = 200,
}
local SEARCH_WORDS = { "house price", "police officers", "population", "unemployment rate", "jewish population",
    "median earnings", "crime rate", "life expectancy", "rent", "households", "police funding", "new homes" }
local LISTS = { "status=PUBLISHED", "status=DRAFT", "status=UNREVIEWED", "rating=FALSE", "rating=TRUE",
    "q=police+officers", "q=house+price", "tag=synthetic", "speaker=synthetic" }
local RATINGS = { "TRUE", "MOSTLY_TRUE", "MISLEADING", "MOSTLY_FALSE", "FALSE", "NOT_ENOUGH_EVIDENCE" }

local EDITORS = 64

local threads = {}
local counter = 0

local function lines(name)
    local out = {}
    for line in io.lines(dir .. "/" .. name) do
        if line ~= "" then out[#out + 1] = line end
    end
    assert(#out > 0, "empty " .. name)
    return out
end

function setup(thread)
    thread:set("id", counter)
    counter = counter + 1
    table.insert(threads, thread)
end

function init(args)
    math.randomseed(1000 + id)
    bodies = lines("bodies.jsonl")
    submissions = lines("submissions.jsonl")
    texts = lines("texts.txt")
    evidence_ids = lines("evidence-ids.txt")
    claim_ids = lines("claim-ids.txt")
    verdict_ids = lines("verdict-ids.txt")
    my_claims = {}   -- this editor's claims: every 64th claim id, by thread (up to 64 connections never share one)
    for i, c in ipairs(claim_ids) do
        if i % EDITORS == id % EDITORS then my_claims[#my_claims + 1] = c end
    end
    assert(#my_claims > 0, "too few claim ids for " .. EDITORS .. " editors")
    places = lines("places.txt")
    json = { ["Content-Type"] = "application/json", ["Accept"] = "application/json",
             ["Authorization"] = "Bearer " .. key }
    plain = { ["Accept"] = "application/json", ["Authorization"] = "Bearer " .. key }
    picks = {}
    for _, w in ipairs(WEIGHTS) do
        if only == "" or only == w[1] then
            for _ = 1, w[2] do picks[#picks + 1] = w[1] end
        end
    end
    assert(#picks > 0, "LOAD_ONLY names no operation: " .. only)
    timings = {}   -- "op status ms", read by done() through thread:get
    submitted = 0
    edit = nil     -- {id, etag}: the PUT that follows an editor's GET
    current, started = nil, 0
end

local function any(list) return list[math.random(#list)] end

function request()
    local op, req
    if edit and edit.etag then
        op = "verdict_put"
        local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json",
                          ["Authorization"] = "Bearer " .. key, ["If-Match"] = edit.etag }
        local rating = any(RATINGS)
        -- a verdict is published half of the time; NOT_ENOUGH_EVIDENCE can only be a draft (422 otherwise)
        local status = (math.random(2) == 1 and rating ~= "NOT_ENOUGH_EVIDENCE") and "PUBLISHED" or "DRAFT"
        req = wrk.format("PUT", "/api/v1/claims/" .. edit.id .. "/verdict", headers, string.format(
            '{"rating": "%s", "summary": "SYNTHETIC load-test verdict: %s", "status": "%s"}', rating, rating, status))
        edit = nil
    else
        edit = nil
        op = any(picks)
        if op == "check" then
            req = wrk.format("POST", "/api/v1/checks", json, any(bodies))
        elseif op == "claim_submit" then
            submitted = submitted + 1
            local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json",
                              ["Authorization"] = "Bearer " .. key,
                              ["Idempotency-Key"] = string.format("load-%s-%d-%d", run_id, id, submitted) }
            req = wrk.format("POST", "/api/v1/claims", headers, any(submissions))
        elseif op == "claim_similar" then
            req = wrk.format("GET", "/api/v1/claims/similar?text=" .. any(texts), plain)
        elseif op == "evidence_search" then
            local q = any(SEARCH_WORDS):gsub(" ", "+")
            local path = "/api/v1/evidence?q=" .. q
            if math.random(2) == 1 then path = path .. "&place=" .. any(places) end
            req = wrk.format("GET", path, plain)
        elseif op == "evidence_get" then
            req = wrk.format("GET", "/api/v1/evidence/" .. any(evidence_ids), plain)
        elseif op == "claim_get" then
            req = wrk.format("GET", "/api/v1/claims/" .. any(claim_ids), plain)
        elseif op == "claims_list" then
            req = wrk.format("GET", "/api/v1/claims?" .. any(LISTS), plain)
        elseif op == "verdict_get" then
            req = wrk.format("GET", "/api/v1/claims/" .. any(verdict_ids) .. "/verdict", plain)
        else -- verdict_put: the editor opens the claim first
            op = "claim_get"
            local claim = any(my_claims)
            edit = { id = claim }
            req = wrk.format("GET", "/api/v1/claims/" .. claim, plain)
        end
    end
    current, started = op, now_ms()
    return req
end

function response(status, headers, body)
    local ms = now_ms() - started
    timings[#timings + 1] = string.format("%s %d %.3f", current, status, ms)
    if edit then
        if status == 200 then
            edit.etag = headers["ETag"] or headers["Etag"] or headers["etag"]
        end
        if not edit.etag then edit = nil end
    end
end

function done(summary, latency, requests)
    local out = assert(io.open(os.getenv("LOAD_OUT"), "w"))
    local n = 0
    for _, t in ipairs(threads) do
        for _, line in ipairs(t:get("timings")) do
            out:write(line, "\n")
            n = n + 1
        end
    end
    out:close()
    local e = summary.errors
    io.write(string.format("WRKRESULT requests=%d timed=%d duration_us=%d connect_err=%d read_err=%d write_err=%d "
        .. "timeout_err=%d status_err=%d\n", summary.requests, n, summary.duration, e.connect, e.read, e.write,
        e.timeout, e.status))
end
