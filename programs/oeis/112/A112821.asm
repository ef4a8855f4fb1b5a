; A112821: Numbers n such that lcm(1,2,3,...,n)/19 equals the denominator of the n-th harmonic number H(n).
; Formula: a(n) = n+342
; 343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360

#offset 1

add $0,342
