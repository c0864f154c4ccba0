local t = {}
for i = 1, 2000 do t[i] = {i, tostring(i), i / 7} end
local s = cjson.encode(t)
local back = cjson.decode(s)
local sum = 0
for i = 1, #back do sum = sum + back[i][1] + #back[i][2] end
local obj = {}
for i = 1, 500 do obj["key" .. i] = {v = i} end
local s2 = cjson.encode(obj)
local back2 = cjson.decode(s2)
local n = 0
for k, v in pairs(back2) do n = n + v.v end
return #s .. " " .. sum .. " " .. #s2 .. " " .. n .. " " .. s:sub(1, 60) .. " " .. s2:sub(1, 40)
