local t = {}
for i = 1, 300 do t[i] = i * 3 end
local s = cmsgpack.pack(unpack(t))
local back = {cmsgpack.unpack(s)}
local sum = 0
for i = 1, #back do sum = sum + back[i] end
local ok, err = pcall(function() return select("#", cmsgpack.unpack(string.rep("\1", 9000))) end)
return #s .. " " .. #back .. " " .. sum .. " " .. tostring(ok) .. " " .. tostring(err)
