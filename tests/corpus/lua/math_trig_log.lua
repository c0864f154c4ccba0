local function r(x) return string.format("%.10f", x) end
print(r(math.sin(math.pi / 2)), r(math.cos(0)), r(math.tan(math.pi / 4)))
print(r(math.asin(1)), r(math.acos(1)), r(math.atan(1)), r(math.atan2(1, 1)))
print(r(math.log(math.exp(2))), r(math.log10(1000)), r(math.exp(1)))
print(r(math.sinh(1)), r(math.cosh(1)), r(math.tanh(1)))
print(math.deg(math.pi), math.rad(180) == math.pi)
