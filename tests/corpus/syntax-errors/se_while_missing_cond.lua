while do end
