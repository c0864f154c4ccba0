local N = 200
local sieve = {}
for i = 2, N do sieve[i] = true end
for i = 2, math.floor(math.sqrt(N)) do
  if sieve[i] then for j = i * i, N, i do sieve[j] = false end end
end
local primes = {}
for i = 2, N do if sieve[i] then primes[#primes + 1] = i end end
print(#primes, table.concat(primes, " ", 1, 15), primes[#primes])
