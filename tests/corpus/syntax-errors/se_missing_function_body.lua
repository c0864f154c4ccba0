local function f
