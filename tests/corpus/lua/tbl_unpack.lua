print(unpack({1, 2, 3}))
print(unpack({1, 2, 3}, 2))
print(unpack({1, 2, 3}, 2, 3))
print(unpack({}, 1, 3))
print(select("#", unpack({1, nil, 3})))
local t = {unpack({4, 5, 6})}
print(#t)
