; A130431: Complete list of all 9 numbers n such that n is equal to the number of 9's in the decimal digits of all numbers <= n.
; Formula: a(n) = 10000000000*n-10000000000
; 0,10000000000,20000000000,30000000000,40000000000,50000000000,60000000000,70000000000,80000000000

#offset 1

mul $0,10000000000
sub $0,10000000000
