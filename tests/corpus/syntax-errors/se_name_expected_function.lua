function 1() end
