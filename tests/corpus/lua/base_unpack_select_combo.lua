local function pack(...) return {n = select("#", ...), ...} end
local p = pack(1, nil, 3, nil)
print(p.n, p[1], p[3], p[4])
print(unpack(p, 1, p.n))
print(select("#", unpack(p, 1, p.n)))
print(select(3, unpack({1, 2, 3, 4, 5})))
