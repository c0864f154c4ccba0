for _, n in ipairs({0, 1, -1, 3.14159, 1e10, -2.5e-5}) do
  print(string.format("[%8.3f] [%-8.2e] [%+d] [% d] [%.3g]", n, n, n, n, n))
end
print(string.format("%.0f %.0f %.0f", 0.5, 1.5, 2.5))
