local And, Or, End_, _ENV, self = 1, 2, 3, 4, 5
local t = {["and"] = 1, ["end"] = 2, ["function"] = 3}
print(And, Or, End_, _ENV, self)
print(t["and"], t["end"], t["function"])
local _ = 9
local __x__ = 10
print(_, __x__)
