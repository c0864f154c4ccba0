if a then
elseif b print(1)
end
