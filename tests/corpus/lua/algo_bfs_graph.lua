local graph = {a = {"b", "c"}, b = {"d"}, c = {"d", "e"}, d = {"f"}, e = {"f"}, f = {}}
local function bfs(start)
  local dist, order, queue, head = {[start] = 0}, {}, {start}, 1
  while head <= #queue do
    local n = queue[head] head = head + 1
    order[#order + 1] = n .. dist[n]
    for _, m in ipairs(graph[n]) do
      if dist[m] == nil then dist[m] = dist[n] + 1 queue[#queue + 1] = m end
    end
  end
  return table.concat(order, " ")
end
print(bfs("a"))
print(bfs("c"))
