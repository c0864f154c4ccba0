local s = [==[abc]]
]=]
