local x = 1
else
