for a, b do end
