local function walk(t)
  return coroutine.wrap(function()
    local function visit(n, depth)
      if type(n) == "table" then for _, c in ipairs(n) do visit(c, depth + 1) end
      else coroutine.yield(n, depth) end
    end
    visit(t, 0)
  end)
end
for v, d in walk({1, {2, {3, 4}}, 5}) do print(v, d) end
