local function r0() return end
local function r1() return 1 end
local function r3() return 1, 2, 3 end
local function rv(...) return ... end
local function rc() return r3() end
print(r0(), r1(), r3())
print(rv(4, 5), rc())
print(select("#", r0()), select("#", rv()), select("#", rv(nil, nil)))
local function early(x) if x then return "early" end return "late" end
print(early(true), early(false))
