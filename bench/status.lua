-- wrk script: counts 2xx and non-2xx responses per thread and prints one summary line at the end
-- (wrk's own "Non-2xx or 3xx responses" line ignores 3xx).
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  ok2xx = 0
  non2xx = 0
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    ok2xx = ok2xx + 1
  else
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local ok, bad = 0, 0
  for _, t in ipairs(threads) do
    ok = ok + t:get("ok2xx")
    bad = bad + t:get("non2xx")
  end
  io.write(string.format("BENCH_STATUS ok2xx=%d non2xx=%d\n", ok, bad))
end
