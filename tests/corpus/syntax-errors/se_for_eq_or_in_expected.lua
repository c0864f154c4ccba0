for a do end
