local function lvl1() error("at level 1", 1) end
local function lvl2() error("at level 2", 2) end
local function caller() lvl2() end
print(pcall(lvl1))
print(pcall(caller))
print(pcall(function() error("level 0", 0) end))
local function deep() error("level 3", 3) end
local function mid() deep() end
local function top() mid() end
print(pcall(top))
