local doc = {users = {}}
for i = 1, 10 do
  doc.users[i] = {id = i, name = "user" .. i, score = i * 1.5, tags = {"t" .. i, "u" .. (i % 3)}}
end
local s = cjson.encode(doc)
local back = cjson.decode(s)
local sum = 0
for _, u in ipairs(back.users) do sum = sum + u.id + u.score + #u.tags end
return #s .. " " .. sum .. " " .. back.users[7].name .. " " .. cjson.encode(back.users[3].tags)
