; A348173: a(n) is the sum of the distinct values obtained when the unitary totient function is applied to the unitary divisors of n.
; Formula: a(n) = gcd(n,binomial(n,2)*binomial(n,2))
; 1,1,3,4,5,3,7,8,9,5,11,12,13,7,15,16,17,9,19,20,21,11,23,24,25,13,27,28,29,15,31,32,33,17,35,36,37,19,39,40,41,21,43,44,45,23,47,48,49,25,51,52,53,27,55,56,57,29,59,60,61,31,63,64,65,33,67,68,69,35,71,72,73,37,75,76,77,39,79,80

#offset 1

mov $1,$0
bin $1,2
mul $1,$1
gcd $0,$1
