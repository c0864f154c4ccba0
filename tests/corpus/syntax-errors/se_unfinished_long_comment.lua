print(1)
--[[ comment
never closed
