local text = "the cat and the hat and the bat sat on the mat"
local freq = {}
for w in text:gmatch("%a+") do freq[w] = (freq[w] or 0) + 1 end
local words = {}
for w in pairs(freq) do words[#words + 1] = w end
table.sort(words, function(a, b) if freq[a] ~= freq[b] then return freq[a] > freq[b] end return a < b end)
for i = 1, #words do words[i] = words[i] .. ":" .. freq[words[i]] end
print(table.concat(words, " "))
