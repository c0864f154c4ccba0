local function stateless(t, i)
  i = i + 1
  if t[i] then return i, t[i] end
end
for i, v in stateless, {"x", "y"}, 0 do print(i, v) end
local function stateful(n)
  local i = 0
  return function() i = i + 1 if i <= n then return i end end
end
for i in stateful(3) do print(i) end
for a, b, c in function(_, x) if not x then return 1, 2, 3 end end do print(a, b, c) end
